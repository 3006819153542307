import { Link } from "react-router";
import { getFragmentData, graphql, type FragmentType } from "../../gql";
import { useI18n } from "../../i18n";
import { AlertDates, AlertTriageState, MatchReasons } from "./AlertFacts";
import { AlertStateBadge, ChangeTypeBadge, SeverityBadge } from "./RegwatchBadges";
import { formatIdentifier } from "./regwatchText";

export const RegwatchAlertCardFragment = graphql(`
  fragment RegwatchAlertCard_RegwatchAlert on RegwatchAlert {
    id
    title
    identifier
    link
    changeType
    publishedOn
    inForceOn
    diffSummary
    severity
    state
    createdAt
    item {
      id
      identifierKind
    }
    source {
      id
      name
    }
    ...RegwatchMatchReasons_RegwatchAlert
    ...RegwatchAlertTriageState_RegwatchAlert
  }
`);

export const alertPath = (id: string) => `/omvarldsbevakning/${encodeURIComponent(id)}`;

/** One alert in the feed: severity, change, title, identifier, dates, summary, why it matched, where it stands. */
export function AlertCard({ alert: alertRef, arrived = false }: { alert: FragmentType<typeof RegwatchAlertCardFragment>; arrived?: boolean }) {
  const alert = getFragmentData(RegwatchAlertCardFragment, alertRef);
  const { t, formatDateTime } = useI18n();
  const titleId = `rw-alert-${alert.id}-title`;
  const classes = ["card", "rw-alert", `rw-alert-${alert.severity.toLowerCase()}`];
  if (alert.state === "NEW") classes.push("is-new");
  if (arrived) classes.push("is-arrived");
  return (
    <li className={classes.join(" ")} aria-labelledby={titleId} data-testid="regwatch-alert" data-id={alert.id} data-state={alert.state} data-severity={alert.severity}>
      <p className="rw-badges">
        <SeverityBadge severity={alert.severity} />
        <ChangeTypeBadge changeType={alert.changeType} />
        <AlertStateBadge state={alert.state} />
        {arrived ? (
          <span className="badge rw-badge rw-arrived" data-testid="regwatch-arrived">
            {t("regwatch.feed.arrived")}
          </span>
        ) : null}
      </p>
      <h3 className="card-title rw-alert-title" id={titleId}>
        <Link to={alertPath(alert.id)} data-testid="regwatch-alert-link">
          {alert.title}
        </Link>
      </h3>
      <p className="meta rw-alert-meta">
        <span className="rw-identifier" data-testid="regwatch-identifier">
          {formatIdentifier(alert.identifier, alert.item?.identifierKind)}
        </span>
        <AlertDates publishedOn={alert.publishedOn} inForceOn={alert.inForceOn} />
      </p>
      <p className="meta rw-alert-meta rw-received">
        <span>{t("regwatch.alert.received", { date: formatDateTime(alert.createdAt) })}</span>
        {alert.source ? <span>{alert.source.name}</span> : null}
      </p>
      {alert.diffSummary ? (
        <p className="rw-summary" data-testid="regwatch-summary">
          {alert.diffSummary}
        </p>
      ) : null}
      <MatchReasons alert={alert} />
      <AlertTriageState alert={alert} />
    </li>
  );
}
