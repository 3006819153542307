import { sv, type MessageKey } from "./sv";

export type { MessageKey };
export type MessageParams = Record<string, string | number>;

export const LOCALE = "sv-SE";
export const TIME_ZONE = "Europe/Stockholm";

/** Translate a key, filling `{placeholder}`s from params. */
export function t(key: MessageKey, params?: MessageParams): string {
  const template: string = sv[key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}

/** Keys with Swedish plural forms: `<base>.one` and `<base>.other` both exist. */
export type PluralKey = {
  [K in MessageKey]: K extends `${infer Base}.other` ? (`${Base}.one` extends MessageKey ? Base : never) : never;
}[MessageKey];

const pluralRules = new Intl.PluralRules(LOCALE);

/**
 * Translate a count: "1 oläst", "3 olästa". Picks `<base>.one` or `<base>.other` by the Swedish
 * plural rules and fills `{count}` (and any other params).
 */
export function tn(base: PluralKey, count: number, params?: MessageParams): string {
  const form = pluralRules.select(count) === "one" ? "one" : "other";
  return t(`${base}.${form}` as MessageKey, { ...params, count });
}

const dateTimeFormat = new Intl.DateTimeFormat(LOCALE, {
  timeZone: TIME_ZONE,
  weekday: "short",
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
});
const dateFormat = new Intl.DateTimeFormat(LOCALE, {
  timeZone: TIME_ZONE,
  day: "numeric",
  month: "short",
  year: "numeric",
});
const timeFormat = new Intl.DateTimeFormat(LOCALE, {
  timeZone: TIME_ZONE,
  hour: "2-digit",
  minute: "2-digit",
});
// Calendar dates (YYYY-MM-DD) carry no time zone: format them as UTC so the day never shifts.
const calendarDateFormat = new Intl.DateTimeFormat(LOCALE, {
  timeZone: "UTC",
  weekday: "short",
  day: "numeric",
  month: "short",
  year: "numeric",
});

function toDate(value: string | Date): Date | null {
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "tis 3 feb. 2026 14:00" in Stockholm time. */
export function formatDateTime(value: string | Date): string {
  const date = toDate(value);
  return date ? dateTimeFormat.format(date) : "";
}

/** "3 feb. 2026" in Stockholm time. */
export function formatDate(value: string | Date): string {
  const date = toDate(value);
  return date ? dateFormat.format(date) : "";
}

/** "14:00" in Stockholm time. */
export function formatTime(value: string | Date): string {
  const date = toDate(value);
  return date ? timeFormat.format(date) : "";
}

/** Formats a calendar date "YYYY-MM-DD" (no time zone) such as an action item's due date. */
export function formatCalendarDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return value;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return calendarDateFormat.format(date);
}

/** "tis 3 feb. 2026 14:00–15:30" */
export function formatTimeRange(start: string, end?: string | null): string {
  const from = formatDateTime(start);
  if (!end) return from;
  const startDate = toDate(start);
  const endDate = toDate(end);
  if (!startDate || !endDate) return from;
  const sameDay = dateFormat.format(startDate) === dateFormat.format(endDate);
  return sameDay ? `${from}–${formatTime(endDate)}` : `${from} – ${formatDateTime(endDate)}`;
}

const i18n = { t, tn, formatDate, formatDateTime, formatTime, formatCalendarDate, formatTimeRange };
export type I18n = typeof i18n;

/** Hook form, so components do not depend on the module directly (room for more locales later). */
export function useI18n(): I18n {
  return i18n;
}
