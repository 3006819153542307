import { useOutletContext } from "react-router";
import { ApiTokensSection } from "../components/settings/ApiTokensSection";
import { BriefSettingsSection } from "../components/settings/BriefSettingsSection";
import { CalendarSection } from "../components/settings/CalendarSection";
import { MeetingIntelligenceSection } from "../components/settings/MeetingIntelligenceSection";
import { NotificationPreferencesSection } from "../components/settings/NotificationPreferencesSection";
import { NudgeRulesSection } from "../components/settings/NudgeRulesSection";
import { UsersSection } from "../components/settings/UsersSection";
import { useI18n } from "../i18n";
import { useDocumentTitle } from "../lib/useDocumentTitle";
import type { SettingsOutletContext } from "./SettingsLayout";

/**
 * /installningar: everyone's own notification choices; for editors the calendar import; for admins
 * also the organisation's nudge rules, pre-brief settings, subscribed calendars, users and
 * integrator API tokens (rendered only for admins, so their queries never run for anyone else).
 */
export function SettingsPage() {
  const { t } = useI18n();
  useDocumentTitle(t("settings.title"));
  const { viewerUserId, canAdmin, canEdit } = useOutletContext<SettingsOutletContext>();
  return (
    <div className="settings-sections">
      <NotificationPreferencesSection />
      {canAdmin ? (
        <>
          <NudgeRulesSection />
          <BriefSettingsSection />
        </>
      ) : null}
      {canEdit ? <CalendarSection canAdmin={canAdmin} /> : null}
      {canEdit ? <MeetingIntelligenceSection canAdmin={canAdmin} /> : null}
      {canAdmin ? (
        <>
          <UsersSection viewerUserId={viewerUserId} />
          <ApiTokensSection />
        </>
      ) : null}
    </div>
  );
}
