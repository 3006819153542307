import { useI18n } from "../../i18n";
import { CalendarFeeds } from "../calendar/CalendarFeeds";
import { CalendarImportForm } from "../calendar/CalendarImportForm";

/**
 * Inställningar → Kalender: an .ics import for editors; for admins also the subscribed calendars
 * (their addresses may hold secrets, and polling makes requests from the server).
 */
export function CalendarSection({ canAdmin }: { canAdmin: boolean }) {
  const { t } = useI18n();
  return (
    <section className="panel settings-panel" aria-labelledby="settings-calendar-title" data-testid="settings-calendar">
      <div className="panel-header">
        <h2 id="settings-calendar-title">{t("settings.calendar.title")}</h2>
      </div>
      <p className="meta">{t("settings.calendar.intro")}</p>
      <CalendarImportForm />
      {canAdmin ? <CalendarFeeds /> : null}
    </section>
  );
}
