import { useCallback, useEffect, useRef, useState, type ReactNode, type RefObject } from "react";
import { useQuery } from "urql";
import { NudgesPageQuery } from "../../graphql/nudges";
import { useI18n } from "../../i18n";
import { usePagedList, type PageReport } from "../../lib/usePagedList";
import { EmptyState, ErrorBanner, Loading } from "../Status";
import { NudgeItem } from "./NudgeItem";
import type { AnsweredHandler } from "./nudgeAnswer";

const PAGE_SIZE = 20;

export type NudgeListFilter = "all" | "unread";

interface PageProps {
  after: string | null;
  filter: NudgeListFilter;
  /** Changes whenever the list must be fetched again (a live event). */
  refresh: number;
  highlightId: string | null;
  onReport(after: string | null, report: PageReport): void;
  /** Whether this page holds the highlighted nudge. */
  onHolds(after: string | null, holds: boolean): void;
  onAnswered: AnsweredHandler;
}

/** One page of nudges, as list items (cursors are offsets: every page shown is fetched again on a change). */
function NudgePage({ after, filter, refresh, highlightId, onReport, onHolds, onAnswered }: PageProps) {
  const { t } = useI18n();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: NudgesPageQuery,
    variables: { first: PAGE_SIZE, after, filter: filter === "unread" ? { unread: true } : null },
  });
  const latest = useRef(reexecute);
  latest.current = reexecute;
  const firstRefresh = useRef(refresh);
  useEffect(() => {
    if (refresh !== firstRefresh.current) latest.current({ requestPolicy: "network-only" });
  }, [refresh]);

  const nodes = data?.nudges.nodes;
  useEffect(() => {
    if (!data) return;
    const { pageInfo, totalCount } = data.nudges;
    onReport(after, { endCursor: pageInfo.endCursor ?? null, hasNextPage: pageInfo.hasNextPage, shown: data.nudges.nodes.length, total: totalCount });
  }, [data, after, onReport]);
  useEffect(() => {
    if (nodes) onHolds(after, !!highlightId && nodes.some((node) => node.id === highlightId));
  }, [nodes, after, highlightId, onHolds]);

  if (!data && fetching) {
    return (
      <li>
        <Loading label={t("nudges.loading")} />
      </li>
    );
  }
  if (!data) {
    return (
      <li>
        <ErrorBanner error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />
      </li>
    );
  }
  if (after === null && data.nudges.nodes.length === 0) {
    return (
      <li data-testid="nudges-empty">
        <EmptyState messageKey={filter === "unread" ? "nudges.emptyUnread" : "nudges.empty"} />
      </li>
    );
  }
  return (
    <>
      {data.nudges.nodes.map((node) => (
        <NudgeItem key={node.id} nudge={node} highlighted={node.id === highlightId} onAnswered={onAnswered} />
      ))}
    </>
  );
}

export interface NudgeListProps {
  filter: NudgeListFilter;
  refresh: number;
  highlightId: string | null;
  /** Whether the highlighted nudge is among the loaded pages (else the page shows it on its own). */
  onHighlightListed(listed: boolean | undefined): void;
  onAnswered: AnsweredHandler;
  listRef: RefObject<HTMLUListElement | null>;
  /** The list's heading, shown with the count beside it. */
  heading: ReactNode;
  /** Shown between the heading and the list (the status of the last answer). */
  status: ReactNode;
}

/** The nudges, newest first, in pages stacked with "Visa fler". */
export function NudgeList({ filter, refresh, highlightId, onHighlightListed, onAnswered, listRef, heading, status }: NudgeListProps) {
  const { t } = useI18n();
  const { cursors, onReport, shown, total, nextCursor, more } = usePagedList();
  const [holds, setHolds] = useState<Map<string | null, boolean>>(() => new Map());
  const onHolds = useCallback((after: string | null, value: boolean) => {
    setHolds((current) => (current.get(after) === value ? current : new Map(current).set(after, value)));
  }, []);
  const listed = total === undefined ? undefined : [...holds.values()].some(Boolean);
  useEffect(() => onHighlightListed(listed), [listed, onHighlightListed]);

  return (
    <>
      <div className="panel-header">
        {heading}
        {total !== undefined && total > 0 ? (
          <p className="panel-count" data-testid="nudges-count">
            {t("nudges.showingOf", { shown, total })}
          </p>
        ) : null}
      </div>
      {status}
      <ul ref={listRef} className="card-list nudge-list" data-testid="nudge-list">
        {cursors.map((cursor) => (
          <NudgePage
            key={cursor ?? ""}
            after={cursor}
            filter={filter}
            refresh={refresh}
            highlightId={highlightId}
            onReport={onReport}
            onHolds={onHolds}
            onAnswered={onAnswered}
          />
        ))}
      </ul>
      {nextCursor ? (
        <div className="show-more">
          <button type="button" className="button button-secondary" onClick={more}>
            {t("nudges.showMore")}
          </button>
        </div>
      ) : null}
    </>
  );
}
