import { useId, useRef, useState, type FormEvent } from "react";
import { useMutation, useQuery } from "urql";
import { graphql } from "../../gql";
import { errorMessageKey, inputProblems } from "../../graphql/errors";
import { useI18n, type MessageKey } from "../../i18n";
import { ErrorBanner, Loading } from "../Status";

const NudgeSettingsQuery = graphql(`
  query NudgeRules {
    nudgeSettings {
      stalledHours
      quietStart
      quietEnd
      dueSoon
      overdue
      escalate
    }
  }
`);

const UpdateNudgeSettingsMutation = graphql(`
  mutation UpdateNudgeRules($input: UpdateNudgeSettingsInput!) {
    updateNudgeSettings(input: $input) {
      stalledHours
      quietStart
      quietEnd
      dueSoon
      overdue
      escalate
    }
  }
`);

interface Rules {
  stalledHours: number;
  quietStart: string;
  quietEnd: string;
  dueSoon: boolean;
  overdue: boolean;
  escalate: boolean;
}

type Field = "stalledHours" | "quietStart" | "quietEnd";
const FIELD_ERRORS: Record<Field, MessageKey> = {
  stalledHours: "settings.nudgeRules.stalledInvalid",
  quietStart: "settings.nudgeRules.timeInvalid",
  quietEnd: "settings.nudgeRules.timeInvalid",
};
const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;
const TOGGLES = ["dueSoon", "overdue", "escalate"] as const;

function RulesForm({ rules }: { rules: Rules }) {
  const { t } = useI18n();
  const ids = { stalledHours: useId(), quietStart: useId(), quietEnd: useId() };
  const [hours, setHours] = useState(String(rules.stalledHours));
  const [quietStart, setQuietStart] = useState(rules.quietStart);
  const [quietEnd, setQuietEnd] = useState(rules.quietEnd);
  const [toggles, setToggles] = useState({ dueSoon: rules.dueSoon, overdue: rules.overdue, escalate: rules.escalate });
  const [errors, setErrors] = useState<Partial<Record<Field, MessageKey>>>({});
  const [formError, setFormError] = useState<MessageKey | null>(null);
  const [saved, setSaved] = useState("");
  const [{ fetching }, update] = useMutation(UpdateNudgeSettingsMutation);
  const refs = { stalledHours: useRef<HTMLInputElement>(null), quietStart: useRef<HTMLInputElement>(null), quietEnd: useRef<HTMLInputElement>(null) };

  function focusFirst(found: Partial<Record<Field, MessageKey>>) {
    const first = (["stalledHours", "quietStart", "quietEnd"] as const).find((field) => found[field]);
    if (first) refs[first].current?.focus();
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved("");
    setFormError(null);
    const local: Partial<Record<Field, MessageKey>> = {};
    // A GraphQL Int must be a whole number; the server checks the range (8–400) too.
    if (!/^\d{1,4}$/.test(hours.trim())) local.stalledHours = FIELD_ERRORS.stalledHours;
    if (!CLOCK.test(quietStart)) local.quietStart = FIELD_ERRORS.quietStart;
    if (!CLOCK.test(quietEnd)) local.quietEnd = FIELD_ERRORS.quietEnd;
    setErrors(local);
    if (Object.keys(local).length) {
      focusFirst(local);
      return;
    }
    const result = await update({ input: { stalledHours: Number(hours.trim()), quietStart, quietEnd, ...toggles } });
    if (!result.error) {
      setSaved(t("settings.nudgeRules.saved"));
      return;
    }
    const found: Partial<Record<Field, MessageKey>> = {};
    for (const problem of inputProblems(result.error)) {
      const field = problem.path[1] as Field | undefined;
      if (field && field in FIELD_ERRORS) found[field] = FIELD_ERRORS[field];
    }
    if (Object.keys(found).length === 0) setFormError(errorMessageKey(result.error));
    setErrors(found);
    focusFirst(found);
  }

  const describedBy = (field: Field, hint?: string) => [hint, errors[field] ? `${ids[field]}-error` : ""].filter(Boolean).join(" ") || undefined;
  const fieldError = (field: Field) =>
    errors[field] ? (
      <p id={`${ids[field]}-error`} className="field-error">
        {t(errors[field])}
      </p>
    ) : null;

  return (
    <form className="settings-form" onSubmit={(event) => void submit(event)} noValidate data-testid="nudge-rules-form">
      <p className={saved ? "success-message" : "visually-hidden"} role="status" data-testid="nudge-rules-status">
        {saved}
      </p>
      {formError ? <ErrorBanner messageKey={formError} /> : null}
      <fieldset className="form-section" disabled={fetching}>
        <legend>{t("settings.nudgeRules.reminders")}</legend>
        <div className="field">
          <label htmlFor={ids.stalledHours}>{t("settings.nudgeRules.stalledHours")}</label>
          <input
            ref={refs.stalledHours}
            id={ids.stalledHours}
            type="number"
            inputMode="numeric"
            min={8}
            max={400}
            step={1}
            className="input-short"
            value={hours}
            aria-invalid={errors.stalledHours ? true : undefined}
            aria-describedby={describedBy("stalledHours")}
            onChange={(event) => setHours(event.target.value)}
          />
          {fieldError("stalledHours")}
        </div>
        <div className="checkbox-stack">
          {TOGGLES.map((toggle) => (
            <label key={toggle} className="checkbox">
              <input
                type="checkbox"
                checked={toggles[toggle]}
                onChange={(event) => setToggles((current) => ({ ...current, [toggle]: event.target.checked }))}
              />
              {t(`settings.nudgeRules.${toggle}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="form-section" disabled={fetching}>
        <legend>{t("settings.nudgeRules.quiet")}</legend>
        <p id={`${ids.quietStart}-hint`} className="field-hint">
          {t("settings.nudgeRules.quietHint")}
        </p>
        <div className="time-row">
          {(["quietStart", "quietEnd"] as const).map((field) => (
            <div className="field" key={field}>
              <label htmlFor={ids[field]}>{t(`settings.nudgeRules.${field}`)}</label>
              <input
                ref={refs[field]}
                id={ids[field]}
                type="time"
                value={field === "quietStart" ? quietStart : quietEnd}
                aria-invalid={errors[field] ? true : undefined}
                aria-describedby={describedBy(field, `${ids.quietStart}-hint`)}
                onChange={(event) => (field === "quietStart" ? setQuietStart : setQuietEnd)(event.target.value)}
              />
              {fieldError(field)}
            </div>
          ))}
        </div>
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button" disabled={fetching}>
          {fetching ? t("settings.nudgeRules.saving") : t("settings.nudgeRules.save")}
        </button>
      </div>
    </form>
  );
}

/** Inställningar → Påminnelseregler (admins; the page renders it only for them). */
export function NudgeRulesSection() {
  const { t } = useI18n();
  const [{ data, fetching, error }, refetch] = useQuery({ query: NudgeSettingsQuery });
  let body;
  if (!data && fetching) body = <Loading label={t("settings.nudgeRules.loading")} />;
  else if (!data) body = <ErrorBanner error={error} onRetry={() => refetch({ requestPolicy: "network-only" })} />;
  else body = <RulesForm rules={data.nudgeSettings} />;
  return (
    <section className="panel settings-panel" aria-labelledby="settings-nudge-rules-title" data-testid="settings-nudge-rules">
      <div className="panel-header">
        <h2 id="settings-nudge-rules-title">{t("settings.nudgeRules.title")}</h2>
      </div>
      <p className="meta">{t("settings.nudgeRules.intro")}</p>
      {body}
    </section>
  );
}
