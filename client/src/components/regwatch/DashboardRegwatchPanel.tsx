import { useCallback } from "react";
import { Link } from "react-router";
import { useQuery } from "urql";
import { DashboardRegwatchQuery } from "../../graphql/regwatch";
import { useI18n } from "../../i18n";
import { useDebouncedCallback } from "../../lib/useDebouncedCallback";
import { useAnnounce } from "../LiveAnnouncer";
import { EmptyState, ErrorBanner, Loading } from "../Status";
import { alertPath } from "./AlertCard";
import { AlertDates } from "./AlertFacts";
import { ChangeTypeBadge, SeverityBadge } from "./RegwatchBadges";
import { formatIdentifier } from "./regwatchText";
import { useRegwatchLive, type LiveAlert } from "./useRegwatchLive";

const SHOWN = 5;
const HIGH_ONLY = { severity: ["HIGH" as const] };

/**
 * The dashboard's "Omvärldsbevakning: viktiga ändringar": HIGH alerts nobody has handled yet,
 * newest first. Live on the HIGH feed: a new one appears (and is announced), a handled one leaves.
 */
export function DashboardRegwatchPanel() {
  const { t, tn, formatDateTime } = useI18n();
  const announce = useAnnounce();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: DashboardRegwatchQuery, variables: { first: SHOWN } });
  const refetch = useDebouncedCallback(() => reexecute({ requestPolicy: "network-only" }), 150);
  const onEvent = useCallback(
    (alert: LiveAlert) => {
      refetch();
      if (alert.state === "NEW" && !alert.triagedAt) announce(t("regwatch.dashboard.announce", { title: alert.title }));
    },
    [refetch, announce, t],
  );
  useRegwatchLive(HIGH_ONLY, onEvent, refetch);
  const alerts = data?.regwatchAlerts;

  return (
    <section className="panel panel-wide rw-dashboard" aria-labelledby="rw-dashboard-title" data-testid="dashboard-regwatch">
      <header className="panel-header">
        <h2 id="rw-dashboard-title">{t("regwatch.dashboard.title")}</h2>
        <p className="panel-count">
          {alerts && alerts.totalCount > 0 ? <span data-testid="dashboard-regwatch-count">{tn("regwatch.dashboard.count", alerts.totalCount)} · </span> : null}
          <Link to="/omvarldsbevakning?grad=hog&status=ny">{t("regwatch.dashboard.all")}</Link>
        </p>
      </header>
      {!data && fetching ? <Loading label={t("regwatch.feed.loading")} /> : null}
      {!data && error ? <ErrorBanner error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} /> : null}
      {alerts && alerts.nodes.length === 0 ? <EmptyState messageKey="regwatch.dashboard.empty" /> : null}
      {alerts && alerts.nodes.length > 0 ? (
        <ul className="card-list rw-dashboard-list">
          {alerts.nodes.map((alert) => (
            <li key={alert.id} className="card rw-alert rw-alert-high is-new rw-dashboard-item" data-testid="dashboard-regwatch-alert" data-id={alert.id}>
              <p className="rw-badges">
                <SeverityBadge severity={alert.severity} />
                <ChangeTypeBadge changeType={alert.changeType} />
              </p>
              <h3 className="card-title rw-alert-title">
                <Link to={alertPath(alert.id)}>{alert.title}</Link>
              </h3>
              <p className="meta rw-alert-meta">
                <span className="rw-identifier">{formatIdentifier(alert.identifier, alert.item?.identifierKind)}</span>
                <AlertDates inForceOn={alert.inForceOn} />
                <span className="rw-received">{t("regwatch.alert.received", { date: formatDateTime(alert.createdAt) })}</span>
              </p>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
