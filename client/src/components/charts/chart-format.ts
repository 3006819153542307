import { LOCALE } from "../../i18n";

/** Colours of chart marks: each at least 4.5:1 against white and told apart by more than hue (labels, order). */
export const CHART_COLORS = {
  blue: "#1f5fa8",
  red: "#b3261e",
  green: "#1e6b3a",
  amber: "#8a5300",
  grey: "#5b6675",
  text: "#1c2430",
  grid: "#d9dee5",
} as const;

// Calendar dates (YYYY-MM-DD) carry no time zone: formatted as UTC so the day never shifts.
const shortDay = new Intl.DateTimeFormat(LOCALE, { timeZone: "UTC", day: "numeric", month: "short" });
const number = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 1 });

function calendarDate(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
}

/** "3 feb." for an axis tick: the long form (formatCalendarDate) is for tooltips and tables. */
export function formatShortCalendarDate(value: string): string {
  const date = calendarDate(value);
  return date ? shortDay.format(date) : value;
}

/** A number with a real minus sign and a sign on increases: "+5", "−12,5", "0". */
export function formatSigned(value: number): string {
  const text = number.format(Math.abs(value));
  return value > 0 ? `+${text}` : value < 0 ? `−${text}` : "0";
}

export function formatNumber(value: number): string {
  return number.format(value);
}

/** The font chart texts are drawn in (as the page's: system-ui). */
export const chartFont = (px: number, weight = 500) => `${weight} ${px}px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif`;

let measureContext: CanvasRenderingContext2D | null | undefined;

/** The drawn width of `text` in `font`; an estimate where no canvas is available. */
export function textWidth(text: string, font: string): number {
  if (measureContext === undefined) measureContext = typeof document === "undefined" ? null : document.createElement("canvas").getContext("2d");
  if (!measureContext) return text.length * (Number(/(\d+)px/.exec(font)?.[1] ?? 12) * 0.58);
  measureContext.font = font;
  return measureContext.measureText(text).width;
}

/**
 * A name that fits `maxPx` when drawn in `font`: whole when it fits; for a person's name then the
 * first name and the initial of the last ("Birgitta Ö."), then the first name; else cut with an
 * ellipsis. Never wrapped: the full name goes in the tooltip and the table.
 */
export function fitName(name: string, maxPx: number, font: string, person = false): string {
  const trimmed = name.trim();
  if (textWidth(trimmed, font) <= maxPx) return trimmed;
  const parts = trimmed.split(/\s+/);
  if (person && parts.length > 1) {
    const initials = `${parts[0]} ${parts[parts.length - 1]!.charAt(0)}.`;
    if (textWidth(initials, font) <= maxPx) return initials;
    if (textWidth(parts[0]!, font) <= maxPx) return parts[0]!;
  }
  let cut = trimmed.length - 1;
  while (cut > 1 && textWidth(`${trimmed.slice(0, cut)}…`, font) > maxPx) cut -= 1;
  return `${trimmed.slice(0, cut).trimEnd()}…`;
}
