import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from "react";
import { useQuery } from "urql";
import { NudgeAssignableUsersQuery, NudgeViewerQuery } from "../../graphql/nudges";
import { useI18n, type MessageKey } from "../../i18n";
import { ErrorBanner, Loading } from "../Status";
import { closeOnEscape } from "./NudgeForms";
import type { AnswerOutcome, NudgeAnswer } from "./nudgeAnswer";

/** Who can take the item over: the organisation's active users (by name, from the server), but its current owner. */
function useOwnerCandidates(ownerId: string | null) {
  const [{ data, fetching, error }, refetch] = useQuery({ query: NudgeAssignableUsersQuery });
  const people = useMemo(() => (data?.assignableUsers ?? []).filter((user) => user.id !== ownerId), [data, ownerId]);
  return {
    people,
    loading: !data && fetching,
    error: data ? undefined : error,
    retry: () => refetch({ requestPolicy: "network-only" }),
  };
}

/** "Lämna över…": pick the new owner; their window starts now. */
export function ReassignForm(props: {
  ownerId: string | null;
  onAnswer(action: NudgeAnswer): Promise<AnswerOutcome>;
  onCancel(): void;
  busy: boolean;
}) {
  const { ownerId, onAnswer, onCancel, busy } = props;
  const { t } = useI18n();
  const id = useId();
  const ref = useRef<HTMLSelectElement>(null);
  const [viewer] = useQuery({ query: NudgeViewerQuery });
  const { people, loading, error, retry } = useOwnerCandidates(ownerId);
  const [choice, setChoice] = useState("");
  const [errorKey, setErrorKey] = useState<MessageKey | null>(null);
  const selfId = viewer.data?.viewer.user.id;

  useEffect(() => {
    if (!loading) ref.current?.focus();
  }, [loading]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const person = people.find((p) => p.id === choice);
    if (!person) {
      setErrorKey("nudges.reassign.required");
      ref.current?.focus();
      return;
    }
    setErrorKey(null);
    const outcome = await onAnswer({ kind: "reassign", ownerId: person.id, ownerName: person.name });
    if (!outcome.ok && outcome.field === "ownerId") {
      setErrorKey("nudges.reassign.invalid");
      ref.current?.focus();
    }
  }

  let body;
  if (loading) body = <Loading label={t("nudges.reassign.loading")} />;
  else if (error) body = <ErrorBanner error={error} onRetry={retry} />;
  else if (people.length === 0) body = <p className="empty">{t("nudges.reassign.none")}</p>;
  else
    body = (
      <div className="field">
        <label htmlFor={id}>{t("nudges.reassign.owner")}</label>
        <select
          ref={ref}
          id={id}
          className="select"
          value={choice}
          required
          aria-invalid={errorKey ? true : undefined}
          aria-describedby={errorKey ? `${id}-error` : undefined}
          onChange={(event) => setChoice(event.target.value)}
        >
          <option value="">{t("nudges.reassign.choose")}</option>
          {people.map((person) => (
            <option key={person.id} value={person.id}>
              {person.id === selfId ? `${person.name} ${t("settings.users.you")}` : person.name}
            </option>
          ))}
        </select>
        {errorKey ? (
          <p id={`${id}-error`} className="field-error" data-testid="nudge-field-error">
            {t(errorKey)}
          </p>
        ) : null}
      </div>
    );

  return (
    <form className="nudge-panel" onSubmit={(event) => void submit(event)} onKeyDown={closeOnEscape(onCancel)} noValidate data-testid="nudge-reassign-form">
      <fieldset className="plain-fieldset" disabled={busy}>
        <legend className="field-label">{t("nudges.reassign.legend")}</legend>
        {body}
        <div className="button-row">
          {people.length > 0 && !loading ? (
            <button type="submit" className="button">
              {busy ? t("nudges.action.working") : t("nudges.reassign.submit")}
            </button>
          ) : null}
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {t("nudges.action.cancel")}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
