import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useSearchParams } from "react-router";
import { useI18n } from "../../i18n";
import { useDebouncedCallback } from "../../lib/useDebouncedCallback";
import { useDocumentTitle } from "../../lib/useDocumentTitle";
import { useAnnounce } from "../LiveAnnouncer";
import { AlertFeed } from "./AlertFeed";
import { AlertFilters } from "./AlertFilters";
import { isFiltered, matchesFeedFilter, readFeedFilter, toAlertFilter, writeFeedFilter, type FeedFilter } from "./regwatchText";
import { useRegwatchLive, type LiveAlert } from "./useRegwatchLive";

/** Whether the top of the list is above the viewport (the user has scrolled down into it). */
function scrolledPast(element: HTMLElement | null): boolean {
  return !!element && element.getBoundingClientRect().top < 0;
}

/**
 * /omvarldsbevakning: the organisation's alerts, newest first, filtered by severity, state and
 * topic (in the address). Live: a new alert is announced and appears at the top (every shown page
 * is fetched again); a user scrolled down into the list gets an "N nya" button back to the top.
 */
export function RegwatchFeed() {
  const { t, tn } = useI18n();
  useDocumentTitle(t("regwatch.title"));
  const announce = useAnnounce();
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => readFeedFilter(params), [params]);
  const queryFilter = useMemo(() => toAlertFilter(filter), [filter]);
  const filterKey = JSON.stringify(queryFilter);
  const liveFilter = useMemo(
    () => (filter.severity.length || filter.topicId ? { ...(filter.severity.length ? { severity: filter.severity } : {}), ...(filter.topicId ? { topicId: filter.topicId } : {}) } : null),
    [filter],
  );

  const listRef = useRef<HTMLUListElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [refresh, setRefresh] = useState(0);
  const [arrived, setArrived] = useState<ReadonlySet<string>>(() => new Set());
  const [unseen, setUnseen] = useState(0);
  const refetch = useDebouncedCallback(() => setRefresh((n) => n + 1), 150);

  // Arrivals in a burst (several versions in one poll) are announced once.
  const toAnnounce = useRef<LiveAlert[]>([]);
  const announceArrivals = useDebouncedCallback(() => {
    const batch = toAnnounce.current;
    toAnnounce.current = [];
    if (batch.length === 1) announce(t("regwatch.feed.announceOne", { title: batch[0]!.title }));
    else if (batch.length > 1) announce(tn("regwatch.feed.announceMany", batch.length));
  }, 300);

  const onEvent = useCallback(
    (alert: LiveAlert) => {
      refetch();
      // Triaged alerts come through the feed too: only a new one is news.
      const isNew = alert.state === "NEW" && !alert.triagedAt;
      if (!isNew || !matchesFeedFilter(filter, alert)) return;
      setArrived((current) => (current.has(alert.id) ? current : new Set(current).add(alert.id)));
      toAnnounce.current.push(alert);
      announceArrivals();
      if (scrolledPast(headingRef.current)) setUnseen((n) => n + 1);
    },
    [filter, refetch, announceArrivals],
  );
  const { live } = useRegwatchLive(liveFilter, onEvent, refetch);

  // Back at the top, the new alerts are in view: the hint goes.
  useEffect(() => {
    if (!unseen) return;
    const onScroll = () => {
      if (!scrolledPast(headingRef.current)) setUnseen(0);
    };
    window.addEventListener("scroll", onScroll, { passive: true });
    return () => window.removeEventListener("scroll", onScroll);
  }, [unseen]);

  function showNew() {
    setUnseen(0);
    headingRef.current?.scrollIntoView({ block: "start" });
    headingRef.current?.focus({ preventScroll: true });
  }

  function chooseFilter(next: FeedFilter) {
    setArrived(new Set());
    setUnseen(0);
    setParams((current) => writeFeedFilter(current, next), { replace: true });
  }

  const filtered = isFiltered(filter);
  const empty = filtered ? (
    <div className="empty rw-empty">
      <p>{t("regwatch.feed.emptyFiltered")}</p>
      <button type="button" className="button button-secondary" onClick={() => chooseFilter({ severity: [], state: [], topicId: null })}>
        {t("regwatch.filter.clear")}
      </button>
    </div>
  ) : (
    <p className="empty rw-empty">{t("regwatch.feed.empty")}</p>
  );

  return (
    <>
      <div className="rw-toolbar">
        <p className={live ? "live-pill" : "live-pill is-off"} data-testid="regwatch-live">
          <span className="live-dot" aria-hidden="true" />
          {t(live ? "regwatch.feed.live" : "regwatch.feed.notLive")}
        </p>
      </div>
      <AlertFilters filter={filter} onChange={chooseFilter} />
      {unseen > 0 ? (
        <div className="rw-new-hint">
          <button type="button" className="button" onClick={showNew} data-testid="regwatch-new-hint">
            <span aria-hidden="true">↑ </span>
            {tn("regwatch.feed.newHint", unseen)}
          </button>
        </div>
      ) : null}
      <section className="panel rw-feed-panel" aria-labelledby="rw-feed-title">
        <AlertFeed
          key={filterKey}
          filter={queryFilter}
          refresh={refresh}
          arrived={arrived}
          listRef={listRef}
          empty={empty}
          heading={
            <h2 id="rw-feed-title" ref={headingRef} tabIndex={-1}>
              {t(filtered ? "regwatch.feed.titleFiltered" : "regwatch.feed.title")}
            </h2>
          }
          status={null}
        />
      </section>
    </>
  );
}
