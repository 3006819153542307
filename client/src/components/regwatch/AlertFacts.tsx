import { Link } from "react-router";
import { getFragmentData, graphql, type FragmentType } from "../../gql";
import { useI18n } from "../../i18n";
import { formatLegalDate } from "./regwatchText";

export const RegwatchMatchReasonsFragment = graphql(`
  fragment RegwatchMatchReasons_RegwatchAlert on RegwatchAlert {
    id
    matchedTopics {
      id
      name
    }
    matchedMeetings {
      id
      title
      startsAt
    }
    matchedStakeholderCount
  }
`);

export const RegwatchAlertTriageStateFragment = graphql(`
  fragment RegwatchAlertTriageState_RegwatchAlert on RegwatchAlert {
    id
    state
    dismissedReason
    triagedAt
    assignedTo {
      id
      name
    }
    actionItem {
      id
      title
    }
  }
`);

/** "Publicerad 20 oktober 2016 · Träder i kraft 1 juli 2027" (each part only when known). */
export function AlertDates({ publishedOn, inForceOn }: { publishedOn?: string | null; inForceOn?: string | null }) {
  const { t } = useI18n();
  return (
    <>
      {publishedOn ? (
        <time className="rw-date" dateTime={publishedOn}>
          {t("regwatch.alert.published", { date: formatLegalDate(publishedOn) })}
        </time>
      ) : null}
      {inForceOn ? (
        <time className="rw-date rw-in-force" dateTime={inForceOn} data-testid="regwatch-in-force">
          {t("regwatch.alert.inForce", { date: formatLegalDate(inForceOn) })}
        </time>
      ) : null}
    </>
  );
}

/** Why the alert concerns the organisation: the topics, the upcoming meetings (linked), the stakeholders. */
export function MatchReasons(props: { alert: FragmentType<typeof RegwatchMatchReasonsFragment>; empty?: string }) {
  const alert = getFragmentData(RegwatchMatchReasonsFragment, props.alert);
  const { t, tn, formatDate } = useI18n();
  const { matchedTopics: topics, matchedMeetings: meetings, matchedStakeholderCount: stakeholders } = alert;
  if (!topics.length && !meetings.length && !stakeholders) return props.empty ? <p className="meta">{props.empty}</p> : null;
  return (
    <dl className="rw-why" aria-label={t("regwatch.why.label")} data-testid="regwatch-why">
      {topics.length ? (
        <div>
          <dt>{t("regwatch.why.topics")}</dt>
          <dd data-testid="regwatch-why-topics">{topics.map((topic) => topic.name).join(", ")}</dd>
        </div>
      ) : null}
      {meetings.length ? (
        <div>
          <dt>{t("regwatch.why.meetings")}</dt>
          <dd>
            <ul className="rw-inline-list">
              {meetings.map((meeting) => (
                <li key={meeting.id}>
                  <Link to={`/moten/${encodeURIComponent(meeting.id)}`} data-testid="regwatch-why-meeting">
                    {meeting.title}
                  </Link>{" "}
                  <span className="rw-muted">({formatDate(meeting.startsAt)})</span>
                </li>
              ))}
            </ul>
          </dd>
        </div>
      ) : null}
      {stakeholders ? (
        <div>
          <dt>{t("regwatch.why.stakeholders")}</dt>
          <dd data-testid="regwatch-why-stakeholders">{tn("regwatch.why.stakeholderCount", stakeholders)}</dd>
        </div>
      ) : null}
    </dl>
  );
}

/** Where the organisation stands: nothing while NEW; who acknowledged, dismissed (why) or follows it up. */
export function AlertTriageState(props: { alert: FragmentType<typeof RegwatchAlertTriageStateFragment> }) {
  const alert = getFragmentData(RegwatchAlertTriageStateFragment, props.alert);
  const { t, formatDateTime } = useI18n();
  if (alert.state === "NEW") return null;
  const when = alert.triagedAt ? formatDateTime(alert.triagedAt) : "";
  let text: string;
  if (alert.state === "ACKNOWLEDGED") text = t("regwatch.triage.acknowledgedAt", { date: when });
  else if (alert.state === "DISMISSED") text = t("regwatch.triage.dismissedAt", { date: when });
  else text = t("regwatch.triage.assignedTo", { name: alert.assignedTo?.name ?? t("regwatch.triage.someone"), date: when });
  return (
    <div className={`rw-triage rw-triage-${alert.state.toLowerCase()}`} data-testid="regwatch-triage-state">
      <p className="rw-triage-line">{text}</p>
      {alert.state === "DISMISSED" && alert.dismissedReason ? (
        <p className="rw-triage-reason">
          <span className="rw-muted">{t("regwatch.triage.reason")}: </span>
          {alert.dismissedReason}
        </p>
      ) : null}
      {alert.state === "ASSIGNED" && alert.actionItem ? (
        <p className="rw-triage-reason">
          <span className="rw-muted">{t("regwatch.triage.actionItem")}: </span>
          {alert.actionItem.title}
        </p>
      ) : null}
    </div>
  );
}
