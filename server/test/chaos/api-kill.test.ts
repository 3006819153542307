import { randomUUID } from "node:crypto";
import { createClient } from "graphql-ws";
import WebSocket from "ws";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { loadConfig } from "../../src/config";
import { createAuthenticator } from "../../src/platform/auth";
import type { Database } from "../../src/platform/db";
import { createOrg, testEnv, type TestOrg } from "../helpers";
import { gqlAt, spawnServer, type ChildServer } from "../more-helpers";
import { openTestDatabase } from "../jobs/job-helpers";

const redisUrl = inject("redisUrl");
const reason = redisUrl ? "" : " (skipped: REDIS_URL is not set — two api processes share events through Redis)";

/**
 * Two api processes behind "a load balancer" (the client's own list of URLs). One is killed with
 * SIGKILL while a client is subscribed: the client reconnects to the other, re-queries what it may
 * have missed, and receives the next events there.
 */
describe.skipIf(!redisUrl)(`an api process killed with open subscriptions${reason}`, () => {
  const env = { DATABASE_URL: inject("databaseUrl"), REDIS_URL: redisUrl, JOBS_QUEUE: `kill-${randomUUID().slice(0, 8)}` };
  let db: Database;
  let a: ChildServer;
  let b: ChildServer;
  let org: TestOrg;

  beforeAll(async () => {
    db = await openTestDatabase();
    org = await createOrg(db, "Failoverkommun");
    [a, b] = await Promise.all([spawnServer({ ...env, ROLE: "api" }), spawnServer({ ...env, ROLE: "all" })]);
  }, 90_000);
  afterAll(async () => {
    await Promise.all([a, b].filter(Boolean).map((p) => p.stop()));
    await db?.close();
  });

  it("the client reconnects to the other process, misses nothing it cannot re-query, and gets the next events", async () => {
    const auth = createAuthenticator(loadConfig(testEnv()), db);
    const viewer = (await auth.signDevToken(org.viewer)).token;
    const editor = (await auth.signDevToken(org.editor)).token;
    const urls = [a, b].map((s) => `ws://127.0.0.1:${s.port}/graphql`);
    let attempt = 0;
    let connects = 0;
    const client = createClient({
      url: () => urls[attempt++ % urls.length]!,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${viewer}` },
      retryAttempts: 10,
      retryWait: async () => new Promise((r) => setTimeout(r, 100)),
      shouldRetry: () => true,
      on: { connected: () => void connects++ },
    });
    const statuses: string[] = [];
    let onEvent: () => void = () => undefined;
    client.subscribe<{ actionItemChanged: { id: string; status: string } | null }>(
      { query: `subscription { actionItemChanged { id status } }` },
      { next: ({ data }) => (data?.actionItemChanged && statuses.push(data.actionItemChanged.status), onEvent()), error: () => undefined, complete: () => undefined },
    );
    const nextEvent = () => new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no event; saw ${statuses.join(",")}`)), 15_000);
      onEvent = () => (clearTimeout(timer), resolve());
    });
    try {
      const until = Date.now() + 10_000;
      while (connects === 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
      await new Promise((r) => setTimeout(r, 300));
      const complete = `mutation($id: ID!) { completeActionItem(input: { id: $id }) { actionItem { status } } }`;
      const reopen = `mutation($id: ID!) { reopenActionItem(input: { id: $id }) { actionItem { status } } }`;
      const first = nextEvent();
      await gqlAt(b.url, complete, { id: org.ids.actionItem }, editor);
      await first;
      expect(statuses).toEqual(["DONE"]);

      await a.kill();
      // A change while the client is between connections: the event is lost, the state is not.
      await gqlAt(b.url, reopen, { id: org.ids.actionItem }, editor);
      const reconnectBy = Date.now() + 15_000;
      while (connects < 2 && Date.now() < reconnectBy) await new Promise((r) => setTimeout(r, 50));
      expect(connects).toBeGreaterThanOrEqual(2);
      const requery = await gqlAt<{ node: { status: string } }>(b.url, `query($id: ID!) { node(id: $id) { ... on ActionItem { status } } }`, { id: org.ids.actionItem }, viewer);
      expect(requery.data?.node.status).toBe("OPEN");

      await new Promise((r) => setTimeout(r, 300));
      const next = nextEvent();
      await gqlAt(b.url, complete, { id: org.ids.actionItem }, editor);
      await next;
      expect(statuses.at(-1)).toBe("DONE");
    } finally {
      await client.dispose();
    }
  }, 60_000);
});
