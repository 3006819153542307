import { z } from "zod";
import { defineJob, type JobDeps } from "../../platform/jobs/types";
import { ExtractionRun, ExtractionRunStatus } from "./extraction-run.entity";
import { EXTRACT_MEETING_JOB } from "./jobs/extract-meeting.job";

/**
 * Runs committed as QUEUED whose enqueue never happened (the process died between the two, or the
 * queue's database call failed) are enqueued again. The job's key is the run id, so a run that is
 * queued already is not queued twice. RUNNING runs need nothing here: a dead worker's job is handed
 * to another worker when its lock lapses, and its last attempt closes the run (onDead).
 */
export async function requeueStrandedRuns(deps: Pick<JobDeps, "db" | "enqueue">, opts: { now: Date; olderThanMs?: number; orgId?: string }): Promise<number> {
  const before = new Date(opts.now.getTime() - (opts.olderThanMs ?? 2 * 60_000));
  const runs = await deps.db.system().find(
    ExtractionRun,
    { ...(opts.orgId ? { organization: opts.orgId } : {}), status: ExtractionRunStatus.QUEUED, createdAt: { $lt: before } },
    { filters: false, fields: ["id", "organization"], orderBy: { createdAt: "asc", id: "asc" }, limit: 500 },
  );
  let enqueued = 0;
  for (const run of runs) {
    const result = await deps.enqueue(EXTRACT_MEETING_JOB, { runId: run.id, orgId: run.organization.id });
    if (result.enqueued) enqueued += 1;
  }
  return enqueued;
}

export const REQUEUE_RUNS_JOB = "transcripts.requeue-runs";

export const requeueRunsJob = defineJob({
  name: REQUEUE_RUNS_JOB,
  description: "Enqueues extraction runs that were committed as QUEUED but never reached the queue.",
  data: z.object({}),
  key: () => `${REQUEUE_RUNS_JOB}@manual`,
  schedule: { cron: "*/5 * * * *" },
  retry: { attempts: 2 },
  handler: async (ctx) => {
    const enqueued = await requeueStrandedRuns(ctx.deps, { now: ctx.deps.clock.now() });
    if (enqueued) ctx.log.info({ event: "extraction.requeued", enqueued }, "stranded extraction runs enqueued");
  },
});
