import type {
  RegwatchAlertFilter,
  RegwatchAlertState,
  RegwatchChangeType,
  RegwatchIdentifierKind,
  RegwatchPollStatus,
  RegwatchSectionChange,
  RegwatchSeverity,
  RegwatchSourceKind,
} from "../../gql/graphql";
import { t, tn, type MessageKey } from "../../i18n";

// Words for the regwatch UI that depend on data (severities, change types, health, poll outcomes)
// and the feed's filter as it is written in the address. Pure: unit-tested beside this file.

export const SEVERITIES: readonly RegwatchSeverity[] = ["HIGH", "MEDIUM", "LOW"];
export const ALERT_STATES: readonly RegwatchAlertState[] = ["NEW", "ACKNOWLEDGED", "ASSIGNED", "DISMISSED"];
export const SOURCE_KINDS: readonly RegwatchSourceKind[] = ["RSS", "ATOM", "RIKSDAGEN_JSON", "OPENDATA_JSON", "HTML"];

export const severityLabel = (severity: RegwatchSeverity): string => t(`regwatch.severity.${severity}`);
export const changeTypeLabel = (changeType: RegwatchChangeType): string => t(`regwatch.changeType.${changeType}`);
export const stateLabel = (state: RegwatchAlertState): string => t(`regwatch.state.${state}`);
export const sectionChangeLabel = (change: RegwatchSectionChange): string => t(`regwatch.diff.change.${change}`);
export const sourceKindLabel = (kind: RegwatchSourceKind): string => t(`regwatch.sources.kind.${kind}`);

// The filter in the address, in Swedish words: /omvarldsbevakning?grad=hog,medel&status=ny&bevakning=<id>.
export const FILTER_PARAMS = { severity: "grad", state: "status", topic: "bevakning" } as const;
const SEVERITY_WORDS: Record<RegwatchSeverity, string> = { HIGH: "hog", MEDIUM: "medel", LOW: "lag" };
const STATE_WORDS: Record<RegwatchAlertState, string> = { NEW: "ny", ACKNOWLEDGED: "kvitterad", ASSIGNED: "tilldelad", DISMISSED: "avfardad" };

export interface FeedFilter {
  severity: RegwatchSeverity[];
  state: RegwatchAlertState[];
  topicId: string | null;
}

function readList<T extends string>(value: string | null, words: Record<T, string>, order: readonly T[]): T[] {
  const given = new Set((value ?? "").split(",").map((word) => word.trim().toLowerCase()));
  return order.filter((key) => given.has(words[key]));
}

/** The feed's filter from the address; unknown words are ignored, the order is always the same. */
export function readFeedFilter(params: URLSearchParams): FeedFilter {
  return {
    severity: readList(params.get(FILTER_PARAMS.severity), SEVERITY_WORDS, SEVERITIES),
    state: readList(params.get(FILTER_PARAMS.state), STATE_WORDS, ALERT_STATES),
    topicId: params.get(FILTER_PARAMS.topic) || null,
  };
}

/** `params` with the filter written into it (empty parts removed); other parameters are kept. */
export function writeFeedFilter(params: URLSearchParams, filter: FeedFilter): URLSearchParams {
  const next = new URLSearchParams(params);
  const set = (name: string, value: string) => (value ? next.set(name, value) : next.delete(name));
  set(FILTER_PARAMS.severity, filter.severity.map((s) => SEVERITY_WORDS[s]).join(","));
  set(FILTER_PARAMS.state, filter.state.map((s) => STATE_WORDS[s]).join(","));
  set(FILTER_PARAMS.topic, filter.topicId ?? "");
  return next;
}

export const isFiltered = (filter: FeedFilter): boolean => filter.severity.length > 0 || filter.state.length > 0 || !!filter.topicId;

/** The query's filter: null when nothing is chosen (every alert). */
export function toAlertFilter(filter: FeedFilter): RegwatchAlertFilter | null {
  if (!isFiltered(filter)) return null;
  return {
    ...(filter.severity.length ? { severity: filter.severity } : {}),
    ...(filter.state.length ? { state: filter.state } : {}),
    ...(filter.topicId ? { topicId: filter.topicId } : {}),
  };
}

/** Whether a (live) alert belongs in the feed as filtered. */
export function matchesFeedFilter(filter: FeedFilter, alert: { severity: RegwatchSeverity; state: RegwatchAlertState; matchedTopics: readonly { id: string }[] }): boolean {
  if (filter.severity.length && !filter.severity.includes(alert.severity)) return false;
  if (filter.state.length && !filter.state.includes(alert.state)) return false;
  if (filter.topicId && !alert.matchedTopics.some((topic) => topic.id === filter.topicId)) return false;
  return true;
}

// Statute dates read as written in the acts: "1 juli 2027" (calendar dates, no time zone).
const legalDate = new Intl.DateTimeFormat("sv-SE", { timeZone: "UTC", day: "numeric", month: "long", year: "numeric" });

/** "2027-07-01" → "1 juli 2027"; anything else as it is. */
export function formatLegalDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return value;
  return legalDate.format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))));
}

/** "SFS 2016:1145", "CELEX 32014L0024", an ELI or an address as it is. */
export function formatIdentifier(identifier: string, kind?: RegwatchIdentifierKind | null): string {
  if (kind === "SFS" || (!kind && /^\d{4}:\d+$/.test(identifier))) return `SFS ${identifier}`;
  if (kind === "CELEX") return `CELEX ${identifier}`;
  return identifier;
}

const ERROR_KEYS: Partial<Record<string, MessageKey>> = {
  TIMEOUT: "regwatch.error.TIMEOUT",
  TOO_LARGE: "regwatch.error.TOO_LARGE",
  BLOCKED_ADDRESS: "regwatch.error.BLOCKED_ADDRESS",
  BLOCKED_SCHEME: "regwatch.error.BLOCKED_SCHEME",
  BAD_URL: "regwatch.error.BAD_URL",
  DNS_FAILED: "regwatch.error.DNS_FAILED",
  NETWORK: "regwatch.error.NETWORK",
  TOO_MANY_REDIRECTS: "regwatch.error.TOO_MANY_REDIRECTS",
  MALFORMED_XML: "regwatch.error.MALFORMED_XML",
  MALFORMED_JSON: "regwatch.error.MALFORMED_JSON",
  UNEXPECTED_FORMAT: "regwatch.error.UNEXPECTED_FORMAT",
  SELECTOR_NOT_FOUND: "regwatch.error.SELECTOR_NOT_FOUND",
  NOT_TEXT: "regwatch.error.NOT_TEXT",
  UNREADABLE: "regwatch.error.UNREADABLE",
};

/** A poll's error code in words: "Källan svarade inte i tid"; HTTP_<status> by its status; an unknown code as it is. */
export function pollErrorText(code: string | null | undefined): string {
  if (!code) return t("regwatch.error.unknown", { code: "–" });
  const key = ERROR_KEYS[code];
  if (key) return t(key);
  const http = /^HTTP_(\d{3})$/.exec(code);
  if (http) return t(Number(http[1]) >= 500 ? "regwatch.error.httpServer" : "regwatch.error.http", { status: http[1]! });
  return t("regwatch.error.unknown", { code });
}

export type HealthTone = "ok" | "failed" | "down" | "none";

/** What the health badge of a source says: "Fungerar", "Fel: TIMEOUT", "Ur funktion efter 3 fel", "Inte hämtad än". */
export function sourceHealth(source: { healthy?: boolean | null; lastStatus?: RegwatchPollStatus | null; lastErrorCode?: string | null; consecutiveFailures?: number | null }): { tone: HealthTone; text: string } {
  const failures = source.consecutiveFailures ?? 0;
  if (source.healthy === false) return { tone: "down", text: tn("regwatch.sources.health.down", failures) };
  if (!source.lastStatus) return { tone: "none", text: t("regwatch.sources.health.none") };
  if (source.lastStatus === "FAILED") return { tone: "failed", text: t("regwatch.sources.health.failed", { code: source.lastErrorCode ?? "–" }) };
  return { tone: "ok", text: t("regwatch.sources.health.ok") };
}

/** "Hämta nu" in words: what the poll found, or why it failed. */
export function pollOutcomeText(name: string, payload: { status: RegwatchPollStatus; errorCode?: string | null; newItems: number; newVersions: number; alerts: number }): { text: string; failed: boolean } {
  if (payload.status === "FAILED") return { text: t("regwatch.sources.poll.failed", { name, reason: pollErrorText(payload.errorCode), code: payload.errorCode ?? "–" }), failed: true };
  if (payload.status === "NOT_MODIFIED") return { text: t("regwatch.sources.poll.notModified", { name }), failed: false };
  if (payload.newVersions === 0 && payload.newItems === 0) return { text: t("regwatch.sources.poll.nothing", { name }), failed: false };
  const parts = [tn("regwatch.sources.poll.items", payload.newItems), tn("regwatch.sources.poll.versions", payload.newVersions), tn("regwatch.sources.poll.alerts", payload.alerts)];
  return { text: t("regwatch.sources.poll.ok", { name, summary: parts.join(", ") }), failed: false };
}
