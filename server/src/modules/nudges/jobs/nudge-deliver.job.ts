import { z } from "zod";
import { defineJob } from "../../../platform/jobs/types";
import { deliverNudge } from "../nudge.delivery";
import { NUDGE_DELIVER_JOB } from "../nudge.service";

/**
 * Job "nudge-deliver": e-mail and chat for one nudge (key: the nudge). Retries retryable channel
 * failures with backoff (5 attempts), then dead-letters; channels already SENT are never repeated.
 */
export const nudgeDeliverJob = defineJob({
  name: NUDGE_DELIVER_JOB,
  description: "Sends one nudge by e-mail and chat, per the recipient's preferences.",
  data: z.object({ nudgeId: z.uuid(), orgId: z.uuid() }),
  key: (d) => `${NUDGE_DELIVER_JOB}:${d.nudgeId}`,
  orgId: (d) => d.orgId,
  retry: { attempts: 5, delayMs: 30_000, factor: 2, maxDelayMs: 30 * 60_000 },
  timeoutMs: 60_000,
  concurrency: 4,
  handler: deliverNudge,
  onDead: async (d, deps, code) => {
    await deps.db
      .forOrg(d.orgId)
      .getConnection()
      .execute(`update nudge_deliveries set status = 'FAILED', error_code = coalesce(error_code, ?), updated_at = now() where nudge_id = ? and status = 'PENDING'`, [code.slice(0, 40), d.nudgeId]);
  },
});
