import { useEffect, useRef, type ReactNode, type RefObject } from "react";
import { useQuery } from "urql";
import type { RegwatchAlertFilter } from "../../gql/graphql";
import { RegwatchAlertsPageQuery } from "../../graphql/regwatch";
import { useI18n } from "../../i18n";
import { usePagedList, type PageReport } from "../../lib/usePagedList";
import { ErrorBanner, Loading } from "../Status";
import { AlertCard } from "./AlertCard";

const PAGE_SIZE = 20;

interface PageProps {
  after: string | null;
  filter: RegwatchAlertFilter | null;
  /** Changes whenever the pages must be fetched again (a live event). */
  refresh: number;
  arrived: ReadonlySet<string>;
  empty: ReactNode;
  onReport(after: string | null, report: PageReport): void;
}

/** One page of alerts, as list items (cursors are offsets: every page shown is fetched again on a change). */
function AlertPage({ after, filter, refresh, arrived, empty, onReport }: PageProps) {
  const { t } = useI18n();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: RegwatchAlertsPageQuery, variables: { first: PAGE_SIZE, after, filter } });
  const latest = useRef(reexecute);
  latest.current = reexecute;
  const firstRefresh = useRef(refresh);
  useEffect(() => {
    if (refresh !== firstRefresh.current) latest.current({ requestPolicy: "network-only" });
  }, [refresh]);

  useEffect(() => {
    if (!data) return;
    const { pageInfo, totalCount, nodes } = data.regwatchAlerts;
    onReport(after, { endCursor: pageInfo.endCursor ?? null, hasNextPage: pageInfo.hasNextPage, shown: nodes.length, total: totalCount });
  }, [data, after, onReport]);

  if (!data && fetching) {
    return (
      <li>
        <Loading label={t("regwatch.feed.loading")} />
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
  if (after === null && data.regwatchAlerts.nodes.length === 0) return <li data-testid="regwatch-empty">{empty}</li>;
  return (
    <>
      {data.regwatchAlerts.nodes.map((node) => (
        <AlertCard key={node.id} alert={node} arrived={arrived.has(node.id)} />
      ))}
    </>
  );
}

export interface AlertFeedProps {
  filter: RegwatchAlertFilter | null;
  refresh: number;
  /** Alerts that came in live while the page was open (marked "Ny nyss"). */
  arrived: ReadonlySet<string>;
  listRef: RefObject<HTMLUListElement | null>;
  heading: ReactNode;
  /** Shown between the heading and the list. */
  status: ReactNode;
  /** Shown instead of the list when the first page is empty. */
  empty: ReactNode;
}

/** The alerts, newest first, in pages stacked with "Visa fler". Remount it (key) when the filter changes. */
export function AlertFeed({ filter, refresh, arrived, listRef, heading, status, empty }: AlertFeedProps) {
  const { t } = useI18n();
  const { cursors, onReport, shown, total, nextCursor, more } = usePagedList();
  return (
    <>
      <div className="panel-header">
        {heading}
        {total !== undefined && total > 0 ? (
          <p className="panel-count" data-testid="regwatch-count">
            {t("regwatch.feed.showingOf", { shown, total })}
          </p>
        ) : null}
      </div>
      {status}
      <ul ref={listRef} className="card-list rw-feed" data-testid="regwatch-feed">
        {cursors.map((cursor) => (
          <AlertPage key={cursor ?? ""} after={cursor} filter={filter} refresh={refresh} arrived={arrived} empty={empty} onReport={onReport} />
        ))}
      </ul>
      {nextCursor ? (
        <div className="show-more">
          <button type="button" className="button button-secondary" onClick={more} data-testid="regwatch-show-more">
            {t("regwatch.feed.showMore")}
          </button>
        </div>
      ) : null}
    </>
  );
}
