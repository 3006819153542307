import { useEffect, useRef, useState, type FormEvent } from "react";
import { useQuery } from "urql";
import { graphql, getFragmentData } from "../gql";
import { EmptyState, ErrorBanner, Loading } from "../components/Status";
import { CONTACT_FIELDS, StakeholderCard, StakeholderCardFragment, stakeholderCardId } from "../components/stakeholders/StakeholderCard";
import { StakeholderForm } from "../components/stakeholders/StakeholderForm";
import { StakeholderGrid } from "../components/stakeholders/StakeholderGrid";
import { StakeholderMap } from "../components/stakeholders/StakeholderMap";
import { isOnlyForbiddenFields } from "../graphql/errors";
import { useI18n } from "../i18n";
import { useDocumentTitle } from "../lib/useDocumentTitle";

const PAGE_SIZE = 20;
const SEARCH_DELAY_MS = 300;

const StakeholdersQuery = graphql(`
  query Stakeholders($first: Int!, $after: String, $filter: StakeholderFilter) {
    viewer {
      canEdit
    }
    stakeholders(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        ...StakeholderCard_Stakeholder
        ...StakeholderContact_Stakeholder
      }
    }
  }
`);

export function StakeholdersPage() {
  const { t } = useI18n();
  useDocumentTitle(t("stakeholders.title"));
  const [searchText, setSearchText] = useState("");
  const [search, setSearch] = useState("");
  const [after, setAfter] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const newButton = useRef<HTMLButtonElement>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);

  // Search as you type, a moment after the last key.
  useEffect(() => {
    const trimmed = searchText.trim();
    if (trimmed === search) return;
    const timer = window.setTimeout(() => {
      setSearch(trimmed);
      setAfter(null);
    }, SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [searchText, search]);

  const [result, reexecute] = useQuery({
    query: StakeholdersQuery,
    variables: { first: PAGE_SIZE, after, filter: search ? { search } : null },
  });
  const { data, fetching, error } = result;

  // After a create: fetch the first page again (with the variables of the next render).
  const [refresh, setRefresh] = useState(0);
  const latestReexecute = useRef(reexecute);
  latestReexecute.current = reexecute;
  useEffect(() => {
    if (refresh > 0) latestReexecute.current({ requestPolicy: "network-only" });
  }, [refresh]);

  // Contact details a viewer may not see come back as FORBIDDEN field errors: not a page error.
  const pageError = error && !isOnlyForbiddenFields(error, CONTACT_FIELDS) ? error : null;
  const canEdit = data?.viewer.canEdit ?? false;
  const connection = data?.stakeholders;
  const nodes = connection?.nodes ?? [];
  const gridPeople = nodes.map((node) => getFragmentData(StakeholderCardFragment, node));

  // A point in the map or a name in the grid: highlight the card and move there (focus included,
  // so a keyboard or screen reader user lands on the stakeholder they chose).
  function onSelect(id: string) {
    setSelectedId(id);
    window.setTimeout(() => {
      const card = document.getElementById(stakeholderCardId(id));
      card?.scrollIntoView({ block: "center", behavior: "smooth" });
      card?.focus({ preventScroll: true });
    }, 0);
  }

  function onSearchSubmit(event: FormEvent) {
    event.preventDefault();
    setSearch(searchText.trim());
    setAfter(null);
  }

  function onCreated(savedName?: string) {
    setCreating(false);
    if (savedName) {
      setAfter(null);
      setRefresh((n) => n + 1);
    }
    window.setTimeout(() => newButton.current?.focus(), 0);
  }

  return (
    <div className="stakeholders-page">
      <div className="page-heading">
        <div>
          <h1>{t("stakeholders.title")}</h1>
          <p className="meta">{t("stakeholders.intro")}</p>
        </div>
        {canEdit && !creating ? (
          <button ref={newButton} type="button" className="button" onClick={() => setCreating(true)}>
            {t("stakeholders.new")}
          </button>
        ) : null}
      </div>

      {creating ? (
        <section className="panel stakeholder-create">
          <StakeholderForm mode="create" heading={t("stakeholders.newTitle")} onDone={onCreated} />
        </section>
      ) : null}

      <form role="search" className="stakeholder-search" onSubmit={onSearchSubmit}>
        <label htmlFor="stakeholder-search">{t("stakeholders.search")}</label>
        <div className="stakeholder-search-row">
          <input
            id="stakeholder-search"
            type="search"
            value={searchText}
            aria-describedby="stakeholder-search-hint"
            onChange={(event) => setSearchText(event.target.value)}
          />
          <button type="submit" className="button button-secondary">
            {t("stakeholders.searchButton")}
          </button>
        </div>
        <p className="field-hint" id="stakeholder-search-hint">
          {t("stakeholders.searchHint")}
        </p>
      </form>

      {pageError ? <ErrorBanner error={pageError} onRetry={() => reexecute({ requestPolicy: "network-only" })} /> : null}

      <div className="stakeholders-grid-layout" aria-busy={fetching}>
        <section className="panel panel-wide" aria-labelledby="stakeholder-map-title">
          <header className="panel-header">
            <h2 id="stakeholder-map-title">{t("charts.stakeholders.title")}</h2>
          </header>
          {!data && fetching ? <Loading /> : null}
          {connection ? <StakeholderMap stakeholders={gridPeople} selectedId={selectedId} onSelect={onSelect} /> : null}
          {connection?.pageInfo.hasNextPage ? (
            <p className="meta">{t("stakeholders.grid.loadedOnly", { count: nodes.length })}</p>
          ) : null}
        </section>

        <section className="panel" aria-labelledby="stakeholder-list-title" data-testid="stakeholder-list">
          <header className="panel-header">
            <h2 id="stakeholder-list-title">{t("stakeholders.list")}</h2>
            {connection ? (
              <p className="panel-count" aria-live="polite">
                {t("stakeholders.showingOf", { shown: nodes.length, total: connection.totalCount })}
              </p>
            ) : null}
          </header>
          {!data && fetching ? <Loading /> : null}
          {connection && nodes.length === 0 ? (
            search ? (
              <p className="empty">{t("stakeholders.noMatches", { search })}</p>
            ) : (
              <EmptyState messageKey="stakeholders.empty" />
            )
          ) : null}
          {nodes.length > 0 ? (
            <ul className="card-list">
              {nodes.map((node) => (
                <StakeholderCard key={node.id} stakeholder={node} contact={node} canEdit={canEdit} selected={node.id === selectedId} />
              ))}
            </ul>
          ) : null}
          {connection?.pageInfo.hasNextPage ? (
            <div className="show-more">
              <button
                type="button"
                className="button button-secondary"
                disabled={fetching}
                onClick={() => setAfter(connection.pageInfo.endCursor ?? null)}
              >
                {fetching ? t("stakeholders.loadingMore") : t("stakeholders.showMore")}
              </button>
            </div>
          ) : null}
        </section>

        <section className="panel" aria-labelledby="stakeholder-grid-title">
          <header className="panel-header">
            <h2 id="stakeholder-grid-title">{t("charts.stakeholders.tableTitle")}</h2>
          </header>
          {!data && fetching ? <Loading /> : null}
          {connection ? (
            <>
              <p className="meta">{t("charts.stakeholders.gridHint")}</p>
              <StakeholderGrid stakeholders={gridPeople} selectedId={selectedId} onSelect={onSelect} />
            </>
          ) : null}
          {connection?.pageInfo.hasNextPage ? (
            <p className="meta">{t("stakeholders.grid.loadedOnly", { count: nodes.length })}</p>
          ) : null}
        </section>
      </div>
    </div>
  );
}
