// iCalendar out: one meeting as a VCALENDAR with one VEVENT, built with ical.js's component API
// (its serialiser escapes text and folds lines, RFC 5545 3.1 and 3.3.11).
import ICAL from "ical.js";
import { MeetingStatus, Sensitivity } from "../meetings/meeting.entity";

export interface ExportableMeeting {
  id: string;
  globalId: string;
  title: string;
  startsAt: Date;
  endsAt?: Date | null;
  location?: string | null;
  agendaItems: string[];
  sensitivity: Sensitivity;
  status: MeetingStatus;
  updatedAt: Date;
}

/** The meeting page in the web client. */
export function meetingUrl(baseUrl: string, globalId: string): string {
  return `${baseUrl.replace(/\/+$/, "")}/moten/${encodeURIComponent(globalId)}`;
}

const utc = (date: Date) => ICAL.Time.fromJSDate(date, true);

/**
 * The meeting as text/calendar. UID `<uuid>@postboxen` is stable, so re-importing the export (or a
 * calendar program's update) finds the same event. Times in UTC. A SENSITIVE meeting's
 * description carries the link only: its agenda stays in Postboxen. Attendees are left out:
 * viewers may not see their e-mail addresses.
 */
export function meetingToICalendar(meeting: ExportableMeeting, baseUrl: string): string {
  const link = meetingUrl(baseUrl, meeting.globalId);
  const calendar = new ICAL.Component(["vcalendar", [], []]);
  calendar.updatePropertyWithValue("prodid", "-//Postboxen//Postboxen//SV");
  calendar.updatePropertyWithValue("version", "2.0");
  calendar.updatePropertyWithValue("calscale", "GREGORIAN");

  const event = new ICAL.Component("vevent");
  event.updatePropertyWithValue("uid", `${meeting.id}@postboxen`);
  // Without a METHOD, DTSTAMP is the time the information last changed (RFC 5545 3.8.7.2).
  event.updatePropertyWithValue("dtstamp", utc(meeting.updatedAt));
  event.updatePropertyWithValue("last-modified", utc(meeting.updatedAt));
  event.updatePropertyWithValue("dtstart", utc(meeting.startsAt));
  if (meeting.endsAt) event.updatePropertyWithValue("dtend", utc(meeting.endsAt));
  event.updatePropertyWithValue("summary", meeting.title);
  if (meeting.location) event.updatePropertyWithValue("location", meeting.location);
  event.updatePropertyWithValue("status", meeting.status === MeetingStatus.CANCELLED ? "CANCELLED" : "CONFIRMED");
  event.updatePropertyWithValue("url", link);

  const lines: string[] = [];
  if (meeting.sensitivity !== Sensitivity.SENSITIVE && meeting.agendaItems.length > 0) {
    lines.push("Dagordning:", ...meeting.agendaItems.map((item, i) => `${i + 1}. ${item}`), "");
  }
  lines.push(`Mötet i Postboxen: ${link}`);
  if (meeting.sensitivity !== Sensitivity.SENSITIVE) lines.push(`Briefer: ${link}#briefs-title`);
  event.updatePropertyWithValue("description", lines.join("\n"));

  calendar.addSubcomponent(event);
  // ical.js folds after 75 octets and then adds the space: one less keeps continuation lines at 75 too.
  const foldLength = ICAL.foldLength;
  ICAL.foldLength = 74;
  try {
    // Every line, the last one too, ends in CRLF.
    return `${calendar.toString().replace(/\r?\n$/, "")}\r\n`;
  } finally {
    ICAL.foldLength = foldLength;
  }
}
