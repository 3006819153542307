// Reading one VEVENT's properties into plain data: times as instants, text cleaned and capped,
// people by e-mail. Used by calendar.ical.ts, which decides which events and occurrences to read.
import { createHash } from "node:crypto";
import ICAL from "ical.js";
import { DEFAULT_ZONE, isKnownZone, wallClockToUtc } from "./calendar.time";

type IcalTime = InstanceType<typeof ICAL.Time>;
type IcalComponent = InstanceType<typeof ICAL.Component>;
type IcalProperty = InstanceType<typeof ICAL.Property>;

export interface CalendarPerson {
  /** Lower case, without `mailto:`. */
  email: string;
  name: string | null;
}

/** One meeting-to-be: a single event, or one occurrence of a recurring one. */
export interface CalendarOccurrence {
  uid: string;
  /** The occurrence's original start as ISO UTC, or "" for an event that does not recur. */
  recurrenceId: string;
  sequence: number;
  /** LAST-MODIFIED, else DTSTAMP: orders versions that share a SEQUENCE. */
  stampedAt: Date | null;
  cancelled: boolean;
  title: string;
  startsAt: Date;
  endsAt: Date | null;
  location: string | null;
  agendaItems: string[];
  attendees: CalendarPerson[];
  organizer: CalendarPerson | null;
}

const MAX_UID = 500;
const MAX_TITLE = 300;
const MAX_LOCATION = 300;
const MAX_AGENDA_ITEMS = 50;
const MAX_AGENDA_ITEM = 300;
const MAX_NAME = 200;
const MAX_EMAIL = 320;
export const UNTITLED = "Namnlöst möte";
const MIN_MS = Date.UTC(1900, 0, 1);
const MAX_MS = Date.UTC(2201, 0, 1) - 1;
const INT32_MAX = 2_147_483_647;

/** Control characters other than tab and newline: nothing a title or agenda should carry. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;
// eslint-disable-next-line no-control-regex
const HAS_CONTROL = /[\u0000-\u001f\u007f]/;
const EMAIL = /^[^\s@<>()[\]",;:]+@[^\s@<>()[\]",;:]+\.[^\s@<>()[\]",;:]+$/;
/** "- x", "* x", "• x", "1. x", "2) x": a line of a list. */
const LIST_LINE = /^\s*(?:[-*•]|\d{1,3}[.)])\s+(.*\S)\s*$/;

const oneLine = (value: string, max: number) => value.replace(CONTROL, " ").replace(/\s+/g, " ").trim().slice(0, max).trim();

export function textOf(component: IcalComponent, name: string): string | null {
  const value = component.getFirstPropertyValue(name);
  return typeof value === "string" ? value : null;
}

/** Agenda items from DESCRIPTION: the lines that look like a list, else none. */
export function agendaFromDescription(description: string | null): string[] {
  if (!description) return [];
  const items: string[] = [];
  for (const line of description.replace(CONTROL, " ").split(/\r\n|\r|\n/)) {
    const match = LIST_LINE.exec(line);
    const item = match?.[1] ? oneLine(match[1], MAX_AGENDA_ITEM) : "";
    // A separator such as "- - -" or "-::~:~::-" is not an item.
    if (item && /[\p{L}\p{N}]/u.test(item)) items.push(item);
    if (items.length >= MAX_AGENDA_ITEMS) break;
  }
  return items;
}

export function normalizeEmail(raw: unknown): string | null {
  if (typeof raw !== "string") return null;
  const email = raw.trim().replace(/^mailto:/i, "").trim().toLowerCase();
  return email.length <= MAX_EMAIL && EMAIL.test(email) ? email : null;
}

export function param(prop: IcalProperty, name: string): string | null {
  const value = prop.getParameter(name);
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === "string" ? first : null;
}

function personOf(prop: IcalProperty): CalendarPerson | null {
  const email = normalizeEmail(param(prop, "email")) ?? normalizeEmail(prop.getFirstValue());
  if (!email) return null;
  const cn = param(prop, "cn");
  const name = cn ? oneLine(cn.replace(/^"|"$/g, ""), MAX_NAME) : "";
  // Google writes the address itself as CN when it knows no name.
  return { email, name: name && name.toLowerCase() !== email ? name : null };
}

/** ATTENDEEs that are people taking part: rooms, resources and NON-PARTICIPANTs are not. */
function attendeesOf(component: IcalComponent): CalendarPerson[] {
  const seen = new Map<string, CalendarPerson>();
  for (const prop of component.getAllProperties("attendee")) {
    const cutype = param(prop, "cutype")?.toUpperCase();
    const role = param(prop, "role")?.toUpperCase();
    if (cutype === "ROOM" || cutype === "RESOURCE" || role === "NON-PARTICIPANT") continue;
    const person = personOf(prop);
    if (person && !seen.has(person.email)) seen.set(person.email, person);
  }
  return [...seen.values()];
}

export function validInstant(ms: number): boolean {
  return Number.isFinite(ms) && ms >= MIN_MS && ms <= MAX_MS;
}

/**
 * An ical.js time as an instant. UTC and zones defined in the file (or registered) are ical.js's;
 * floating times are Stockholm's, or the named zone's when the TZID is an IANA name the file did
 * not define; DATE values (all-day) start at 00:00 Stockholm.
 */
export function instantOf(time: IcalTime, tzid: string | null): Date {
  if (time.isDate) return wallClockToUtc({ year: time.year, month: time.month, day: time.day });
  const zone = time.zone;
  if (zone && zone.tzid !== ICAL.Timezone.localTimezone.tzid) return new Date(time.toUnixTime() * 1000);
  const named = tzid && isKnownZone(tzid) ? tzid : DEFAULT_ZONE;
  return wallClockToUtc({ year: time.year, month: time.month, day: time.day, hour: time.hour, minute: time.minute, second: time.second }, named);
}

export function tzidOf(component: IcalComponent, name: string): string | null {
  const prop = component.getFirstProperty(name);
  return prop ? param(prop, "tzid") : null;
}

export function stampOf(component: IcalComponent): Date | null {
  for (const name of ["last-modified", "dtstamp"]) {
    const value = component.getFirstPropertyValue(name);
    if (value instanceof ICAL.Time) {
      const d = instantOf(value, tzidOf(component, name));
      if (validInstant(d.getTime())) return d;
    }
  }
  return null;
}

export function sequenceOf(component: IcalComponent): number {
  const value = Number(component.getFirstPropertyValue("sequence"));
  return Number.isFinite(value) ? Math.max(0, Math.min(INT32_MAX, Math.trunc(value))) : 0;
}

/** Long UIDs (some generators write kilobytes) are kept as a digest so the unique index holds. */
export function uidOf(component: IcalComponent): string | null {
  const raw = textOf(component, "uid")?.trim();
  if (raw) return raw.length <= MAX_UID && !HAS_CONTROL.test(raw) ? raw : `sha256:${createHash("sha256").update(raw).digest("hex")}`;
  // No UID (hand-made files): one derived from what identifies the event, stable across imports.
  const start = component.getFirstProperty("dtstart")?.toICALString() ?? "";
  return start ? `generated:${createHash("sha256").update(`${start}\n${textOf(component, "summary") ?? ""}`).digest("hex").slice(0, 32)}` : null;
}

export function occurrenceOf(uid: string, recurrenceId: string, component: IcalComponent, start: IcalTime, end: IcalTime | null, cancelledByMethod: boolean, fallbackTz: string | null = null): CalendarOccurrence | null {
  const tz = tzidOf(component, "dtstart") ?? fallbackTz;
  const startsAt = instantOf(start, tz);
  if (!validInstant(startsAt.getTime())) return null;
  let endMs = end ? instantOf(end, tzidOf(component, "dtend") ?? tz).getTime() : NaN;
  // An all-day event without a (later) end lasts its day (RFC 5545 3.6.1).
  if (start.isDate && !(endMs > startsAt.getTime())) {
    const nextDay = start.clone();
    nextDay.adjust(1, 0, 0, 0);
    endMs = instantOf(nextDay, null).getTime();
  }
  const status = textOf(component, "status")?.trim().toUpperCase();
  const organizer = component.getFirstProperty("organizer");
  return {
    uid,
    recurrenceId,
    sequence: sequenceOf(component),
    stampedAt: stampOf(component),
    cancelled: cancelledByMethod || status === "CANCELLED",
    title: oneLine(textOf(component, "summary") ?? "", MAX_TITLE) || UNTITLED,
    startsAt,
    endsAt: validInstant(endMs) && endMs > startsAt.getTime() ? new Date(endMs) : null,
    location: oneLine(textOf(component, "location") ?? "", MAX_LOCATION) || null,
    agendaItems: agendaFromDescription(textOf(component, "description")),
    attendees: attendeesOf(component),
    organizer: organizer ? personOf(organizer) : null,
  };
}
