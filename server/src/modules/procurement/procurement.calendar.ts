import { isWorkingDay, swedishHolidays } from "../../platform/time/working-time";
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

/**
 * Days on which a legal time limit may not end in Sweden: Swedish public holidays plus
 * midsummer eve, Christmas eve and New Year's eve (lag (1930:173) om beräkning av lagstadgad
 * tid) — the platform's calendar (platform/time/working-time.ts), which nudges count by too.
 * Saturdays and Sundays are handled separately.
 */
export function swedishNonWorkingHolidays(year: number): Set<IsoDate> {
  return new Set<IsoDate>(swedishHolidays(year).map((h) => h.date));
}

export function isSwedishWorkingDay(date: IsoDate): boolean {
  return isWorkingDay(date);
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
