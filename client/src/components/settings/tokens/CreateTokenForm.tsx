import { useId, useRef, useState, type FormEvent } from "react";
import { useMutation } from "urql";
import { graphql } from "../../../gql";
import type { ApiTokenScope } from "../../../gql/graphql";
import { errorMessageKey, inputProblems } from "../../../graphql/errors";
import { useI18n, type MessageKey } from "../../../i18n";
import { ErrorBanner } from "../../Status";

const SCOPES: readonly ApiTokenScope[] = ["READ", "WRITE"];
const DEFAULT_DAYS = 90;

// The new token comes back with what the list shows of it; the list itself is fetched again (client.ts).
const CreateApiTokenMutation = graphql(`
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      token
      apiToken {
        id
        label
        ...TokenItem_ApiToken
      }
    }
  }
`);

type TokenField = "label" | "scopes" | "expiresInDays";
const TOKEN_FIELD_ERRORS: Record<TokenField, MessageKey> = {
  label: "settings.tokens.create.labelInvalid",
  scopes: "settings.tokens.create.scopesInvalid",
  expiresInDays: "settings.tokens.create.expiresInvalid",
};

/** Names a new token, picks its scopes and lifetime; the server's field problems land under the fields. */
export function CreateTokenForm({ onCreated }: { onCreated(label: string, secret: string): void }) {
  const { t } = useI18n();
  const ids = { label: useId(), scopes: useId(), expiresInDays: useId() };
  const [label, setLabel] = useState("");
  const [scopes, setScopes] = useState<ApiTokenScope[]>(["READ"]);
  const [days, setDays] = useState(String(DEFAULT_DAYS));
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<TokenField, MessageKey>>>({});
  const [formError, setFormError] = useState<MessageKey | null>(null);
  const [{ fetching }, create] = useMutation(CreateApiTokenMutation);
  const labelRef = useRef<HTMLInputElement>(null);
  const firstScopeRef = useRef<HTMLInputElement>(null);
  const daysRef = useRef<HTMLInputElement>(null);

  function toggleScope(scope: ApiTokenScope, checked: boolean) {
    setScopes((current) => SCOPES.filter((s) => (s === scope ? checked : current.includes(s))));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFieldErrors({});
    setFormError(null);
    const parsedDays = Number(days);
    const errors: Partial<Record<TokenField, MessageKey>> = {};
    // The number must be an integer for the GraphQL Int; the server checks the range too.
    if (!/^\d+$/.test(days.trim()) || parsedDays < 1 || parsedDays > 365) errors.expiresInDays = TOKEN_FIELD_ERRORS.expiresInDays;
    if (!errors.expiresInDays) {
      const result = await create({ input: { label, scopes, expiresInDays: parsedDays } });
      if (!result.error) {
        const secret = result.data?.createApiToken.token;
        const created = result.data?.createApiToken.apiToken;
        if (secret && created) {
          onCreated(created.label, secret);
          setLabel("");
          setScopes(["READ"]);
          setDays(String(DEFAULT_DAYS));
          return;
        }
        setFormError("error.UNKNOWN");
        return;
      }
      for (const problem of inputProblems(result.error)) {
        const field = problem.path[1] as TokenField | undefined;
        if (field && field in TOKEN_FIELD_ERRORS) errors[field] = TOKEN_FIELD_ERRORS[field];
      }
      if (!Object.keys(errors).length) {
        setFormError(errorMessageKey(result.error));
        return;
      }
    }
    setFieldErrors(errors);
    if (errors.label) labelRef.current?.focus();
    else if (errors.scopes) firstScopeRef.current?.focus();
    else daysRef.current?.focus();
  }

  const errorId = (field: TokenField) => `${ids[field]}-error`;
  const fieldError = (field: TokenField) =>
    fieldErrors[field] ? (
      <p id={errorId(field)} className="field-error">
        {t(fieldErrors[field])}
      </p>
    ) : null;

  return (
    <form className="settings-form" onSubmit={(event) => void submit(event)} noValidate data-testid="create-token-form">
      <fieldset className="form-section" disabled={fetching}>
        <legend>{t("settings.tokens.create.title")}</legend>
        {formError ? <ErrorBanner messageKey={formError} /> : null}
        <div className="form-grid">
          <div className="field">
            <label htmlFor={ids.label}>{t("settings.tokens.create.label")}</label>
            <input
              ref={labelRef}
              id={ids.label}
              type="text"
              autoComplete="off"
              required
              maxLength={200}
              value={label}
              aria-invalid={fieldErrors.label ? true : undefined}
              aria-describedby={[`${ids.label}-hint`, fieldErrors.label ? errorId("label") : ""].filter(Boolean).join(" ")}
              onChange={(event) => setLabel(event.target.value)}
            />
            <p id={`${ids.label}-hint`} className="field-hint">
              {t("settings.tokens.create.labelHint")}
            </p>
            {fieldError("label")}
          </div>
          <fieldset
            className="field plain-fieldset"
            aria-invalid={fieldErrors.scopes ? true : undefined}
            aria-describedby={fieldErrors.scopes ? errorId("scopes") : undefined}
          >
            <legend className="field-label">{t("settings.tokens.create.scopes")}</legend>
            <div className="checkbox-group token-scopes">
              {SCOPES.map((scope, index) => (
                <label key={scope} className="checkbox">
                  <input
                    ref={index === 0 ? firstScopeRef : undefined}
                    type="checkbox"
                    name="scopes"
                    value={scope}
                    checked={scopes.includes(scope)}
                    onChange={(event) => toggleScope(scope, event.target.checked)}
                  />
                  {t(`settings.tokens.scope.${scope}`)}
                </label>
              ))}
            </div>
            {fieldError("scopes")}
          </fieldset>
          <div className="field">
            <label htmlFor={ids.expiresInDays}>{t("settings.tokens.create.expiresInDays")}</label>
            <input
              ref={daysRef}
              id={ids.expiresInDays}
              type="number"
              inputMode="numeric"
              min={1}
              max={365}
              step={1}
              required
              className="input-short"
              value={days}
              aria-invalid={fieldErrors.expiresInDays ? true : undefined}
              aria-describedby={fieldErrors.expiresInDays ? errorId("expiresInDays") : undefined}
              onChange={(event) => setDays(event.target.value)}
            />
            {fieldError("expiresInDays")}
          </div>
        </div>
        <div className="form-actions">
          <button type="submit" className="button">
            {fetching ? t("settings.tokens.create.submitting") : t("settings.tokens.create.submit")}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
