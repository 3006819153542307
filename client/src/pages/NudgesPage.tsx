import { useCallback, useEffect, useRef, useState } from "react";
import { useSearchParams } from "react-router";
import { useMutation, useQuery } from "urql";
import { NudgeItem } from "../components/nudges/NudgeItem";
import { NudgeList, type NudgeListFilter } from "../components/nudges/NudgeList";
import { useAnswerFeedback, useNudgeFeed } from "../components/nudges/useNudgeFeed";
import { ErrorBanner } from "../components/Status";
import { hasErrorCode } from "../graphql/errors";
import { LinkedNudgeQuery, MarkAllNudgesReadMutation, MarkNudgeReadMutation, NudgeUnreadCountQuery } from "../graphql/nudges";
import { useI18n } from "../i18n";
import { useDocumentTitle } from "../lib/useDocumentTitle";

const FILTERS: readonly NudgeListFilter[] = ["all", "unread"];
/** The filter in the address: /aviseringar?visa=olasta. */
const FILTER_PARAM = "visa";
const UNREAD_VALUE = "olasta";

/** The nudge an e-mail or chat link pointed at (?nudge=<id>): read at once, shown emphasised. */
function useLinkedNudge(id: string | null) {
  const [linked] = useQuery({ query: LinkedNudgeQuery, variables: { id: id ?? "" }, pause: !id });
  const [readState, markRead] = useMutation(MarkNudgeReadMutation);
  const marked = useRef<string | null>(null);
  useEffect(() => {
    if (!id || marked.current === id) return;
    marked.current = id;
    void markRead({ input: { id } });
  }, [id, markRead]);
  const node = linked.data?.node;
  const nudge = node && node.__typename === "Nudge" ? node : null;
  const missing = !!id && ((!!linked.data && !nudge) || hasErrorCode(linked.error, "NOT_FOUND") || hasErrorCode(readState.error, "NOT_FOUND"));
  return { nudge, missing };
}

/**
 * /aviseringar: the signed-in user's nudges, newest first, filtered to all or unread, with every
 * answer right on the nudge. Live: each event of the nudge feed fetches the shown pages again.
 */
export function NudgesPage() {
  const { t, tn } = useI18n();
  useDocumentTitle(t("nudges.title"));
  const [params, setParams] = useSearchParams();
  const linkedId = params.get("nudge");
  const filter: NudgeListFilter = params.get(FILTER_PARAM) === UNREAD_VALUE ? "unread" : "all";
  const listRef = useRef<HTMLUListElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { message, show, onAnswered } = useAnswerFeedback(listRef, headingRef);

  const [refresh, setRefresh] = useState(0);
  const [countResult, refetchCount] = useQuery({ query: NudgeUnreadCountQuery });
  const unread = countResult.data?.nudges.totalCount;
  const { live } = useNudgeFeed(() => {
    setRefresh((n) => n + 1);
    refetchCount({ requestPolicy: "network-only" });
  });

  const { nudge: linked, missing } = useLinkedNudge(linkedId);
  const [linkedListed, setLinkedListed] = useState<boolean | undefined>(undefined);
  const onHighlightListed = useCallback((listed: boolean | undefined) => setLinkedListed(listed), []);

  const [markAllState, markAll] = useMutation(MarkAllNudgesReadMutation);
  async function markAllRead() {
    const result = await markAll({});
    if (result.error) return;
    const marked = result.data?.markAllNudgesRead.marked ?? 0;
    show(marked > 0 ? tn("nudges.markedAllRead", marked) : t("nudges.noneToMark"));
    headingRef.current?.focus();
  }

  function chooseFilter(next: NudgeListFilter) {
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        if (next === "unread") updated.set(FILTER_PARAM, UNREAD_VALUE);
        else updated.delete(FILTER_PARAM);
        return updated;
      },
      { replace: true },
    );
  }

  return (
    <div className="nudges-page">
      <div className="page-heading">
        <h1>{t("nudges.title")}</h1>
        {unread !== undefined ? (
          <p className="nudges-unread-count" data-testid="nudges-unread-count">
            {tn("nudges.unreadCount", unread)}
          </p>
        ) : null}
      </div>
      <p className="lead">{t("nudges.intro")}</p>

      <div className="nudges-toolbar">
        <div className="segmented" role="group" aria-label={t("nudges.filter.label")}>
          {FILTERS.map((option) => (
            <button
              key={option}
              type="button"
              className="segmented-option"
              aria-pressed={filter === option}
              onClick={() => chooseFilter(option)}
            >
              {t(`nudges.filter.${option}`)}
            </button>
          ))}
        </div>
        <button type="button" className="button button-secondary" disabled={markAllState.fetching || unread === 0} onClick={() => void markAllRead()}>
          {markAllState.fetching ? t("nudges.markingAllRead") : t("nudges.markAllRead")}
        </button>
        <p className={live ? "live-pill" : "live-pill is-off"}>
          <span className="live-dot" aria-hidden="true" />
          {t("nudges.live")}
        </p>
      </div>
      {markAllState.error ? <ErrorBanner error={markAllState.error} /> : null}

      {missing ? (
        <p className="notice nudges-linked-missing" role="status" data-testid="nudges-linked-missing">
          {t("nudges.linked.notFound")}
        </p>
      ) : null}
      {linked && linkedListed === false ? (
        <section className="panel nudges-linked" aria-labelledby="nudges-linked-title" data-testid="nudges-linked">
          <h2 id="nudges-linked-title">{t("nudges.linked.title")}</h2>
          <ul className="card-list">
            <NudgeItem nudge={linked} highlighted onAnswered={onAnswered} />
          </ul>
        </section>
      ) : null}

      <section className="panel" aria-labelledby="nudges-list-title" data-testid="nudges">
        <NudgeList
          key={filter}
          filter={filter}
          refresh={refresh}
          highlightId={linkedId}
          onHighlightListed={onHighlightListed}
          onAnswered={onAnswered}
          listRef={listRef}
          heading={
            <h2 id="nudges-list-title" ref={headingRef} tabIndex={-1}>
              {t(filter === "unread" ? "nudges.listUnread" : "nudges.list")}
            </h2>
          }
          status={
            <p className={message ? "success-message" : "visually-hidden"} role="status" data-testid="nudges-status">
              {message}
            </p>
          }
        />
      </section>
    </div>
  );
}
