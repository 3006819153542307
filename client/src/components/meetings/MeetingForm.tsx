import { useId, useRef, useState, type FormEvent } from "react";
import { useMutation, type CombinedError } from "urql";
import { getFragmentData, type FragmentType } from "../../gql";
import type { MeetingForm_MeetingFragment, MeetingStatus, Sensitivity } from "../../gql/graphql";
import { CreateMeetingMutation, MeetingFormFieldsFragment, UpdateMeetingMutation } from "../../graphql/meetings";
import { hasErrorCode } from "../../graphql/errors";
import { useI18n, type MessageKey } from "../../i18n";
import { fieldProblems, focusFirstInvalid } from "../../lib/useFieldProblems";
import { stockholmParts, stockholmToIso, stockholmToday } from "../../lib/stockholmTime";
import { ErrorBanner } from "../Status";
import { SaveCancel } from "../FormParts";

const FIELDS = ["title", "startsAt", "endsAt", "location", "agendaItems", "sensitivity", "status"] as const;
type Field = (typeof FIELDS)[number];
const STATUSES: MeetingStatus[] = ["SCHEDULED", "IN_PROGRESS", "COMPLETED", "CANCELLED"];

interface Values {
  title: string;
  date: string;
  start: string;
  end: string;
  location: string;
  agenda: string;
  sensitivity: Sensitivity;
  status: MeetingStatus;
}

function initialValues(meeting: MeetingForm_MeetingFragment | null): Values {
  if (!meeting) {
    return { title: "", date: stockholmToday(), start: "09:00", end: "10:00", location: "", agenda: "", sensitivity: "NORMAL", status: "SCHEDULED" };
  }
  const start = stockholmParts(meeting.startsAt);
  return {
    title: meeting.title,
    date: start.date,
    start: start.time,
    end: meeting.endsAt ? stockholmParts(meeting.endsAt).time : "",
    location: meeting.location ?? "",
    agenda: meeting.agendaItems.join("\n"),
    sensitivity: meeting.sensitivity,
    status: meeting.status,
  };
}

export interface MeetingFormProps {
  /** The meeting to edit; none to create one. */
  meeting?: FragmentType<typeof MeetingFormFieldsFragment> | null;
  /** viewer.canAdmin: only an administrator may take SENSITIVE away. */
  canAdmin: boolean;
  /** After a save (with the meeting's id) or on cancel (without). */
  onDone(meetingId?: string): void;
  /** 1 when the form is the page (/moten/nytt), 2 inside the meeting's page. */
  headingLevel?: 1 | 2;
}

/** Create or edit a meeting: title, time (Stockholm), place, agenda, sensitivity and (editing) status. */
export function MeetingForm({ meeting: meetingRef, canAdmin, onDone, headingLevel = 2 }: MeetingFormProps) {
  const Heading = headingLevel === 1 ? "h1" : "h2";
  const meeting = meetingRef ? getFragmentData(MeetingFormFieldsFragment, meetingRef) : null;
  const { t } = useI18n();
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<Values>(() => initialValues(meeting));
  const [localProblems, setLocalProblems] = useState<Set<Field>>(new Set());
  const [error, setError] = useState<CombinedError | null>(null);
  const [createState, create] = useMutation(CreateMeetingMutation);
  const [updateState, update] = useMutation(UpdateMeetingMutation);
  const saving = createState.fetching || updateState.fetching;
  const serverProblems = fieldProblems(error, FIELDS);
  const problems = new Set<Field | "other">([...localProblems, ...serverProblems]);
  const downgradeLocked = meeting?.sensitivity === "SENSITIVE" && !canAdmin;

  const set = <K extends keyof Values>(key: K) => (value: Values[K]) => setValues((v) => ({ ...v, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const startsAt = stockholmToIso(values.date, values.start);
    const endsAt = values.end ? stockholmToIso(values.date, values.end) : null;
    const local = new Set<Field>();
    if (!values.title.trim()) local.add("title");
    if (!startsAt) local.add("startsAt");
    if (values.end && (!endsAt || (startsAt && endsAt <= startsAt))) local.add("endsAt");
    setLocalProblems(local);
    if (local.size) {
      focusFirstInvalid(form.current);
      return;
    }
    const common = {
      title: values.title.trim(),
      startsAt: startsAt!,
      endsAt,
      location: values.location.trim() || null,
      agendaItems: values.agenda.split("\n").map((line) => line.trim()).filter(Boolean),
      sensitivity: values.sensitivity,
    };
    const result = meeting ? await update({ input: { id: meeting.id, ...common, status: values.status } }) : await create({ input: common });
    if (result.error) {
      setError(result.error);
      focusFirstInvalid(form.current);
      return;
    }
    const created = result.data && "createMeeting" in result.data ? result.data.createMeeting.meeting?.id : undefined;
    onDone(meeting?.id ?? created);
  }

  const problemText: Record<Field, MessageKey> = {
    title: "meetingForm.problem.title",
    startsAt: "meetingForm.problem.startsAt",
    endsAt: "meetingForm.problem.endsAt",
    location: "meetingForm.problem.location",
    agendaItems: "meetingForm.problem.agendaItems",
    sensitivity: "meetingForm.problem.sensitivity",
    status: "meetingForm.problem.status",
  };
  const invalid = (field: Field) =>
    problems.has(field) ? { "aria-invalid": "true" as const, "aria-describedby": `${id}-${field}-error` } : {};
  const problem = (field: Field) =>
    problems.has(field) ? (
      <p className="field-error" id={`${id}-${field}-error`}>
        {t(problemText[field])}
      </p>
    ) : null;
  const forbiddenDowngrade = hasErrorCode(error, "FORBIDDEN");

  return (
    <form ref={form} className="meeting-form" onSubmit={submit} noValidate aria-labelledby={`${id}-heading`} data-testid="meeting-form">
      <Heading id={`${id}-heading`}>{meeting ? t("meetingForm.editHeading") : t("meetingForm.createHeading")}</Heading>
      {error && (problems.has("other") || forbiddenDowngrade || serverProblems.size === 0) ? (
        <ErrorBanner error={error} messageKey={forbiddenDowngrade ? "meetingForm.downgradeForbidden" : undefined} />
      ) : null}
      <fieldset className="plain-fieldset" disabled={saving}>
        <div className="field">
          <label htmlFor={`${id}-title`}>{t("meetingForm.title")}</label>
          <input id={`${id}-title`} value={values.title} required maxLength={300} onChange={(e) => set("title")(e.target.value)} {...invalid("title")} />
          {problem("title")}
        </div>
        <div className="form-grid">
          <div className="field">
            <label htmlFor={`${id}-date`}>{t("meetingForm.date")}</label>
            <input id={`${id}-date`} type="date" value={values.date} required onChange={(e) => set("date")(e.target.value)} {...invalid("startsAt")} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-start`}>{t("meetingForm.start")}</label>
            <input id={`${id}-start`} type="time" value={values.start} required onChange={(e) => set("start")(e.target.value)} {...invalid("startsAt")} />
            {problem("startsAt")}
          </div>
          <div className="field">
            <label htmlFor={`${id}-end`}>{t("meetingForm.end")}</label>
            <input id={`${id}-end`} type="time" value={values.end} onChange={(e) => set("end")(e.target.value)} {...invalid("endsAt")} />
            {problem("endsAt")}
          </div>
          <div className="field">
            <label htmlFor={`${id}-location`}>{t("meetingForm.location")}</label>
            <input id={`${id}-location`} value={values.location} maxLength={300} onChange={(e) => set("location")(e.target.value)} {...invalid("location")} />
            {problem("location")}
          </div>
        </div>
        <div className="field">
          <label htmlFor={`${id}-agenda`}>{t("meetingForm.agenda")}</label>
          <textarea id={`${id}-agenda`} rows={4} value={values.agenda} onChange={(e) => set("agenda")(e.target.value)} aria-describedby={`${id}-agenda-hint`} {...invalid("agendaItems")} />
          <p className="field-hint" id={`${id}-agenda-hint`}>
            {t("meetingForm.agendaHint")}
          </p>
          {problem("agendaItems")}
        </div>
        <fieldset className="form-section">
          <legend>{t("meetingForm.sensitivity")}</legend>
          {(["NORMAL", "SENSITIVE"] as const).map((level) => (
            <label className="checkbox" key={level}>
              <input
                type="radio"
                name={`${id}-sensitivity`}
                value={level}
                checked={values.sensitivity === level}
                disabled={level === "NORMAL" && downgradeLocked}
                onChange={() => set("sensitivity")(level)}
              />
              {t(`meetingForm.sensitivity.${level}`)}
            </label>
          ))}
          <p className="field-hint">{downgradeLocked ? t("meetingForm.downgradeHint") : t("meetingForm.sensitiveHint")}</p>
        </fieldset>
        {meeting ? (
          <div className="field">
            <label htmlFor={`${id}-status`}>{t("meetingForm.status")}</label>
            <select id={`${id}-status`} value={values.status} onChange={(e) => set("status")(e.target.value as MeetingStatus)}>
              {STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t(`meetingStatus.${status}`)}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <SaveCancel saving={saving} label={meeting ? t("meetingForm.save") : t("meetingForm.create")} onCancel={() => onDone()} />
      </fieldset>
    </form>
  );
}
