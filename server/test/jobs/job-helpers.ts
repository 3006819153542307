import { randomUUID } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import { manualClock, type Clock } from "../../src/platform/clock";
import type { Database } from "../../src/platform/db";
import { createJobRuntime, type JobRuntime, type JobRuntimeOptions } from "../../src/platform/jobs/runtime";
import type { AnyJobDefinition } from "../../src/platform/jobs/types";
import { createLogger } from "../../src/platform/logger";
import { createOutboundClient } from "../../src/platform/outbound";
import { unconfiguredMailer } from "../../src/platform/delivery/types";
import { createMemoryPubSub, type AppPubSub } from "../../src/platform/pubsub";
import { createLocalProvider } from "../../src/ai/index";
import { openAppDatabase } from "../../src/registry";

export const silent = createLogger("silent");

export async function openTestDatabase(): Promise<Database> {
  return openAppDatabase(inject("databaseUrl"), silent, 4);
}

/** A raw pool on the test database, for the tests' own tables and for reading job bookkeeping. */
export function testPool(): pg.Pool {
  return new pg.Pool({ connectionString: inject("databaseUrl"), max: 4 });
}

export const uniqueQueue = (label: string) => `t-${label}-${randomUUID().slice(0, 8)}`;

export interface TestRuntimeOptions {
  db: Database;
  queue: string;
  definitions: AnyJobDefinition[];
  clock?: Clock;
  pubsub?: AppPubSub;
  logLines?: string[];
  pollMs?: number;
  lockLifetimeMs?: number;
}

export async function testRuntime(o: TestRuntimeOptions): Promise<JobRuntime> {
  const logger = o.logLines ? createLogger("info", { write: (l) => void o.logLines?.push(l) }) : silent;
  const options: JobRuntimeOptions = {
    url: inject("databaseUrl"),
    queue: o.queue,
    definitions: o.definitions,
    deps: {
      db: o.db,
      pubsub: o.pubsub ?? createMemoryPubSub(),
      logger,
      clock: o.clock ?? manualClock("2026-12-01T08:00:00Z"),
      provider: createLocalProvider(),
      outbound: createOutboundClient(),
      mailer: unconfiguredMailer,
      publicUrl: "http://localhost:4000",
    },
    logger,
    pollMs: o.pollMs ?? 100,
    lockLifetimeMs: o.lockLifetimeMs ?? 30_000,
    ...(o.clock ? { clock: o.clock } : {}),
  };
  return createJobRuntime(options);
}

/** Polls the database until `check` holds (jobs run on agenda's own poll; no fixed sleeps). */
export async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last = await read();
  while (!check(last)) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms; last value: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 50));
    last = await read();
  }
  return last;
}

export async function runRow(pool: pg.Pool, queue: string, key: string) {
  const res = await pool.query<{ status: string; attempts: number; last_error_code: string | null; organization_id: string | null }>(
    "select status, attempts, last_error_code, organization_id from job_runs where queue = $1 and key = $2",
    [queue, key],
  );
  return res.rows[0];
}
