import { z } from "zod";
import { defineJob } from "../../../platform/jobs/types";
import { CALENDAR_POLL_FEED_JOB, pollFeedKey } from "./poll-calendar-feed.job";

export const CALENDAR_POLL_JOB = "calendar-poll";
/** How often a healthy feed is polled; the schedule below runs at this rate. */
export const POLL_INTERVAL_MS = 15 * 60_000;
/** A feed polled a little less than an interval ago is due anyway: polls drift by seconds, slots do not. */
const DUE_SLACK_MS = 2 * 60_000;
/** A failing feed waits 15 min × 2^failures, at most 2^6 (16 hours), between polls. */
const MAX_BACKOFF_EXPONENT = 6;
/** Feeds enqueued per run; the rest are due again at the next one. */
const MAX_FEEDS_PER_RUN = 1_000;

/** The 15-minute slot `now` falls in, as ISO time: part of each feed poll's idempotency key. */
export function pollSlot(now: Date): string {
  return new Date(Math.floor(now.getTime() / POLL_INTERVAL_MS) * POLL_INTERVAL_MS).toISOString();
}

/**
 * Job "calendar-poll": every 15 minutes, one `calendar-poll-feed` run per subscribed calendar that
 * is due (never polled, or polled an interval ago; failing feeds back off exponentially), keyed
 * `calendar-poll-feed:<feedId>:<slot>` so several workers or a rerun enqueue each feed once per slot.
 * System job: reads every organisation's feeds (ids only), work happens per organisation.
 */
export const calendarPollJob = defineJob({
  name: CALENDAR_POLL_JOB,
  description: "Every 15 minutes: enqueues a calendar-poll-feed run for each subscribed calendar that is due (failing ones back off).",
  data: z.object({}),
  key: () => `${CALENDAR_POLL_JOB}@manual`,
  schedule: { cron: "*/15 * * * *" },
  retry: { attempts: 3 },
  timeoutMs: 60_000,
  handler: async (ctx) => {
    const now = ctx.deps.clock.now();
    const due = await ctx.deps.db.system().getConnection().execute<{ id: string; organization_id: string }[]>(
      `select id, organization_id from calendar_feeds
        where last_polled_at is null
           or last_polled_at + make_interval(secs => ?::double precision * power(2, least(consecutive_failures, ?))) <= ?::timestamptz + make_interval(secs => ?::double precision)
        order by last_polled_at nulls first, id
        limit ?`,
      [POLL_INTERVAL_MS / 1000, MAX_BACKOFF_EXPONENT, now.toISOString(), DUE_SLACK_MS / 1000, MAX_FEEDS_PER_RUN],
    );
    const slot = pollSlot(now);
    let enqueued = 0;
    for (const feed of due) {
      const result = await ctx.deps.enqueue(CALENDAR_POLL_FEED_JOB, { feedId: feed.id, orgId: feed.organization_id }, { key: pollFeedKey(feed.id, slot) });
      if (result.enqueued) enqueued++;
    }
    ctx.log.info({ event: "calendar.polls_enqueued", due: due.length, enqueued, slot }, "calendar polls enqueued");
  },
});
