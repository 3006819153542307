/**
 * Calendar arithmetic on plain dates (YYYY-MM-DD). Meeting dates are already local dates in
 * Europe/Stockholm, so all arithmetic is done on UTC midnights to keep DST out of the picture.
 */
const DAY = 86_400_000;

export function parseIsoDate(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]) ? d : null;
}

export const formatIsoDate = (d: Date) => d.toISOString().slice(0, 10);
export const addDays = (d: Date, days: number) => new Date(d.getTime() + days * DAY);
/** ISO weekday: Monday 1 … Sunday 7. */
export const isoWeekday = (d: Date) => ((d.getUTCDay() + 6) % 7) + 1;

export function mondayOfIsoWeek(year: number, week: number): Date {
  const jan4 = new Date(Date.UTC(year, 0, 4));
  return addDays(jan4, (week - 1) * 7 - (isoWeekday(jan4) - 1));
}

export function isoWeeksInYear(year: number): number {
  // A year has 53 ISO weeks when Dec 28 falls in week 53.
  const dec28 = new Date(Date.UTC(year, 11, 28));
  const monday = mondayOfIsoWeek(year, 53);
  return dec28.getTime() >= monday.getTime() ? 53 : 52;
}

/** The given weekday strictly after `from` (a Friday meeting saying "fredag" means next Friday). */
export function nextWeekday(from: Date, weekday: number): Date {
  const delta = (weekday - isoWeekday(from) + 7) % 7;
  return addDays(from, delta === 0 ? 7 : delta);
}

/** That weekday in the ISO week after the one containing `from`. */
export function weekdayOfNextWeek(from: Date, weekday: number): Date {
  return addDays(from, 7 - (isoWeekday(from) - 1) + (weekday - 1));
}

/** That weekday in the ISO week containing `from`. */
export function weekdayOfThisWeek(from: Date, weekday: number): Date {
  return addDays(from, weekday - isoWeekday(from));
}

/** The Friday of ISO week `week` in the first year (from the meeting's) where it is not yet past. */
export function fridayOfWeekAhead(from: Date, week: number): Date | null {
  if (week < 1 || week > 53) return null;
  for (let year = from.getUTCFullYear(); year <= from.getUTCFullYear() + 2; year++) {
    if (week > isoWeeksInYear(year)) continue;
    const friday = addDays(mondayOfIsoWeek(year, week), 4);
    // Still ahead: the week has not ended before the meeting.
    if (addDays(friday, 2).getTime() >= from.getTime()) return friday;
  }
  return null;
}

/** A day and month in the first year (from the meeting's) where it is today or later. */
export function dateAhead(from: Date, month: number, day: number, year?: number): Date | null {
  const build = (y: number) => {
    const d = new Date(Date.UTC(y, month - 1, day));
    return d.getUTCMonth() === month - 1 ? d : null;
  };
  if (year !== undefined) return build(year);
  for (let y = from.getUTCFullYear(); y <= from.getUTCFullYear() + 4; y++) {
    const d = build(y);
    if (d && d.getTime() >= from.getTime()) return d;
  }
  return null;
}

/** Today's date in Europe/Stockholm, for callers that were given no meeting date. */
export function todayInStockholm(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}
