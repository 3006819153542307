import { z } from "zod";
import { defineJob } from "../../../platform/jobs/types";
import { nudgeMetrics } from "../nudge.metrics";
import { scheduleDeliveries } from "../nudge.service";
import { sweepNudges } from "../nudge.sweep";
import { nudgeTopic } from "../nudge.topics";

export const NUDGE_SWEEP_JOB = "nudge-sweep";

/**
 * Job "nudge-sweep": finds every due nudge of every organisation in a constant number of SQL
 * statements (see nudge.sweep.ts), shows each in the app at once (a live event to its recipient)
 * and enqueues one `nudge-deliver` job per nudge for e-mail and chat, at the end of the
 * recipient's quiet hours. Idempotent: the nudge's unique key and the delivery job's key make a
 * second sweep, a second worker or a replay a no-op. Every five minutes; "now" is the job clock.
 */
export const nudgeSweepJob = defineJob({
  name: NUDGE_SWEEP_JOB,
  description: "Finds stalled, due-soon and overdue action items and nudges their owners (escalating to organisers).",
  // Scheduled runs sweep every organisation; `--org <slug>` (orgId) sweeps one.
  data: z.object({ orgId: z.uuid().optional() }),
  key: (d) => `${NUDGE_SWEEP_JOB}${d.orgId ? `:${d.orgId}` : ""}@manual`,
  orgId: (d) => d.orgId,
  schedule: { cron: "*/5 * * * *" },
  retry: { attempts: 3 },
  timeoutMs: 2 * 60_000,
  handler: async (ctx) => {
    const now = ctx.deps.clock.now();
    const em = ctx.deps.db.system();
    const { created, statements } = await sweepNudges(em, now, ctx.data.orgId);
    for (const n of created) ctx.deps.pubsub.publish(nudgeTopic(n.organization_id, n.recipient_id), { id: n.id, kind: "created" });
    const metrics = nudgeMetrics(ctx.deps.metricsRegistry);
    for (const n of created) metrics.created.inc({ kind: n.kind });
    const deliveries = await scheduleDeliveries(em, ctx.deps, now, created);
    ctx.log.info({ event: "nudge.swept", created: created.length, deliveries, statements: statements + (created.length ? 3 : 0) }, "nudge sweep done");
  },
});
