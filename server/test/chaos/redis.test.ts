import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrg, startTestServer, type TestOrg, type TestServer } from "../helpers";
import { freePort } from "../more-helpers";

const REDIS_SERVER = ["/usr/bin/redis-server", "/usr/local/bin/redis-server"].find((p) => existsSync(p));
const reason = REDIS_SERVER ? "" : " (skipped: no redis-server binary; apt-get install redis-server)";

/** A Redis of the test's own, on its own port, that the test kills and starts again. */
async function startRedis(port: number): Promise<ChildProcess> {
  const child = spawn(REDIS_SERVER!, ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: ["ignore", "pipe", "ignore"] });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("redis-server did not start")), 10_000);
    child.stdout?.on("data", (d) => String(d).includes("Ready to accept connections") && (clearTimeout(timer), resolve()));
    child.once("exit", () => reject(new Error("redis-server exited")));
  });
  return child;
}

const stop = (child: ChildProcess, signal: NodeJS.Signals = "SIGKILL") => new Promise<void>((r) => (child.exitCode !== null ? r() : (child.once("exit", () => r()), child.kill(signal))));

describe.skipIf(!REDIS_SERVER)(`Redis outage${reason}`, () => {
  let port: number;
  let redis: ChildProcess;
  let server: TestServer;
  let a: TestOrg;

  beforeAll(async () => {
    port = await freePort();
    redis = await startRedis(port);
    server = await startTestServer({ REDIS_URL: `redis://127.0.0.1:${port}` });
    a = await createOrg(server.db, "Avbrottskommun");
  });
  afterAll(async () => {
    await server?.stop();
    if (redis) await stop(redis);
  });

  it("keeps reads and writes working while Redis is killed and restarted, reports degraded, warns once, and live events resume", async () => {
    const token = await server.tokenFor(a.editor);
    const health = async () => (await fetch(`http://127.0.0.1:${server.port}/api/health`)).json() as Promise<{ status: string; checks: Record<string, string> }>;
    expect((await health()).status).toBe("ok");

    // Load: reads in a loop for the whole outage.
    const statuses: number[] = [];
    const failures: string[] = [];
    let loading = true;
    const load = (async () => {
      while (loading) {
        const res = await server.gql<{ actionItems: { totalCount: number } }>(`{ actionItems(first: 5) { totalCount } }`, {}, token);
        statuses.push(res.status);
        if (res.errors) failures.push(JSON.stringify(res.errors));
      }
    })();

    // Some reads first, so the load is really running when Redis goes.
    while (statuses.length < 10) await new Promise((r) => setTimeout(r, 20));
    await stop(redis);
    const atKill = statuses.length;
    while (statuses.length < atKill + 30) await new Promise((r) => setTimeout(r, 20));
    const complete = await server.gql<{ completeActionItem: { actionItem: { status: string } } }>(`mutation($id: ID!) { completeActionItem(input: { id: $id }) { actionItem { status } } }`, { id: a.ids.actionItem }, token);
    expect(complete.errors).toBeUndefined();
    expect(complete.data?.completeActionItem.actionItem.status).toBe("DONE");
    const degraded = await health();
    expect(degraded).toMatchObject({ status: "degraded", checks: { database: "ok", redis: "fail" } });
    // A WebSocket opened during the outage is accepted (local rate limits), never closed with an internal message.
    const during = server.ws(await server.tokenFor(a.viewer));
    const closeReasons: string[] = [];
    during.on("closed", (e) => void closeReasons.push(String((e as { reason?: string }).reason ?? "")));
    const accepted = new Promise<boolean>((resolve) => {
      during.on("connected", () => resolve(true));
      setTimeout(() => resolve(false), 5_000);
    });
    during.subscribe({ query: `subscription { actionItemChanged { id } }` }, { next: () => undefined, error: () => undefined, complete: () => undefined });
    expect(await accepted).toBe(true);
    const outageReads = statuses.length - atKill;

    redis = await startRedis(port);
    // Wait for the process to see Redis again (ioredis reconnects with backoff, at most 5 s apart).
    const deadline = Date.now() + 20_000;
    while ((await health()).status !== "ok") {
      if (Date.now() > deadline) throw new Error("never recovered");
      await new Promise((r) => setTimeout(r, 200));
    }
    loading = false;
    await load;
    expect(outageReads).toBeGreaterThan(0);
    expect(statuses.every((s) => s === 200), `statuses: ${[...new Set(statuses)].join(",")}`).toBe(true);
    expect(failures).toEqual([]);

    // Live updates work again after the outage.
    const client = server.ws(await server.tokenFor(a.viewer));
    try {
      const event = new Promise<unknown>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error("no event after recovery")), 10_000);
        client.subscribe({ query: `subscription { actionItemChanged { id status } }` }, { next: (v) => (clearTimeout(timer), resolve(v)), error: reject, complete: () => undefined });
      });
      await new Promise<void>((r) => client.on("connected", () => setTimeout(r, 300)));
      await server.gql(`mutation($id: ID!) { reopenActionItem(input: { id: $id }) { actionItem { status } } }`, { id: a.ids.actionItem }, token);
      expect(JSON.stringify(await event)).toContain('"status":"OPEN"');
    } finally {
      await client.dispose();
    }

    const lines = server.logs.map((l) => JSON.parse(l) as { level: string; event?: string; role?: string });
    const warnings = lines.filter((l) => l.event === "redis.unavailable");
    // One warning per connection role for the outage, not one per reconnect attempt.
    expect(warnings.length).toBeGreaterThan(0);
    expect(new Set(warnings.map((w) => w.role)).size).toBe(warnings.length);
    expect(lines.filter((l) => l.level === "error")).toEqual([]);
    await during.dispose();
    expect(closeReasons.filter((r) => /redis|ECONN|Connection is closed|Stream/i.test(r))).toEqual([]);
  }, 60_000);
});
