import { useEffect, useRef, useState } from "react";
import { Link } from "react-router";
import { useSubscription } from "urql";
import { graphql, getFragmentData, type FragmentType } from "../gql";
import { BriefNoticeSubscription } from "../graphql/briefs";
import { useI18n } from "../i18n";
import { useAnnounce } from "./LiveAnnouncer";
import { EmptyState, Loading } from "./Status";

export const DashboardBriefsPanelFragment = graphql(`
  fragment DashboardBriefsPanel_Meeting on Meeting {
    id
    title
    startsAt
    status
    briefs {
      id
      kind
      version
      createdAt
    }
  }
`);

const SHOWN = 5;

/**
 * The dashboard's "Nya underlag": the upcoming meetings (those the dashboard lists, not cancelled)
 * whose pre-brief is written, newest brief first. Live: `briefGenerated` puts a new version into its meeting's
 * briefs through the cache, so the list re-renders without a fetch; this panel only announces it.
 */
export function DashboardBriefsPanel(props: { meetings: readonly FragmentType<typeof DashboardBriefsPanelFragment>[] | undefined; loading: boolean }) {
  const { t, formatDate, formatDateTime } = useI18n();
  const announce = useAnnounce();
  const meetings = props.meetings?.map((m) => getFragmentData(DashboardBriefsPanelFragment, m));
  // Briefs written while the page is open get a "Nytt" badge.
  const [fresh, setFresh] = useState<ReadonlySet<string>>(new Set());

  const rows = (meetings ?? [])
    // A cancelled meeting needs no papers, whatever was written for it before.
    .filter((meeting) => meeting.status !== "CANCELLED")
    .flatMap((meeting) => {
      const latest = meeting.briefs.filter((b) => b.kind === "PRE").sort((a, b) => b.version - a.version)[0];
      return latest ? [{ meeting, brief: latest }] : [];
    })
    .sort((a, b) => b.brief.createdAt.localeCompare(a.brief.createdAt))
    .slice(0, SHOWN);

  const listed = useRef(new Set<string>());
  listed.current = new Set(meetings?.map((m) => m.id));
  const [{ data: event }] = useSubscription({ query: BriefNoticeSubscription });
  const arrived = event?.briefGenerated;
  useEffect(() => {
    if (!arrived || arrived.kind !== "PRE" || !arrived.meeting || !listed.current.has(arrived.meeting.id)) return;
    setFresh((current) => new Set(current).add(arrived.id));
    announce(t("dashboard.briefs.announce", { title: arrived.meeting.title }));
  }, [arrived, announce, t]);

  return (
    <section className="panel dashboard-briefs" aria-labelledby="dashboard-briefs-title" data-testid="dashboard-briefs">
      <header className="panel-header">
        <h2 id="dashboard-briefs-title">{t("dashboard.briefs.title")}</h2>
      </header>
      {!meetings && props.loading ? <Loading /> : null}
      {meetings && rows.length === 0 ? <EmptyState messageKey="dashboard.briefs.empty" /> : null}
      {rows.length > 0 ? (
        <ul className="plain-list brief-notices">
          {rows.map(({ meeting, brief }) => (
            <li key={meeting.id} className="brief-notice" data-testid="brief-notice" data-meeting-id={meeting.id}>
              <Link to={`/moten/${encodeURIComponent(meeting.id)}`} className="brief-notice-link">
                {t("dashboard.briefs.item", { title: meeting.title, date: formatDate(meeting.startsAt) })}
              </Link>
              {fresh.has(brief.id) ? <span className="badge badge-new">{t("dashboard.briefs.new")}</span> : null}
              <p className="meta">
                {t("dashboard.briefs.meta", { version: brief.version, date: formatDateTime(brief.createdAt) })}
              </p>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
