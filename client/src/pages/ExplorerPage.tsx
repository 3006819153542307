// Monaco web workers bundled by Vite (no CDN). Must be imported before GraphiQL.
import "graphiql/setup-workers/vite";
import "graphiql/style.css";
import { useEffect, useMemo, useRef } from "react";
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

/**
 * GraphiQL marks each tab's <li> as role="tab" with a button inside it, which nests one control in
 * another (axe: nested-interactive). The button is the control: it takes the tab role and state, and
 * the <li> becomes presentation, as the WAI-ARIA tabs pattern has it. Re-applied whenever GraphiQL
 * re-renders its tabs.
 */
function useAccessibleGraphiQLTabs(root: React.RefObject<HTMLElement | null>) {
  useEffect(() => {
    const container = root.current;
    if (!container) return;
    const fix = () => {
      for (const li of container.querySelectorAll<HTMLElement>('li.graphiql-tab[role="tab"]')) {
        const button = li.querySelector<HTMLElement>("button.graphiql-tab-button");
        if (!button) continue;
        button.setAttribute("role", "tab");
        button.setAttribute("aria-selected", li.getAttribute("aria-selected") ?? "false");
        li.setAttribute("role", "presentation");
        li.removeAttribute("aria-selected");
      }
    };
    fix();
    const observer = new MutationObserver(fix);
    observer.observe(container, { subtree: true, childList: true, attributes: true, attributeFilter: ["role", "aria-selected"] });
    return () => observer.disconnect();
  }, [root]);
}

export default function ExplorerPage() {
  const frame = useRef<HTMLDivElement>(null);
  useAccessibleGraphiQLTabs(frame);
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
    <div className="explorer" data-testid="explorer" ref={frame}>
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
