import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { manualClock } from "../../src/platform/clock";
import type { Database } from "../../src/platform/db";
import { backoffDelay, type JobRuntime } from "../../src/platform/jobs/runtime";
import { defineJob, JobError, DEFAULT_RETRY } from "../../src/platform/jobs/types";
import { createMemoryPubSub } from "../../src/platform/pubsub";
import { createOrg } from "../helpers";
import { eventually, openTestDatabase, runRow, testPool, testRuntime, uniqueQueue } from "./job-helpers";

let db: Database;
const pool = testPool();
const runtimes: JobRuntime[] = [];

beforeAll(async () => {
  db = await openTestDatabase();
  await pool.query("create table if not exists job_test_effects (queue text not null, key text not null, worker text, started_at timestamptz not null default clock_timestamp(), finished_at timestamptz)");
});
afterAll(async () => {
  for (const r of runtimes) await r.stop(0);
  await pool.end();
  await db.close();
});

const track = (r: JobRuntime) => (runtimes.push(r), r);
const effects = async (queue: string) => (await pool.query<{ key: string; worker: string | null; started_at: Date; finished_at: Date | null }>("select key, worker, started_at, finished_at from job_test_effects where queue = $1 order by started_at", [queue])).rows;

describe("enqueue", () => {
  it("runs a key once however often it is enqueued, and validates the payload", async () => {
    const queue = uniqueQueue("dup");
    const job = defineJob({
      name: "test.count",
      description: "Counts its runs for the test.",
      data: z.object({ n: z.number().int() }),
      key: (d) => `count:${d.n}`,
      handler: async (ctx) => {
        await ctx.once(null, async (tx) => {
          await tx.execute("insert into job_test_effects (queue, key) values (?, ?)", [queue, ctx.key]);
        });
      },
    });
    const runtime = track(await testRuntime({ db, queue, definitions: [job] }));
    const first = await runtime.enqueue("test.count", { n: 1 });
    const again = await runtime.enqueue("test.count", { n: 1 });
    expect(first).toEqual({ key: "count:1", enqueued: true });
    expect(again).toEqual({ key: "count:1", enqueued: false });
    await expect(runtime.enqueue("test.count", { n: "x" })).rejects.toThrow();
    await expect(runtime.enqueue("test.nope", {})).rejects.toThrow(/No job named/);
    await runtime.startWorker();
    await eventually(() => runRow(pool, queue, "count:1"), (r) => r?.status === "succeeded");
    expect(await runtime.enqueue("test.count", { n: 1 })).toEqual({ key: "count:1", enqueued: false });
    // Run again by hand with the same key: the effect is not applied twice.
    expect((await runtime.runNow("test.count", { n: 1 }, { key: "count:1" })).outcome).toBe("skipped");
    expect((await effects(queue)).map((e) => e.key)).toEqual(["count:1"]);
  });
});

describe("enqueueMany", () => {
  it("enqueues a batch, skips known keys, holds delayed runs back, and each runs once on two workers", async () => {
    const queue = uniqueQueue("many");
    const job = defineJob({
      name: "test.many",
      description: "Records its runs for the test.",
      data: z.object({ n: z.number().int() }),
      key: (d) => `many:${d.n}`,
      concurrency: 4,
      handler: async (ctx) => {
        await ctx.once(null, async (tx) => {
          await tx.execute("insert into job_test_effects (queue, key) values (?, ?)", [queue, ctx.key]);
        });
      },
    });
    const a = track(await testRuntime({ db, queue, definitions: [job] }));
    const b = track(await testRuntime({ db, queue, definitions: [job] }));
    expect(await a.enqueue("test.many", { n: 0 })).toEqual({ key: "many:0", enqueued: true });
    const items = Array.from({ length: 60 }, (_, n) => ({ data: { n } }));
    const first = await a.enqueueMany("test.many", [...items, { data: { n: 5 } }]);
    expect(first.enqueued).toBe(59); // many:0 was queued already; the duplicate n=5 counts once
    expect(new Set(first.keys).size).toBe(59);
    expect((await b.enqueueMany("test.many", items)).enqueued).toBe(0);
    // Held back: a delay keeps a run out of the workers' reach until it passes.
    expect((await a.enqueueMany("test.many", [{ data: { n: 999 }, delayMs: 3_600_000 }])).enqueued).toBe(1);
    await expect(a.enqueueMany("test.many", [{ data: { n: "x" } as never }])).rejects.toThrow();
    await Promise.all([a.startWorker(), b.startWorker()]);
    await eventually(() => effects(queue), (e) => e.length === 60, 30_000);
    const keys = (await effects(queue)).map((e) => e.key);
    expect(new Set(keys).size).toBe(60);
    expect(keys).not.toContain("many:999");
    expect((await runRow(pool, queue, "many:999"))?.status).toBe("queued");
  });
});

describe("failures", () => {
  it("retries with backoff, lands in the dead letters with ids and a code only, and replay runs it once after the cause is fixed", async () => {
    const queue = uniqueQueue("dead");
    const org = await createOrg(db, "Jobbkommun");
    let broken = true;
    const closed: string[] = [];
    const job = defineJob({
      name: "test.flaky",
      description: "Fails while `broken` is set.",
      data: z.object({ orgId: z.uuid(), itemId: z.uuid() }),
      key: (d) => `flaky:${d.itemId}`,
      orgId: (d) => d.orgId,
      retry: { attempts: 3, delayMs: 50, factor: 2, jitter: 0 },
      handler: async (ctx) => {
        if (broken) throw new Error("Stina Stakeholder's secret note could not be sent to stina@example.org");
        await ctx.once(ctx.data.orgId, async (tx) => {
          await tx.execute("insert into job_test_effects (queue, key) values (?, ?)", [queue, ctx.key]);
        });
      },
      onDead: async (d) => void closed.push(d.itemId),
    });
    const runtime = track(await testRuntime({ db, queue, definitions: [job] }));
    await runtime.startWorker();
    const itemId = org.actionItem.id;
    await runtime.enqueue("test.flaky", { orgId: org.org.id, itemId });
    const dead = await eventually(() => runRow(pool, queue, `flaky:${itemId}`), (r) => r?.status === "dead");
    expect(dead).toMatchObject({ attempts: 3, last_error_code: "UNEXPECTED", organization_id: org.org.id });
    expect(closed).toEqual([itemId]);

    const { rows } = await runtime.deadLetters({ orgId: org.org.id, limit: 10, offset: 0, status: "dead" });
    expect(rows).toHaveLength(1);
    const letter = rows[0]!;
    expect(letter).toMatchObject({ job_name: "test.flaky", job_key: `flaky:${itemId}`, attempts: 3, error_code: "UNEXPECTED", status: "dead" });
    // Never the content of an unknown error: its class name only.
    expect(letter.error_message).toBe("Unexpected Error");
    expect(JSON.stringify(letter)).not.toMatch(/Stina|stina@|secret/);
    expect(letter.first_failed_at.getTime()).toBeLessThanOrEqual(letter.last_failed_at.getTime());
    expect((await runtime.counts(org.org.id)).find((c) => c.jobName === "test.flaky")).toMatchObject({ dead: 1, queued: 0, running: 0 });

    // Another organisation cannot replay it.
    const other = await createOrg(db, "Grannkommun");
    expect(await runtime.replay(letter.id, other.org.id)).toBe(false);

    broken = false;
    expect(await runtime.replay(letter.id, org.org.id)).toBe(true);
    await eventually(() => runRow(pool, queue, `flaky:${itemId}`), (r) => r?.status === "succeeded");
    expect((await effects(queue)).map((e) => e.key)).toEqual([`flaky:${itemId}`]);
    expect(await runtime.replay(letter.id, org.org.id)).toBe(false);
    expect((await runtime.deadLetter(letter.id, org.org.id))?.status).toBe("replayed");
  });

  it("does not retry a non-retryable failure, and a timeout is a failure with its own code", async () => {
    const queue = uniqueQueue("fatal");
    const fatal = defineJob({
      name: "test.fatal",
      description: "Refuses for good.",
      data: z.object({}),
      key: () => "fatal",
      retry: { attempts: 5, delayMs: 50 },
      handler: async () => {
        throw new JobError("SOURCE_GONE", "The source answered 410 Gone", false);
      },
    });
    const slow = defineJob({
      name: "test.slow",
      description: "Never finishes in time.",
      data: z.object({}),
      key: () => "slow",
      retry: { attempts: 1 },
      timeoutMs: 200,
      handler: (ctx) => new Promise((_, reject) => ctx.signal.addEventListener("abort", () => reject(ctx.signal.reason))),
    });
    const runtime = track(await testRuntime({ db, queue, definitions: [fatal, slow] }));
    await runtime.startWorker();
    await runtime.enqueue("test.fatal", {});
    await runtime.enqueue("test.slow", {});
    expect(await eventually(() => runRow(pool, queue, "fatal"), (r) => r?.status === "dead")).toMatchObject({ attempts: 1, last_error_code: "SOURCE_GONE" });
    expect(await eventually(() => runRow(pool, queue, "slow"), (r) => r?.status === "dead")).toMatchObject({ attempts: 1, last_error_code: "TIMEOUT" });
    const letters = await pool.query<{ error_message: string }>("select error_message from job_dead_letters where queue = $1 and job_key = 'fatal'", [queue]);
    expect(letters.rows[0]?.error_message).toBe("The source answered 410 Gone");
  });

  it("spreads retries out: exponential delays with bounded jitter, capped", () => {
    const policy = { ...DEFAULT_RETRY, delayMs: 1000, factor: 2, jitter: 0.2, maxDelayMs: 10_000 };
    expect([1, 2, 3].map((n) => backoffDelay(policy, n, () => 0.5))).toEqual([1000, 2000, 4000]);
    expect(backoffDelay(policy, 10, () => 0.5)).toBe(10_000);
    expect(backoffDelay(policy, 1, () => 0)).toBe(800);
    expect(backoffDelay(policy, 1, () => 1)).toBe(1200);
  });
});

describe("schedules", () => {
  it("fires a recurring job once per slot in Stockholm time, across several schedulers, summer and winter", async () => {
    const queue = uniqueQueue("cron");
    const clock = manualClock("2026-12-02T01:59:59Z"); // 02:59:59 in Stockholm (CET, UTC+1)
    const job = defineJob({
      name: "test.nightly",
      description: "Runs at 03:00 Swedish time.",
      data: z.object({}),
      key: () => "nightly@manual",
      schedule: { cron: "0 3 * * *" },
      handler: async (ctx) => {
        await ctx.once(null, async (tx) => void (await tx.execute("insert into job_test_effects (queue, key) values (?, ?)", [queue, ctx.key])));
      },
    });
    const a = track(await testRuntime({ db, queue, definitions: [job], clock }));
    const b = track(await testRuntime({ db, queue, definitions: [job], clock }));
    // The last slot before now (yesterday 03:00) runs once, late — a worker that was down catches up.
    expect(await a.tickSchedules()).toBe(1);
    expect(await b.tickSchedules()).toBe(0);
    clock.set("2026-12-02T02:00:00Z"); // 03:00:00 CET
    expect(await b.tickSchedules()).toBe(1);
    expect(await a.tickSchedules()).toBe(0);
    clock.set("2026-12-02T08:00:00Z");
    expect(await a.tickSchedules()).toBe(0);
    await a.startWorker();
    await b.startWorker();
    const keys = ["test.nightly@2026-12-01T02:00:00.000Z", "test.nightly@2026-12-02T02:00:00.000Z"];
    for (const key of keys) await eventually(() => runRow(pool, queue, key), (r) => r?.status === "succeeded");
    expect((await effects(queue)).map((e) => e.key).sort()).toEqual(keys);

    // Summer time: 03:00 in Stockholm is 01:00 UTC.
    clock.set("2027-06-15T01:00:00Z");
    expect(await a.tickSchedules()).toBe(1);
    expect(await runRow(pool, queue, "test.nightly@2027-06-15T01:00:00.000Z")).toBeDefined();
  });
});

describe("two workers", () => {
  it("never run the same job at once, and run every job exactly once", async () => {
    const queue = uniqueQueue("pair");
    const job = defineJob({
      name: "test.work",
      description: "Records when it ran and where.",
      data: z.object({ n: z.number().int(), worker: z.string().optional() }),
      key: (d) => `work:${d.n}`,
      concurrency: 4,
      handler: async (ctx) => {
        const worker = (ctx.deps.pubsub as unknown as { label: string }).label;
        // Every delivery that starts, committed at once (outside the job's transaction).
        await ctx.deps.db.system().getConnection().execute("insert into job_test_effects (queue, key, worker) values (?, ?, ?)", [queue, `start:${ctx.key}`, worker]);
        await ctx.once(null, async (tx) => {
          await tx.execute("insert into job_test_effects (queue, key, worker) values (?, ?, ?)", [queue, ctx.key, worker]);
          await new Promise((r) => setTimeout(r, 20));
          await tx.execute("update job_test_effects set finished_at = clock_timestamp() where queue = ? and key = ?", [queue, ctx.key]);
        });
      },
    });
    const labelled = (label: string) => Object.assign(createMemoryPubSub(), { label });
    const a = track(await testRuntime({ db, queue, definitions: [job], pubsub: labelled("a") }));
    const b = track(await testRuntime({ db, queue, definitions: [job], pubsub: labelled("b") }));
    for (let n = 0; n < 40; n++) await a.enqueue("test.work", { n });
    await Promise.all([a.startWorker(), b.startWorker()]);
    await eventually(async () => (await effects(queue)).filter((e) => e.finished_at).length, (n) => n === 40, 30_000);
    const all = await effects(queue);
    const starts = all.filter((r) => r.key.startsWith("start:"));
    const rows = all.filter((r) => !r.key.startsWith("start:"));
    // One delivery per job: no job was started by both workers.
    expect(starts).toHaveLength(40);
    expect(new Set(starts.map((r) => r.key)).size).toBe(40);
    expect(new Set(rows.map((r) => r.key)).size).toBe(40);
    expect(rows).toHaveLength(40);
    // Both workers took part.
    expect(new Set(rows.map((r) => r.worker))).toEqual(new Set(["a", "b"]));
    const runs = await pool.query<{ attempts: number }>("select attempts from job_runs where queue = $1", [queue]);
    expect(runs.rows.every((r) => r.attempts === 1)).toBe(true);
  });
});
