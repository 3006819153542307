// Polling one subscribed calendar: a conditional GET through the platform's guarded client, then
// the same import as an upload. Shared by the job `calendar-poll-feed` and `pollCalendarFeed`.
import type { EntityManager } from "@mikro-orm/postgresql";
import type { Logger } from "pino";
import type { Config } from "../../config";
import type { Principal } from "../../platform/auth";
import { ROLE_RANK, Role } from "../../platform/identity/user.entity";
import { createOutboundClient, OutboundError, type OutboundClient } from "../../platform/outbound";
import type { AppPubSub } from "../../platform/pubsub";
import { badCharacters } from "../../platform/validation";
import { CalendarImportService, type ImportCounts } from "./calendar-import.service";
import { CalendarFeed, CalendarFeedStatus } from "./calendar-feed.entity";
import { CalendarProblem } from "./calendar.ical";
import { parseCalendarOffThread } from "./calendar-parse-pool";

/** Largest feed body read (decompressed); a bigger one fails with TOO_LARGE. */
export const FEED_MAX_BYTES = 2 * 1024 * 1024;
export const FEED_TIMEOUT_MS = 20_000;

export interface PollOutcome extends ImportCounts {
  status: CalendarFeedStatus;
  errorCode: string | null;
}

export interface PollDeps {
  outbound: OutboundClient;
  pubsub: AppPubSub;
  logger: Logger;
}

const NOTHING: ImportCounts = { created: 0, updated: 0, cancelled: 0, unchanged: 0 };

/**
 * Folded lines (CRLF or LF, then a space or tab) are joined before decoding: RFC 5545 folds at 75
 * octets, and a fold inside a UTF-8 character would otherwise garble it.
 */
export function decodeFeedBody(body: Buffer): string {
  const parts: Buffer[] = [];
  let start = 0;
  for (let i = 0; i + 1 < body.length; i++) {
    if (body[i] === 0x0a && (body[i + 1] === 0x20 || body[i + 1] === 0x09)) {
      parts.push(body.subarray(start, i > start && body[i - 1] === 0x0d ? i - 1 : i));
      start = i + 2;
      i += 1;
    }
  }
  parts.push(body.subarray(start));
  return Buffer.concat(parts).toString("utf8").replace(/^\uFEFF/, "");
}

/** The principal a scheduled poll acts as: the feed's creator, while they may still edit. */
export function ownerPrincipal(feed: CalendarFeed, orgId: string): Principal | null {
  const owner = feed.createdBy;
  if (!owner || !owner.active || ROLE_RANK[owner.role] < ROLE_RANK[Role.EDITOR]) return null;
  return { kind: "user", userId: owner.id, orgId, role: owner.role };
}

/** One guarded client per configuration for polls started from a request (jobs get theirs from the job deps). */
const clients = new WeakMap<Config, OutboundClient>();
export function outboundFor(config: Config): OutboundClient {
  let client = clients.get(config);
  if (!client) {
    client = createOutboundClient({ allowlist: config.outbound.allowlist });
    clients.set(config, client);
  }
  return client;
}

/**
 * Fetches the feed (If-None-Match / If-Modified-Since from the last answer) and imports it. A 304
 * only records the poll. Failures are recorded on the feed as a code, never thrown, and counted
 * in `consecutiveFailures`; only infrastructure errors (the database) throw. Logs carry ids,
 * codes and counts: never the address (it may hold a secret) or the content.
 */
export async function pollFeed(em: EntityManager, feed: CalendarFeed, actor: Principal | null, deps: PollDeps, opts: { now: Date; signal?: AbortSignal }): Promise<PollOutcome> {
  const log = deps.logger.child({ module: "calendar" });
  const started = Date.now();
  const orgId = feed.organization.id;
  const finish = async (outcome: PollOutcome, headers?: { etag: string | null; lastModified: string | null }) => {
    feed.lastPolledAt = opts.now;
    feed.lastStatus = outcome.status;
    feed.lastErrorCode = outcome.errorCode;
    feed.consecutiveFailures = outcome.status === CalendarFeedStatus.FAILED ? feed.consecutiveFailures + 1 : 0;
    if (headers) {
      feed.etag = headers.etag;
      feed.lastModified = headers.lastModified;
    }
    await em.flush();
    const counts = { created: outcome.created, updated: outcome.updated, cancelled: outcome.cancelled, unchanged: outcome.unchanged };
    log[outcome.status === CalendarFeedStatus.FAILED ? "warn" : "info"](
      { event: "calendar.feed_polled", feedId: feed.id, orgId, status: outcome.status, errorCode: outcome.errorCode, ...counts, consecutiveFailures: feed.consecutiveFailures, durationMs: Date.now() - started },
      "calendar feed polled",
    );
    return outcome;
  };
  const failed = (errorCode: string) => finish({ ...NOTHING, status: CalendarFeedStatus.FAILED, errorCode });

  if (!actor) return failed("OWNER_NOT_ALLOWED");
  const headers: Record<string, string> = { accept: "text/calendar, text/plain;q=0.5, */*;q=0.1" };
  if (feed.etag) headers["if-none-match"] = feed.etag;
  if (feed.lastModified) headers["if-modified-since"] = feed.lastModified;
  let response;
  try {
    response = await deps.outbound.request({ url: feed.url, headers, maxBytes: FEED_MAX_BYTES, timeoutMs: FEED_TIMEOUT_MS, signal: opts.signal });
  } catch (error) {
    if (error instanceof OutboundError) return failed(error.code);
    throw error;
  }
  if (response.status === 304) return finish({ ...NOTHING, status: CalendarFeedStatus.NOT_MODIFIED, errorCode: null });
  if (response.status < 200 || response.status > 299) return failed(`HTTP_${response.status}`);

  const text = decodeFeedBody(response.body);
  let parsed;
  try {
    if (badCharacters(text)) throw new CalendarProblem("INVALID_ICALENDAR");
    parsed = await parseCalendarOffThread(text, opts.now);
  } catch (error) {
    if (error instanceof CalendarProblem) return failed(error.code);
    throw error;
  }
  const imported = await new CalendarImportService(em, actor, deps.pubsub, deps.logger).apply(parsed, { now: opts.now, feedId: feed.id });
  const { meetingIds: _ids, ...counts } = imported;
  return finish({ ...counts, status: CalendarFeedStatus.OK, errorCode: null }, { etag: response.headers.etag?.slice(0, 500) ?? null, lastModified: response.headers["last-modified"]?.slice(0, 100) ?? null });
}
