import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { useQuery, useSubscription } from "urql";
import { graphql } from "../gql";
import type { ActionItemStatus } from "../gql/graphql";
import { ActionItemRow } from "../components/ActionItemRow";
import { EmptyState, ErrorBanner, Loading } from "../components/Status";
import { ActionItemsExportButton } from "../components/export/ExportButtons";
import { ActionItemChangedSubscription } from "../graphql/live";
import { useI18n } from "../i18n";
import { useDebouncedCallback } from "../lib/useDebouncedCallback";
import { useDocumentTitle } from "../lib/useDocumentTitle";
import { useOnReconnect } from "../lib/useOnReconnect";

const PAGE = 50;
const TABS: { key: string; status: ActionItemStatus }[] = [
  { key: "oppna", status: "OPEN" },
  { key: "klara", status: "DONE" },
  { key: "strukna", status: "CANCELLED" },
];

const MyActionItemsViewerQuery = graphql(`
  query MyActionItemsViewer {
    viewer {
      canEdit
      user {
        id
      }
    }
  }
`);

const MyActionItemsQuery = graphql(`
  query MyActionItems($ownerId: ID!, $status: [ActionItemStatus!], $first: Int!, $orderBy: ActionItemOrder) {
    actionItems(first: $first, filter: { ownerId: $ownerId, status: $status }, orderBy: $orderBy) {
      totalCount
      nodes {
        id
        status
        isOverdue
        owner {
          id
        }
        ...ActionItemRow_ActionItem
      }
    }
    overdue: actionItems(first: 1, filter: { ownerId: $ownerId, status: [OPEN], overdue: true }) {
      totalCount
    }
  }
`);

/** /mina-atgarder: the viewer's own action items, open first by due date, live. */
export function MyActionItemsPage() {
  const { t, tn } = useI18n();
  useDocumentTitle(t("myItems.title"));
  const [params] = useSearchParams();
  const tab = TABS.find((x) => x.key === params.get("visa")) ?? TABS[0]!;
  const [first, setFirst] = useState(PAGE);
  useEffect(() => setFirst(PAGE), [tab.key]);
  const [viewer] = useQuery({ query: MyActionItemsViewerQuery });
  const ownerId = viewer.data?.viewer.user.id;
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: MyActionItemsQuery,
    variables: {
      ownerId: ownerId ?? "",
      status: [tab.status],
      first,
      orderBy: tab.status === "OPEN" ? { field: "DUE_DATE", direction: "ASC" } : { field: "UPDATED_AT", direction: "DESC" },
    },
    pause: !ownerId,
  });
  const refetch = useCallback(() => reexecute({ requestPolicy: "network-only" }), [reexecute]);
  const scheduleRefetch = useDebouncedCallback(refetch, 200);
  useOnReconnect(refetch);

  // Mine now, or listed here before (given away, done or struck in another tab): the list changes.
  const listed = useRef(new Set<string>());
  useEffect(() => {
    listed.current = new Set(data?.actionItems.nodes.map((n) => n.id) ?? []);
  }, [data]);
  const [event] = useSubscription({ query: ActionItemChangedSubscription });
  const changed = event.data?.actionItemChanged;
  // A deleted item arrives as null (which one is unknown): read the list again.
  const deletedEvent = event.data !== undefined && event.data.actionItemChanged === null ? event.data : null;
  useEffect(() => {
    if (deletedEvent) scheduleRefetch();
  }, [deletedEvent, scheduleRefetch]);
  useEffect(() => {
    if (!changed) return;
    if (listed.current.has(changed.id) || changed.owner?.id === ownerId) scheduleRefetch();
  }, [changed, ownerId, scheduleRefetch]);

  // When an item leaves the list (done, struck), focus goes to the next one, or the heading.
  const heading = useRef<HTMLHeadingElement>(null);
  const focusAfter = useRef<string | null | undefined>(undefined);
  const onStatusChanged = useCallback(
    (id: string) => {
      const ids = data?.actionItems.nodes.map((n) => n.id) ?? [];
      const index = ids.indexOf(id);
      focusAfter.current = ids[index + 1] ?? ids[index - 1] ?? null;
      refetch();
    },
    [data, refetch],
  );
  useLayoutEffect(() => {
    if (focusAfter.current === undefined || !data) return;
    const target = focusAfter.current;
    if (target && data.actionItems.nodes.some((n) => n.id === target)) {
      document.querySelector<HTMLElement>(`[data-id="${CSS.escape(target)}"] button`)?.focus();
    } else heading.current?.focus();
    focusAfter.current = undefined;
  }, [data]);

  const list = data?.actionItems;
  return (
    <section className="my-items-page" aria-labelledby="my-items-title">
      <header className="page-header">
        <h1 id="my-items-title" ref={heading} tabIndex={-1}>
          {t("myItems.title")}
        </h1>
        {data && tab.status === "OPEN" ? (
          <p className="meta" data-testid="my-items-summary">
            {tn("dashboard.openCount", list?.totalCount ?? 0)} · {tn("dashboard.overdueCount", data.overdue.totalCount)}
          </p>
        ) : null}
        {ownerId && list && list.nodes.length > 0 ? (
          <ActionItemsExportButton filter={{ ownerId, status: [tab.status] }} groupLabel="export.group.myItems" testId="my-items-export" />
        ) : null}
      </header>
      <nav className="tabs" aria-label={t("myItems.views")}>
        <ul>
          {TABS.map((x) => (
            <li key={x.key}>
              <Link to={`?visa=${x.key}`} replace aria-current={x.key === tab.key ? "page" : undefined} className={x.key === tab.key ? "tab is-active" : "tab"}>
                {t(`myItems.tab.${x.status}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {error || viewer.error ? <ErrorBanner error={error ?? viewer.error} onRetry={refetch} /> : null}
      {!list && (fetching || viewer.fetching) ? <Loading /> : null}
      {list ? (
        list.nodes.length === 0 ? (
          <EmptyState messageKey={tab.status === "OPEN" ? "myItems.noneOpen" : tab.status === "DONE" ? "myItems.noneDone" : "myItems.noneCancelled"} />
        ) : (
          <>
            <ul className="card-list" data-testid="my-items">
              {list.nodes.map((item) => (
                <ActionItemRow key={item.id} item={item} canEdit={viewer.data?.viewer.canEdit ?? false} onStatusChanged={onStatusChanged} />
              ))}
            </ul>
            {list.totalCount > list.nodes.length ? (
              <p className="more">
                <button type="button" className="button button-secondary" onClick={() => setFirst((n) => Math.min(n + PAGE, 100))} disabled={first >= 100}>
                  {t("myItems.more", { shown: list.nodes.length, total: list.totalCount })}
                </button>
              </p>
            ) : null}
          </>
        )
      ) : null}
    </section>
  );
}
