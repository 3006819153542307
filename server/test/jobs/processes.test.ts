import { spawn, type ChildProcess } from "node:child_process";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { z } from "zod";
import { REPO_ROOT, type Database } from "../../src/platform/db";
import type { JobRuntime } from "../../src/platform/jobs/runtime";
import { defineJob } from "../../src/platform/jobs/types";
import { eventually, openTestDatabase, runRow, testPool, testRuntime, uniqueQueue } from "./job-helpers";

/**
 * Real processes: workers running the production job runtime (test/jobs/fixtures/hold-worker.ts)
 * against the test database, killed and stopped while a job holds its transaction open.
 */

let db: Database;
const pool = testPool();
const children: ChildProcess[] = [];
let enqueuer: JobRuntime;

// The enqueuing side only needs to know the job's name, payload and key.
const holdJob = defineJob({ name: "test.hold", description: "See hold-worker.ts.", data: z.object({ n: z.number().int(), holdMs: z.number().int() }), key: (d) => `hold:${d.n}`, handler: async () => undefined });

beforeAll(async () => {
  db = await openTestDatabase();
  await pool.query("create table if not exists job_test_effects (queue text not null, key text not null, worker text, started_at timestamptz not null default clock_timestamp(), finished_at timestamptz)");
});
afterAll(async () => {
  for (const c of children) if (c.exitCode === null) c.kill("SIGKILL");
  await enqueuer?.stop(0);
  await pool.end();
  await db.close();
});

interface Worker {
  child: ChildProcess;
  lines: string[];
  waitFor(line: RegExp, ms?: number): Promise<string>;
  exited: Promise<number | null>;
}

function startWorker(queue: string, label: string, env: Record<string, string> = {}): Worker {
  const child = spawn(process.execPath, ["--import", "tsx", "server/test/jobs/fixtures/hold-worker.ts"], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", DATABASE_URL: inject("databaseUrl"), JOBS_QUEUE: queue, WORKER_LABEL: label, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  const lines: string[] = [];
  const waiters: { re: RegExp; resolve: (l: string) => void }[] = [];
  let buffer = "";
  let stderr = "";
  child.stderr?.on("data", (d) => (stderr += String(d)));
  child.stdout?.on("data", (d) => {
    buffer += String(d);
    const parts = buffer.split("\n");
    buffer = parts.pop() ?? "";
    for (const line of parts) {
      lines.push(line);
      for (const w of [...waiters]) {
        if (!w.re.test(line)) continue;
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(line);
      }
    }
  });
  const exited = new Promise<number | null>((r) => child.on("exit", (code) => r(code)));
  return {
    child,
    lines,
    exited,
    waitFor: (re, ms = 30_000) =>
      new Promise((resolve, reject) => {
        const found = lines.find((l) => re.test(l));
        if (found) return resolve(found);
        const timer = setTimeout(() => reject(new Error(`worker ${label} never printed ${re}; printed ${JSON.stringify(lines)}; stderr ${stderr.slice(-500)}`)), ms);
        waiters.push({ re, resolve: (l) => (clearTimeout(timer), resolve(l)) });
      }),
  };
}

const effectsOf = async (queue: string) => (await pool.query<{ key: string; worker: string }>("select key, worker from job_test_effects where queue = $1", [queue])).rows;

describe("workers as real processes", () => {
  beforeAll(async () => {
    enqueuer = await testRuntime({ db, queue: uniqueQueue("unused"), definitions: [holdJob] });
  });

  it("a worker killed with SIGKILL in the middle of a job: a second worker completes it exactly once, nothing half-written", async () => {
    const queue = uniqueQueue("kill");
    const producer = await testRuntime({ db, queue, definitions: [holdJob] });
    try {
      const a = startWorker(queue, "a");
      await a.waitFor(/^ready$/);
      await producer.enqueue("test.hold", { n: 1, holdMs: 60_000 });
      await a.waitFor(/^started hold:1 1$/);
      // The row is written inside the open transaction; nobody can see it yet.
      a.child.kill("SIGKILL");
      await a.exited;
      expect(await effectsOf(queue)).toEqual([]);
      expect((await runRow(pool, queue, "hold:1"))?.status).toBe("running");

      const b = startWorker(queue, "b");
      await b.waitFor(/^started hold:1 2$/);
      await eventually(() => runRow(pool, queue, "hold:1"), (r) => r?.status === "succeeded");
      expect(await effectsOf(queue)).toEqual([{ key: "hold:1", worker: "b" }]);
      expect((await runRow(pool, queue, "hold:1"))?.attempts).toBe(2);
      b.child.kill("SIGTERM");
      expect(await b.exited).toBe(0);
    } finally {
      await producer.stop(0);
    }
  });

  it("SIGTERM lets a running job finish within the grace period, then the worker exits", async () => {
    const queue = uniqueQueue("term");
    const producer = await testRuntime({ db, queue, definitions: [holdJob] });
    try {
      const a = startWorker(queue, "a", { JOBS_SHUTDOWN_GRACE_MS: "10000" });
      await a.waitFor(/^ready$/);
      await producer.enqueue("test.hold", { n: 1, holdMs: 700 });
      await a.waitFor(/^started hold:1 1$/);
      a.child.kill("SIGTERM");
      await a.waitFor(/^finished hold:1$/);
      await a.waitFor(/^stopped$/);
      expect(await a.exited).toBe(0);
      expect((await runRow(pool, queue, "hold:1"))).toMatchObject({ status: "succeeded", attempts: 1 });
      expect(await effectsOf(queue)).toEqual([{ key: "hold:1", worker: "a" }]);
    } finally {
      await producer.stop(0);
    }
  });

  it("SIGTERM past the grace period hands the job back: its transaction rolls back and another worker runs it at once", async () => {
    const queue = uniqueQueue("handback");
    const producer = await testRuntime({ db, queue, definitions: [holdJob] });
    try {
      // A long lock lifetime: only the hand-back (not a lapsed lock) can explain a quick second run.
      const a = startWorker(queue, "a", { JOBS_SHUTDOWN_GRACE_MS: "300", JOBS_LOCK_LIFETIME_MS: "600000" });
      await a.waitFor(/^ready$/);
      await producer.enqueue("test.hold", { n: 1, holdMs: 60_000 });
      await a.waitFor(/^started hold:1 1$/);
      a.child.kill("SIGTERM");
      await a.waitFor(/^stopped$/);
      expect(await a.exited).toBe(0);
      expect(await effectsOf(queue)).toEqual([]);

      const b = startWorker(queue, "b", { JOBS_LOCK_LIFETIME_MS: "600000" });
      await b.waitFor(/^started hold:1 2$/, 15_000);
      await eventually(() => runRow(pool, queue, "hold:1"), (r) => r?.status === "succeeded");
      expect(await effectsOf(queue)).toEqual([{ key: "hold:1", worker: "b" }]);
      b.child.kill("SIGTERM");
      await b.exited;
    } finally {
      await producer.stop(0);
    }
  });
});
