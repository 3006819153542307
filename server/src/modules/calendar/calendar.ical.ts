// iCalendar (RFC 5545) in: parse with ical.js, expand recurring events over the import window and
// turn every occurrence into plain data (no ical.js objects leave this file, so it can run on a
// worker thread). Pure: no database, no clock of its own.
import ICAL from "ical.js";
import { instantOf, occurrenceOf as readOccurrence, param, sequenceOf, stampOf, textOf, tzidOf, uidOf, validInstant, type CalendarOccurrence } from "./calendar.properties";

export { agendaFromDescription, normalizeEmail, type CalendarOccurrence, type CalendarPerson } from "./calendar.properties";

type IcalTime = InstanceType<typeof ICAL.Time>;
type IcalComponent = InstanceType<typeof ICAL.Component>;
type IcalEvent = InstanceType<typeof ICAL.Event>;
type IcalTimezone = InstanceType<typeof ICAL.Timezone>;

/** The import window: occurrences starting from one day ago up to 180 days ahead. */
export const WINDOW_PAST_MS = 24 * 60 * 60 * 1000;
export const WINDOW_FUTURE_MS = 180 * 24 * 60 * 60 * 1000;
/** Occurrences of one event inside the window; the rest of a denser series is not imported. */
export const MAX_OCCURRENCES_PER_EVENT = 500;
/** Occurrences of one import inside the window; more is refused as a whole. */
export const MAX_OCCURRENCES_PER_IMPORT = 2_000;
/**
 * Recurrence steps ical.js may take for one import (15–70 µs each), counting those before the
 * window: a minutely rule from 1990 must not hold a thread for minutes. Daily and weekly series
 * skip ahead to the window instead (see fastForward), so long histories cost nothing.
 */
export const MAX_RECURRENCE_STEPS = 50_000;

export type CalendarProblemCode = "INVALID_ICALENDAR" | "TOO_MANY_OCCURRENCES" | "TOO_COMPLEX";

/** A file we refuse as a whole; the code is stable (GraphQL `reason`, feed `lastErrorCode`). */
export class CalendarProblem extends Error {
  override name = "CalendarProblem";
  constructor(readonly code: CalendarProblemCode) {
    super(`calendar refused: ${code}`);
  }
}

/** What a recurring event says about occurrences that are no longer there. */
export interface CalendarSeries {
  uid: string;
  sequence: number;
  stampedAt: Date | null;
  /** EXDATEs as recurrence ids (ISO UTC). */
  excluded: string[];
  /** Recurrence ids the expansion produced inside the window, wherever an override moved them. */
  visited: string[];
  /** False when the expansion stopped early (per-event cap): missing occurrences then prove nothing. */
  complete: boolean;
}

export interface ParsedCalendar {
  method: string | null;
  /** VEVENTs in the file (in the window or not). */
  eventCount: number;
  /** Every UID in the file, in the window or not. */
  uids: string[];
  occurrences: CalendarOccurrence[];
  series: CalendarSeries[];
  window: { from: Date; until: Date };
}

/** Registers the file's VTIMEZONEs with ical.js's TimezoneService for the duration of `fn` (synchronous, so no other import sees them). */
function withTimezones<T>(calendars: IcalComponent[], fn: () => T): T {
  const previous = new Map<string, IcalTimezone | undefined>();
  try {
    for (const calendar of calendars) {
      for (const vtimezone of calendar.getAllSubcomponents("vtimezone")) {
        const zone = new ICAL.Timezone(vtimezone);
        const id = zone.tzid;
        if (!id || ["UTC", "Z", "GMT"].includes(id.toUpperCase())) continue;
        if (!previous.has(id)) previous.set(id, ICAL.TimezoneService.has(id) ? ICAL.TimezoneService.get(id) : undefined);
        ICAL.TimezoneService.register(zone, id);
      }
    }
    return fn();
  } finally {
    for (const [id, zone] of previous) {
      if (zone) ICAL.TimezoneService.register(zone, id);
      else ICAL.TimezoneService.remove(id);
    }
  }
}

function parseCalendars(text: string): IcalComponent[] {
  let jcal: unknown;
  try {
    jcal = ICAL.parse(text);
  } catch {
    throw new CalendarProblem("INVALID_ICALENDAR");
  }
  // One root component is returned as itself, several as a list.
  const roots = Array.isArray(jcal) && typeof jcal[0] === "string" ? [jcal] : Array.isArray(jcal) ? jcal : [];
  if (roots.length === 0 || !roots.every((root) => Array.isArray(root) && root[0] === "vcalendar")) throw new CalendarProblem("INVALID_ICALENDAR");
  return roots.map((root) => new ICAL.Component(root as unknown[]));
}

/** The newer of two versions of the same VEVENT (a file may repeat one). */
function newer(a: IcalComponent, b: IcalComponent): IcalComponent {
  const sa = sequenceOf(a);
  const sb = sequenceOf(b);
  if (sa !== sb) return sa > sb ? a : b;
  return (stampOf(b)?.getTime() ?? 0) > (stampOf(a)?.getTime() ?? 0) ? b : a;
}

interface Budget {
  steps: number;
  occurrences: number;
}

/**
 * Parses an iCalendar text and expands it over [now − 1 day, now + 180 days). Throws
 * CalendarProblem for a file that is not iCalendar, has more than MAX_OCCURRENCES_PER_IMPORT
 * occurrences in the window, or needs more than MAX_RECURRENCE_STEPS recurrence steps.
 */
export function parseCalendar(text: string, now: Date): ParsedCalendar {
  const window = { from: new Date(now.getTime() - WINDOW_PAST_MS), until: new Date(now.getTime() + WINDOW_FUTURE_MS) };
  const calendars = parseCalendars(text);
  try {
    return withTimezones(calendars, () => expand(calendars, window));
  } catch (error) {
    if (error instanceof CalendarProblem) throw error;
    // ical.js reports bad values (dates, rules) lazily, while expanding.
    throw new CalendarProblem("INVALID_ICALENDAR");
  }
}

function expand(calendars: IcalComponent[], window: { from: Date; until: Date }): ParsedCalendar {
  const from = window.from.getTime();
  const until = window.until.getTime();
  const budget: Budget = { steps: 0, occurrences: 0 };
  /** By uid and recurrence id: an override that matched no generated occurrence still replaces the one at its instant. */
  const occurrences = new Map<string, CalendarOccurrence>();
  const series: CalendarSeries[] = [];
  let method: string | null = null;
  let eventCount = 0;
  const uids = new Set<string>();

  const push = (occurrence: CalendarOccurrence) => {
    const key = `${occurrence.uid}\u0000${occurrence.recurrenceId}`;
    if (!occurrences.has(key) && ++budget.occurrences > MAX_OCCURRENCES_PER_IMPORT) throw new CalendarProblem("TOO_MANY_OCCURRENCES");
    occurrences.set(key, occurrence);
  };

  for (const calendar of calendars) {
    const calendarMethod = textOf(calendar, "method")?.trim().toUpperCase() || null;
    method ??= calendarMethod;
    const masters = new Map<string, IcalComponent>();
    const overrides = new Map<string, IcalComponent[]>();
    for (const vevent of calendar.getAllSubcomponents("vevent")) {
      eventCount++;
      const uid = uidOf(vevent);
      if (uid) uids.add(uid);
      if (!uid || !vevent.hasProperty("dtstart")) continue;
      if (vevent.hasProperty("recurrence-id")) {
        overrides.set(uid, [...(overrides.get(uid) ?? []), vevent]);
      } else {
        const seen = masters.get(uid);
        masters.set(uid, seen ? newer(seen, vevent) : vevent);
      }
    }

    const inWindow = (occurrence: CalendarOccurrence) => occurrence.startsAt.getTime() >= from && occurrence.startsAt.getTime() < until;
    const cancelledByMethod = calendarMethod === "CANCEL";
    for (const [uid, master] of masters) {
      const exceptions = overrides.get(uid) ?? [];
      overrides.delete(uid);
      const event = new ICAL.Event(master, { exceptions, strictExceptions: false });
      const used = new Set<IcalComponent>();
      if (event.isRecurring()) {
        series.push(expandSeries(uid, master, event, { from, until }, budget, cancelledByMethod, used, push));
      } else {
        const occurrence = occurrenceOf(uid, "", master, event.startDate, event.endDate, cancelledByMethod);
        if (inWindow(occurrence)) push(occurrence);
      }
      // Overrides the expansion did not reach (their RECURRENCE-ID is no occurrence of the rule, or lies beyond the window) stand alone.
      const unused = exceptions.filter((component) => !used.has(component));
      if (unused.length > 0) overrides.set(uid, unused);
    }

    // Overrides on their own: an invitation update for one occurrence, or one the expansion did not reach.
    for (const [uid, components] of overrides) {
      for (const component of components) {
        const rid = component.getFirstPropertyValue("recurrence-id");
        if (!(rid instanceof ICAL.Time)) continue;
        const recurrenceId = instantOf(rid, tzidOf(component, "recurrence-id"));
        if (!validInstant(recurrenceId.getTime())) continue;
        const item = new ICAL.Event(component);
        const occurrence = occurrenceOf(uid, recurrenceId.toISOString(), component, item.startDate, item.endDate, cancelledByMethod);
        if (inWindow(occurrence)) push(occurrence);
      }
    }
  }
  return { method, eventCount, uids: [...uids], occurrences: [...occurrences.values()], series, window };
}

function expandSeries(
  uid: string,
  master: IcalComponent,
  event: IcalEvent,
  window: { from: number; until: number },
  budget: Budget,
  cancelledByMethod: boolean,
  used: Set<IcalComponent>,
  push: (occurrence: CalendarOccurrence) => void,
): CalendarSeries {
  const masterTz = tzidOf(master, "dtstart");
  const excluded = master
    .getAllProperties("exdate")
    .flatMap((prop) => prop.getValues().filter((v): v is IcalTime => v instanceof ICAL.Time).map((v) => instantOf(v, param(prop, "tzid") ?? masterTz).toISOString()));
  const info: CalendarSeries = { uid, sequence: sequenceOf(master), stampedAt: stampOf(master), excluded, visited: [], complete: true };
  if (endedBefore(master, window.from)) return info;

  const iterator = event.iterator(fastForward(master, event.startDate, window.from) ?? undefined);
  let inWindow = 0;
  for (let next = iterator.next(); next; next = iterator.next()) {
    if (++budget.steps > MAX_RECURRENCE_STEPS) throw new CalendarProblem("TOO_COMPLEX");
    const recurrenceMs = instantOf(next, masterTz).getTime();
    if (recurrenceMs >= window.until) break;
    if (recurrenceMs >= window.from) info.visited.push(new Date(recurrenceMs).toISOString());
    const details = event.getOccurrenceDetails(next);
    const own = details.item && details.item !== event ? details.item.component : master;
    if (own !== master) used.add(own);
    const occurrence = occurrenceOf(uid, new Date(recurrenceMs).toISOString(), own, details.startDate, details.endDate, cancelledByMethod, masterTz);
    const startMs = occurrence.startsAt.getTime();
    if (startMs < window.from || startMs >= window.until) continue;
    if (++inWindow > MAX_OCCURRENCES_PER_EVENT) {
      info.complete = false;
      break;
    }
    push(occurrence);
  }
  return info;
}

/**
 * A later DTSTART with the same occurrences from the window on, or null. Only for one DAILY or
 * WEEKLY rule without COUNT (COUNT counts from the real start): their candidates are DTSTART plus
 * whole multiples of the interval in wall-clock days, so moving DTSTART by such a multiple keeps
 * every candidate after it, and the BY-rules' defaults (weekday, time of day) stay the same. The
 * new start lies at least one interval before the window, so nothing inside it is lost.
 */
function fastForward(master: IcalComponent, start: IcalTime, fromMs: number): IcalTime | null {
  const rules = master.getAllProperties("rrule").map((p) => p.getFirstValue());
  const rule = rules[0];
  if (rules.length !== 1 || !(rule instanceof ICAL.Recur) || rule.count || (rule.freq !== "DAILY" && rule.freq !== "WEEKLY")) return null;
  const periodDays = (rule.freq === "WEEKLY" ? 7 : 1) * Math.max(1, rule.interval || 1);
  const startMs = instantOf(start, tzidOf(master, "dtstart")).getTime();
  const periods = Math.floor((fromMs - startMs) / (periodDays * 86_400_000)) - 2;
  if (periods < 1) return null;
  const shifted = start.clone();
  shifted.adjust(periods * periodDays, 0, 0, 0);
  return shifted;
}

/** A series whose every RRULE ended (UNTIL) before the window and that has no RDATE needs no expansion. */
function endedBefore(master: IcalComponent, fromMs: number): boolean {
  if (master.hasProperty("rdate")) return false;
  const rules = master.getAllProperties("rrule").map((p) => p.getFirstValue());
  return (
    rules.length > 0 &&
    rules.every((rule) => rule instanceof ICAL.Recur && !rule.count && rule.until instanceof ICAL.Time && instantOf(rule.until, null).getTime() + WINDOW_PAST_MS < fromMs)
  );
}

/** One occurrence read from `component`; a start outside 1900–2200 makes the file invalid. */
function occurrenceOf(...args: Parameters<typeof readOccurrence>): CalendarOccurrence {
  const occurrence = readOccurrence(...args);
  if (!occurrence) throw new CalendarProblem("INVALID_ICALENDAR");
  return occurrence;
}
