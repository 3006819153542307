/**
 * The worker process of `npm run bench:jobs` (bench/jobs.bench.ts spawns it; not meant to be run by
 * hand). It runs the real job runtime (agenda + PostgreSQL) with ROLE=worker-like settings on the
 * bench's own queue, and reports on stdout, one line each:
 *   READY <pid>                 once the worker takes jobs
 *   S <key> <startedAtMs>       when a bench job's handler starts (epoch ms; the parent shares the clock)
 * Lines are batched so reporting costs next to nothing. It stops when its stdin closes or says STOP
 * (so it also goes away when the parent dies), and by itself after BENCH_WORKER_MAX_SECONDS.
 *
 * Environment: BENCH_DB_URL, BENCH_QUEUE, BENCH_POLL_MS, BENCH_CONCURRENCY, BENCH_TOPIC, REDIS_URL,
 * BENCH_LOCK_LIFETIME_MS (unset: the runtime's default).
 * The job definitions live here too, so the parent enqueues exactly what the workers run.
 */
import { z } from "zod";
import { createLocalProvider } from "../server/src/ai/providers/local";
import { systemClock } from "../server/src/platform/clock";
import { createJobRuntime, type JobRuntime } from "../server/src/platform/jobs/runtime";
import { defineJob, type AnyJobDefinition } from "../server/src/platform/jobs/types";
import { createLogger } from "../server/src/platform/logger";
import { createOutboundClient } from "../server/src/platform/outbound";
import { unconfiguredMailer } from "../server/src/platform/delivery/types";
import { createMemoryPubSub, createRedisPubSub, type AppPubSub } from "../server/src/platform/pubsub";
import { openAppDatabase } from "../server/src/registry";

export const NOOP_JOB = "bench.noop";
export const PROGRESS_JOB = "bench.progress";

/** `k` is the idempotency key, `t` the parent's clock right before it called enqueue (epoch ms). */
const benchData = z.object({ k: z.string(), t: z.number() });

export interface BenchJobOptions {
  concurrency: number;
  /** Where bench.progress publishes `{ id: key, kind: "updated" }`. */
  topic: string;
  onStart(key: string, startedAtMs: number): void;
}

export function benchJobDefinitions(opts: BenchJobOptions): AnyJobDefinition[] {
  return [
    defineJob({
      name: NOOP_JOB,
      description: "Bench: does nothing but note when it started",
      data: benchData,
      key: (d) => d.k,
      concurrency: opts.concurrency,
      handler: async ({ key }) => {
        opts.onStart(key, Date.now());
      },
    }),
    defineJob({
      name: PROGRESS_JOB,
      description: "Bench: notes when it started and publishes one progress event",
      data: benchData,
      key: (d) => d.k,
      concurrency: opts.concurrency,
      handler: async ({ key, deps }) => {
        opts.onStart(key, Date.now());
        deps.pubsub.publish(opts.topic, { id: key, kind: "updated" });
      },
    }),
  ];
}

async function main() {
  const env = process.env;
  const url = env.BENCH_DB_URL;
  const queue = env.BENCH_QUEUE;
  if (!url || !queue) throw new Error("jobs.worker: BENCH_DB_URL and BENCH_QUEUE are required");
  const pollMs = Number(env.BENCH_POLL_MS ?? 1000);
  const concurrency = Number(env.BENCH_CONCURRENCY ?? 10);
  const maxSeconds = Number(env.BENCH_WORKER_MAX_SECONDS ?? 240);
  // Unset: the runtime's default (what production uses).
  const lockLifetimeMs = env.BENCH_LOCK_LIFETIME_MS ? Number(env.BENCH_LOCK_LIFETIME_MS) : undefined;

  let buffer = "";
  let flushTimer: NodeJS.Timeout | undefined;
  const flush = () => {
    flushTimer = undefined;
    if (!buffer) return;
    process.stdout.write(buffer);
    buffer = "";
  };
  const report = (line: string) => {
    buffer += `${line}\n`;
    flushTimer ??= setTimeout(flush, 20);
  };

  // Warnings (agenda errors, failed jobs) go to stderr; the parent counts and shows them.
  const logger = createLogger("warn", { write: (line) => void process.stderr.write(line) });
  const db = await openAppDatabase(url, logger, 2);
  const pubsub: AppPubSub = env.REDIS_URL ? createRedisPubSub(env.REDIS_URL) : createMemoryPubSub();
  const started: { runtime?: JobRuntime } = {};

  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    setTimeout(() => process.exit(code || 1), 5_000).unref();
    try {
      await started.runtime?.stop(1_000);
      // The runtime publishes queue changes up to 250 ms after the last one and does not cancel that
      // timer in stop(); publishing on a closed Redis client is an unhandled rejection that kills the
      // process. Wait it out so the worker exits cleanly.
      await new Promise((r) => setTimeout(r, 300));
      await pubsub.close();
      await db.close();
    } finally {
      flush();
      process.exit(code);
    }
  };
  process.stdin.setEncoding("utf8");
  process.stdin.on("data", (chunk: string) => {
    if (chunk.includes("STOP")) void stop(0);
  });
  process.stdin.on("end", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));
  setTimeout(() => void stop(3), maxSeconds * 1000).unref();

  const runtime = await createJobRuntime({
    url,
    queue,
    definitions: benchJobDefinitions({ concurrency, topic: env.BENCH_TOPIC ?? `bench.${queue}.progress`, onStart: (key, at) => report(`S ${key} ${at}`) }),
    deps: { db, pubsub, logger, clock: systemClock, provider: createLocalProvider(), outbound: createOutboundClient(), mailer: unconfiguredMailer, publicUrl: "http://localhost:4000" },
    logger,
    pollMs,
    ...(lockLifetimeMs ? { lockLifetimeMs } : {}),
  });
  started.runtime = runtime;
  await runtime.startWorker();
  process.stdout.write(`READY ${process.pid}\n`);
}

if (process.env.BENCH_JOBS_WORKER === "1") {
  main().catch((error: unknown) => {
    console.error(`jobs.worker: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(2);
  });
}
