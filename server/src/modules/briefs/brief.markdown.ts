/**
 * What every brief renderer shares: Swedish dates in Europe/Stockholm, a total Swedish sort order
 * and inline escaping. Pure functions — no clock, no locale of the process — so the same data
 * renders to the same bytes, which is what lets brief versions be compared and deduplicated.
 */

const WEEKDAYS = ["söndag", "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag"];
const MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"];
const STOCKHOLM = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Stockholm", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });

interface StockholmParts {
  y: number;
  m: number;
  d: number;
  hour: string;
  minute: string;
}

function stockholm(at: Date): StockholmParts {
  const parts = STOCKHOLM.formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return { y: Number(part("year")), m: Number(part("month")), d: Number(part("day")), hour: part("hour"), minute: part("minute") };
}

/** "18 november 2026", in Europe/Stockholm. */
export function swedishDate(at: Date): string {
  const { y, m, d } = stockholm(at);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** "09:00", in Europe/Stockholm. */
export function swedishTime(at: Date): string {
  const { hour, minute } = stockholm(at);
  return `${hour}:${minute}`;
}

/** "onsdag 18 november 2026 kl. 09:00", in Europe/Stockholm. */
export function swedishDateTime(at: Date): string {
  const { y, m, d, hour, minute } = stockholm(at);
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return `${WEEKDAYS[weekday]} ${d} ${MONTHS[m - 1]} ${y} kl. ${hour}:${minute}`;
}

// Swedish collation (… Z Å Ä Ö) with a code-point tie-break, so the order is total and stable.
const SWEDISH = new Intl.Collator("sv", { sensitivity: "variant" });
export const byText = (a: string, b: string) => SWEDISH.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
/** Nulls last. */
export const byTime = (a: number | null, b: number | null) => (a ?? Number.MAX_SAFE_INTEGER) - (b ?? Number.MAX_SAFE_INTEGER);
/** Markdown-significant characters at line level are neutralised so an item cannot restructure the brief. */
export const inline = (s: string) => s.replace(/\s+/g, " ").trim().replace(/([\\`*_[\]<>#|])/g, "\\$1");
export const due = (d: string | null) => (d ? `senast ${d}` : "inget datum");
