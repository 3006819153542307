import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { useMutation, type CombinedError } from "urql";
import { graphql, getFragmentData, type FragmentType } from "../gql";
import { CreateDecisionMutation, UpdateDecisionMutation } from "../graphql/meetings";
import { useI18n } from "../i18n";
import { InlineError, SaveCancel } from "./FormParts";
import { DecisionProvenance } from "./Provenance";
import { useAnnounce } from "./LiveAnnouncer";
import { useToast } from "./Toast";

export const DecisionItemFragment = graphql(`
  fragment DecisionItem_Decision on Decision {
    id
    text
    decidedAt
    source
    editedByHuman
    reviewState
    ...DecisionProvenance_Decision
  }
`);

export function DecisionItem(props: { decision: FragmentType<typeof DecisionItemFragment>; canEdit?: boolean }) {
  const decision = getFragmentData(DecisionItemFragment, props.decision);
  const { t, formatDateTime } = useI18n();
  const announce = useAnnounce();
  const toast = useToast();
  const [, update] = useMutation(UpdateDecisionMutation);
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const corrected = decision.editedByHuman && decision.source !== "manual";

  function done(saved?: { text: string; before?: string }) {
    setEditing(false);
    window.setTimeout(() => editButton.current?.focus(), 0);
    if (!saved) return;
    announce(t("decision.saved"));
    const before = saved.before;
    toast({
      message: t("decision.saved"),
      undo: before !== undefined ? async () => !(await update({ input: { id: decision.id, text: before } })).error : undefined,
    });
  }

  return (
    <li className="decision" data-testid="decision" id={`beslut-${decision.id}`} tabIndex={-1}>
      {editing ? (
        <DecisionForm decision={{ id: decision.id, text: decision.text }} onDone={done} />
      ) : (
        <p>{decision.text}</p>
      )}
      {decision.decidedAt ? (
        <p className="meta">
          <time dateTime={decision.decidedAt}>{t("meeting.decidedAt", { date: formatDateTime(decision.decidedAt) })}</time>
        </p>
      ) : null}
      {corrected ? (
        <p className="badges">
          <span className="badge badge-edited" title={t("actionItem.editedHint")}>
            {t("actionItem.edited")}
          </span>
        </p>
      ) : null}
      <DecisionProvenance decision={decision} />
      {props.canEdit && !editing ? (
        <p className="decision-actions">
          <button type="button" ref={editButton} className="button button-secondary button-small" onClick={() => setEditing(true)}>
            {t("decision.edit")}
            <span className="visually-hidden">: {decision.text.slice(0, 60)}</span>
          </button>
        </p>
      ) : null}
    </li>
  );
}

/** A decision's wording: corrects an extracted one, or records a new one for a meeting. */
export function DecisionForm(props: { decision?: { id: string; text: string }; meetingId?: string; onDone(saved?: { text: string; before?: string }): void }) {
  const { decision, meetingId, onDone } = props;
  const { t } = useI18n();
  const id = useId();
  const ref = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState(decision?.text ?? "");
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<CombinedError | null>(null);
  const [updateState, update] = useMutation(UpdateDecisionMutation);
  const [createState, create] = useMutation(CreateDecisionMutation);
  useEffect(() => ref.current?.focus(), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const value = text.trim();
    if (!value) {
      setMissing(true);
      ref.current?.focus();
      return;
    }
    setMissing(false);
    const result = decision ? await update({ input: { id: decision.id, text: value } }) : await create({ input: { meetingId: meetingId ?? "", text: value } });
    if (result.error) {
      setError(result.error);
      return;
    }
    onDone({ text: value, before: decision?.text });
  }

  return (
    <form className="decision-form" onSubmit={submit} noValidate data-testid="decision-form">
      <fieldset className="plain-fieldset" disabled={updateState.fetching || createState.fetching}>
        <div className="field">
          <label htmlFor={`${id}-text`}>{t("decision.text")}</label>
          <textarea
            id={`${id}-text`}
            ref={ref}
            rows={3}
            maxLength={2000}
            value={text}
            onChange={(e) => setText(e.target.value)}
            aria-invalid={missing ? "true" : undefined}
            aria-describedby={missing ? `${id}-text-error` : undefined}
          />
          {missing ? (
            <p className="field-error" id={`${id}-text-error`}>
              {t("decision.problem.text")}
            </p>
          ) : null}
        </div>
        <InlineError error={error} />
        <SaveCancel saving={updateState.fetching || createState.fetching} label={decision ? t("decision.save") : t("decision.create")} onCancel={() => onDone()} />
      </fieldset>
    </form>
  );
}
