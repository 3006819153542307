import { useCallback, useEffect, useId, useMemo, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { useQuery, useSubscription } from "urql";
import type { MeetingFilter, MeetingStatus, Sensitivity } from "../gql/graphql";
import { MeetingListItem } from "../components/MeetingListItem";
import { EmptyState, ErrorBanner, Loading } from "../components/Status";
import { MeetingsPageQuery, ParticipantCandidatesQuery } from "../graphql/meetings";
import { MeetingChangedSubscription } from "../graphql/live";
import { useI18n } from "../i18n";
import { useDebouncedCallback } from "../lib/useDebouncedCallback";
import { useDocumentTitle } from "../lib/useDocumentTitle";
import { useOnReconnect } from "../lib/useOnReconnect";
import { nextDay, stockholmDayStart } from "../lib/stockholmTime";

const PAGE_SIZE = 20;
const VIEWS = ["kommande", "tidigare", "alla"] as const;
type View = (typeof VIEWS)[number];
const STATUSES: MeetingStatus[] = ["SCHEDULED", "IN_PROGRESS", "COMPLETED", "CANCELLED"];

/** The page's filters live in the address, so a search can be shared, bookmarked and gone back to. */
function useFilters() {
  const [params, setParams] = useSearchParams();
  const view: View = (VIEWS as readonly string[]).includes(params.get("visa") ?? "") ? (params.get("visa") as View) : "kommande";
  const filters: { view: View; q: string; status: MeetingStatus | ""; sensitivity: Sensitivity | ""; participant: string; from: string; to: string } = {
    view,
    q: params.get("q") ?? "",
    status: (STATUSES as string[]).includes(params.get("status") ?? "") ? (params.get("status") as MeetingStatus) : "",
    sensitivity: params.get("klass") === "SENSITIVE" || params.get("klass") === "NORMAL" ? (params.get("klass") as Sensitivity) : "",
    participant: params.get("deltagare") ?? "",
    from: /^\d{4}-\d{2}-\d{2}$/.test(params.get("fran") ?? "") ? params.get("fran")! : "",
    to: /^\d{4}-\d{2}-\d{2}$/.test(params.get("till") ?? "") ? params.get("till")! : "",
  };
  const set = useCallback(
    (changes: Partial<Record<"visa" | "q" | "status" | "klass" | "deltagare" | "fran" | "till", string>>) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [key, value] of Object.entries(changes)) {
            if (value) next.set(key, value);
            else next.delete(key);
          }
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );
  const hrefFor = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) next.set(key, value);
    return `?${next.toString()}`;
  };
  return { filters, set, hrefFor };
}

export function MeetingsPage() {
  const { t, tn } = useI18n();
  const id = useId();
  useDocumentTitle(t("meetings.title"));
  const { filters, set, hrefFor } = useFilters();
  // "Now" fixed per visit, so the variables (and the cache key) stay stable.
  const [now] = useState(() => {
    const date = new Date();
    date.setSeconds(0, 0);
    return date.toISOString();
  });
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const filterKey = JSON.stringify(filters);
  useEffect(() => setCursors([null]), [filterKey]);

  const [search, setSearch] = useState(filters.q);
  useEffect(() => setSearch(filters.q), [filters.q]);
  const pushSearch = useDebouncedCallback((value: string) => set({ q: value.trim() }), 300);

  const variables = useMemo(() => {
    const filter: MeetingFilter = {};
    if (filters.view === "kommande") filter.from = now;
    if (filters.view === "tidigare") filter.to = now;
    if (filters.from) {
      const start = stockholmDayStart(filters.from);
      if (start && (!filter.from || start > filter.from)) filter.from = start;
    }
    if (filters.to) {
      const end = stockholmDayStart(nextDay(filters.to));
      if (end && (!filter.to || end < filter.to)) filter.to = end;
    }
    if (filters.q) filter.search = filters.q;
    if (filters.status) filter.status = [filters.status];
    if (filters.sensitivity) filter.sensitivity = filters.sensitivity;
    if (filters.participant) filter.participant = filters.participant;
    const direction = filters.view === "tidigare" ? "DESC" : "ASC";
    return { first: PAGE_SIZE, after: cursors[cursors.length - 1] ?? null, filter, orderBy: { field: "STARTS_AT" as const, direction: direction as "ASC" | "DESC" } };
  }, [filters.view, filters.from, filters.to, filters.q, filters.status, filters.sensitivity, filters.participant, now, cursors]);

  const [{ data, fetching, error }, reexecute] = useQuery({ query: MeetingsPageQuery, variables });
  const refetch = useCallback(() => reexecute({ requestPolicy: "network-only" }), [reexecute]);
  useOnReconnect(refetch);
  // A meeting created or moved elsewhere may belong on this page now.
  const [changed] = useSubscription({ query: MeetingChangedSubscription });
  const scheduleRefetch = useDebouncedCallback(refetch, 300);
  useEffect(() => {
    if (changed.data?.meetingChanged) scheduleRefetch();
  }, [changed.data, scheduleRefetch]);

  const [candidates] = useQuery({ query: ParticipantCandidatesQuery });
  const stakeholders = candidates.data?.stakeholders.nodes ?? [];

  const list = data?.meetings;
  const page = cursors.length;
  const first = (page - 1) * PAGE_SIZE + 1;
  const last = (page - 1) * PAGE_SIZE + (list?.nodes.length ?? 0);
  const filtered = Boolean(filters.q || filters.status || filters.sensitivity || filters.participant || filters.from || filters.to);

  return (
    <section className="meetings-page" aria-labelledby="meetings-title">
      <header className="page-header">
        <h1 id="meetings-title">{t("meetings.title")}</h1>
        {data?.viewer.canEdit ? (
          <Link to="/moten/nytt" className="button" data-testid="new-meeting">
            {t("meetings.new")}
          </Link>
        ) : null}
      </header>

      <nav className="tabs" aria-label={t("meetings.views")}>
        <ul>
          {VIEWS.map((view) => (
            <li key={view}>
              <Link
                to={hrefFor({ visa: view })}
                aria-current={filters.view === view ? "page" : undefined}
                className={filters.view === view ? "tab is-active" : "tab"}
                replace
              >
                {t(`meetings.view.${view}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <form className="filters" role="search" aria-label={t("meetings.filters")} onSubmit={(e) => e.preventDefault()}>
        <div className="field filters-search">
          <label htmlFor={`${id}-q`}>{t("meetings.search")}</label>
          <input
            id={`${id}-q`}
            type="search"
            value={search}
            placeholder={t("meetings.searchPlaceholder")}
            onChange={(e) => {
              setSearch(e.target.value);
              pushSearch(e.target.value);
            }}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-status`}>{t("meetings.status")}</label>
          <select id={`${id}-status`} value={filters.status} onChange={(e) => set({ status: e.target.value })}>
            <option value="">{t("meetings.any")}</option>
            {STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`meetingStatus.${status}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-klass`}>{t("meetings.sensitivity")}</label>
          <select id={`${id}-klass`} value={filters.sensitivity} onChange={(e) => set({ klass: e.target.value })}>
            <option value="">{t("meetings.any")}</option>
            <option value="NORMAL">{t("meetingForm.sensitivity.NORMAL")}</option>
            <option value="SENSITIVE">{t("meetingForm.sensitivity.SENSITIVE")}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-deltagare`}>{t("meetings.participant")}</label>
          <select id={`${id}-deltagare`} value={filters.participant} onChange={(e) => set({ deltagare: e.target.value })}>
            <option value="">{t("meetings.anyone")}</option>
            {stakeholders.map((s) => (
              <option key={s.id} value={s.id}>
                {s.organization ? `${s.name} (${s.organization})` : s.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-fran`}>{t("meetings.from")}</label>
          <input id={`${id}-fran`} type="date" value={filters.from} onChange={(e) => set({ fran: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-till`}>{t("meetings.to")}</label>
          <input id={`${id}-till`} type="date" value={filters.to} onChange={(e) => set({ till: e.target.value })} />
        </div>
        {filtered ? (
          <button type="button" className="button button-secondary filters-clear" onClick={() => set({ q: "", status: "", klass: "", deltagare: "", fran: "", till: "" })}>
            {t("meetings.clear")}
          </button>
        ) : null}
      </form>

      {error ? <ErrorBanner error={error} onRetry={refetch} /> : null}
      {!data && fetching ? <Loading /> : null}
      {list ? (
        <>
          <p className="meta" role="status" data-testid="meetings-count">
            {list.totalCount === 0 ? t("meetings.none") : t("meetings.showing", { first, last, total: tn("meetings.count", list.totalCount) })}
          </p>
          <h2 className="visually-hidden">{t("meetings.results")}</h2>
          {list.nodes.length === 0 ? (
            <EmptyState messageKey={filtered ? "meetings.noneFiltered" : filters.view === "tidigare" ? "meetings.nonePast" : "meetings.noneUpcoming"} />
          ) : (
            <ul className="card-list" data-testid="meetings-list">
              {list.nodes.map((meeting) => (
                <MeetingListItem key={meeting.id} meeting={meeting} />
              ))}
            </ul>
          )}
          {page > 1 || list.pageInfo.hasNextPage ? (
            <nav className="pager" aria-label={t("meetings.pages")}>
              <button type="button" className="button button-secondary" disabled={page === 1} onClick={() => setCursors((c) => c.slice(0, -1))}>
                {t("meetings.previous")}
              </button>
              <span className="meta">{t("meetings.page", { page })}</span>
              <button
                type="button"
                className="button button-secondary"
                disabled={!list.pageInfo.hasNextPage || !list.pageInfo.endCursor}
                onClick={() => setCursors((c) => [...c, list.pageInfo.endCursor ?? null])}
              >
                {t("meetings.next")}
              </button>
            </nav>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
