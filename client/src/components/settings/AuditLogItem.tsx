import { Link } from "react-router";
import { getFragmentData, graphql, type FragmentType } from "../../gql";
import { useI18n, type MessageKey } from "../../i18n";
import { sv } from "../../i18n/sv";

export const AuditLogItemFragment = graphql(`
  fragment AuditLogItem_AuditEvent on AuditEvent {
    id
    action
    createdAt
    actorKind
    actor {
      id
      name
    }
    meetingId
    targetType
    targetId
  }
`);

/** A message for a kind the server added after this client was built falls back to the kind's name. */
function labelOr(t: (key: MessageKey) => string, key: string, fallback: string): string {
  return key in sv ? t(key as MessageKey) : fallback;
}

/** One audit event: when, what, who, and on which object (ids and kinds, never content). */
export function AuditLogItem(props: { event: FragmentType<typeof AuditLogItemFragment> }) {
  const event = getFragmentData(AuditLogItemFragment, props.event);
  const { t, formatDateTime } = useI18n();
  const titleId = `audit-${event.id}-title`;

  let actor: string;
  if (event.actorKind === "SYSTEM") actor = t("auditLog.actor.system");
  else if (event.actorKind === "API_TOKEN") actor = event.actor ? t("auditLog.actor.apiToken", { name: event.actor.name }) : t("auditLog.actor.apiTokenUnknown");
  else actor = event.actor?.name ?? t("auditLog.actor.unknown");

  // The meeting's own id is shown as a link; another target as its kind and id.
  const target = event.targetType && event.targetId && event.targetId !== event.meetingId ? { type: labelOr(t, `auditLog.targetType.${event.targetType}`, event.targetType), id: event.targetId } : null;

  return (
    <li className="card" aria-labelledby={titleId} data-testid="audit-event" data-action={event.action}>
      <h3 className="card-title" id={titleId}>
        {labelOr(t, `auditLog.action.${event.action}`, event.action)}
      </h3>
      <dl className="facts">
        <div>
          <dt>{t("auditLog.column.when")}</dt>
          <dd>
            <time dateTime={event.createdAt}>{formatDateTime(event.createdAt)}</time>
          </dd>
        </div>
        <div>
          <dt>{t("auditLog.column.actor")}</dt>
          <dd data-testid="audit-actor">{actor}</dd>
        </div>
        {event.meetingId || target ? (
          <div className="settings-user-email">
            <dt>{t("auditLog.column.target")}</dt>
            <dd>
              {event.meetingId ? <Link to={`/moten/${encodeURIComponent(event.meetingId)}`}>{t("auditLog.openMeeting")}</Link> : null}
              {event.meetingId && target ? " · " : null}
              {target ? (
                <>
                  {target.type} <code>{target.id}</code>
                </>
              ) : null}
            </dd>
          </div>
        ) : null}
      </dl>
    </li>
  );
}
