import { z } from "zod";
import { defineJob } from "../../../platform/jobs/types";
import { refreshHealthGauges } from "../regwatch-poll";
import { duePolls } from "../regwatch-sweep";
import { REGWATCH_POLL_SOURCE_JOB } from "./regwatch-poll-source.job";

export const REGWATCH_POLL_JOB = "regwatch-poll";

/**
 * Job "regwatch-poll": every five minutes, finds the sources due before the next run in one
 * statement (regwatch-sweep.ts) and enqueues one `regwatch-poll-source` per source with one batch
 * enqueue — key `regwatch-poll-source:<sourceId>:<slot>`, so two workers or a rerun plan each poll
 * once. System job: it reads every organisation's sources (ids only).
 */
export const regwatchPollJob = defineJob({
  name: REGWATCH_POLL_JOB,
  description: "Every five minutes: enqueues a regwatch-poll-source run for each enabled source due (per-host spacing, failing sources backed off).",
  data: z.object({}),
  key: () => `${REGWATCH_POLL_JOB}@manual`,
  schedule: { cron: "*/5 * * * *" },
  retry: { attempts: 3 },
  timeoutMs: 60_000,
  handler: async (ctx) => {
    const now = ctx.deps.clock.now();
    const due = await duePolls(ctx.deps.db.system(), now);
    const { enqueued } = due.length
      ? await ctx.deps.enqueueMany(
          REGWATCH_POLL_SOURCE_JOB,
          due.map((d) => ({ data: { sourceId: d.id, slot: d.slot, orgId: d.organization_id }, delayMs: d.delay_ms })),
        )
      : { enqueued: 0 };
    await refreshHealthGauges(ctx.deps);
    ctx.log.info({ event: "regwatch.polls_planned", due: due.length, enqueued }, "regwatch polls planned");
  },
});
