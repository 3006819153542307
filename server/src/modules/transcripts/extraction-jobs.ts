import type { Logger } from "pino";

/**
 * The seam between "a run was requested" and "a run is executed". Today an in-process runner;
 * the job system that comes later (agenda on Postgres) implements the same interface and calls
 * the same `runExtractionJob`. Handlers are idempotent by run id (QUEUED → RUNNING is claimed
 * with a compare-and-set), so at-least-once delivery is safe.
 */
export interface ExtractionJobs {
  /** Starts the run outside the current request. Enqueuing the same run id twice runs it once. */
  enqueue(runId: string): void;
  /** Refuses new runs and waits for the started ones (shutdown). */
  stop(): Promise<void>;
}

/** What the GraphQL layer needs of extraction: the queue and the upload cap. */
export interface ExtractionRuntime {
  jobs: ExtractionJobs;
  transcriptMaxBytes: number;
}

/** Runs jobs on this process's event loop, `concurrency` at a time, after the request has answered. */
export function createInProcessExtractionJobs(run: (runId: string) => Promise<void>, logger: Logger, concurrency = 2): ExtractionJobs {
  const known = new Set<string>();
  const waiting: string[] = [];
  const active = new Map<string, Promise<void>>();
  let stopped = false;

  const pump = () => {
    while (!stopped && active.size < concurrency && waiting.length) {
      const runId = waiting.shift() as string;
      const job = run(runId)
        .catch((error: unknown) => {
          // runExtractionJob records its own failures; this is the last net for a crash in it.
          logger.error({ event: "extraction.job_crashed", runId, errorName: error instanceof Error ? error.name : typeof error }, "extraction job crashed");
        })
        .finally(() => {
          active.delete(runId);
          known.delete(runId);
          setImmediate(pump);
        });
      active.set(runId, job);
    }
  };

  return {
    enqueue(runId) {
      if (stopped || known.has(runId)) return;
      known.add(runId);
      waiting.push(runId);
      setImmediate(pump);
    },
    async stop() {
      stopped = true;
      waiting.length = 0;
      await Promise.allSettled([...active.values()]);
    },
  };
}
