// Polling one source: a conditional GET through the platform's guarded client, parsing by kind,
// storing versions and alerts (regwatch-store.ts), recording the outcome on the source. Shared by
// the job `regwatch-poll-source` and the mutation `pollRegwatchSource`.
import { TextDecoder } from "node:util";
import type { Logger } from "pino";
import type { Registry } from "prom-client";
import type { Database } from "../../platform/db";
import { OutboundError, type OutboundClient } from "../../platform/outbound";
import type { AppPubSub } from "../../platform/pubsub";
import { parseBody, ParseProblem } from "./parse/index";
import { storeEntries, type StoreResult } from "./regwatch-store";
import { MAX_BACKOFF_MINUTES, RegwatchPollStatus, RegwatchSourceKind, UNHEALTHY_AFTER_FAILURES } from "./regwatch.enums";
import { regwatchMetrics } from "./regwatch.metrics";
import { regwatchAlertTopic } from "./regwatch.topics";

/** Largest body read (decompressed); a larger one fails with TOO_LARGE. */
export const FEED_MAX_BYTES = 5 * 1024 * 1024;
/** The same host is fetched at most once in this many seconds by scheduled polls. */
export const HOST_GAP_SECONDS = 30;
/** A failing source's backoff exponent is capped here (2^20 × interval is far beyond the 24 h ceiling). */
const MAX_EXPONENT = 20;

export interface PollDeps {
  db: Database;
  outbound: OutboundClient;
  pubsub: AppPubSub;
  logger: Logger;
  metricsRegistry?: Registry;
}

export interface PollOutcome {
  status: RegwatchPollStatus;
  errorCode: string | null;
  newItems: number;
  newVersions: number;
  alerts: number;
  nextPollAt: Date | null;
}

export type PollResult = { kind: "polled"; outcome: PollOutcome; organizationId: string | null } | { kind: "deferred"; nextPollAt: Date; organizationId: string | null } | { kind: "skipped" };

interface SourceRow {
  id: string;
  organization_id: string | null;
  kind: RegwatchSourceKind;
  url: string;
  host: string;
  selector: string | null;
  interval_minutes: number;
  timeout_seconds: number;
  enabled: boolean;
  etag: string | null;
  last_modified: string | null;
  next_poll_at: Date | string | null;
}

const ACCEPT: Record<RegwatchSourceKind, string> = {
  RSS: "application/rss+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.1",
  ATOM: "application/atom+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.1",
  RIKSDAGEN_JSON: "application/json, */*;q=0.1",
  OPENDATA_JSON: "application/json, */*;q=0.1",
  HTML: "text/html, application/xhtml+xml;q=0.9, */*;q=0.1",
};

/** The body as text: the charset the server names, else an XML declaration's, else UTF-8. */
export function decodeBody(body: Buffer, contentType: string | undefined): string {
  const declared = /charset="?([\w-]+)"?/i.exec(contentType ?? "")?.[1] ?? /^<\?xml[^>]*encoding=["']([\w-]+)["']/i.exec(body.subarray(0, 200).toString("latin1"))?.[1] ?? "utf-8";
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(declared.toLowerCase());
  } catch {
    decoder = new TextDecoder("utf-8");
  }
  return decoder.decode(body).replace(/^\uFEFF/, "");
}

/**
 * Polls one source now. With `slot` (a scheduled run) it polls only while the source is enabled
 * and still due at that slot, and only when the host's politeness gap has passed (else it moves
 * the source's next poll to when the host is free: `deferred`). Fetch and format failures are
 * recorded on the source as a code and answered as FAILED, never thrown; only database failures
 * throw. Logs carry ids, codes and counts — never the address or the content.
 */
export async function pollSource(deps: PollDeps, sourceId: string, opts: { now: Date; signal?: AbortSignal; slot?: string }): Promise<PollResult> {
  const em = deps.db.system();
  const conn = em.getConnection();
  const log = deps.logger.child({ module: "regwatch" });
  const metrics = regwatchMetrics(deps.metricsRegistry);
  const started = Date.now();
  const [source] = await conn.execute<SourceRow[]>(
    `select id, organization_id, kind::text as kind, url, host, selector, interval_minutes, timeout_seconds, enabled, etag, last_modified, next_poll_at from regwatch_sources where id = ?`,
    [sourceId],
  );
  if (!source) return { kind: "skipped" };
  const gapEnds = new Date(opts.now.getTime() + HOST_GAP_SECONDS * 1000);
  if (opts.slot) {
    if (!source.enabled || (source.next_poll_at && new Date(source.next_poll_at).getTime() > Date.parse(opts.slot))) return { kind: "skipped" };
    const claimed = await conn.execute<{ host: string }[]>(
      `insert into regwatch_hosts (host, next_fetch_at) values (?, ?) on conflict (host) do update set next_fetch_at = excluded.next_fetch_at where regwatch_hosts.next_fetch_at <= ? returning host`,
      [source.host, gapEnds, opts.now],
    );
    if (!claimed.length) {
      const [moved] = await conn.execute<{ next_poll_at: Date | string }[]>(
        `update regwatch_sources set next_poll_at = greatest(coalesce(next_poll_at, ?::timestamptz), (select next_fetch_at from regwatch_hosts where host = ?)) where id = ? returning next_poll_at`,
        [opts.now, source.host, source.id],
      );
      metrics.polls.inc({ kind: source.kind, outcome: "deferred" });
      log.info({ event: "regwatch.poll_deferred", sourceId: source.id }, "host polled recently; poll moved");
      return { kind: "deferred", nextPollAt: moved ? new Date(moved.next_poll_at) : gapEnds, organizationId: source.organization_id };
    }
  } else {
    // A poll someone asked for goes now, and still holds the host back for the schedule.
    await conn.execute(`insert into regwatch_hosts (host, next_fetch_at) values (?, ?) on conflict (host) do update set next_fetch_at = greatest(regwatch_hosts.next_fetch_at, excluded.next_fetch_at)`, [source.host, gapEnds]);
  }

  const finish = async (status: RegwatchPollStatus, errorCode: string | null, stored: StoreResult | null, validators: { etag: string | null; lastModified: string | null } | null, tx = em): Promise<PollResult> => {
    const failed = status === RegwatchPollStatus.FAILED;
    const [row] = await tx.execute<{ consecutive_failures: number; next_poll_at: Date | string }[]>(
      `update regwatch_sources set
         last_polled_at = ?, last_status = ?::regwatch_poll_status, last_error_code = ?,
         consecutive_failures = case when ? then consecutive_failures + 1 else 0 end,
         healthy = case when ? then consecutive_failures + 1 < ? else true end,
         next_poll_at = ?::timestamptz + make_interval(mins => least(interval_minutes * power(2, case when ? then least(consecutive_failures + 1, ?) else 0 end), ?)::int),
         etag = case when ? then ? else etag end,
         last_modified = case when ? then ? else last_modified end,
         updated_at = ?
       where id = ? returning consecutive_failures, next_poll_at`,
      [opts.now, status, errorCode, failed, failed, UNHEALTHY_AFTER_FAILURES, opts.now, failed, MAX_EXPONENT, MAX_BACKOFF_MINUTES, !!validators, validators?.etag ?? null, !!validators, validators?.lastModified ?? null, opts.now, source.id],
    );
    const outcome: PollOutcome = {
      status,
      errorCode,
      newItems: stored?.newItems ?? 0,
      newVersions: stored?.newVersions ?? 0,
      alerts: stored?.alerts.length ?? 0,
      // The driver hands timestamps over as strings.
      nextPollAt: row ? new Date(row.next_poll_at) : null,
    };
    return { kind: "polled", outcome, organizationId: source.organization_id };
  };

  const report = (result: PollResult, stored: StoreResult | null) => {
    if (result.kind !== "polled") return result;
    const { outcome } = result;
    metrics.polls.inc({ kind: source.kind, outcome: outcome.status.toLowerCase() });
    metrics.pollDuration.observe({ kind: source.kind }, (Date.now() - started) / 1000);
    for (const v of stored?.versions ?? []) metrics.versions.inc({ change_type: v.changeType });
    for (const a of stored?.alerts ?? []) metrics.alerts.inc({ severity: a.severity });
    // After commit: subscribers load the alert through their own organisation's entity manager.
    for (const a of stored?.alerts ?? []) deps.pubsub.publish(regwatchAlertTopic(a.organization_id), { id: a.id, kind: "created" });
    log[outcome.status === RegwatchPollStatus.FAILED ? "warn" : "info"](
      { event: "regwatch.source_polled", sourceId: source.id, kind: source.kind, status: outcome.status, errorCode: outcome.errorCode, newItems: outcome.newItems, newVersions: outcome.newVersions, alerts: outcome.alerts, statements: stored?.statements ?? 0, durationMs: Date.now() - started },
      "regwatch source polled",
    );
    return result;
  };
  const failed = async (code: string) => report(await finish(RegwatchPollStatus.FAILED, code.slice(0, 50), null, null), null);

  const headers: Record<string, string> = { accept: ACCEPT[source.kind], "accept-language": "sv, en;q=0.5" };
  if (source.etag) headers["if-none-match"] = source.etag;
  if (source.last_modified) headers["if-modified-since"] = source.last_modified;
  let response;
  try {
    response = await deps.outbound.request({ url: source.url, headers, maxBytes: FEED_MAX_BYTES, timeoutMs: source.timeout_seconds * 1000, signal: opts.signal });
  } catch (error) {
    if (error instanceof OutboundError) return failed(error.code);
    if (opts.signal?.aborted) throw error;
    return failed("NETWORK");
  }
  if (response.status === 304) return report(await finish(RegwatchPollStatus.NOT_MODIFIED, null, null, null), null);
  if (response.status < 200 || response.status > 299) return failed(`HTTP_${response.status}`);

  let entries;
  try {
    entries = parseBody(source.kind, decodeBody(response.body, response.headers["content-type"]), { selector: source.selector, url: source.url });
  } catch (error) {
    if (error instanceof ParseProblem) return failed(error.code);
    log.warn({ event: "regwatch.parse_failed", sourceId: source.id, errorName: error instanceof Error ? error.name : typeof error }, "regwatch body could not be read");
    return failed("UNREADABLE");
  }
  const validators = { etag: response.headers.etag?.slice(0, 500) ?? null, lastModified: response.headers["last-modified"]?.slice(0, 100) ?? null };
  const { result, stored } = await em.transactional(async (tx) => {
    const stored = await storeEntries(tx, { id: source.id, organizationId: source.organization_id }, entries, { now: opts.now, ...validators });
    return { stored, result: await finish(RegwatchPollStatus.OK, null, stored, validators, tx) };
  });
  return report(result, stored);
}

/** Refreshes the health gauges (one statement): for the sweep and after scheduled polls. */
export async function refreshHealthGauges(deps: Pick<PollDeps, "db" | "metricsRegistry">): Promise<void> {
  if (!deps.metricsRegistry) return;
  const [row] = await deps.db.system().getConnection().execute<{ enabled: string; unhealthy: string }[]>(
    `select count(*) as enabled, count(*) filter (where not healthy) as unhealthy from regwatch_sources where enabled`,
  );
  const metrics = regwatchMetrics(deps.metricsRegistry);
  metrics.sources.set(Number(row?.enabled ?? 0));
  metrics.unhealthy.set(Number(row?.unhealthy ?? 0));
}
