import { t, tn, type MessageKey } from "../i18n";

/** Largest file importCalendar takes (UTF-8 bytes); checked here before anything is sent. */
export const ICS_MAX_BYTES = 1024 * 1024;

/** What an import or a poll did, as both payloads count it. */
export interface ImportCounts {
  created: number;
  updated: number;
  cancelled: number;
  unchanged: number;
}

/**
 * "3 möten skapade, 1 uppdaterat, 1 inställt, 2 oförändrade": the non-zero counts, the first one
 * with the noun ("1 möte uppdaterat, 2 oförändrade"); "" when everything is zero.
 */
export function importSummary({ created, updated, cancelled, unchanged }: ImportCounts): string {
  const parts: string[] = [];
  if (created > 0) parts.push(tn("calendar.result.created", created));
  const rest = [
    ["updated", updated],
    ["cancelled", cancelled],
    ["unchanged", unchanged],
  ] as const;
  for (const [kind, count] of rest) {
    if (count <= 0) continue;
    parts.push(parts.length === 0 ? tn(`calendar.result.${kind}First`, count) : tn(`calendar.result.${kind}`, count));
  }
  return parts.join(", ");
}

const FEED_ERROR_KEYS: Partial<Record<string, MessageKey>> = {
  BLOCKED_ADDRESS: "calendar.error.BLOCKED_ADDRESS",
  BLOCKED_SCHEME: "calendar.error.BLOCKED_SCHEME",
  BAD_URL: "calendar.error.BAD_URL",
  DNS_FAILED: "calendar.error.DNS_FAILED",
  TIMEOUT: "calendar.error.TIMEOUT",
  NETWORK: "calendar.error.NETWORK",
  TOO_LARGE: "calendar.error.TOO_LARGE",
  TOO_MANY_REDIRECTS: "calendar.error.TOO_MANY_REDIRECTS",
  INVALID_ICALENDAR: "calendar.error.INVALID_ICALENDAR",
  TOO_MANY_OCCURRENCES: "calendar.error.TOO_MANY_OCCURRENCES",
  TOO_COMPLEX: "calendar.error.TOO_COMPLEX",
  OWNER_NOT_ALLOWED: "calendar.error.OWNER_NOT_ALLOWED",
  HTTP_401: "calendar.error.HTTP_401",
  HTTP_403: "calendar.error.HTTP_403",
  HTTP_404: "calendar.error.HTTP_404",
  HTTP_410: "calendar.error.HTTP_410",
  HTTP_429: "calendar.error.HTTP_429",
};

/**
 * A feed's `lastErrorCode` in words: the guarded fetch's codes (BLOCKED_ADDRESS, TIMEOUT, …),
 * `HTTP_<status>` for an answer outside 2xx/304, the parser's (INVALID_ICALENDAR, …) and
 * OWNER_NOT_ALLOWED. A code this client does not know yet is shown as it is.
 */
export function feedErrorText(code: string | null | undefined): string {
  if (!code) return t("calendar.error.unknown", { code: "–" });
  const key = FEED_ERROR_KEYS[code];
  if (key) return t(key);
  const http = /^HTTP_(\d{3})$/.exec(code);
  if (http) return t(Number(http[1]) >= 500 ? "calendar.error.httpServer" : "calendar.error.http", { status: http[1]! });
  return t("calendar.error.unknown", { code });
}

/** A download name from the meeting's title: "Styrelsemöte 12 mars.ics" (no path or reserved characters). */
export function icsFilename(title: string): string {
  const base = title
    .normalize("NFC")
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^\.+/, "")
    .slice(0, 80)
    .trim();
  return `${base || "mote"}.ics`;
}

/** UTF-8 size of a text, as the server counts it. */
export function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}
