import { Role } from "../../platform/identity/user.entity";
import { defineModule } from "../../platform/module";
import { CalendarEvent } from "./calendar-event.entity";
import { CalendarFeed } from "./calendar-feed.entity";
import { calendarPermissions } from "./calendar.permissions";
import { CalendarFeedResolver, MeetingCalendarResolver } from "./calendar.resolver";
import { calendarPollFeedJob } from "./jobs/poll-calendar-feed.job";
import { calendarPollJob } from "./jobs/poll-calendars.job";

export const calendarModule = defineModule({
  key: "CALENDAR",
  description: "iCalendar in and out: uploaded .ics files and subscribed ICS addresses become meetings (by UID, no duplicates); meetings export as .ics.",
  entities: [CalendarFeed, CalendarEvent],
  resolvers: [MeetingCalendarResolver, CalendarFeedResolver],
  permissions: calendarPermissions,
  nodeTypes: { CalendarFeed: { entity: CalendarFeed, visibleTo: (p) => p.role === Role.ADMIN } },
  jobs: [calendarPollJob, calendarPollFeedJob],
});
