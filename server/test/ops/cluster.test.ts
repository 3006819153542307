import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { spawnServer, type ChildServer } from "../more-helpers";

const redisUrl = inject("redisUrl");

/** The node processes whose parent is `pid` (the api processes of a cluster primary). */
function childrenOf(pid: number): number[] {
  try {
    return execFileSync("ps", ["--ppid", String(pid), "-o", "pid=,comm="], { encoding: "utf8" })
      .split("\n")
      .map((l) => l.trim().split(/\s+/))
      .filter(([p, comm]) => p && comm === "node")
      .map(([p]) => Number(p));
  } catch {
    return []; // ps exits 1 when there are none
  }
}

async function until<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A new TCP connection per request, so the primary hands each to the next api process. */
const health = () => fetch(`${server.url}/health`, { headers: { connection: "close" } }).then((r) => r.status);

let server: ChildServer;

describe.skipIf(!redisUrl)("API_PROCESSES=2: api processes on one port under a cluster primary (real processes)", () => {
  beforeAll(async () => {
    server = await spawnServer({ DATABASE_URL: inject("databaseUrl"), REDIS_URL: redisUrl, API_PROCESSES: "2", LOG_LEVEL: "info", JOBS_QUEUE: `cluster-${randomUUID().slice(0, 8)}` }, 90_000);
  }, 120_000);
  afterAll(async () => server?.stop());

  it("runs two api processes, keeps serving while one is killed, restarts it, and stops them all on SIGTERM", async () => {
    // Both up (a process that dies before it was ever ready is a start-up failure: the group stops).
    await until("two ready processes", () => (server.logs().split('"event":"cluster.process_ready"').length === 3 ? true : undefined), 60_000);
    const first = await until("two api processes", () => {
      const pids = childrenOf(server.pid);
      return pids.length === 2 ? pids : undefined;
    });
    expect(await Promise.all(Array.from({ length: 10 }, health))).toEqual(Array(10).fill(200));

    // One dies the hard way. Once the primary has seen it go (a connection handed over in that
    // instant is lost, as with any crash), the other answers every connection until it is back.
    process.kill(first[0]!, "SIGKILL");
    await until("the primary noticing", () => (server.logs().includes('"event":"cluster.process_exited"') ? true : undefined));
    expect(await Promise.all(Array.from({ length: 10 }, health))).toEqual(Array(10).fill(200));
    const again = await until("a replacement process", () => {
      const pids = childrenOf(server.pid);
      return pids.length === 2 && !pids.includes(first[0]!) ? pids : undefined;
    }, 60_000);
    expect(again).toContain(first[1]);
    await until("the replacement serving", async () => ((await health()) === 200 ? true : undefined));

    await server.stop();
    expect(childrenOf(server.pid)).toEqual([]);
    for (const pid of again) expect(() => process.kill(pid, 0)).toThrow();
  }, 150_000);
});
