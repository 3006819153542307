import { z } from "zod";
import { defineJob } from "../../../platform/jobs/types";
import { pollSource, refreshHealthGauges } from "../regwatch-poll";
import { SWEEP_INTERVAL_MS } from "../regwatch-sweep";

export const REGWATCH_POLL_SOURCE_JOB = "regwatch-poll-source";
export const pollSourceKey = (sourceId: string, slot: string) => `${REGWATCH_POLL_SOURCE_JOB}:${sourceId}:${slot}`;

/**
 * Job "regwatch-poll-source": fetches, parses and stores one source (key
 * `regwatch-poll-source:<sourceId>:<slot>`, the slot being the source's planned next poll). Skips
 * when the source was disabled or polled meanwhile; defers when its host was fetched less than
 * 30 s ago. Fetch and format failures are the source's (recorded, backed off), not the job's: the
 * job retries only when the database fails. A source due again before the next sweep (an interval
 * under five minutes, or a deferral) gets its next run enqueued here, with the same key the sweep
 * would give it.
 */
export const regwatchPollSourceJob = defineJob({
  name: REGWATCH_POLL_SOURCE_JOB,
  description: "Polls one regwatch source (conditional GET, parse, versions, section diffs, matching, alerts).",
  data: z.object({ sourceId: z.uuid(), slot: z.string().max(40), orgId: z.uuid().nullish() }),
  key: (d) => pollSourceKey(d.sourceId, d.slot),
  orgId: (d) => d.orgId ?? undefined,
  retry: { attempts: 3, delayMs: 30_000, factor: 2 },
  timeoutMs: 3 * 60_000,
  concurrency: 4,
  handler: async (ctx) => {
    const { db, outbound, pubsub, metricsRegistry, clock } = ctx.deps;
    const now = clock.now();
    const result = await pollSource({ db, outbound, pubsub, logger: ctx.log, metricsRegistry }, ctx.data.sourceId, { now, signal: ctx.signal, slot: ctx.data.slot });
    if (result.kind === "skipped") return;
    await refreshHealthGauges(ctx.deps);
    const next = result.kind === "deferred" ? result.nextPollAt : result.outcome.nextPollAt;
    if (next && next.getTime() < now.getTime() + SWEEP_INTERVAL_MS) {
      // Agenda's due times are wall-clock instants: the delay is the job clock's.
      await ctx.deps.enqueue(REGWATCH_POLL_SOURCE_JOB, { sourceId: ctx.data.sourceId, slot: next.toISOString(), orgId: result.organizationId }, { runAt: new Date(Date.now() + Math.max(0, next.getTime() - now.getTime())) });
    }
  },
});
