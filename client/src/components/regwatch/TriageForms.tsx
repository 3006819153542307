import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { useQuery } from "urql";
import { RegwatchAssignableUsersQuery } from "../../graphql/regwatch";
import { useI18n, type MessageKey } from "../../i18n";
import { closeOnEscape } from "../nudges/NudgeForms";
import { ErrorBanner, Loading } from "../Status";

export const DISMISS_REASON_MAX = 500;

/** What a form's submit resolves with: ok, or the input field the server refused (if any). */
export type TriageOutcome = { ok: true } | { ok: false; field: string | null };

interface PanelProps<T> {
  onSubmit(value: T): Promise<TriageOutcome>;
  onCancel(): void;
  busy: boolean;
}

/** "Avfärda…": why the change does not concern the organisation, required, at most 500 characters. */
export function DismissForm({ onSubmit, onCancel, busy }: PanelProps<string>) {
  const { t } = useI18n();
  const id = useId();
  const ref = useRef<HTMLTextAreaElement>(null);
  const [reason, setReason] = useState("");
  const [errorKey, setErrorKey] = useState<MessageKey | null>(null);
  useEffect(() => ref.current?.focus(), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = reason.trim();
    const local: MessageKey | null = !trimmed ? "regwatch.dismiss.required" : trimmed.length > DISMISS_REASON_MAX ? "regwatch.dismiss.tooLong" : null;
    if (local) {
      setErrorKey(local);
      ref.current?.focus();
      return;
    }
    setErrorKey(null);
    const outcome = await onSubmit(trimmed);
    if (!outcome.ok && outcome.field === "reason") {
      setErrorKey("regwatch.dismiss.required");
      ref.current?.focus();
    }
  }

  return (
    <form className="rw-panel" onSubmit={(event) => void submit(event)} onKeyDown={closeOnEscape(onCancel)} noValidate data-testid="regwatch-dismiss-form">
      <fieldset className="plain-fieldset" disabled={busy}>
        <legend className="field-label">{t("regwatch.dismiss.legend")}</legend>
        <div className="field">
          <label htmlFor={id}>{t("regwatch.dismiss.reason")}</label>
          <textarea
            ref={ref}
            id={id}
            rows={3}
            required
            maxLength={DISMISS_REASON_MAX}
            value={reason}
            aria-invalid={errorKey ? true : undefined}
            aria-describedby={`${id}-hint${errorKey ? ` ${id}-error` : ""}`}
            onChange={(event) => setReason(event.target.value)}
          />
          <p id={`${id}-hint`} className="field-hint">
            {t("regwatch.dismiss.hint", { count: reason.length, max: DISMISS_REASON_MAX })}
          </p>
          {errorKey ? (
            <p id={`${id}-error`} className="field-error" data-testid="regwatch-field-error">
              {t(errorKey)}
            </p>
          ) : null}
        </div>
        <div className="button-row">
          <button type="submit" className="button">
            {busy ? t("regwatch.action.working") : t("regwatch.dismiss.submit")}
          </button>
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {t("regwatch.action.cancel")}
          </button>
        </div>
      </fieldset>
    </form>
  );
}

export interface AssignValue {
  userId: string;
  userName: string;
  createActionItem: boolean;
  meetingId: string | null;
}

interface AssignProps extends PanelProps<AssignValue> {
  /** Upcoming meetings the alert matched: where its action item can go. */
  meetings: readonly { id: string; title: string; startsAt: string }[];
  /** The action item made at an earlier assignment (it gets the new owner instead of a second one). */
  actionItem: { id: string; title: string } | null;
  assignedToId: string | null;
}

/** "Tilldela…": who follows the change up, optionally as the owner of an action item in a meeting. */
export function AssignForm({ onSubmit, onCancel, busy, meetings, actionItem, assignedToId }: AssignProps) {
  const { t, formatDate } = useI18n();
  const ids = { user: useId(), meeting: useId(), create: useId() };
  const userRef = useRef<HTMLSelectElement>(null);
  const meetingRef = useRef<HTMLSelectElement>(null);
  const [{ data, fetching, error }, retry] = useQuery({ query: RegwatchAssignableUsersQuery });
  const people = data?.assignableUsers ?? [];
  const [userId, setUserId] = useState(assignedToId ?? "");
  const [createItem, setCreateItem] = useState(false);
  const [meetingId, setMeetingId] = useState(meetings[0]?.id ?? "");
  const [errors, setErrors] = useState<{ user?: MessageKey; meeting?: MessageKey }>({});
  const loading = !data && fetching;
  // Without a matched meeting there is nowhere to put a new action item (an existing one is reassigned).
  const canCreate = !!actionItem || meetings.length > 0;

  useEffect(() => {
    if (!loading) userRef.current?.focus();
  }, [loading]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const person = people.find((p) => p.id === userId);
    if (!person) {
      setErrors({ user: "regwatch.assign.userRequired" });
      userRef.current?.focus();
      return;
    }
    setErrors({});
    const wantsItem = createItem && canCreate;
    const outcome = await onSubmit({ userId: person.id, userName: person.name, createActionItem: wantsItem, meetingId: wantsItem && !actionItem ? meetingId || null : null });
    if (outcome.ok) return;
    if (outcome.field === "userId") {
      setErrors({ user: "regwatch.assign.userInvalid" });
      userRef.current?.focus();
    } else if (outcome.field === "meetingId") {
      setErrors({ meeting: "regwatch.assign.meetingInvalid" });
      meetingRef.current?.focus();
    }
  }

  let body;
  if (loading) body = <Loading label={t("regwatch.assign.loading")} />;
  else if (!data) body = <ErrorBanner error={error} onRetry={() => retry({ requestPolicy: "network-only" })} />;
  else
    body = (
      <>
        <div className="field">
          <label htmlFor={ids.user}>{t("regwatch.assign.user")}</label>
          <select
            ref={userRef}
            id={ids.user}
            className="select"
            value={userId}
            required
            aria-invalid={errors.user ? true : undefined}
            aria-describedby={errors.user ? `${ids.user}-error` : undefined}
            onChange={(event) => setUserId(event.target.value)}
            data-testid="regwatch-assign-user"
          >
            <option value="">{t("regwatch.assign.choose")}</option>
            {people.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </select>
          {errors.user ? (
            <p id={`${ids.user}-error`} className="field-error" data-testid="regwatch-field-error">
              {t(errors.user)}
            </p>
          ) : null}
        </div>
        <div className="field">
          <label className="checkbox" htmlFor={ids.create}>
            <input id={ids.create} type="checkbox" checked={createItem && canCreate} disabled={!canCreate} aria-describedby={`${ids.create}-hint`} onChange={(event) => setCreateItem(event.target.checked)} data-testid="regwatch-assign-create" />
            {t("regwatch.assign.createActionItem")}
          </label>
          <p id={`${ids.create}-hint`} className="field-hint">
            {actionItem ? t("regwatch.assign.existingItem", { title: actionItem.title }) : canCreate ? t("regwatch.assign.createHint") : t("regwatch.assign.noMeetings")}
          </p>
        </div>
        {createItem && canCreate && !actionItem ? (
          <div className="field">
            <label htmlFor={ids.meeting}>{t("regwatch.assign.meeting")}</label>
            <select
              ref={meetingRef}
              id={ids.meeting}
              className="select"
              value={meetingId}
              aria-invalid={errors.meeting ? true : undefined}
              aria-describedby={errors.meeting ? `${ids.meeting}-error` : undefined}
              onChange={(event) => setMeetingId(event.target.value)}
              data-testid="regwatch-assign-meeting"
            >
              {meetings.map((meeting) => (
                <option key={meeting.id} value={meeting.id}>
                  {t("regwatch.assign.meetingOption", { title: meeting.title, date: formatDate(meeting.startsAt) })}
                </option>
              ))}
            </select>
            {errors.meeting ? (
              <p id={`${ids.meeting}-error`} className="field-error" data-testid="regwatch-field-error">
                {t(errors.meeting)}
              </p>
            ) : null}
          </div>
        ) : null}
      </>
    );

  return (
    <form className="rw-panel" onSubmit={(event) => void submit(event)} onKeyDown={closeOnEscape(onCancel)} noValidate data-testid="regwatch-assign-form">
      <fieldset className="plain-fieldset" disabled={busy}>
        <legend className="field-label">{t("regwatch.assign.legend")}</legend>
        {body}
        <div className="button-row">
          {data ? (
            <button type="submit" className="button">
              {busy ? t("regwatch.action.working") : t("regwatch.assign.submit")}
            </button>
          ) : null}
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {t("regwatch.action.cancel")}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
