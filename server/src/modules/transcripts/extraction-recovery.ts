import type { FilterQuery } from "@mikro-orm/postgresql";
import { Topic } from "../../platform/pubsub";
import { createInProcessExtractionJobs, type ExtractionJobs } from "./extraction-jobs";
import { ExtractionRun, ExtractionRunStatus } from "./extraction-run.entity";
import { runExtractionJob, type ExtractJobDeps } from "./jobs/extract-meeting.job";
import { RunFailureCode, runFailureReason } from "./transcript.errors";

export interface RecoveredRuns {
  /** QUEUED runs handed to the queue again. */
  requeued: number;
  /** RUNNING runs closed as FAILED / INTERRUPTED: their process is gone, so is their work. */
  interrupted: number;
}

/**
 * After a restart nothing is running yet, so a RUNNING run that started before this process did was
 * cut off: it is marked FAILED with code INTERRUPTED (a person re-runs it; nothing of it was stored,
 * since results are stored in one transaction). QUEUED runs are enqueued again, oldest first; the
 * job's QUEUED → RUNNING compare-and-set keeps that safe if one is delivered twice.
 *
 * Assumes one process runs extraction jobs (the in-process queue). `orgId` narrows it to one
 * organisation — for tests, whose servers share a database.
 */
export async function recoverExtractionRuns(
  deps: Pick<ExtractJobDeps, "db" | "pubsub" | "logger">,
  jobs: Pick<ExtractionJobs, "enqueue">,
  opts: { startedAt?: Date; orgId?: string } = {},
): Promise<RecoveredRuns> {
  const startedAt = opts.startedAt ?? new Date();
  const em = deps.db.system();
  const scope: FilterQuery<ExtractionRun> = opts.orgId ? { organization: opts.orgId } : {};
  const cutOff = await em.find(
    ExtractionRun,
    { ...scope, status: ExtractionRunStatus.RUNNING, $or: [{ startedAt: { $lt: startedAt } }, { startedAt: null }] },
    { filters: false, fields: ["organization", "meeting"] },
  );
  let interrupted = 0;
  if (cutOff.length) {
    interrupted = await em.nativeUpdate(
      ExtractionRun,
      { id: { $in: cutOff.map((r) => r.id) }, status: ExtractionRunStatus.RUNNING },
      {
        status: ExtractionRunStatus.FAILED,
        progress: 100,
        failureCode: RunFailureCode.INTERRUPTED,
        failureReason: runFailureReason(RunFailureCode.INTERRUPTED),
        finishedAt: new Date(),
      },
      { filters: false },
    );
    for (const run of cutOff) deps.pubsub.publish(Topic.extractionRunChanged(run.organization.id, run.meeting.id), { id: run.id, kind: "updated" });
  }
  const queued = await em.find(
    ExtractionRun,
    { ...scope, status: ExtractionRunStatus.QUEUED, createdAt: { $lt: startedAt } },
    { filters: false, fields: ["id"], orderBy: { createdAt: "asc", id: "asc" } },
  );
  for (const run of queued) jobs.enqueue(run.id);
  if (interrupted || queued.length) {
    deps.logger.info({ event: "extraction.recovered", requeued: queued.length, interrupted }, "extraction runs recovered after a restart");
  }
  return { requeued: queued.length, interrupted };
}

/**
 * The composition root's one call: the in-process queue running `runExtractionJob`, with the runs a
 * previous process left behind recovered first (unless `recover` is false: test servers share a
 * database, and one server's start must not close another's live runs).
 */
export async function startExtractionJobs(deps: ExtractJobDeps, opts: { recover: boolean; concurrency?: number }): Promise<ExtractionJobs> {
  const jobs = createInProcessExtractionJobs((runId) => runExtractionJob(deps, runId), deps.logger, opts.concurrency);
  if (opts.recover) await recoverExtractionRuns(deps, jobs);
  return jobs;
}
