import { useRef } from "react";
import { Link } from "react-router";
import { useQuery } from "urql";
import { DashboardNudgesQuery } from "../../graphql/nudges";
import { useI18n } from "../../i18n";
import { EmptyState, ErrorBanner, Loading } from "../Status";
import { NudgeItem } from "./NudgeItem";
import { useAnswerFeedback, useNudgeFeed } from "./useNudgeFeed";

const SHOWN = 5;

/**
 * The dashboard's "Dina påminnelser": the newest unread nudges with the quick answers (Klar,
 * Skjut upp 1 dag). Live: a new nudge appears without a reload, an answered one leaves.
 */
export function DashboardNudgesPanel() {
  const { t, tn } = useI18n();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: DashboardNudgesQuery, variables: { first: SHOWN } });
  useNudgeFeed(() => reexecute({ requestPolicy: "network-only" }));
  const listRef = useRef<HTMLUListElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { message, onAnswered } = useAnswerFeedback(listRef, headingRef);
  const nudges = data?.nudges;

  return (
    <section className="panel panel-wide dashboard-nudges" aria-labelledby="dashboard-nudges-title" data-testid="dashboard-nudges">
      <header className="panel-header">
        <h2 id="dashboard-nudges-title" ref={headingRef} tabIndex={-1}>
          {t("dashboard.nudges.title")}
        </h2>
        <p className="panel-count">
          {nudges && nudges.totalCount > 0 ? <span data-testid="dashboard-nudges-count">{tn("nudges.unreadCount", nudges.totalCount)} · </span> : null}
          <Link to="/aviseringar">{t("dashboard.nudges.all")}</Link>
        </p>
      </header>
      <p className={message ? "success-message" : "visually-hidden"} role="status" data-testid="dashboard-nudges-status">
        {message}
      </p>
      {!data && fetching ? <Loading label={t("nudges.loading")} /> : null}
      {!data && error ? <ErrorBanner error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} /> : null}
      {nudges && nudges.nodes.length === 0 ? <EmptyState messageKey="dashboard.nudges.empty" /> : null}
      {nudges && nudges.nodes.length > 0 ? (
        <ul ref={listRef} className="card-list nudge-list">
          {nudges.nodes.map((nudge) => (
            <NudgeItem key={nudge.id} nudge={nudge} variant="compact" onAnswered={onAnswered} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
