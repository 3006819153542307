import { allow, fields, isAdmin, isEditor, isViewer } from "../../platform/authz";

/** Uploading is an editor's; subscriptions (addresses that may hold secrets, outbound requests) are admins'. */
export const calendarPermissions = {
  Query: { calendarFeeds: isAdmin },
  Mutation: { importCalendar: isEditor, ...fields(["createCalendarFeed", "deleteCalendarFeed", "pollCalendarFeed"], isAdmin) },
  Meeting: { icalendar: isViewer },
  CalendarFeed: fields(["id", "name", "url", "lastPolledAt", "lastStatus", "lastErrorCode", "consecutiveFailures", "createdBy", "createdAt", "updatedAt"], isAdmin),
  ImportCalendarPayload: fields(["created", "updated", "cancelled", "unchanged", "meetings"], allow),
  CalendarFeedPayload: fields(["feed"], allow),
  DeleteCalendarFeedPayload: fields(["deletedFeedId"], allow),
  PollCalendarFeedPayload: fields(["feed", "status", "errorCode", "created", "updated", "cancelled", "unchanged"], allow),
};
