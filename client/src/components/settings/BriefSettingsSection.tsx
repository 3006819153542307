import { useId, useRef, useState, type FormEvent } from "react";
import { useMutation, useQuery } from "urql";
import { graphql } from "../../gql";
import { errorMessageKey, inputProblems } from "../../graphql/errors";
import { useI18n, type MessageKey } from "../../i18n";
import { ErrorBanner, Loading } from "../Status";

const BriefSettingsQuery = graphql(`
  query BriefSettings {
    briefSettings {
      preBriefLeadHours
      preBriefEmail
    }
  }
`);

const UpdateBriefSettingsMutation = graphql(`
  mutation UpdateBriefSettings($input: UpdateBriefSettingsInput!) {
    updateBriefSettings(input: $input) {
      briefSettings {
        preBriefLeadHours
        preBriefEmail
      }
    }
  }
`);

const MIN_HOURS = 1;
const MAX_HOURS = 168;

function BriefSettingsForm({ settings }: { settings: { preBriefLeadHours: number; preBriefEmail: boolean } }) {
  const { t } = useI18n();
  const hoursId = useId();
  const hoursRef = useRef<HTMLInputElement>(null);
  const [hours, setHours] = useState(String(settings.preBriefLeadHours));
  const [email, setEmail] = useState(settings.preBriefEmail);
  const [hoursError, setHoursError] = useState(false);
  const [formError, setFormError] = useState<MessageKey | null>(null);
  const [saved, setSaved] = useState("");
  const [{ fetching }, update] = useMutation(UpdateBriefSettingsMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved("");
    setFormError(null);
    const value = Number(hours.trim());
    // A GraphQL Int must be a whole number; the server checks the range too.
    const valid = /^\d{1,3}$/.test(hours.trim()) && value >= MIN_HOURS && value <= MAX_HOURS;
    setHoursError(!valid);
    if (!valid) {
      hoursRef.current?.focus();
      return;
    }
    const result = await update({ input: { preBriefLeadHours: value, preBriefEmail: email } });
    if (!result.error) {
      setSaved(t("settings.briefs.saved"));
      return;
    }
    if (inputProblems(result.error).some((problem) => problem.path[1] === "preBriefLeadHours")) {
      setHoursError(true);
      hoursRef.current?.focus();
      return;
    }
    setFormError(errorMessageKey(result.error));
  }

  return (
    <form className="settings-form" onSubmit={(event) => void submit(event)} noValidate data-testid="brief-settings-form">
      <p className={saved ? "success-message" : "visually-hidden"} role="status" data-testid="brief-settings-status">
        {saved}
      </p>
      {formError ? <ErrorBanner messageKey={formError} /> : null}
      <fieldset className="form-section" disabled={fetching}>
        <legend>{t("settings.briefs.legend")}</legend>
        <div className="field">
          <label htmlFor={hoursId}>{t("settings.briefs.leadHours")}</label>
          <input
            ref={hoursRef}
            id={hoursId}
            type="number"
            inputMode="numeric"
            min={MIN_HOURS}
            max={MAX_HOURS}
            step={1}
            className="input-short"
            value={hours}
            aria-invalid={hoursError ? true : undefined}
            aria-describedby={`${hoursId}-hint${hoursError ? ` ${hoursId}-error` : ""}`}
            onChange={(event) => setHours(event.target.value)}
          />
          <p id={`${hoursId}-hint`} className="field-hint">
            {t("settings.briefs.leadHoursHint")}
          </p>
          {hoursError ? (
            <p id={`${hoursId}-error`} className="field-error">
              {t("settings.briefs.leadHoursInvalid")}
            </p>
          ) : null}
        </div>
        <div className="checkbox-stack">
          <label className="checkbox">
            <input type="checkbox" checked={email} onChange={(event) => setEmail(event.target.checked)} />
            {t("settings.briefs.email")}
          </label>
        </div>
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button" disabled={fetching}>
          {fetching ? t("settings.briefs.saving") : t("settings.briefs.save")}
        </button>
      </div>
    </form>
  );
}

/** Inställningar → Underlag inför möten (admins; the page renders it only for them). */
export function BriefSettingsSection() {
  const { t } = useI18n();
  const [{ data, fetching, error }, refetch] = useQuery({ query: BriefSettingsQuery });
  let body;
  if (!data && fetching) body = <Loading label={t("settings.briefs.loading")} />;
  else if (!data) body = <ErrorBanner error={error} onRetry={() => refetch({ requestPolicy: "network-only" })} />;
  else body = <BriefSettingsForm settings={data.briefSettings} />;
  return (
    <section className="panel settings-panel" aria-labelledby="settings-briefs-title" data-testid="settings-briefs">
      <div className="panel-header">
        <h2 id="settings-briefs-title">{t("settings.briefs.title")}</h2>
      </div>
      <p className="meta">{t("settings.briefs.intro")}</p>
      {body}
    </section>
  );
}
