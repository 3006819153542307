import { Counter, Gauge, Histogram, type Registry } from "prom-client";
import type { JobStore } from "./store";

/** Jobs by name and outcome, durations, queue depth and open dead letters: names and counts only. */
export function createJobMetrics(registry: Registry) {
  const enqueued = new Counter({ name: "postboxen_jobs_enqueued_total", help: "Jobs enqueued, by job name", labelNames: ["job"] as const, registers: [registry] });
  const outcomes = new Counter({
    name: "postboxen_jobs_total",
    help: "Job deliveries by job name and outcome (succeeded, retrying, dead, skipped)",
    labelNames: ["job", "outcome"] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: "postboxen_job_duration_seconds",
    help: "Job run time by job name and outcome",
    labelNames: ["job", "outcome"] as const,
    buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 15, 60, 300],
    registers: [registry],
  });
  let source: JobStore | undefined;
  new Gauge({
    name: "postboxen_job_queue_depth",
    help: "Jobs per job name and state (queued, running, failed = waiting for a retry), all organisations",
    labelNames: ["job", "state"] as const,
    registers: [registry],
    async collect() {
      this.reset();
      if (!source) return;
      for (const c of await source.counts(null, true).catch(() => [])) {
        this.set({ job: c.jobName, state: "queued" }, c.queued);
        this.set({ job: c.jobName, state: "running" }, c.running);
        this.set({ job: c.jobName, state: "failed" }, c.failed);
      }
    },
  });
  new Gauge({
    name: "postboxen_job_dead_letters",
    help: "Dead letters waiting for an admin (replay or discard), by job name",
    labelNames: ["job"] as const,
    registers: [registry],
    async collect() {
      this.reset();
      if (!source) return;
      for (const c of await source.counts(null, true).catch(() => [])) this.set({ job: c.jobName }, c.dead);
    },
  });
  return {
    enqueued,
    outcomes,
    duration,
    /** Where queue depth is read from at scrape time. */
    observe(store: JobStore) {
      source = store;
    },
  };
}
export type JobMetrics = ReturnType<typeof createJobMetrics>;
