import { z } from "zod";
import { defineJob } from "../../../platform/jobs/types";

export const PRUNE_JOB_HISTORY = "jobs.prune-history";
/** Succeeded runs are kept this long for the admin page and for idempotency of late duplicates. */
export const JOB_HISTORY_DAYS = 14;

/**
 * Job "jobs.prune-history": deletes bookkeeping rows of runs that succeeded more than 14 days ago.
 * Dead letters stay until an admin resolves them. Idempotent (a delete); one run per schedule slot.
 */
export const pruneJobHistoryJob = defineJob({
  name: PRUNE_JOB_HISTORY,
  description: `Deletes the records of job runs that succeeded more than ${JOB_HISTORY_DAYS} days ago.`,
  data: z.object({}),
  key: () => `${PRUNE_JOB_HISTORY}@manual`,
  schedule: { cron: "30 3 * * *" },
  retry: { attempts: 3 },
  handler: async (ctx) => {
    const deleted = await ctx.deps.db.system().getConnection().execute<{ count: number }[]>(
      `with gone as (delete from job_runs where status = 'succeeded' and finished_at < now() - make_interval(days => ?::int) returning 1) select count(*)::int as count from gone`,
      [JOB_HISTORY_DAYS],
    );
    ctx.log.info({ event: "jobs.pruned", deleted: deleted[0]?.count ?? 0 }, "job history pruned");
  },
});
