import { randomUUID } from "node:crypto";
import { createClient } from "graphql-ws";
import WebSocket from "ws";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { loadConfig } from "../../src/config";
import { createAuthenticator } from "../../src/platform/auth";
import type { Database } from "../../src/platform/db";
import { ConsentStatus } from "../../src/modules/meetings/participant.entity";
import { createOrg, testEnv, type TestOrg } from "../helpers";
import { gqlAt, spawnServer, type ChildServer } from "../more-helpers";
import { ATTACH, followRuns, meetingWith, STYRGRUPP } from "../transcript-helpers";
import { openTestDatabase } from "./job-helpers";

const redisUrl = inject("redisUrl");
const reason = redisUrl ? "" : " (skipped: REDIS_URL is not set — api and worker processes meet only through Redis)";

/**
 * The production split as separate processes of the real server (server/src/main.ts): one
 * ROLE=api and two ROLE=worker on the test database and the machine's Redis.
 */
describe.skipIf(!redisUrl)(`ROLE=api with two ROLE=worker processes${reason}`, () => {
  const queue = `roles-${randomUUID().slice(0, 8)}`;
  const env = { DATABASE_URL: inject("databaseUrl"), REDIS_URL: redisUrl, JOBS_QUEUE: queue, JOBS_POLL_MS: "200", LOG_LEVEL: "info" };
  let db: Database;
  let api: ChildServer;
  let workers: ChildServer[] = [];
  let org: TestOrg;

  beforeAll(async () => {
    db = await openTestDatabase();
    org = await createOrg(db, "Rollkommun");
    [api, ...workers] = await Promise.all([spawnServer({ ...env, ROLE: "api" }), spawnServer({ ...env, ROLE: "worker" }), spawnServer({ ...env, ROLE: "worker" })]);
  }, 90_000);
  afterAll(async () => {
    await Promise.all([api, ...workers].filter(Boolean).map((p) => p.stop()));
    await db?.close();
  });

  it("a transcript attached through the api is analysed by a worker, and its progress reaches the api's subscriber", async () => {
    const m = await meetingWith(db, org, [ConsentStatus.GRANTED, ConsentStatus.GRANTED]);
    const auth = createAuthenticator(loadConfig(testEnv()), db);
    const editor = (await auth.signDevToken(org.editor)).token;
    const viewer = (await auth.signDevToken(org.viewer)).token;
    const client = createClient({ url: `ws://127.0.0.1:${api.port}/graphql`, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${viewer}` }, retryAttempts: 0, lazy: true });
    const subscribed = new Promise<void>((r) => client.on("connected", () => setTimeout(r, 300)));
    const { seen, succeeded: done } = followRuns(client, m.id, 30_000);
    try {
      await subscribed;
      const res = await gqlAt<{ attachTranscript: { run: { id: string } } }>(api.url, ATTACH, { input: { meetingId: m.id, content: STYRGRUPP } }, editor);
      expect(res.errors).toBeUndefined();
      await done;
    } finally {
      await client.dispose();
    }
    expect(seen.at(-1)).toEqual({ status: "SUCCEEDED", progress: 100 });
    expect(seen.some((e) => e.status === "RUNNING")).toBe(true);

    const ran = (logs: string) => logs.split("\n").filter((l) => l.includes('"event":"job.started"'));
    expect(ran(api.logs()), "the api process must not run jobs").toEqual([]);
    const workerRuns = workers.flatMap((w) => ran(w.logs()));
    expect(workerRuns.filter((l) => l.includes('"job":"extract-meeting"'))).toHaveLength(1);
    // The subscriber may hear of the success (through Redis) before the worker's log line reaches our pipe.
    const succeededLogged = () => workers.flatMap((w) => w.logs().split("\n")).some((l) => l.includes('"event":"extraction.succeeded"'));
    for (const end = Date.now() + 10_000; !succeededLogged() && Date.now() < end; ) await new Promise((r) => setTimeout(r, 50));
    expect(succeededLogged()).toBe(true);
    // Logs carry ids and counts, never the transcript's words or the people's names.
    for (const p of [api, ...workers]) {
      expect(p.logs()).not.toContain("Stina Stakeholder");
      expect(p.logs()).not.toMatch(/protokollet/i);
    }
  }, 60_000);

  it("a worker serves health and metrics only, and the api process reports its role", async () => {
    const w = workers[0]!;
    expect((await fetch(`${w.url}/health`)).status).toBe(200);
    const health = await fetch(`${w.url}/api/health`);
    expect(health.status).toBe(200);
    const metrics = await (await fetch(`${w.url}/metrics`)).text();
    expect(metrics).toContain("postboxen_jobs_total");
    expect(metrics).toContain("postboxen_job_queue_depth");
    const graphql = await fetch(`${w.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ __typename }" }) });
    expect(graphql.status).toBe(404);
    expect(api.logs()).toContain('"role":"api"');
    expect(w.logs()).toContain('"role":"worker"');
  });
});
