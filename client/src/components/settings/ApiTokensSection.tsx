import { useState } from "react";
import { useMutation, useQuery } from "urql";
import { graphql } from "../../gql";
import { errorMessageKey } from "../../graphql/errors";
import { useI18n, type MessageKey } from "../../i18n";
import { ConfirmDialog } from "../ConfirmDialog";
import { useAnnounce } from "../LiveAnnouncer";
import { EmptyState, ErrorBanner, Loading } from "../Status";
import { CreateTokenForm } from "./tokens/CreateTokenForm";
import { SecretBox } from "./tokens/SecretBox";
import { TokenItem } from "./tokens/TokenItem";

const SettingsApiTokensQuery = graphql(`
  query SettingsApiTokens {
    apiTokens {
      id
      ...TokenItem_ApiToken
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

/** API tokens for integrations (admins): the list, the secret of a new one shown once, create and revoke. */
export function ApiTokensSection() {
  const { t } = useI18n();
  const announce = useAnnounce();
  const [{ data, fetching, error }, refetch] = useQuery({ query: SettingsApiTokensQuery });
  const [, revoke] = useMutation(RevokeApiTokenMutation);
  const [created, setCreated] = useState<{ label: string; secret: string } | null>(null);
  const [confirming, setConfirming] = useState<{ id: string; label: string } | null>(null);
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
