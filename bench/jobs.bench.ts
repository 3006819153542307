/**
 * `npm run bench:jobs`: the background job system (agenda + PostgreSQL, server/src/platform/jobs)
 * under a burst. For one and for two worker processes (bench/jobs.worker.ts, spawned with
 * `node --import tsx`), this process enqueues BENCH_JOBS jobs as fast as it can (BENCH_ENQUEUE_CONCURRENCY
 * enqueues in flight) and measures:
 *   - jobs/s: from the first enqueue to the last run finished (job_runs.finished_at of the last one);
 *   - enqueue→start: the parent's clock right before enqueue (in the job's data) to the handler's
 *     clock when it starts (the worker reports it on stdout; one machine, one clock);
 *   - for bench.progress, whose handler publishes `{ id: key, kind: "updated" }` through Redis
 *     pub/sub (createRedisPubSub), also enqueue→received by a subscriber in this process.
 * Each scenario has its own queue name (nothing else picks its jobs) and runs a small warm-up batch
 * first. Uses DATABASE_URL's server (a fresh database, dropped at the end) or an embedded PostgreSQL;
 * the pub/sub scenarios need REDIS_URL and are skipped without it.
 *
 * Knobs: BENCH_JOBS (2000), BENCH_POLL_MS (1000, the workers' pollMs), BENCH_CONCURRENCY (10, per job
 * definition and worker), BENCH_ENQUEUE_CONCURRENCY (20), BENCH_WARMUP (50), BENCH_WORKERS ("1,2"),
 * BENCH_SCENARIO_SECONDS (35, the most one measured batch may take), BENCH_MAX_SECONDS (170, the whole
 * run; past it the bench kills its workers and exits 1), BENCH_LOCK_LIFETIME_MS (unset: the runtime's
 * default), BENCH_WORKER_STDERR=1 (pass the workers' stderr through, e.g. with DEBUG=agenda:*).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { createLocalProvider } from "../server/src/ai/providers/local";
import { systemClock } from "../server/src/platform/clock";
import { startEphemeralPostgres, type Database } from "../server/src/platform/db";
import { createJobRuntime, type JobRuntime } from "../server/src/platform/jobs/runtime";
import { createLogger } from "../server/src/platform/logger";
import { createOutboundClient } from "../server/src/platform/outbound";
import { unconfiguredMailer } from "../server/src/platform/delivery/types";
import { createMemoryPubSub, createRedisPubSub, type AppPubSub, type ChangeEvent } from "../server/src/platform/pubsub";
import { openAppDatabase } from "../server/src/registry";
import { benchJobDefinitions, NOOP_JOB, PROGRESS_JOB } from "./jobs.worker";

const int = (name: string, fallback: number) => {
  const raw = process.env[name];
  const value = raw === undefined || raw === "" ? fallback : Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a non-negative number, got ${raw}`);
  return value;
};
const JOBS = int("BENCH_JOBS", 2000);
const POLL_MS = int("BENCH_POLL_MS", 1000);
const CONCURRENCY = int("BENCH_CONCURRENCY", 10);
const IN_FLIGHT = Math.max(1, int("BENCH_ENQUEUE_CONCURRENCY", 20));
const WARMUP = int("BENCH_WARMUP", 50);
const SCENARIO_SECONDS = int("BENCH_SCENARIO_SECONDS", 35);
const MAX_SECONDS = int("BENCH_MAX_SECONDS", 170);
const WORKER_COUNTS = (process.env.BENCH_WORKERS ?? "1,2").split(",").map((s) => Number(s.trim())).filter((n) => Number.isInteger(n) && n > 0);
const REDIS_URL = process.env.REDIS_URL || undefined;
const SHOW_STDERR = process.env.BENCH_WORKER_STDERR === "1";
const WORKER_SCRIPT = fileURLToPath(new URL("./jobs.worker.ts", import.meta.url));
const ROOT = fileURLToPath(new URL("..", import.meta.url));
// What the runtime uses when not told otherwise (server/src/platform/jobs/runtime.ts; agenda 6's maxConcurrency).
const DEFAULT_LOCK_LIFETIME_MS = 30_000;
const LOCK_LIFETIME_MS = process.env.BENCH_LOCK_LIFETIME_MS ? int("BENCH_LOCK_LIFETIME_MS", DEFAULT_LOCK_LIFETIME_MS) : undefined;
const AGENDA_MAX_CONCURRENCY = 20;

const began = Date.now();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const logger = createLogger("warn", { write: (line) => void process.stderr.write(line) });

// ---- children: every worker process is killed when we end, however we end ----------------------
const children = new Set<ChildProcess>();
process.on("exit", () => {
  for (const child of children) child.kill("SIGKILL");
});

interface WorkerProc {
  index: number;
  child: ChildProcess;
  ready: Promise<void>;
  warnings: string[];
  warningCount: number;
}

function spawnWorker(index: number, env: Record<string, string>, onStart: (key: string, at: number, worker: number) => void): WorkerProc {
  const child = spawn(process.execPath, ["--import", "tsx", WORKER_SCRIPT], {
    cwd: ROOT,
    env: { ...process.env, ...env, BENCH_JOBS_WORKER: "1", BENCH_WORKER_MAX_SECONDS: String(MAX_SECONDS + 30) },
    stdio: ["pipe", "pipe", "pipe"],
  });
  children.add(child);
  const proc: WorkerProc = { index, child, ready: Promise.resolve(), warnings: [], warningCount: 0 };
  proc.ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`worker ${index} not ready after 60 s`)), 60_000);
    createInterface({ input: child.stdout! }).on("line", (line) => {
      if (line.startsWith("S ")) {
        const [, key, at] = line.split(" ");
        if (key && at) onStart(key, Number(at), index);
      } else if (line.startsWith("READY")) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once("exit", (code, signal) => {
      children.delete(child);
      clearTimeout(timer);
      reject(new Error(`worker ${index} exited (${signal ?? code}) before it was ready${proc.warnings.length ? `: ${proc.warnings.join(" | ")}` : ""}`));
    });
  });
  proc.ready.catch(() => undefined);
  createInterface({ input: child.stderr! }).on("line", (line) => {
    proc.warningCount += 1;
    if (SHOW_STDERR) console.error(`[worker ${index}] ${line}`);
    if (proc.warnings.length < 3) proc.warnings.push(line.length > 300 ? `${line.slice(0, 300)}…` : line);
  });
  return proc;
}

async function stopWorker(proc: WorkerProc): Promise<void> {
  const { child } = proc;
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((r) => child.once("exit", () => r()));
  child.stdin?.end("STOP\n");
  const killer = setTimeout(() => child.kill("SIGKILL"), 6_000);
  await exited;
  clearTimeout(killer);
  children.delete(child);
}

// ---- database: a fresh one on DATABASE_URL's server, or an embedded PostgreSQL -------------------
let adminUrl = process.env.DATABASE_URL;
let stopEmbedded: (() => Promise<void>) | undefined;
const tmp = mkdtempSync(join(tmpdir(), "postboxen-bench-jobs-"));
let admin: pg.Client | undefined;
let db: Database | undefined;
let probe: pg.Client | undefined;
let runtime: JobRuntime | undefined;
let subscriber: AppPubSub | undefined;
const dbName = `postboxen_bench_jobs_${Date.now().toString(36)}`;
let dbCreated = false;

let cleaning: Promise<void> | undefined;
const cleanup = () =>
  (cleaning ??= (async () => {
    for (const child of children) child.kill("SIGTERM");
    await runtime?.stop(0).catch(() => undefined);
    await subscriber?.close().catch(() => undefined);
    await probe?.end().catch(() => undefined);
    await db?.close().catch(() => undefined);
    if (admin) {
      if (dbCreated) await admin.query(`drop database if exists "${dbName}" with (force)`).catch((e: unknown) => console.error(`bench: could not drop ${dbName}: ${String(e)}`));
      await admin.end().catch(() => undefined);
    }
    await stopEmbedded?.().catch(() => undefined);
    rmSync(tmp, { recursive: true, force: true });
    for (const child of children) child.kill("SIGKILL");
  })());
const bail = (code: number, message: string) => {
  console.error(message);
  const forced = setTimeout(() => process.exit(code), 15_000);
  forced.unref();
  void cleanup().finally(() => process.exit(code));
};
process.on("SIGINT", () => bail(130, "bench: interrupted"));
process.on("SIGTERM", () => bail(143, "bench: terminated"));
setTimeout(() => bail(1, `bench: still running after BENCH_MAX_SECONDS=${MAX_SECONDS} s; workers killed, figures so far above`), MAX_SECONDS * 1000).unref();

// ---- measuring -----------------------------------------------------------------------------------
type Kind = "noop" | "progress";

interface BatchResult {
  kind: Kind;
  workers: number;
  jobs: number;
  finished: number;
  dead: number;
  redelivered: number;
  duplicateStarts: number;
  notEnqueued: number;
  complete: boolean;
  enqueueMs: number;
  totalMs: number;
  jobsPerSec: number;
  start: number[];
  received: number[];
  missingStarts: number;
  perWorker: number[];
  /** First handler start after the first enqueue. */
  firstStartMs: number;
  /** Median enqueue→start of each tenth of the jobs, in enqueue order: a backlog shows as a rising line. */
  byTenth: number[];
  /** Database work during the measured batch (pg_stat deltas; includes this bench's own polling). */
  db?: DbStats;
}

interface DbStats {
  transactions: number;
  agendaScans: number;
  agendaUpdates: number;
}

async function dbStats(client: pg.Client): Promise<DbStats> {
  await client.query("select pg_stat_clear_snapshot()");
  const res = await client.query<DbStats>(
    `select (select xact_commit + xact_rollback from pg_stat_database where datname = current_database())::float8 as transactions,
            (select coalesce(seq_scan, 0) + coalesce(idx_scan, 0) from pg_stat_user_tables where relname = 'agenda_jobs')::float8 as "agendaScans",
            (select n_tup_upd from pg_stat_user_tables where relname = 'agenda_jobs')::float8 as "agendaUpdates"`,
  );
  return res.rows[0]!;
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
const ms = (v: number) => (Number.isFinite(v) ? `${Math.round(v)} ms` : "n/a");

async function scenario(kind: Kind, workers: number, url: string): Promise<BatchResult> {
  const queue = `bench_${began.toString(36)}_${kind}_${workers}w`;
  const topic = `bench.${queue}.progress`;
  const starts = new Map<string, { at: number; worker: number }>();
  const received = new Map<string, number>();
  let duplicateStarts = 0;
  const onStart = (key: string, at: number, worker: number) => {
    if (starts.has(key)) duplicateStarts += 1;
    else starts.set(key, { at, worker });
  };

  const procs = Array.from({ length: workers }, (_, i) =>
    spawnWorker(
      i,
      { BENCH_DB_URL: url, BENCH_QUEUE: queue, BENCH_POLL_MS: String(POLL_MS), BENCH_CONCURRENCY: String(CONCURRENCY), BENCH_TOPIC: topic, ...(REDIS_URL ? { REDIS_URL } : {}), ...(LOCK_LIFETIME_MS ? { BENCH_LOCK_LIFETIME_MS: String(LOCK_LIFETIME_MS) } : {}) },
      onStart,
    ),
  );
  let subscription: AsyncIterator<ChangeEvent> | undefined;
  try {
    await Promise.all(procs.map((p) => p.ready));

    if (kind === "progress") {
      subscriber = createRedisPubSub(REDIS_URL!);
      subscription = subscriber.subscribe(topic)[Symbol.asyncIterator]();
      const it = subscription;
      void (async () => {
        for (;;) {
          const next = await it.next();
          if (next.done) return;
          if (!received.has(next.value.id)) received.set(next.value.id, Date.now());
        }
      })().catch(() => undefined);
      // Make sure the subscription is live before the first job can publish.
      for (let i = 0; !received.has("probe"); i++) {
        if (i > 100) throw new Error("the Redis subscription never received its probe");
        subscriber.publish(topic, { id: "probe", kind: "updated" });
        await sleep(50);
      }
    }

    runtime = await createJobRuntime({
      url,
      queue,
      definitions: benchJobDefinitions({ concurrency: CONCURRENCY, topic, onStart: () => undefined }),
      deps: { db: db!, pubsub: createMemoryPubSub(), logger, clock: systemClock, provider: createLocalProvider(), outbound: createOutboundClient(), mailer: unconfiguredMailer, publicUrl: "http://localhost:4000" },
      logger,
      pollMs: POLL_MS,
    });
    const jobName = kind === "noop" ? NOOP_JOB : PROGRESS_JOB;
    const rt = runtime;

    const batch = async (prefix: string, count: number, limitMs: number): Promise<BatchResult> => {
      const enqueuedAt = new Map<string, number>();
      let next = 0;
      let notEnqueued = 0;
      let abandon = false;
      const t0 = Date.now();
      const lane = async () => {
        while (next < count && !abandon) {
          const k = `${prefix}:${next++}`;
          const t = Date.now();
          enqueuedAt.set(k, t);
          const res = await rt.enqueue(jobName, { k, t });
          if (!res.enqueued) notEnqueued += 1;
        }
      };
      let enqueueMs = NaN;
      let enqueueError: unknown;
      const enqueueing = Promise.all(Array.from({ length: Math.min(IN_FLIGHT, count) }, lane)).then(
        () => void (enqueueMs = Date.now() - t0),
        (error: unknown) => void (enqueueError = error),
      );

      // Progress from job_runs: cheap (one indexed count every 100 ms) and the end time comes from
      // the last finished_at, so the polling interval does not blur the figure.
      const deadline = t0 + limitMs;
      let row: { ok: number; dead: number; redelivered: number; last: number | null };
      for (;;) {
        const res = await probe!.query<typeof row>(
          `select count(*) filter (where status = 'succeeded')::int as ok, count(*) filter (where status = 'dead')::int as dead,
                  count(*) filter (where attempts > 1)::int as redelivered, (extract(epoch from max(finished_at)) * 1000)::float8 as last
           from job_runs where queue = $1 and key like $2`,
          [queue, `${prefix}:%`],
        );
        row = res.rows[0]!;
        if (enqueueError) throw enqueueError;
        if (row.ok + row.dead >= count || Date.now() > deadline) break;
        await sleep(100);
      }
      abandon = true;
      await enqueueing;
      if (enqueueError) throw enqueueError;
      const complete = row.ok + row.dead >= count;

      // Start lines are flushed every 20 ms, progress events arrive over Redis: give both a moment.
      const keys = [...enqueuedAt.keys()];
      const settle = Date.now() + (complete ? 3_000 : 500);
      while (Date.now() < settle && (keys.some((k) => !starts.has(k)) || (kind === "progress" && keys.some((k) => !received.has(k))))) await sleep(20);

      const start: number[] = [];
      const recv: number[] = [];
      const perWorker = new Array<number>(workers).fill(0);
      for (const [k, t] of enqueuedAt) {
        const s = starts.get(k);
        if (s) {
          start.push(s.at - t);
          perWorker[s.worker] = (perWorker[s.worker] ?? 0) + 1;
        }
        const r = received.get(k);
        if (r !== undefined) recv.push(r - t);
      }
      const ordered = [...enqueuedAt].sort((a, b) => a[1] - b[1]);
      const byTenth = Array.from({ length: 10 }, (_, d) => {
        const slice = ordered.slice(Math.floor((d * ordered.length) / 10), Math.floor(((d + 1) * ordered.length) / 10));
        const lat = slice.flatMap(([k, t]) => (starts.has(k) ? [starts.get(k)!.at - t] : [])).sort((a, b) => a - b);
        return percentile(lat, 50);
      });
      const firstStartMs = Math.min(...[...enqueuedAt.keys()].map((k) => starts.get(k)?.at ?? Infinity)) - t0;
      start.sort((a, b) => a - b);
      recv.sort((a, b) => a - b);
      const totalMs = (row.last ?? Date.now()) - t0;
      return {
        kind,
        workers,
        jobs: count,
        finished: row.ok,
        dead: row.dead,
        redelivered: row.redelivered,
        duplicateStarts,
        notEnqueued,
        complete,
        enqueueMs,
        totalMs,
        jobsPerSec: (row.ok / Math.max(1, totalMs)) * 1000,
        start,
        received: recv,
        missingStarts: count - start.length,
        perWorker,
        firstStartMs,
        byTenth,
      };
    };

    if (WARMUP > 0) {
      const w = await batch("w", WARMUP, 15_000);
      console.log(
        `  warm-up: ${w.finished}/${w.jobs} jobs, enqueue→start p50 ${ms(percentile(w.start, 50))} max ${ms(w.start.at(-1) ?? NaN)}` +
          (kind === "progress" ? `, enqueue→received max ${ms(w.received.at(-1) ?? NaN)}` : ""),
      );
    }
    duplicateStarts = 0;
    // Idle a moment so the warm-up's statistics are flushed (PostgreSQL flushes them at most once a second).
    await sleep(1_200);
    const before = await dbStats(probe!);
    const remaining = MAX_SECONDS * 1000 - (Date.now() - began) - 15_000;
    const result = await batch("m", JOBS, Math.max(5_000, Math.min(SCENARIO_SECONDS * 1000, remaining)));
    result.duplicateStarts = duplicateStarts;
    // Backends flush their statistics when they exit: stop the workers and our runtime first.
    await Promise.all(procs.map(stopWorker));
    await runtime.stop(0);
    runtime = undefined;
    await sleep(300);
    const after = await dbStats(probe!);
    result.db = { transactions: after.transactions - before.transactions, agendaScans: after.agendaScans - before.agendaScans, agendaUpdates: after.agendaUpdates - before.agendaUpdates };
    return result;
  } finally {
    await Promise.all(procs.map(stopWorker));
    await runtime?.stop(0).catch(() => undefined);
    runtime = undefined;
    await subscription?.return?.().catch(() => undefined);
    await subscriber?.close().catch(() => undefined);
    subscriber = undefined;
    for (const p of procs) {
      if (p.warningCount) console.log(`  worker ${p.index}: ${p.warningCount} warning line(s) on stderr, first: ${p.warnings.join(" | ")}`);
    }
  }
}

function report(r: BatchResult) {
  const head =
    `jobs ${r.kind} workers=${r.workers}: ${r.finished}${r.complete ? "" : `/${r.jobs} (INCOMPLETE after ${(r.totalMs / 1000).toFixed(1)} s)`} jobs, ${r.jobsPerSec.toFixed(0)} jobs/s, ` +
    `enqueue→start p50 ${ms(percentile(r.start, 50))} p99 ${ms(percentile(r.start, 99))}${r.missingStarts ? ` (of the ${r.start.length} that started)` : ""}` +
    (r.kind === "progress" ? `, enqueue→received p50 ${ms(percentile(r.received, 50))} p99 ${ms(percentile(r.received, 99))} (${r.received.length}/${r.jobs} received)` : "");
  console.log(head);
  console.log(
    `  enqueue: ${r.jobs} in ${(r.enqueueMs / 1000).toFixed(1)} s (${((r.jobs / r.enqueueMs) * 1000).toFixed(0)}/s from this process); last finished ${(r.totalMs / 1000).toFixed(1)} s after the first enqueue; ` +
      `start max ${ms(r.start.at(-1) ?? NaN)}; per worker ${r.perWorker.join("/")}; dead ${r.dead}, redelivered ${r.redelivered}, duplicate starts ${r.duplicateStarts}` +
      (r.missingStarts ? `, ${r.missingStarts} never started` : "") +
      (r.notEnqueued ? `, ${r.notEnqueued} enqueues refused` : ""),
  );
  console.log(
    `  timeline: first handler start ${ms(r.firstStartMs)} after the first enqueue, enqueueing ended at ${ms(r.enqueueMs)}, last run finished at ${ms(r.totalMs)}` +
      (r.db
        ? `; database: ${(r.db.transactions / r.jobs).toFixed(1)} transactions per job, agenda_jobs ${(r.db.agendaScans / r.jobs).toFixed(1)} scans and ${(r.db.agendaUpdates / r.jobs).toFixed(1)} row updates per job`
        : ""),
  );
  console.log(`  enqueue→start p50 by tenth of the jobs in enqueue order: ${r.byTenth.map((v) => (Number.isFinite(v) ? Math.round(v) : "-")).join(" ")} ms`);
}

// ---- run -----------------------------------------------------------------------------------------
try {
  if (!adminUrl) {
    const embedded = await startEphemeralPostgres(tmp);
    adminUrl = embedded.url;
    stopEmbedded = embedded.stop;
  }
  admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database "${dbName}"`);
  dbCreated = true;
  const u = new URL(adminUrl);
  u.pathname = `/${dbName}`;
  const url = u.toString();
  db = await openAppDatabase(url, logger, 2); // migrates the fresh database before any worker starts
  probe = new pg.Client({ connectionString: url });
  await probe.connect();
  const pgVersion = (await probe.query<{ v: string }>("select current_setting('server_version') as v")).rows[0]?.v ?? "?";

  const cpu = cpus();
  console.log(
    `job system bench: ${cpu.length} cores (${cpu[0]?.model.trim() ?? "?"}), node ${process.version}, PostgreSQL ${pgVersion} ${process.env.DATABASE_URL ? "(DATABASE_URL's server, fresh database)" : "(embedded)"}, Redis ${REDIS_URL ? "(REDIS_URL)" : "(none: pub/sub scenarios skipped)"}`,
  );
  console.log(
    `settings: ${JOBS} jobs per scenario (+${WARMUP} warm-up), ${IN_FLIGHT} enqueues in flight from one process, worker pollMs ${POLL_MS} (BENCH_POLL_MS), ` +
      `lock lifetime ${LOCK_LIFETIME_MS ? `${LOCK_LIFETIME_MS} ms (BENCH_LOCK_LIFETIME_MS)` : `${DEFAULT_LOCK_LIFETIME_MS} ms (runtime default)`}, concurrency ${CONCURRENCY} per job definition and worker (BENCH_CONCURRENCY; agenda maxConcurrency ${AGENDA_MAX_CONCURRENCY}), ` +
      `job pool 6 connections per process, limit ${SCENARIO_SECONDS} s per batch`,
  );

  const results: BatchResult[] = [];
  const kinds: Kind[] = REDIS_URL ? ["noop", "progress"] : ["noop"];
  for (const kind of kinds) {
    for (const workers of WORKER_COUNTS) {
      console.log(`-- ${kind}, ${workers} worker process${workers > 1 ? "es" : ""}`);
      const left = MAX_SECONDS - (Date.now() - began) / 1000;
      if (left < 30) {
        console.log(`jobs ${kind} workers=${workers}: SKIPPED, ${left.toFixed(0)} s left of BENCH_MAX_SECONDS=${MAX_SECONDS}`);
        continue;
      }
      try {
        const r = await scenario(kind, workers, url);
        report(r);
        results.push(r);
      } catch (error) {
        console.log(`jobs ${kind} workers=${workers}: FAILED: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }

  console.log("");
  console.log(`summary (${cpu.length} cores, pollMs ${POLL_MS}, concurrency ${CONCURRENCY}, ${JOBS} jobs, ${((Date.now() - began) / 1000).toFixed(0)} s in all)`);
  console.log(`  ${"scenario".padEnd(20)} ${"jobs/s".padStart(7)} ${"start p50".padStart(10)} ${"start p99".padStart(10)} ${"recv p50".padStart(10)} ${"recv p99".padStart(10)}  notes`);
  for (const r of results) {
    const notes = [r.complete ? "" : `incomplete ${r.finished}/${r.jobs}`, r.redelivered || r.duplicateStarts ? `redelivered ${r.redelivered}, duplicate starts ${r.duplicateStarts}` : "", r.workers > 1 ? `split ${r.perWorker.join("/")}` : ""]
      .filter(Boolean)
      .join("; ");
    console.log(
      `  ${`${r.kind} workers=${r.workers}`.padEnd(20)} ${r.jobsPerSec.toFixed(0).padStart(7)} ${ms(percentile(r.start, 50)).padStart(10)} ${ms(percentile(r.start, 99)).padStart(10)} ` +
        `${(r.kind === "progress" ? ms(percentile(r.received, 50)) : "").padStart(10)} ${(r.kind === "progress" ? ms(percentile(r.received, 99)) : "").padStart(10)}  ${notes}`,
    );
  }
  const two = results.filter((r) => r.workers === 2);
  if (two.length) {
    console.log(`  goal ≥ 200 jobs/s with two workers: ${two.map((r) => `${r.kind} ${r.jobsPerSec.toFixed(0)} (${r.complete && r.jobsPerSec >= 200 ? "met" : "MISSED"})`).join(", ")}`);
  }
  console.log(`  goal enqueue→start p99 ≤ 2 s: ${results.map((r) => `${r.kind}/${r.workers} ${ms(percentile(r.start, 99))} (${r.complete && percentile(r.start, 99) <= 2000 ? "met" : "MISSED"})`).join(", ")}`);
  await cleanup();
  process.exit(0);
} catch (error) {
  bail(1, `bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
}
