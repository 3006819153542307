import { graphql, getFragmentData, type FragmentType } from "../../../gql";
import type { TokenItem_ApiTokenFragment } from "../../../gql/graphql";
import { useI18n } from "../../../i18n";

export const TokenItemFragment = graphql(`
  fragment TokenItem_ApiToken on ApiToken {
    id
    label
    prefix
    scopes
    createdAt
    expiresAt
    lastUsedAt
    revokedAt
  }
`);

/** Active until revoked or past its expiry. */
export function tokenStatus(token: Pick<TokenItem_ApiTokenFragment, "revokedAt" | "expiresAt">, now: number): "active" | "revoked" | "expired" {
  if (token.revokedAt) return "revoked";
  if (new Date(token.expiresAt).getTime() <= now) return "expired";
  return "active";
}

export interface TokenItemProps {
  token: FragmentType<typeof TokenItemFragment>;
  /** Asks to revoke it (the section confirms first). */
  onRevoke(token: { id: string; label: string }): void;
}

/** One API token: its name, status, prefix, scopes, expiry and last use, and a revoke button while active. */
export function TokenItem({ token: tokenRef, onRevoke }: TokenItemProps) {
  const token = getFragmentData(TokenItemFragment, tokenRef);
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
            onClick={() => onRevoke({ id: token.id, label: token.label })}
          >
            {t("settings.tokens.revoke")}
          </button>
        </div>
      ) : null}
    </li>
  );
}
