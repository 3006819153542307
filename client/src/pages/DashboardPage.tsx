import { useCallback, useEffect, useRef, useState } from "react";
import { useQuery, useSubscription } from "urql";
import { graphql } from "../gql";
import { ActionItemRow } from "../components/ActionItemRow";
import { DashboardBriefsPanel } from "../components/DashboardBriefsPanel";
import { ActionItemTrendPanel } from "../components/charts/ActionItemTrendPanel";
import { MeetingListItem } from "../components/MeetingListItem";
import { DashboardNudgesPanel } from "../components/nudges/DashboardNudgesPanel";
import { DashboardRegwatchPanel } from "../components/regwatch/DashboardRegwatchPanel";
import { useAnnounce } from "../components/LiveAnnouncer";
import { EmptyState, ErrorBanner, Loading } from "../components/Status";
import { ActionItemChangedSubscription, MeetingChangedSubscription } from "../graphql/live";
import { useI18n } from "../i18n";
import { useDebouncedCallback } from "../lib/useDebouncedCallback";
import { useDocumentTitle } from "../lib/useDocumentTitle";
import { useOnReconnect } from "../lib/useOnReconnect";

const UPCOMING_MEETINGS = 10;
const OPEN_ACTION_ITEMS = 25;

const DashboardQuery = graphql(`
  query Dashboard($now: DateTimeISO!, $meetingsFirst: Int!, $itemsFirst: Int!) {
    viewer {
      canEdit
    }
    upcomingMeetings: meetings(
      first: $meetingsFirst
      filter: { from: $now }
      orderBy: { field: STARTS_AT, direction: ASC }
    ) {
      totalCount
      nodes {
        id
        startsAt
        ...MeetingListItem_Meeting
        ...DashboardBriefsPanel_Meeting
      }
    }
    openActionItems: actionItems(
      first: $itemsFirst
      filter: { status: [OPEN] }
      orderBy: { field: DUE_DATE, direction: ASC }
    ) {
      totalCount
      nodes {
        id
        status
        isOverdue
        ...ActionItemRow_ActionItem
      }
    }
    overdueActionItems: actionItems(first: 1, filter: { status: [OPEN], overdue: true }) {
      totalCount
    }
  }
`);

export function DashboardPage() {
  const { t, tn } = useI18n();
  const announce = useAnnounce();
  useDocumentTitle(t("dashboard.title"));
  // Fixed per visit so the query variables (and so the cache key) stay stable.
  const [now] = useState(() => {
    const date = new Date();
    date.setSeconds(0, 0);
    return date.toISOString();
  });
  const [result, reexecute] = useQuery({
    query: DashboardQuery,
    variables: { now, meetingsFirst: UPCOMING_MEETINGS, itemsFirst: OPEN_ACTION_ITEMS },
  });
  const { data, fetching, error, stale } = result;

  const refetch = useCallback(() => reexecute({ requestPolicy: "network-only" }), [reexecute]);
  const scheduleRefetch = useDebouncedCallback(refetch, 150);
  useOnReconnect(refetch);

  // Which items the open list was built from: graphcache updates an item's fields in place, but
  // list membership only changes when the query runs again.
  const listedItems = useRef(new Set<string>());
  useEffect(() => {
    listedItems.current = new Set(data?.openActionItems.nodes.map((n) => n.id) ?? []);
  }, [data]);

  // Bumped on every action item change: the trend panel reads its counts again.
  const [trendVersion, setTrendVersion] = useState(0);

  const [itemEvent] = useSubscription({ query: ActionItemChangedSubscription });
  const changedItem = itemEvent.data?.actionItemChanged;
  // A deleted item (consent withdrawn, re-extraction) arrives as null: which one is unknown, so read again.
  const deletedEvent = itemEvent.data !== undefined && itemEvent.data.actionItemChanged === null ? itemEvent.data : null;
  useEffect(() => {
    if (deletedEvent) scheduleRefetch();
  }, [deletedEvent, scheduleRefetch]);
  useEffect(() => {
    if (!changedItem) return;
    const listed = listedItems.current.has(changedItem.id);
    // Left the open list (done/cancelled) or (re)entered it: membership changed, fetch again.
    if ((listed && changedItem.status !== "OPEN") || (!listed && changedItem.status === "OPEN")) scheduleRefetch();
    setTrendVersion((v) => v + 1);
    announce(t("actionItem.announceChanged", { title: changedItem.title }));
  }, [changedItem, scheduleRefetch, announce, t]);

  const [meetingEvent] = useSubscription({ query: MeetingChangedSubscription });
  const changedMeeting = meetingEvent.data?.meetingChanged;
  useEffect(() => {
    if (!changedMeeting) return;
    // A new start time or status may move it into or out of the upcoming list.
    scheduleRefetch();
    announce(t("actionItem.announceMeetingChanged", { title: changedMeeting.title }));
  }, [changedMeeting, scheduleRefetch, announce, t]);

  const canEdit = data?.viewer.canEdit ?? false;
  const meetings = data?.upcomingMeetings;
  const items = data?.openActionItems;
  const overdueCount = data?.overdueActionItems.totalCount ?? 0;

  return (
    <div className="dashboard">
      <div className="page-heading">
        <h1>{t("dashboard.title")}</h1>
        <p className="live-pill" title={t("dashboard.live")}>
          <span className="live-dot" aria-hidden="true" />
          {t("dashboard.live")}
        </p>
      </div>

      {error ? <ErrorBanner error={error} onRetry={refetch} /> : null}

      <div className="dashboard-grid" aria-busy={fetching || stale}>
        <DashboardNudgesPanel />
        <DashboardRegwatchPanel />
        {/* One column: the few new briefs on top of the (longer) list of upcoming meetings. */}
        <div className="dashboard-column">
          <DashboardBriefsPanel meetings={meetings?.nodes} loading={!data && fetching} />
          <section className="panel" aria-labelledby="upcoming-title" data-testid="upcoming-meetings">
            <header className="panel-header">
              <h2 id="upcoming-title">{t("dashboard.upcomingMeetings")}</h2>
              {meetings && meetings.totalCount > meetings.nodes.length ? (
                <p className="panel-count">
                  {t("dashboard.showingOf", { shown: meetings.nodes.length, total: meetings.totalCount })}
                </p>
              ) : null}
            </header>
            {!data && fetching ? <Loading /> : null}
            {meetings && meetings.nodes.length === 0 ? <EmptyState messageKey="dashboard.noUpcomingMeetings" /> : null}
            {meetings && meetings.nodes.length > 0 ? (
              <ul className="card-list">
                {meetings.nodes.map((meeting) => (
                  <MeetingListItem key={meeting.id} meeting={meeting} />
                ))}
              </ul>
            ) : null}
          </section>
        </div>

        <section className="panel" aria-labelledby="action-items-title" data-testid="open-action-items">
          <header className="panel-header">
            <h2 id="action-items-title">{t("dashboard.openActionItems")}</h2>
            {items ? (
              <p className="panel-count">
                <span>{tn("dashboard.openCount", items.totalCount)}</span>
                {overdueCount > 0 ? (
                  <span className="overdue-count"> · {tn("dashboard.overdueCount", overdueCount)}</span>
                ) : null}
              </p>
            ) : null}
          </header>
          {!data && fetching ? <Loading /> : null}
          {items && items.nodes.length === 0 ? <EmptyState messageKey="dashboard.noOpenActionItems" /> : null}
          {items && items.nodes.length > 0 ? (
            <ul className="card-list">
              {items.nodes.map((item) => (
                <ActionItemRow
                  key={item.id}
                  item={item}
                  canEdit={canEdit}
                  onStatusChanged={() => {
                    scheduleRefetch();
                    setTrendVersion((v) => v + 1);
                  }}
                />
              ))}
            </ul>
          ) : null}
        </section>

        <ActionItemTrendPanel version={trendVersion} />
      </div>
    </div>
  );
}
