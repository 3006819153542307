// Monaco web workers bundled by Vite (no CDN). Must be imported before GraphiQL.
import "graphiql/setup-workers/vite";
import "graphiql/style.css";
import { useMemo } from "react";
import { GraphiQL } from "graphiql";
import { createGraphiQLFetcher, type Storage } from "@graphiql/toolkit";
import { useAuth } from "../auth/AuthContext";
import { GRAPHQL_PATH, graphqlWsUrl } from "../graphql/client";
import { useI18n } from "../i18n";
import { useDocumentTitle } from "../lib/useDocumentTitle";

/**
 * In-memory storage for GraphiQL's tabs and history: nothing (least of all a token in the
 * headers) is written to localStorage, and a new sign-in always starts with fresh headers.
 */
const memory = new Map<string, string>();
const memoryStorage: Storage = {
  getItem: (key) => memory.get(key) ?? null,
  setItem: (key, value) => void memory.set(key, value),
  removeItem: (key) => void memory.delete(key),
  clear: () => memory.clear(),
  get length() {
    return memory.size;
  },
};

const DEFAULT_QUERY = `# Välkommen till Postboxens GraphQL-utforskare.
# Skriv en fråga och tryck Ctrl+Enter för att köra den.
query Viewer {
  viewer {
    user { name role }
    organization { name }
  }
}
`;

export default function ExplorerPage() {
  const { t } = useI18n();
  const { token } = useAuth();
  useDocumentTitle(t("explorer.title"));
  const authorization = token ? `Bearer ${token}` : null;

  const fetcher = useMemo(
    () =>
      createGraphiQLFetcher({
        url: GRAPHQL_PATH,
        subscriptionUrl: graphqlWsUrl(),
        headers: authorization ? { Authorization: authorization } : {},
        wsConnectionParams: authorization ? { authorization } : {},
      }),
    [authorization],
  );
  const defaultHeaders = authorization ? JSON.stringify({ Authorization: authorization }, null, 2) : undefined;

  return (
    <div className="explorer" data-testid="explorer">
      <h1 className="visually-hidden">{t("explorer.title")}</h1>
      {!token ? (
        <p className="notice" role="status">
          {t("explorer.signedOutHint")}
        </p>
      ) : null}
      <div className="explorer-frame">
        <GraphiQL
          key={authorization ?? "anonymous"}
          fetcher={fetcher}
          storage={memoryStorage}
          defaultQuery={DEFAULT_QUERY}
          defaultHeaders={defaultHeaders}
          initialHeaders={defaultHeaders}
          shouldPersistHeaders={false}
          defaultEditorToolsVisibility={authorization ? "headers" : undefined}
        />
      </div>
    </div>
  );
}
