import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { useMutation, useQuery } from "urql";
import { graphql } from "../../gql";
import type { UpdateNotificationPreferencesInput } from "../../gql/graphql";
import { errorMessageKey, inputProblems } from "../../graphql/errors";
import { useI18n, type MessageKey } from "../../i18n";
import { ErrorBanner, Loading } from "../Status";

const NotificationPreferencesQuery = graphql(`
  query NotificationPreferences {
    notificationPreferences {
      email
      emailAvailable
      slackConfigured
      teamsConfigured
      quietStart
      quietEnd
      ownQuietHours
    }
  }
`);

const UpdateNotificationPreferencesMutation = graphql(`
  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {
    updateNotificationPreferences(input: $input) {
      email
      emailAvailable
      slackConfigured
      teamsConfigured
      quietStart
      quietEnd
      ownQuietHours
    }
  }
`);

type Field = "email" | "slackWebhookUrl" | "teamsWebhookUrl" | "quietStart" | "quietEnd";
type Webhook = "slack" | "teams";
const WEBHOOK_FIELD: Record<Webhook, "slackWebhookUrl" | "teamsWebhookUrl"> = { slack: "slackWebhookUrl", teams: "teamsWebhookUrl" };
const FIELD_ERRORS: Record<Field, MessageKey> = {
  email: "error.BAD_USER_INPUT",
  slackWebhookUrl: "settings.notifications.urlInvalid.slack",
  teamsWebhookUrl: "settings.notifications.urlInvalid.teams",
  quietStart: "settings.notifications.timeInvalid",
  quietEnd: "settings.notifications.timeInvalid",
};
const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

interface Prefs {
  email: boolean;
  emailAvailable: boolean;
  slackConfigured: boolean;
  teamsConfigured: boolean;
  quietStart: string;
  quietEnd: string;
  ownQuietHours: boolean;
}

function FieldError({ id, messageKey }: { id: string; messageKey?: MessageKey }) {
  const { t } = useI18n();
  if (!messageKey) return null;
  return (
    <p id={id} className="field-error">
      {t(messageKey)}
    </p>
  );
}

/** The form, once the preferences are known (its fields start from them). */
function PreferencesForm({ prefs }: { prefs: Prefs }) {
  const { t } = useI18n();
  const ids = { email: useId(), slack: useId(), teams: useId(), start: useId(), end: useId(), quiet: useId() };
  const [email, setEmail] = useState(prefs.email);
  const [urls, setUrls] = useState<Record<Webhook, string>>({ slack: "", teams: "" });
  const [replacing, setReplacing] = useState<Record<Webhook, boolean>>({ slack: false, teams: false });
  const [own, setOwn] = useState(prefs.ownQuietHours);
  const [start, setStart] = useState(prefs.quietStart);
  const [end, setEnd] = useState(prefs.quietEnd);
  const [errors, setErrors] = useState<Partial<Record<Field, MessageKey>>>({});
  const [formError, setFormError] = useState<MessageKey | null>(null);
  const [saved, setSaved] = useState("");
  const [{ fetching }, update] = useMutation(UpdateNotificationPreferencesMutation);
  const refs = {
    slack: useRef<HTMLInputElement>(null),
    teams: useRef<HTMLInputElement>(null),
    start: useRef<HTMLInputElement>(null),
    end: useRef<HTMLInputElement>(null),
  };
  // The organisation's hours are only known while the person has none of their own.
  const [orgHours] = useState(prefs.ownQuietHours ? null : { start: prefs.quietStart, end: prefs.quietEnd });

  async function send(input: UpdateNotificationPreferencesInput, successText: string): Promise<boolean> {
    setErrors({});
    setFormError(null);
    setSaved("");
    const result = await update({ input });
    if (!result.error) {
      setSaved(successText);
      return true;
    }
    const found: Partial<Record<Field, MessageKey>> = {};
    for (const problem of inputProblems(result.error)) {
      const field = problem.path[1] as Field | undefined;
      if (field && field in FIELD_ERRORS) found[field] = FIELD_ERRORS[field];
    }
    if (Object.keys(found).length === 0) setFormError(errorMessageKey(result.error));
    setErrors(found);
    if (found.slackWebhookUrl) refs.slack.current?.focus();
    else if (found.teamsWebhookUrl) refs.teams.current?.focus();
    else if (found.quietStart) refs.start.current?.focus();
    else if (found.quietEnd) refs.end.current?.focus();
    return false;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input: UpdateNotificationPreferencesInput = {};
    if (prefs.emailAvailable && email !== prefs.email) input.email = email;
    for (const hook of ["slack", "teams"] as const) {
      const url = urls[hook].trim();
      if (url) input[WEBHOOK_FIELD[hook]] = url;
    }
    if (own) {
      const local: Partial<Record<Field, MessageKey>> = {};
      if (!CLOCK.test(start)) local.quietStart = start ? "settings.notifications.timeInvalid" : "settings.notifications.quietBoth";
      if (!CLOCK.test(end)) local.quietEnd = end ? "settings.notifications.timeInvalid" : "settings.notifications.quietBoth";
      if (local.quietStart || local.quietEnd) {
        setErrors(local);
        (local.quietStart ? refs.start : refs.end).current?.focus();
        return;
      }
      if (!prefs.ownQuietHours || start !== prefs.quietStart || end !== prefs.quietEnd) {
        input.quietStart = start;
        input.quietEnd = end;
      }
    } else if (prefs.ownQuietHours) {
      input.quietStart = null;
      input.quietEnd = null;
    }
    if (await send(input, t("settings.notifications.saved"))) {
      setUrls({ slack: "", teams: "" });
      setReplacing({ slack: false, teams: false });
    }
  }

  const configured = (hook: Webhook) => (hook === "slack" ? prefs.slackConfigured : prefs.teamsConfigured);

  // After "Ta bort" the address field comes back once the preferences are read again: focus it then.
  const [focusAfterRemove, setFocusAfterRemove] = useState<Webhook | null>(null);
  useEffect(() => {
    if (!focusAfterRemove || configured(focusAfterRemove)) return;
    refs[focusAfterRemove].current?.focus();
    setFocusAfterRemove(null);
  });

  async function remove(hook: Webhook) {
    const name = t(hook === "slack" ? "settings.notifications.slack" : "settings.notifications.teams");
    if (await send({ [WEBHOOK_FIELD[hook]]: null }, t("settings.notifications.removed", { name }))) {
      setReplacing((current) => ({ ...current, [hook]: false }));
      setFocusAfterRemove(hook);
    }
  }

  const webhookField = (hook: Webhook) => {
    const field = WEBHOOK_FIELD[hook];
    const id = ids[hook];
    const label = t(hook === "slack" ? "settings.notifications.slack" : "settings.notifications.teams");
    const hint = t(hook === "slack" ? "settings.notifications.slackHint" : "settings.notifications.teamsHint");
    const isSet = configured(hook);
    return (
      <div className="field webhook-field" data-testid={`webhook-${hook}`}>
        {/* Without the address field (set, not being replaced) the label names nothing to type in. */}
        {!isSet || replacing[hook] ? <label htmlFor={id}>{label}</label> : <span className="field-label webhook-label">{label}</span>}
        {isSet ? (
          <div className="webhook-configured">
            <span className="badge badge-configured" data-testid={`webhook-${hook}-status`}>
              {t("settings.notifications.configured")}
            </span>
            <button
              type="button"
              className="button button-danger-secondary button-small"
              aria-label={t("settings.notifications.removeNamed", { name: label })}
              onClick={() => void remove(hook)}
            >
              {t("settings.notifications.remove")}
            </button>
            {!replacing[hook] ? (
              <button type="button" className="link-button" onClick={() => setReplacing((current) => ({ ...current, [hook]: true }))}>
                {t("settings.notifications.replace")}
              </button>
            ) : null}
          </div>
        ) : null}
        {!isSet || replacing[hook] ? (
          <input
            ref={refs[hook]}
            id={id}
            // Shown by "Byt adress": the field the person asked for.
            autoFocus={isSet}
            type="url"
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            maxLength={2000}
            placeholder="https://"
            value={urls[hook]}
            aria-invalid={errors[field] ? true : undefined}
            aria-describedby={`${id}-hint${errors[field] ? ` ${id}-error` : ""}`}
            onChange={(event) => setUrls((current) => ({ ...current, [hook]: event.target.value }))}
          />
        ) : null}
        <p id={`${id}-hint`} className="field-hint">
          {hint} {t("settings.notifications.webhookSecret")}
        </p>
        <FieldError id={`${id}-error`} messageKey={errors[field]} />
      </div>
    );
  };

  return (
    <form className="settings-form notification-form" onSubmit={(event) => void submit(event)} noValidate data-testid="notification-form">
      <p className={saved ? "success-message" : "visually-hidden"} role="status" data-testid="notification-status">
        {saved}
      </p>
      {formError ? <ErrorBanner messageKey={formError} /> : null}
      <fieldset className="form-section" disabled={fetching}>
        <legend>{t("settings.notifications.channels")}</legend>
        <div className="field">
          <label className="checkbox">
            <input
              id={ids.email}
              type="checkbox"
              checked={prefs.emailAvailable && email}
              disabled={!prefs.emailAvailable}
              aria-describedby={prefs.emailAvailable ? undefined : `${ids.email}-hint`}
              onChange={(event) => setEmail(event.target.checked)}
            />
            {t("settings.notifications.email")}
          </label>
          {!prefs.emailAvailable ? (
            <p id={`${ids.email}-hint`} className="field-hint" data-testid="email-unavailable">
              {t("settings.notifications.emailUnavailable")}
            </p>
          ) : null}
        </div>
        <div className="form-grid webhook-grid">
          {webhookField("slack")}
          {webhookField("teams")}
        </div>
      </fieldset>
      <fieldset className="form-section" disabled={fetching} aria-describedby={`${ids.quiet}-hint`}>
        <legend>{t("settings.notifications.quiet")}</legend>
        <p id={`${ids.quiet}-hint`} className="field-hint">
          {t("settings.notifications.quietHint")}
        </p>
        <div className="radio-group">
          <label className="checkbox">
            <input type="radio" name={ids.quiet} checked={!own} onChange={() => setOwn(false)} />
            {orgHours ? t("settings.notifications.quietOrg", orgHours) : t("settings.notifications.quietOrgUnknown")}
          </label>
          <label className="checkbox">
            <input type="radio" name={ids.quiet} checked={own} onChange={() => setOwn(true)} />
            {t("settings.notifications.quietOwn")}
          </label>
        </div>
        {own ? (
          <div className="time-row">
            <div className="field">
              <label htmlFor={ids.start}>{t("settings.notifications.quietStart")}</label>
              <input
                ref={refs.start}
                id={ids.start}
                type="time"
                value={start}
                aria-invalid={errors.quietStart ? true : undefined}
                aria-describedby={errors.quietStart ? `${ids.start}-error` : undefined}
                onChange={(event) => setStart(event.target.value)}
              />
              <FieldError id={`${ids.start}-error`} messageKey={errors.quietStart} />
            </div>
            <div className="field">
              <label htmlFor={ids.end}>{t("settings.notifications.quietEnd")}</label>
              <input
                ref={refs.end}
                id={ids.end}
                type="time"
                value={end}
                aria-invalid={errors.quietEnd ? true : undefined}
                aria-describedby={errors.quietEnd ? `${ids.end}-error` : undefined}
                onChange={(event) => setEnd(event.target.value)}
              />
              <FieldError id={`${ids.end}-error`} messageKey={errors.quietEnd} />
            </div>
          </div>
        ) : null}
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button" disabled={fetching}>
          {fetching ? t("settings.notifications.saving") : t("settings.notifications.save")}
        </button>
      </div>
    </form>
  );
}

/** Inställningar → Aviseringar: the signed-in user's own channels and quiet hours. */
export function NotificationPreferencesSection() {
  const { t } = useI18n();
  const [{ data, fetching, error }, refetch] = useQuery({ query: NotificationPreferencesQuery });
  const prefs = data?.notificationPreferences;

  let body;
  if (!data && fetching) body = <Loading label={t("settings.notifications.loading")} />;
  else if (!prefs) body = <ErrorBanner error={error} onRetry={() => refetch({ requestPolicy: "network-only" })} />;
  else body = <PreferencesForm prefs={prefs} />;

  return (
    <section className="panel settings-panel" aria-labelledby="settings-notifications-title" data-testid="settings-notifications">
      <div className="panel-header">
        <h2 id="settings-notifications-title">{t("settings.notifications.title")}</h2>
      </div>
      <p className="meta">{t("settings.notifications.intro")}</p>
      {body}
    </section>
  );
}
