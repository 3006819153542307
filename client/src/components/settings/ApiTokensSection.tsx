import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { useMutation, useQuery } from "urql";
import { graphql } from "../../gql";
import type { ApiTokenScope } from "../../gql/graphql";
import { GRAPHQL_PATH } from "../../graphql/client";
import { errorMessageKey, inputProblems } from "../../graphql/errors";
import { useI18n, type MessageKey } from "../../i18n";
import { ConfirmDialog } from "../ConfirmDialog";
import { useAnnounce } from "../LiveAnnouncer";
import { EmptyState, ErrorBanner, Loading } from "../Status";

const SCOPES: readonly ApiTokenScope[] = ["READ", "WRITE"];
const DEFAULT_DAYS = 90;

const SettingsApiTokensQuery = graphql(`
  query SettingsApiTokens {
    apiTokens {
      id
      label
      prefix
      scopes
      createdAt
      expiresAt
      lastUsedAt
      revokedAt
    }
  }
`);

const CreateApiTokenMutation = graphql(`
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      token
      apiToken {
        id
        label
        prefix
        scopes
        createdAt
        expiresAt
        lastUsedAt
        revokedAt
      }
    }
  }
`);

const RevokeApiTokenMutation = graphql(`
  mutation RevokeApiToken($input: RevokeApiTokenInput!) {
    revokeApiToken(input: $input) {
      apiToken {
        id
        revokedAt
      }
    }
  }
`);

interface TokenRow {
  id: string;
  label: string;
  prefix: string;
  scopes: ApiTokenScope[];
  expiresAt: string;
  lastUsedAt?: string | null;
  revokedAt?: string | null;
}

function exampleCurl(secret: string): string {
  const url = `${window.location.origin}${GRAPHQL_PATH}`;
  return [
    `curl -X POST ${url} \\`,
    `  -H "Authorization: Bearer ${secret}" \\`,
    `  -H "Content-Type: application/json" \\`,
    `  -d '{"query":"{ viewer { role } }"}'`,
  ].join("\n");
}

/** The new secret, shown this once. */
function SecretBox({ label, secret, onDone }: { label: string; secret: string; onDone(): void }) {
  const { t } = useI18n();
  const titleId = useId();
  const box = useRef<HTMLElement>(null);
  const code = useRef<HTMLElement>(null);
  const [copyState, setCopyState] = useState<"idle" | "copied" | "failed">("idle");

  useEffect(() => {
    box.current?.focus();
  }, []);

  async function copy() {
    try {
      await navigator.clipboard.writeText(secret);
      setCopyState("copied");
    } catch {
      // No clipboard (e.g. an insecure origin): select the text so it can be copied by hand.
      const node = code.current;
      const selection = window.getSelection();
      if (node && selection) {
        const range = document.createRange();
        range.selectNodeContents(node);
        selection.removeAllRanges();
        selection.addRange(range);
      }
      setCopyState("failed");
    }
  }

  return (
    <section ref={box} tabIndex={-1} className="secret-box" aria-labelledby={titleId} data-testid="api-token-secret-box">
      <h3 id={titleId}>{t("settings.tokens.secret.title", { label })}</h3>
      <p className="secret-warning">
        <span aria-hidden="true">⚠ </span>
        <strong>{t("settings.tokens.secret.warning")}</strong>
      </p>
      <p>{t("settings.tokens.secret.explain")}</p>
      <div className="secret-row">
        <span className="visually-hidden">{t("settings.tokens.secret.label")}: </span>
        <code ref={code} className="secret-value" data-testid="api-token-secret">
          {secret}
        </code>
        <button type="button" className="button" onClick={() => void copy()}>
          {t("settings.tokens.secret.copy")}
        </button>
      </div>
      <p className="meta" role="status">
        {copyState === "copied" ? t("settings.tokens.secret.copied") : copyState === "failed" ? t("settings.tokens.secret.copyFailed") : ""}
      </p>
      <p className="field-label">{t("settings.tokens.secret.example")}</p>
      <pre className="secret-example" data-testid="api-token-curl">
        <code>{exampleCurl(secret)}</code>
      </pre>
      <div className="form-actions">
        <button type="button" className="button button-secondary" onClick={onDone}>
          {t("settings.tokens.secret.done")}
        </button>
      </div>
    </section>
  );
}

function tokenStatus(token: TokenRow, now: number): "active" | "revoked" | "expired" {
  if (token.revokedAt) return "revoked";
  if (new Date(token.expiresAt).getTime() <= now) return "expired";
  return "active";
}

function TokenItem({ token, onRevoke }: { token: TokenRow; onRevoke(token: TokenRow): void }) {
  const { t, formatDate, formatDateTime } = useI18n();
  const status = tokenStatus(token, Date.now());
  return (
    <li className={`card token-item is-${status}`} data-testid="api-token">
      <div className="token-head">
        <span className="card-title">{token.label}</span>
        <span className={`badge badge-token-${status}`} data-testid="api-token-status">
          {status === "revoked" && token.revokedAt
            ? t("settings.tokens.status.revoked", { date: formatDate(token.revokedAt) })
            : t(`settings.tokens.status.${status}`)}
        </span>
      </div>
      <dl className="facts token-facts">
        <dt>{t("settings.tokens.prefix")}</dt>
        <dd>
          <code>{token.prefix}…</code>
        </dd>
        <dt>{t("settings.tokens.scopes")}</dt>
        <dd>{token.scopes.map((scope) => t(`settings.tokens.scope.${scope}`)).join(", ")}</dd>
        <dt>{t("settings.tokens.expiresAt")}</dt>
        <dd>{formatDate(token.expiresAt)}</dd>
        <dt>{t("settings.tokens.lastUsedAt")}</dt>
        <dd>{token.lastUsedAt ? formatDateTime(token.lastUsedAt) : t("settings.tokens.never")}</dd>
      </dl>
      {status === "active" ? (
        <div className="token-actions">
          <button
            type="button"
            className="button button-danger-secondary"
            aria-label={t("settings.tokens.revokeNamed", { label: token.label })}
            onClick={() => onRevoke(token)}
          >
            {t("settings.tokens.revoke")}
          </button>
        </div>
      ) : null}
    </li>
  );
}

type TokenField = "label" | "scopes" | "expiresInDays";
const TOKEN_FIELD_ERRORS: Record<TokenField, MessageKey> = {
  label: "settings.tokens.create.labelInvalid",
  scopes: "settings.tokens.create.scopesInvalid",
  expiresInDays: "settings.tokens.create.expiresInvalid",
};

function CreateTokenForm({ onCreated }: { onCreated(label: string, secret: string): void }) {
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

export function ApiTokensSection() {
  const { t } = useI18n();
  const announce = useAnnounce();
  const [{ data, fetching, error }, refetch] = useQuery({ query: SettingsApiTokensQuery });
  const [, revoke] = useMutation(RevokeApiTokenMutation);
  const [created, setCreated] = useState<{ label: string; secret: string } | null>(null);
  const [confirming, setConfirming] = useState<TokenRow | null>(null);
  const [revokeError, setRevokeError] = useState<MessageKey | null>(null);

  async function confirmRevoke() {
    const token = confirming;
    setConfirming(null);
    if (!token) return;
    setRevokeError(null);
    const result = await revoke({ input: { id: token.id } });
    if (result.error) {
      setRevokeError(errorMessageKey(result.error));
      return;
    }
    announce(t("settings.tokens.revoked", { label: token.label }));
  }

  let list;
  if (!data && fetching) list = <Loading label={t("settings.tokens.loading")} />;
  else if (!data) list = <ErrorBanner error={error} onRetry={() => refetch({ requestPolicy: "network-only" })} />;
  else if (data.apiTokens.length === 0) list = <EmptyState messageKey="settings.tokens.empty" />;
  else
    list = (
      <ul className="card-list token-list" data-testid="api-token-list">
        {data.apiTokens.map((token) => (
          <TokenItem key={token.id} token={token} onRevoke={setConfirming} />
        ))}
      </ul>
    );

  return (
    <section className="panel settings-panel" aria-labelledby="settings-tokens-title" data-testid="settings-tokens">
      <div className="panel-header">
        <h2 id="settings-tokens-title">{t("settings.tokens.title")}</h2>
      </div>
      <p className="meta">{t("settings.tokens.intro")}</p>
      {created ? (
        <SecretBox label={created.label} secret={created.secret} onDone={() => setCreated(null)} />
      ) : null}
      {revokeError ? <ErrorBanner messageKey={revokeError} /> : null}
      {list}
      <CreateTokenForm
        onCreated={(label, secret) => {
          setCreated({ label, secret });
          announce(t("settings.tokens.created", { label }));
        }}
      />
      <ConfirmDialog
        open={confirming !== null}
        title={t("settings.tokens.confirm.title")}
        body={t("settings.tokens.confirm.body", { label: confirming?.label ?? "" })}
        confirmLabel={t("settings.tokens.confirm.confirm")}
        cancelLabel={t("settings.tokens.confirm.cancel")}
        danger
        onConfirm={() => void confirmRevoke()}
        onCancel={() => setConfirming(null)}
      />
    </section>
  );
}
