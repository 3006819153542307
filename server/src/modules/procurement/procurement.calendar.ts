import type { IsoDate } from "./procurement.types";

// Calendar-date arithmetic on `YYYY-MM-DD` strings. Everything goes through UTC midnight so the
// host time zone (and DST) can never move a date by one day.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

function toUtcMs(date: IsoDate): number {
  const match = ISO_DATE.exec(date);
  if (!match) throw new Error(`Invalid calendar date: ${date}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

function fromUtcMs(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

/** true for a real calendar date in `YYYY-MM-DD` form (rejects 2026-02-30). */
export function isValidIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return fromUtcMs(ms) === value;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromUtcMs(toUtcMs(date) + days * DAY_MS);
}

/** 0 = Sunday … 6 = Saturday. */
function weekday(date: IsoDate): number {
  return new Date(toUtcMs(date)).getUTCDay();
}

/** Easter Sunday (Gregorian, anonymous algorithm). */
function easterSunday(year: number): IsoDate {
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
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** The weekday in [from, from+6] of `month`, e.g. midsummer eve = Friday 19–25 June. */
function weekdayOnOrAfter(year: number, month: number, fromDay: number, wantedWeekday: number): IsoDate {
  const start = `${year}-${pad(month)}-${pad(fromDay)}`;
  const offset = (wantedWeekday - weekday(start) + 7) % 7;
  return addDays(start, offset);
}

/**
 * Days on which a legal time limit may not end in Sweden: Swedish public holidays plus
 * midsummer eve, Christmas eve and New Year's eve (lag (1930:173) om beräkning av lagstadgad
 * tid). Saturdays and Sundays are handled separately.
 */
export function swedishNonWorkingHolidays(year: number): Set<IsoDate> {
  const easter = easterSunday(year);
  return new Set<IsoDate>([
    `${year}-01-01`,
    `${year}-01-06`,
    addDays(easter, -2), // Good Friday
    easter,
    addDays(easter, 1), // Easter Monday
    `${year}-05-01`,
    addDays(easter, 39), // Ascension Day
    addDays(easter, 49), // Whit Sunday
    `${year}-06-06`,
    weekdayOnOrAfter(year, 6, 19, 5), // Midsummer eve
    weekdayOnOrAfter(year, 6, 20, 6), // Midsummer day
    weekdayOnOrAfter(year, 10, 31, 6), // All Saints' day
    `${year}-12-24`,
    `${year}-12-25`,
    `${year}-12-26`,
    `${year}-12-31`,
  ]);
}

export function isSwedishWorkingDay(date: IsoDate): boolean {
  const day = weekday(date);
  if (day === 0 || day === 6) return false;
  return !swedishNonWorkingHolidays(Number(date.slice(0, 4))).has(date);
}

/**
 * A period that ends on a weekend or holiday runs to the next working day (lag 1930:173 for
 * Swedish periods; art. 3(4) of Regulation (EEC, Euratom) No 1182/71 for the EU time limits).
 */
export function rollToWorkingDay(date: IsoDate): IsoDate {
  let current = date;
  while (!isSwedishWorkingDay(current)) current = addDays(current, 1);
  return current;
}

/** End of a period of `days` calendar days counted from the day after `start`. */
export function periodEnd(start: IsoDate, days: number): IsoDate {
  return rollToWorkingDay(addDays(start, days));
}
