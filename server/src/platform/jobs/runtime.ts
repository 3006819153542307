import { randomUUID } from "node:crypto";
import { Agenda, type Job, type JobNotification, type NotificationChannel } from "agenda";
import { PostgresBackend } from "@agendajs/postgres-backend";
import { CronExpressionParser } from "cron-parser";
import pg from "pg";
import type { Logger } from "pino";
import { systemClock, type Clock } from "../clock";
import type { AppPubSub } from "../pubsub";
import type { JobMetrics } from "./metrics";
import { JobStore } from "./store";
import {
  DEFAULT_RETRY,
  DEFAULT_TIMEOUT_MS,
  JobError,
  type AnyJobDefinition,
  type EnqueueResult,
  type JobContext,
  type JobData,
  type JobAdmin,
  type JobDeps,
  type JobOutcome,
  type JobQueue,
  type RetryPolicy,
} from "./types";

export const JOB_TIMEZONE = "Europe/Stockholm";

export interface JobRuntimeOptions {
  url: string;
  /** Processes with different queue names share the database, not jobs (tests, separate worker pools). */
  queue: string;
  definitions: readonly AnyJobDefinition[];
  deps: Omit<JobDeps, "enqueue" | "enqueueMany">;
  logger: Logger;
  metrics?: JobMetrics;
  clock?: Clock;
  /** How often a worker looks for due jobs besides LISTEN/NOTIFY wake-ups (retries wait for it). */
  pollMs?: number;
  /** A job whose worker stops touching it is handed to another worker after this long. */
  lockLifetimeMs?: number;
  /** false: this worker never enqueues scheduled runs by itself (tests, and workers kept for one queue's bursts). */
  schedules?: boolean;
  /** How often a worker evaluates schedules and re-dispatches stranded runs. */
  tickMs?: number;
}

export interface RunResult {
  key: string;
  outcome: JobOutcome;
  attempt?: number;
  errorCode?: string;
  durationMs: number;
}

/** Payload as stored in agenda: our key beside the job's own data. */
interface Envelope {
  key: string;
  data: JobData;
}

export interface JobRuntime extends JobQueue, JobAdmin {
  readonly queue: string;
  readonly store: JobStore;
  readonly definitions: ReadonlyMap<string, AnyJobDefinition>;
  /** Starts taking jobs (ROLE=worker and ROLE=all); an api process never calls it. */
  startWorker(): Promise<void>;
  /** Enqueues the latest due slot of every schedule (idempotent per slot); returns how many were new. */
  tickSchedules(now?: Date): Promise<number>;
  /** Re-dispatches runs whose agenda job vanished between our insert and agenda's. */
  sweepStranded(olderThanMs?: number): Promise<number>;
  /** Runs one job now, in this process, through the same bookkeeping (CLI and tests). */
  runNow(name: string, data: JobData, opts?: { key?: string }): Promise<RunResult>;
  /** Lets running jobs finish within `graceMs`, then hands the rest back to the queue. */
  stop(graceMs?: number): Promise<void>;
}

const agendaName = (queue: string, job: string) => `${queue}/${job}`;

/** Error code and message fit for a dead letter: ours keep their words, anything else only its class name. */
function describe(error: unknown): { code: string; message: string; retryable: boolean } {
  if (error instanceof JobError) return { code: error.code, message: error.message.slice(0, 300), retryable: error.retryable };
  const name = error instanceof Error ? error.name : typeof error;
  const code = error && typeof error === "object" && "code" in error && typeof error.code === "string" && /^[A-Z0-9_]{2,40}$/.test(error.code) ? error.code : "UNEXPECTED";
  return { code, message: `Unexpected ${name}`, retryable: true };
}

export function backoffDelay(policy: RetryPolicy, failures: number, random = Math.random): number {
  const base = Math.min(policy.maxDelayMs, policy.delayMs * policy.factor ** Math.max(0, failures - 1));
  return Math.round(base * (1 - policy.jitter + policy.jitter * 2 * random()));
}

export async function createJobRuntime(opts: JobRuntimeOptions): Promise<JobRuntime> {
  const log = opts.logger.child({ module: "jobs" });
  const clock = opts.clock ?? systemClock;
  const lockLifetimeMs = opts.lockLifetimeMs ?? 30_000;
  const pool = new pg.Pool({ connectionString: opts.url, max: 6 });
  pool.on("error", (error) => log.warn({ event: "jobs.pool_error", errorName: error.name }, "job database connection failed"));
  const store = new JobStore(pool, opts.queue);
  const definitions = new Map(opts.definitions.map((d) => [d.name, d]));
  const shutdown = new AbortController();
  /** Deliveries in progress on this process, with their agenda ids and keys (handed back at shutdown). */
  const running = new Map<Promise<unknown>, { agendaId?: string; key: string }>();
  const timers: NodeJS.Timeout[] = [];
  let worker = false;
  let stopped = false;

  // Tables come from our migrations (one schema history); agenda only uses them.
  const backend = new PostgresBackend({ pool, ensureSchema: false });
  const quiet = backend.notificationChannel ? quietChannel(backend.notificationChannel) : undefined;
  const agenda = new Agenda({
    backend,
    ...(quiet ? { notificationChannel: quiet.channel } : {}),
    name: `${opts.queue}@${process.pid}`,
    processEvery: opts.pollMs ?? 2_000,
    defaultLockLifetime: lockLifetimeMs,
    removeOnComplete: true,
  });
  // A finished job frees a lock slot: look for the next one of that name now, not at the next poll.
  agenda.on("complete", (job: Job) => quiet?.wake(job.attrs.name));
  agenda.on("error", (error: Error) => log.warn({ event: "jobs.agenda_error", errorName: error.name }, "job queue error"));
  // The LISTEN connection reconnects by itself; without a listener its errors would crash the process.
  backend.notificationChannel?.on("error", (error: Error) => log.warn({ event: "jobs.notify_error", errorName: error.name }, "job notifications interrupted; reconnecting"));

  const publishChange = createChangePublisher(opts.deps.pubsub);

  const dispatch = async (def: AnyJobDefinition, key: string, data: JobData, runAt?: Date): Promise<void> => {
    const job = agenda.create<Envelope>(agendaName(opts.queue, def.name), { key, data });
    if (runAt) job.schedule(runAt);
    const saved = await job.save();
    const id = saved.attrs._id?.toString();
    if (id) await store.setAgendaId(key, id);
  };

  const definition = (name: string): AnyJobDefinition => {
    const def = definitions.get(name);
    if (!def) throw new JobError("UNKNOWN_JOB", `No job named ${name}`, false);
    return def;
  };

  const enqueue: JobQueue["enqueue"] = async (name, data, enqueueOpts = {}): Promise<EnqueueResult> => {
    const def = definition(name);
    const parsed = def.data.parse(data);
    const key = enqueueOpts.key ?? def.key(parsed);
    const orgId = def.orgId?.(parsed) ?? null;
    const fresh = await store.claimKey(key, def.name, orgId, parsed);
    if (!fresh) return { key, enqueued: false };
    if (!worker) await connectNotifications();
    await dispatch(def, key, parsed, enqueueOpts.runAt);
    opts.metrics?.enqueued.inc({ job: def.name });
    publishChange(orgId);
    return { key, enqueued: true };
  };

  const enqueueMany: JobQueue["enqueueMany"] = async (name, items) => {
    const def = definition(name);
    // Agenda's due times are wall-clock instants; a delay is counted from the real now.
    const base = Date.now();
    const rows = items.map(({ data, delayMs }) => {
      const parsed = def.data.parse(data);
      return { key: def.key(parsed), orgId: def.orgId?.(parsed) ?? null, data: parsed, runAt: new Date(base + Math.max(0, delayMs ?? 0)) };
    });
    const unique = [...new Map(rows.map((r) => [r.key, { ...r, agendaId: randomUUID() }])).values()];
    if (!worker) await connectNotifications();
    const fresh = new Set(await store.claimAndDispatchMany(def.name, agendaName(opts.queue, def.name), unique));
    if (!fresh.size) return { enqueued: 0, keys: [] };
    const claimed = unique.filter((r) => fresh.has(r.key));
    opts.metrics?.enqueued.inc({ job: def.name }, claimed.length);
    // One wake-up for the batch: this worker looks now, other processes hear it over NOTIFY.
    quiet?.wake(agendaName(opts.queue, def.name));
    const earliest = claimed.reduce((min, r) => (r.runAt < min ? r.runAt : min), claimed[0]!.runAt);
    if (backend.notificationChannel?.state === "connected") {
      await backend.notificationChannel
        .publish({ jobId: "", jobName: agendaName(opts.queue, def.name), nextRunAt: earliest, priority: 0, timestamp: new Date() } as unknown as JobNotification)
        .catch(() => undefined);
    }
    for (const orgId of new Set(claimed.map((r) => r.orgId))) publishChange(orgId);
    return { enqueued: claimed.length, keys: claimed.map((r) => r.key) };
  };

  const deps: JobDeps = { ...opts.deps, enqueue, enqueueMany };

  const bury = async (def: AnyJobDefinition, key: string, data: JobData, code: string, message: string) => {
    await store.bury(key, code, message);
    if (!def.onDead) return;
    try {
      await def.onDead(def.data.parse(data), deps, code);
    } catch (error) {
      log.warn({ event: "job.on_dead_failed", job: def.name, key, errorName: error instanceof Error ? error.name : typeof error }, "closing the dead job's object failed");
    }
  };

  /** One delivery of one key: bookkeeping, timeout, lock upkeep, retry or dead letter. */
  const execute = async (def: AnyJobDefinition, key: string, rawData: JobData, job?: Job<Envelope>, policyOverride?: Partial<RetryPolicy>): Promise<RunResult> => {
    const started = Date.now();
    const policy: RetryPolicy = { ...DEFAULT_RETRY, ...def.retry, ...policyOverride };
    const attempt = await store.start(key, lockLifetimeMs);
    const jobLog = log.child({ job: def.name, key });
    const done = (outcome: JobOutcome, errorCode?: string): RunResult => {
      const durationMs = Date.now() - started;
      opts.metrics?.outcomes.inc({ job: def.name, outcome });
      if (outcome !== "skipped") opts.metrics?.duration.observe({ job: def.name, outcome }, durationMs / 1000);
      return { key, outcome, ...(attempt ? { attempt } : {}), ...(errorCode ? { errorCode } : {}), durationMs };
    };
    if (attempt === undefined) {
      jobLog.info({ event: "job.skipped" }, "already done or dead");
      return done("skipped");
    }
    const orgId = (await store.get(key))?.organization_id ?? null;
    publishChange(orgId);
    // Deliveries that never reported back (a killed worker) count as attempts too: a job that
    // crashes its worker every time ends as a dead letter instead of looping.
    if (attempt > policy.attempts) {
      await bury(def, key, rawData, "ATTEMPTS_EXHAUSTED", `No delivery finished in ${policy.attempts} attempts`);
      jobLog.warn({ event: "job.dead", attempt, code: "ATTEMPTS_EXHAUSTED" }, "job moved to dead letters");
      publishChange(orgId);
      return done("dead", "ATTEMPTS_EXHAUSTED");
    }
    const timeoutMs = def.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const abort = new AbortController();
    const onShutdown = () => abort.abort(new JobError("SHUTDOWN", "Worker stopped", true));
    shutdown.signal.addEventListener("abort", onShutdown, { once: true });
    const timeout = setTimeout(() => abort.abort(new JobError("TIMEOUT", `Timed out after ${timeoutMs} ms`, true)), timeoutMs);
    const touch = job
      ? setInterval(() => {
          void job.touch().catch(() => undefined);
          void store.heartbeat(key).catch(() => undefined);
        }, Math.max(1_000, Math.floor(lockLifetimeMs / 3)))
      : undefined;
    const aborted = new Promise<never>((_, reject) => abort.signal.addEventListener("abort", () => reject(abort.signal.reason), { once: true }));
    aborted.catch(() => undefined);
    jobLog.info({ event: "job.started", attempt }, "job started");
    try {
      const data = def.data.parse(rawData);
      const ctx: JobContext<JobData> = {
        data,
        key,
        attempt,
        signal: abort.signal,
        deps,
        log: jobLog,
        progress: async (percent) => {
          if (job) await job.touch(Math.max(0, Math.min(100, percent)));
        },
        once: async (runOrg, fn) => {
          const em = runOrg ? deps.db.forOrg(runOrg) : deps.db.system();
          return em.transactional(async (tx) => {
            const rows = await tx.execute<{ status: string }[]>("select status from job_runs where queue = ? and key = ? for update", [opts.queue, key]);
            if (!rows[0] || rows[0].status === "succeeded") return undefined;
            const result = await fn(tx);
            if (abort.signal.aborted) throw abort.signal.reason;
            await tx.execute("update job_runs set status = 'succeeded', finished_at = now(), updated_at = now() where queue = ? and key = ?", [opts.queue, key]);
            return result;
          });
        },
      };
      await Promise.race([def.handler(ctx), aborted]);
      await store.finish(key, "succeeded");
      jobLog.info({ event: "job.succeeded", attempt, durationMs: Date.now() - started }, "job succeeded");
      publishChange(orgId);
      return done("succeeded");
    } catch (error) {
      const failure = describe(error);
      if (!failure.retryable || attempt >= policy.attempts) {
        await bury(def, key, rawData, failure.code, failure.message);
        jobLog.warn({ event: "job.dead", attempt, code: failure.code }, "job moved to dead letters");
        publishChange(orgId);
        return done("dead", failure.code);
      }
      await store.finish(key, "retrying", failure.code);
      jobLog.warn({ event: "job.failed", attempt, code: failure.code }, "job failed; will retry");
      publishChange(orgId);
      const result = done("retrying", failure.code);
      if (job) {
        // agenda reschedules it after our backoff (see `backoff` in define below).
        throw new JobError(failure.code, failure.message);
      }
      return result;
    } finally {
      clearTimeout(timeout);
      if (touch) clearInterval(touch);
      shutdown.signal.removeEventListener("abort", onShutdown);
    }
  };

  for (const def of definitions.values()) {
    const policy: RetryPolicy = { ...DEFAULT_RETRY, ...def.retry };
    agenda.define<Envelope>(
      agendaName(opts.queue, def.name),
      async (job) => {
        const envelope = job.attrs.data;
        const run = execute(def, envelope.key, envelope.data, job);
        running.set(run, { agendaId: job.attrs._id?.toString(), key: envelope.key });
        try {
          await run;
        } finally {
          running.delete(run);
        }
      },
      {
        concurrency: def.concurrency ?? 4,
        // Without a limit a worker locks every due job of a burst and, once they outlive the lock
        // lifetime, keeps re-locking its own expired ones instead of running any.
        lockLimit: 2 * (def.concurrency ?? 4),
        lockLifetime: lockLifetimeMs,
        backoff: (ctx) => (ctx.attempt < policy.attempts ? backoffDelay(policy, ctx.attempt) : null),
      },
    );
  }

  const tickSchedules = async (now = clock.now()): Promise<number> => {
    let created = 0;
    for (const def of definitions.values()) {
      if (!def.schedule) continue;
      // The latest slot at or before now; a worker that was down runs the missed slot once, late.
      const slot = CronExpressionParser.parse(def.schedule.cron, { currentDate: new Date(now.getTime() + 1), tz: def.schedule.timezone ?? JOB_TIMEZONE }).prev().toDate();
      const result = await enqueue(def.name, def.schedule.data ?? {}, { key: `${def.name}@${slot.toISOString()}` });
      if (result.enqueued) created += 1;
    }
    return created;
  };

  const sweepStranded = async (olderThanMs = 60_000): Promise<number> => {
    const rows = await store.stranded(olderThanMs);
    for (const row of rows) {
      const def = definitions.get(row.job_name);
      if (def) await dispatch(def, row.key, row.data as JobData);
    }
    if (rows.length) log.info({ event: "jobs.redispatched", count: rows.length }, "stranded runs dispatched again");
    return rows.length;
  };

  await agenda.ready;
  // agenda connects LISTEN/NOTIFY only when it starts processing; an api process still needs to
  // NOTIFY so workers start its jobs at once instead of at their next poll.
  let notifying: Promise<void> | undefined;
  const connectNotifications = (): Promise<void> => {
    if (!backend.notificationChannel) return Promise.resolve();
    notifying ??= backend.notificationChannel.connect().catch((error: unknown) => {
      notifying = undefined;
      log.warn({ event: "jobs.notify_error", errorName: error instanceof Error ? error.name : typeof error }, "could not connect job notifications; workers will poll");
    });
    return notifying;
  };

  return {
    queue: opts.queue,
    store,
    definitions,
    enqueue,
    enqueueMany,
    async startWorker() {
      if (worker) return;
      worker = true;
      if (notifying) {
        await notifying;
        await backend.notificationChannel?.disconnect();
        notifying = undefined;
      }
      await agenda.start();
      const tick = async () => {
        try {
          if (opts.schedules !== false) await tickSchedules();
          await sweepStranded();
        } catch (error) {
          log.warn({ event: "jobs.tick_failed", errorName: error instanceof Error ? error.name : typeof error }, "schedule tick failed");
        }
      };
      void tick();
      const timer = setInterval(() => void tick(), opts.tickMs ?? 15_000);
      timer.unref();
      timers.push(timer);
      log.info({ event: "jobs.worker_started", queue: opts.queue, jobs: definitions.size }, "worker started");
    },
    tickSchedules,
    sweepStranded,
    async runNow(name, data, runOpts = {}) {
      const def = definition(name);
      const parsed = def.data.parse(data);
      const key = runOpts.key ?? `${def.name}@run:${randomUUID()}`;
      await store.claimKey(key, def.name, def.orgId?.(parsed) ?? null, parsed);
      return execute(def, key, parsed, undefined, { attempts: 1 });
    },
    counts: (orgId) => store.counts(orgId, true),
    deadLetters: (q) => store.deadLetters({ ...q, includeSystem: true }),
    deadLetter: (id, orgId) => store.deadLetter(id, [orgId, null]),
    catalogue: () => [...definitions.values()].map((d) => ({ name: d.name, description: d.description, ...(d.schedule ? { cron: d.schedule.cron } : {}) })),
    async replay(deadLetterId, orgId) {
      const run = await store.reopen(deadLetterId, orgId);
      if (!run) return false;
      const def = definitions.get(run.job_name);
      if (def) await dispatch(def, run.key, run.data as JobData);
      publishChange(run.organization_id);
      return true;
    },
    async discard(deadLetterId, orgId) {
      const ok = await store.discard(deadLetterId, orgId);
      if (ok) publishChange(orgId);
      return ok;
    },
    async stop(graceMs = 10_000) {
      if (stopped) return;
      stopped = true;
      for (const t of timers) clearInterval(t);
      if (worker) {
        // agenda's drain() can miss the last completion and then waits out its whole timeout, so we
        // watch our own deliveries and end the drain ourselves.
        const stopDrain = new AbortController();
        const drained = agenda.drain({ signal: stopDrain.signal, closeConnection: false });
        const deadline = Date.now() + graceMs;
        while (running.size > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
        const handedBack = [...running.values()];
        const ids = handedBack.map((r) => r.agendaId).filter((id): id is string => !!id);
        // Let agenda record the completions it is writing before its connection goes away.
        await new Promise((r) => setTimeout(r, 100));
        stopDrain.abort();
        await drained;
        if (running.size > 0) {
          // Past the grace period: abort what still runs (its transaction rolls back) and unlock it for another worker.
          shutdown.abort();
          await Promise.race([Promise.allSettled([...running.keys()]), new Promise((r) => setTimeout(r, 2_000).unref())]);
          await pool.query("update agenda_jobs set locked_at = null, next_run_at = now() where id = any($1::uuid[])", [ids]).catch(() => undefined);
          // No longer running anywhere: the next worker takes it at once instead of waiting out the lock lifetime.
          await pool.query("update job_runs set status = 'retrying', updated_at = now() where queue = $1 and key = any($2::text[]) and status = 'running'", [opts.queue, handedBack.map((r) => r.key)]).catch(() => undefined);
          log.warn({ event: "jobs.handed_back", running: ids.length }, "jobs still running at shutdown were handed back");
        }
      } else if (notifying) {
        await notifying;
        await backend.notificationChannel?.disconnect().catch(() => undefined);
      }
      publishChange.stop();
      await pool.end();
    },
  };
}

/** Queue changes for the admin page, coalesced to at most one event per organisation per 250 ms. */
function createChangePublisher(pubsub: AppPubSub) {
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const flush = () => {
    timer = undefined;
    for (const scope of pending) pubsub.publish(jobsTopic(scope === "system" ? null : scope), { id: scope, kind: "updated" });
    pending.clear();
  };
  const publish = (orgId: string | null) => {
    if (stopped) return;
    pending.add(orgId ?? "system");
    timer ??= setTimeout(flush, 250);
    timer.unref?.();
  };
  /** Before pub/sub closes: nothing may publish afterwards. */
  publish.stop = () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    timer = undefined;
    pending.clear();
  };
  return publish;
}

/**
 * agenda's notification channel, minus two costs: the three lifecycle NOTIFYs per job (start,
 * success, complete) that nothing here reads, and one lock pass per wake-up — wake-ups for a job
 * name while a pass for it runs collapse into one more pass.
 */
function quietChannel(inner: NotificationChannel): { channel: NotificationChannel; wake(jobName: string): void } {
  let deliver: ((n: JobNotification) => Promise<void>) | undefined;
  const channel: NotificationChannel = {
    get state() {
      return inner.state;
    },
    connect: () => inner.connect(),
    disconnect: () => inner.disconnect(),
    publish: (notification) => inner.publish(notification),
    subscribe(handler) {
      const passes = new Map<string, { again: boolean; latest: JobNotification }>();
      deliver = async (notification) => {
        const busy = passes.get(notification.jobName);
        if (busy) {
          busy.again = true;
          busy.latest = notification;
          return;
        }
        const pass = { again: false, latest: notification };
        passes.set(notification.jobName, pass);
        try {
          do {
            pass.again = false;
            await handler(pass.latest);
          } while (pass.again);
        } finally {
          passes.delete(notification.jobName);
        }
      };
      const unsubscribe = inner.subscribe(deliver);
      return () => {
        deliver = undefined;
        unsubscribe();
      };
    },
    on(event: "stateChange" | "error", listener: (arg: never) => void) {
      inner.on(event as "error", listener as (e: Error) => void);
      return channel;
    },
    off(event: "stateChange" | "error", listener: (arg: never) => void) {
      inner.off(event as "error", listener as (e: Error) => void);
      return channel;
    },
  } as NotificationChannel;
  return {
    channel,
    wake(jobName) {
      void deliver?.({ jobId: "", jobName, nextRunAt: null, priority: 0, timestamp: new Date() } as unknown as JobNotification).catch(() => undefined);
    },
  };
}

export const jobsTopic = (orgId: string | null) => (orgId ? `org.${orgId}.jobs` : "system.jobs");
