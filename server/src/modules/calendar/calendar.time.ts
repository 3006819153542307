// Wall-clock times → instants for the cases ical.js leaves floating: times without a zone, DATE
// values, and TZIDs that the file does not define. Swedish organisations: floating means Stockholm.

export const DEFAULT_ZONE = "Europe/Stockholm";

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", { timeZone: zone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", second: "numeric" });
    // Only zones that names in files can ask for; a handful in practice.
    if (formatters.size < 100) formatters.set(zone, f);
  }
  return f;
}

/** Whether `name` is an IANA zone this runtime knows (e.g. a TZID the file forgot to define). */
export function isKnownZone(name: string): boolean {
  if (!/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+){0,2}$/.test(name)) return false;
  try {
    formatter(name);
    return true;
  } catch {
    return false;
  }
}

/** The zone's offset from UTC at `utcMs`, in milliseconds. */
function offsetMs(zone: string, utcMs: number): number {
  const parts = formatter(zone).formatToParts(new Date(utcMs));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return asUtc - Math.floor(utcMs / 1000) * 1000;
}

/**
 * The instant at which the wall clock in `zone` shows the given time. A time in the spring-forward
 * gap (02:30 on the last Sunday of March) lands an hour later, as calendar programs show it.
 */
export function wallClockToUtc(parts: { year: number; month: number; day: number; hour?: number; minute?: number; second?: number }, zone = DEFAULT_ZONE): Date {
  const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0);
  let t = wall - offsetMs(zone, wall);
  const second = offsetMs(zone, t);
  if (second !== wall - t) t = wall - second;
  return new Date(t);
}
