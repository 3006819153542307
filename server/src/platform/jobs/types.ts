import type { EntityManager } from "@mikro-orm/postgresql";
import type { Logger } from "pino";
import type { Registry } from "prom-client";
import type { z } from "zod";
import type { ExtractionProvider } from "../../ai/index";
import type { SpeechToText } from "../../ai/speech/index";
import type { Clock } from "../clock";
import type { Database } from "../db";
import type { Mailer } from "../delivery/types";
import type { OutboundClient } from "../outbound";
import type { AppPubSub } from "../pubsub";
import type { DeadLetterRow, QueueCounts } from "./store";

/** Job payloads carry ids and small settings only — never content — since they are stored and logged by id. */
export type JobData = Record<string, string | number | boolean | null | undefined>;

/** What every job handler may use. The composition root builds it once per process. */
export interface JobDeps {
  db: Database;
  pubsub: AppPubSub;
  logger: Logger;
  clock: Clock;
  /** The configured AI provider; Fort Knox decides per meeting whether it may be used. */
  provider: ExtractionProvider;
  /** The configured speech-to-text server (STT_URL), or null/absent when speech-to-text is off. */
  stt?: SpeechToText | null;
  /** The one way out to user-typed URLs (private addresses refused unless allow-listed). */
  outbound: OutboundClient;
  /** SMTP delivery (not configured: every send is refused with SMTP_NOT_CONFIGURED). */
  mailer: Mailer;
  /** The process's metrics registry, for modules' own counters (absent in tests and CLIs). */
  metricsRegistry?: Registry;
  /** The product's public base URL, for links in e-mail and chat (no trailing slash). */
  publicUrl: string;
  /** Enqueue follow-up work (idempotent by key, like every enqueue). */
  enqueue: JobQueue["enqueue"];
  enqueueMany: JobQueue["enqueueMany"];
}

export interface JobContext<D extends JobData> {
  data: D;
  /** The idempotency key this execution belongs to. */
  key: string;
  /** 1 on the first delivery; counts deliveries, including those a killed worker never finished. */
  attempt: number;
  /** Aborted when the job's timeout passes or the worker shuts down: stop and throw. */
  signal: AbortSignal;
  deps: JobDeps;
  log: Logger;
  /** Reports progress (0–100) and keeps the lock alive. */
  progress(percent: number): Promise<void>;
  /**
   * Runs `fn` in one transaction that also marks this key done. A second delivery of the same key
   * (a replay, a duplicate, a retry after a crash) finds it done and skips `fn`: the effect applies
   * exactly once even though delivery is at least once. Returns undefined when skipped.
   */
  once<T>(orgId: string | null, fn: (em: EntityManager) => Promise<T>): Promise<T | undefined>;
}

export interface RetryPolicy {
  /** Total attempts, the first included. */
  attempts: number;
  /** Delay before the first retry. */
  delayMs: number;
  /** Multiplier per further retry (exponential backoff). */
  factor: number;
  /** 0–1: the share of each delay that is random, so retries of many jobs spread out. */
  jitter: number;
  maxDelayMs: number;
}

export interface JobSchedule {
  /** Cron syntax (5 or 6 fields), read in `timezone`. */
  cron: string;
  /** IANA zone; default Europe/Stockholm, so "0 7 * * 1-5" means 07:00 Swedish time, summer and winter. */
  timezone?: string;
  /** The payload of each scheduled run (system-wide: no organisation). */
  data?: JobData;
}

export interface JobDefinition<D extends JobData = JobData> {
  /** Stable, kebab-case, `<module>.<verb-noun>` for new jobs: operators and scripts use it. */
  name: string;
  description: string;
  /** Validates the payload at enqueue and at run time. */
  data: z.ZodType<D>;
  /** The idempotency key: two enqueues with the same key run once. */
  key(data: D): string;
  /** The organisation a run belongs to, when it belongs to one (admins see their own). */
  orgId?(data: D): string | undefined;
  handler(ctx: JobContext<D>): Promise<void>;
  retry?: Partial<RetryPolicy>;
  timeoutMs?: number;
  /** Runs of this job at once on one worker process. */
  concurrency?: number;
  schedule?: JobSchedule;
  /**
   * Called once when a run of this job lands in the dead letters (after its last attempt), to close
   * the domain object it was working on — a run left RUNNING forever tells a user nothing.
   */
  onDead?(data: D, deps: JobDeps, errorCode: string): Promise<void>;
}

/** A job definition whose payload type has been erased, for registries. */
export type AnyJobDefinition = JobDefinition<JobData>;

export function defineJob<D extends JobData>(def: JobDefinition<D>): AnyJobDefinition {
  return def as unknown as AnyJobDefinition;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 5, delayMs: 2_000, factor: 2, jitter: 0.2, maxDelayMs: 5 * 60_000 };
export const DEFAULT_TIMEOUT_MS = 5 * 60_000;

/** A failure whose message is safe to store and show (no content); `retryable: false` skips the retries. */
export class JobError extends Error {
  override name = "JobError";
  constructor(
    readonly code: string,
    message: string,
    readonly retryable = true,
  ) {
    super(message);
  }
}

export interface EnqueueResult {
  key: string;
  /** False when the key was already queued, running or done. */
  enqueued: boolean;
}

export interface JobQueue {
  enqueue(name: string, data: JobData, opts?: { runAt?: Date; key?: string }): Promise<EnqueueResult>;
  /**
   * Enqueues many runs of one job in a constant number of statements (sweeps that find thousands
   * of due items). Keys already queued, running or done are skipped, as with `enqueue`. `delayMs`
   * holds a run back (quiet hours); it is a duration, so it means the same under a test's clock.
   */
  enqueueMany(name: string, items: readonly { data: JobData; delayMs?: number }[]): Promise<{ enqueued: number; keys: string[] }>;
}

/** What admins see and do (their organisation's runs, and read-only the system's). */
export interface JobAdmin {
  counts(orgId: string): Promise<QueueCounts[]>;
  deadLetters(opts: { orgId: string; status?: string; jobName?: string; limit: number; offset: number }): Promise<{ rows: DeadLetterRow[]; total: number }>;
  deadLetter(id: string, orgId: string): Promise<DeadLetterRow | undefined>;
  replay(deadLetterId: string, orgId: string): Promise<boolean>;
  discard(deadLetterId: string, orgId: string): Promise<boolean>;
  /** Names and descriptions of the registered jobs, with their schedules. */
  catalogue(): { name: string; description: string; cron?: string }[];
}

export type JobOutcome = "succeeded" | "skipped" | "retrying" | "dead";
