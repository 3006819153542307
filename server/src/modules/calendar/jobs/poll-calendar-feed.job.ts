import { z } from "zod";
import { defineJob } from "../../../platform/jobs/types";
import { CalendarFeed } from "../calendar-feed.entity";
import { ownerPrincipal, pollFeed } from "../calendar-poll";

export const CALENDAR_POLL_FEED_JOB = "calendar-poll-feed";
const SLOT_MS = 15 * 60_000;

export const pollFeedKey = (feedId: string, slot: string) => `${CALENDAR_POLL_FEED_JOB}:${feedId}:${slot}`;

/**
 * Job "calendar-poll-feed": fetches one subscribed calendar through the guarded outbound client
 * (conditional GET) and imports it, acting as the feed's creator.
 * - Idempotency key: `calendar-poll-feed:<feedId>:<15-minute slot>` (given by `calendar-poll`;
 *   an enqueue without one gets the current slot). The import itself is idempotent by UID and
 *   SEQUENCE, so a redelivery changes nothing.
 * - Retry: 3 attempts for infrastructure failures only. A feed that cannot be fetched or parsed is
 *   recorded FAILED with a code on the feed (and polled again later, backing off) — not retried here.
 */
export const calendarPollFeedJob = defineJob({
  name: CALENDAR_POLL_FEED_JOB,
  description: "Fetches one subscribed calendar (conditional GET through the guarded outbound client) and imports its events.",
  data: z.object({ feedId: z.uuid(), orgId: z.uuid() }),
  key: (d) => pollFeedKey(d.feedId, new Date(Math.floor(Date.now() / SLOT_MS) * SLOT_MS).toISOString()),
  orgId: (d) => d.orgId,
  retry: { attempts: 3, delayMs: 5_000 },
  timeoutMs: 2 * 60_000,
  concurrency: 2,
  handler: async (ctx) => {
    const em = ctx.deps.db.forOrg(ctx.data.orgId);
    const feed = await em.findOne(CalendarFeed, { id: ctx.data.feedId }, { populate: ["createdBy"] });
    if (!feed) {
      ctx.log.info({ event: "calendar.feed_gone", feedId: ctx.data.feedId }, "calendar feed deleted before its poll");
      return;
    }
    await pollFeed(em, feed, ownerPrincipal(feed, ctx.data.orgId), { outbound: ctx.deps.outbound, pubsub: ctx.deps.pubsub, logger: ctx.log }, { now: ctx.deps.clock.now(), signal: ctx.signal });
  },
});
