import type { ActionItemStatus, ConsentStatus, MeetingStatus } from "../gql/graphql";
import { useI18n } from "../i18n";

export function MeetingStatusBadge({ status }: { status: MeetingStatus }) {
  const { t } = useI18n();
  return <span className={`badge badge-meeting-${status.toLowerCase()}`}>{t(`meetingStatus.${status}`)}</span>;
}

export function SensitiveBadge() {
  const { t } = useI18n();
  return (
    <span className="badge badge-sensitive" title={t("meeting.sensitiveHint")}>
      {t("meeting.sensitive")}
    </span>
  );
}

export function ConsentBadge({ consent }: { consent: ConsentStatus }) {
  const { t } = useI18n();
  return <span className={`badge badge-consent-${consent.toLowerCase()}`}>{t(`consent.${consent}`)}</span>;
}

export function ActionItemStatusBadge({ status }: { status: ActionItemStatus }) {
  const { t } = useI18n();
  return <span className={`badge badge-action-${status.toLowerCase()}`}>{t(`actionItemStatus.${status}`)}</span>;
}

export function OverdueBadge() {
  const { t } = useI18n();
  return (
    <span className="badge badge-overdue" data-testid="overdue-badge">
      {t("actionItem.overdue")}
    </span>
  );
}
