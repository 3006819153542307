/**
 * Wall-clock times in Europe/Stockholm for forms, whatever zone the browser is in: a meeting at
 * "14:00 on 3 March" is 14:00 in Stockholm, for a colleague travelling in Lisbon too.
 */
const TIME_ZONE = "Europe/Stockholm";

const partsFormat = new Intl.DateTimeFormat("en-CA", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** The Stockholm calendar date and time of an instant: { date: "YYYY-MM-DD", time: "HH:MM" }. */
export function stockholmParts(value: string | Date): { date: string; time: string } {
  const parts = Object.fromEntries(partsFormat.formatToParts(new Date(value)).map((p) => [p.type, p.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/**
 * The instant of a Stockholm date and time (ISO, UTC), or null for an invalid one. In the autumn
 * hour that happens twice the first is taken; a time in the spring gap moves forward an hour.
 */
export function stockholmToIso(date: string, time: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return null;
  const naive = Date.parse(`${date}T${time}:00Z`);
  if (Number.isNaN(naive) || new Date(naive).toISOString().slice(0, 10) !== date) return null;
  // Stockholm is UTC+1 (winter) or UTC+2 (summer): the earliest candidate that reads back as the
  // same wall time; in the spring gap neither does, and winter's offset lands an hour later.
  const candidates = [120, 60].map((minutes) => naive - minutes * 60_000);
  const valid = candidates.find((at) => {
    const back = stockholmParts(new Date(at));
    return back.date === date && back.time === time;
  });
  return new Date(valid ?? candidates[1]!).toISOString();
}

/** Today's date in Stockholm, YYYY-MM-DD. */
export function stockholmToday(now: Date = new Date()): string {
  return stockholmParts(now).date;
}

/** The start of a Stockholm calendar day as an instant (ISO), for date-range filters. */
export function stockholmDayStart(date: string): string | null {
  return stockholmToIso(date, "00:00");
}

/** The day after a YYYY-MM-DD date. */
export function nextDay(date: string): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
