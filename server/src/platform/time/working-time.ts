/**
 * Working time, Swedish days off and quiet hours, all in Europe/Stockholm.
 *
 * Definition: **working time** is elapsed clock time that falls on a working day in
 * Europe/Stockholm. A working day is a Monday–Friday that is neither a Swedish public holiday
 * nor a de facto day off; weekends and those days count zero. A working day counts its real
 * length, so a day on a DST change would count 23 or 25 hours (in Sweden the change falls on a
 * Sunday, so in practice every working day is 24 h, while the elapsed time across a weekend
 * with a change is an hour shorter or longer). An item last touched Friday 10:00 therefore
 * reaches 48 working hours on Tuesday 10:00 (14 h Friday + 24 h Monday + 10 h Tuesday).
 *
 * Intervals are half-open: a day is [its local 00:00, the next day's local 00:00). So
 * `addWorkingHours` returns the earliest instant that reaches the count (a day's end when it
 * lands exactly there, never a later Monday 00:00), and `subtractWorkingHours` the latest
 * instant from which the count is reached: a working-day start or a point inside a working day,
 * never inside a weekend. Both walk day by day (O(days spanned)); `subtractWorkingHours(now, 48)`
 * is the SQL sweep cutoff, `last_progress_at <= cutoff`.
 *
 * Days off are computed, not tabulated, with today's rules (lag 1989:253 as amended in 2005, when
 * nationaldagen replaced annandag pingst) applied to every year; they are not a history of what
 * was a holiday in, say, 1930. Easter is the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
 *
 * Offsets come from `Intl` (the runtime's tz data), never from a hard-coded +1/+2, so the
 * double summer time of the 1940s in that data works too; a local time that is skipped by a
 * change resolves to the instant of the change, one that occurs twice to its first occurrence.
 */

export const STOCKHOLM = "Europe/Stockholm";

export interface Holiday {
  /** YYYY-MM-DD */
  date: string;
  /** The Swedish name, e.g. "Långfredagen". */
  name: string;
  /** true for allmän helgdag under lag (1989:253); false for de facto days off. */
  statutory: boolean;
}

/** Wall-clock times; start > end spans midnight, start === end means no quiet hours. */
export interface QuietHours {
  start: string;
  end: string;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

const wallFormat = new Intl.DateTimeFormat("en-US", {
  timeZone: STOCKHOLM,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
  numberingSystem: "latn",
});

/** The Stockholm wall clock at `t`, expressed as if it were a UTC time value (whole seconds). */
function wallAt(t: number): number {
  const p = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of wallFormat.formatToParts(t)) {
    if (part.type in p) p[part.type as keyof typeof p] = Number(part.value);
  }
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
}

/** Stockholm's UTC offset at `t` in ms. */
function offsetAt(t: number): number {
  return wallAt(t) - Math.floor(t / 1000) * 1000;
}

/**
 * The instants whose Stockholm wall clock reads `wall` (a local time written as a UTC value),
 * earliest first: one normally, two when the clock falls back over it, and when a change skips
 * it, the single instant the clock jumps past it. Assumes at most one change within a day of it.
 */
function instantsAtWall(wall: number): number[] {
  const before = offsetAt(wall - DAY_MS);
  const after = offsetAt(wall + DAY_MS);
  const found = [...new Set([after, before])]
    .map((offset) => wall - offset)
    .filter((t) => offsetAt(t) === wall - t)
    .sort((a, b) => a - b);
  if (found.length > 0) return found;
  // Skipped: the clock jumps forward from offset `before` to `after` somewhere in (lo, hi].
  let lo = Math.floor((wall - after) / 1000);
  let hi = Math.ceil((wall - before) / 1000);
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (offsetAt(mid * 1000) === after) hi = mid;
    else lo = mid;
  }
  return [hi * 1000];
}

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A YYYY-MM-DD as the UTC time value of its midnight; RangeError unless it is a real date. */
function parseDate(date: string): number {
  const m = DATE_PATTERN.exec(date);
  if (m) {
    const value = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
    if (formatDate(value) === date) return value;
  }
  throw new RangeError(`Not a YYYY-MM-DD date: ${JSON.stringify(date)}`);
}

function formatDate(utcDay: number): string {
  const d = new Date(utcDay);
  const y = String(d.getUTCFullYear()).padStart(4, "0");
  return `${y}-${String(d.getUTCMonth() + 1).padStart(2, "0")}-${String(d.getUTCDate()).padStart(2, "0")}`;
}

function assertInstant(at: Date, what: string): number {
  const t = at.getTime();
  if (!Number.isFinite(t)) throw new RangeError(`${what} is an invalid Date`);
  return t;
}

export function addDays(date: string, days: number): string {
  if (!Number.isInteger(days)) throw new RangeError(`addDays needs a whole number of days, got ${days}`);
  return formatDate(parseDate(date) + days * DAY_MS);
}

// The walks below work on epoch days (days since 1970-01-01) and cache what they learn, so a
// sweep over two weeks is a few dozen Map look-ups rather than Intl calls and string parsing.
const CACHE_LIMIT = 20_000;
const midnightByDay = new Map<number, number>();

function midnightOfDay(day: number): number {
  let t = midnightByDay.get(day);
  if (t === undefined) {
    t = instantsAtWall(day * DAY_MS)[0] as number;
    if (midnightByDay.size >= CACHE_LIMIT) midnightByDay.clear();
    midnightByDay.set(day, t);
  }
  return t;
}

/** The Stockholm date containing `t`: the day whose midnight is at or before it and whose successor's is after. */
function dayAt(t: number): number {
  let day = Math.floor(t / DAY_MS);
  while (midnightOfDay(day + 1) <= t) day++;
  while (midnightOfDay(day) > t) day--;
  return day;
}

export function stockholmDate(at: Date): string {
  return formatDate(dayAt(assertInstant(at, "stockholmDate(at)")) * DAY_MS);
}

export function stockholmMidnight(date: string): Date {
  return new Date(midnightOfDay(parseDate(date) / DAY_MS));
}

/** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher), as a UTC day. */
function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return Date.UTC(year, month - 1, day);
}

/** The first day from `year-month-fromDay` on that falls on `weekday` (0 = Sunday), as a UTC day. */
function firstWeekdayFrom(year: number, month: number, fromDay: number, weekday: number): number {
  const start = Date.UTC(year, month - 1, fromDay);
  return start + ((weekday - new Date(start).getUTCDay() + 7) % 7) * DAY_MS;
}

/** Sorted by date; two days off can share a date (Kristi himmelfärd on 1 May, e.g. 2008). */
export function swedishHolidays(year: number): Holiday[] {
  if (!Number.isInteger(year) || year < 1583 || year > 9999) {
    throw new RangeError(`swedishHolidays needs a Gregorian year 1583–9999, got ${year}`);
  }
  const easter = easterSunday(year);
  const fixed = (month: number, day: number) => Date.UTC(year, month - 1, day);
  const days: [number, string, boolean][] = [
    [fixed(1, 1), "Nyårsdagen", true],
    [fixed(1, 6), "Trettondedag jul", true],
    [easter - 2 * DAY_MS, "Långfredagen", true],
    [easter, "Påskdagen", true],
    [easter + DAY_MS, "Annandag påsk", true],
    [fixed(5, 1), "Första maj", true],
    [easter + 39 * DAY_MS, "Kristi himmelfärdsdag", true],
    [fixed(6, 6), "Nationaldagen", true],
    [easter + 49 * DAY_MS, "Pingstdagen", true],
    [firstWeekdayFrom(year, 6, 19, 5), "Midsommarafton", false],
    [firstWeekdayFrom(year, 6, 20, 6), "Midsommardagen", true],
    [firstWeekdayFrom(year, 10, 31, 6), "Alla helgons dag", true],
    [fixed(12, 24), "Julafton", false],
    [fixed(12, 25), "Juldagen", true],
    [fixed(12, 26), "Annandag jul", true],
    [fixed(12, 31), "Nyårsafton", false],
  ];
  return days
    .sort((a, b) => a[0] - b[0])
    .map(([day, name, statutory]) => ({ date: formatDate(day), name, statutory }));
}

const daysOffByYear = new Map<number, Set<number>>();

function isWorkingEpochDay(day: number): boolean {
  const weekday = (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
  if (weekday === 0 || weekday === 6) return false;
  const year = new Date(day * DAY_MS).getUTCFullYear();
  let off = daysOffByYear.get(year);
  if (!off) {
    off = new Set(swedishHolidays(year).map((h) => parseDate(h.date) / DAY_MS));
    daysOffByYear.set(year, off);
  }
  return !off.has(day);
}

export function isWorkingDay(date: string): boolean {
  return isWorkingEpochDay(parseDate(date) / DAY_MS);
}

export function previousWorkingDay(date: string): string {
  let d = addDays(date, -1);
  while (!isWorkingDay(d)) d = addDays(d, -1);
  return d;
}

export function nextWorkingDay(date: string): string {
  let d = addDays(date, 1);
  while (!isWorkingDay(d)) d = addDays(d, 1);
  return d;
}

export function workingMsBetween(from: Date, to: Date): number {
  const start = assertInstant(from, "workingMsBetween(from)");
  const end = assertInstant(to, "workingMsBetween(to)");
  if (end <= start) return 0;
  let total = 0;
  for (let day = dayAt(start), dayStart = midnightOfDay(day); dayStart < end; day++) {
    const dayEnd = midnightOfDay(day + 1);
    if (isWorkingEpochDay(day)) total += Math.min(end, dayEnd) - Math.max(start, dayStart);
    dayStart = dayEnd;
  }
  return total;
}

function workingMs(hours: number): number {
  if (!Number.isFinite(hours) || hours < 0) {
    throw new RangeError(`Working hours must be a finite, non-negative number, got ${hours}`);
  }
  // A Date holds whole milliseconds, so fractions of a millisecond cannot be represented.
  return Math.round(hours * HOUR_MS);
}

export function addWorkingHours(from: Date, hours: number): Date {
  let cursor = assertInstant(from, "addWorkingHours(from)");
  let remaining = workingMs(hours);
  if (remaining === 0) return new Date(cursor);
  for (let day = dayAt(cursor); ; day++) {
    const dayEnd = midnightOfDay(day + 1);
    if (isWorkingEpochDay(day)) {
      if (dayEnd - cursor >= remaining) return new Date(cursor + remaining);
      remaining -= dayEnd - cursor;
    }
    cursor = dayEnd;
  }
}

export function subtractWorkingHours(to: Date, hours: number): Date {
  let cursor = assertInstant(to, "subtractWorkingHours(to)");
  let remaining = workingMs(hours);
  if (remaining === 0) return new Date(cursor);
  for (let day = dayAt(cursor); ; day--) {
    const dayStart = midnightOfDay(day);
    if (isWorkingEpochDay(day)) {
      if (cursor - dayStart >= remaining) return new Date(cursor - remaining);
      remaining -= cursor - dayStart;
    }
    cursor = dayStart;
  }
}

const CLOCK_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function parseClockTime(hhmm: string): number | null {
  const m = CLOCK_PATTERN.exec(hhmm);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

function quietWindow(quiet: QuietHours): { start: number; end: number } {
  const start = parseClockTime(quiet.start);
  const end = parseClockTime(quiet.end);
  if (start === null || end === null) {
    throw new RangeError(`Quiet hours need "HH:MM" times, got ${JSON.stringify(quiet)}`);
  }
  return { start: start * 60_000, end: end * 60_000 };
}

/** ms since local midnight on the Stockholm wall clock, and that wall-clock day as a UTC value. */
function wallTimeOfDay(t: number): { day: number; ms: number } {
  const wall = wallAt(t) + (((t % 1000) + 1000) % 1000);
  const ms = ((wall % DAY_MS) + DAY_MS) % DAY_MS;
  return { day: wall - ms, ms };
}

function inWindow(ms: number, w: { start: number; end: number }): boolean {
  if (w.start === w.end) return false;
  return w.start < w.end ? ms >= w.start && ms < w.end : ms >= w.start || ms < w.end;
}

export function isQuietTime(at: Date, quiet: QuietHours | null): boolean {
  const t = assertInstant(at, "isQuietTime(at)");
  if (quiet === null) return false;
  return inWindow(wallTimeOfDay(t).ms, quietWindow(quiet));
}

/**
 * The first instant from `at` on whose Stockholm wall clock is outside the quiet hours: `at`
 * (as a new Date) when it is not quiet, else when the local clock reaches `end` — on a
 * spring-forward night an end the clock skips resolves to the jump, and on a fall-back night
 * the first `end` after `at` counts.
 */
export function quietHoursEnd(at: Date, quiet: QuietHours | null): Date {
  const t = assertInstant(at, "quietHoursEnd(at)");
  if (quiet === null) return new Date(t);
  const w = quietWindow(quiet);
  const { day, ms } = wallTimeOfDay(t);
  if (!inWindow(ms, w)) return new Date(t);
  const endDay = w.start > w.end && ms >= w.start ? day + DAY_MS : day;
  const candidates = instantsAtWall(endDay + w.end);
  return new Date(candidates.find((c) => c > t) ?? (candidates[candidates.length - 1] as number));
}
