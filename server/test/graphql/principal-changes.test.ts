import { randomUUID } from "node:crypto";
import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ConsentStatus } from "../../src/modules/meetings/participant.entity";
import { createOrg, startTestServer, type TestOrg, type TestServer } from "../helpers";
import { gqlAt, spawnServer, type ChildServer } from "../more-helpers";
import { meetingWith } from "../transcript-helpers";

const redisUrl = inject("redisUrl");
const reason = redisUrl ? "" : " (skipped: REDIS_URL is not set — the change travels between processes through Redis)";

type Event = { data?: { meetingChanged: { title: string; participants: { stakeholder: { email: string | null } }[] } | null }; errors?: { extensions?: { code?: string } }[] };

/**
 * A subscription opened on one process, a role change made on another: the next event is served
 * with the new role. Two real processes over the machine's Redis.
 */
describe.skipIf(!redisUrl)(`rights follow the principal into open subscriptions${reason}`, () => {
  let a: TestServer;
  let b: ChildServer;
  let org: TestOrg;

  beforeAll(async () => {
    a = await startTestServer({ REDIS_URL: redisUrl });
    b = await spawnServer({ DATABASE_URL: inject("databaseUrl"), REDIS_URL: redisUrl, JOBS_QUEUE: `pc-${randomUUID().slice(0, 8)}` });
    org = await createOrg(a.db, "Rättighetskommun");
  }, 90_000);
  afterAll(async () => {
    await b?.stop();
    await a?.stop();
  });

  function subscribeOnB(token: string): { client: Client; events: Event[]; next(n: number): Promise<Event>; closed: Promise<number> } {
    let closedResolve: (code: number) => void = () => undefined;
    const closed = new Promise<number>((r) => (closedResolve = r));
    const client = createClient({ url: `ws://127.0.0.1:${b.port}/graphql`, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0, lazy: false, on: { closed: (e) => closedResolve((e as { code: number }).code) } });
    const events: Event[] = [];
    const waiters: { n: number; resolve: (e: Event) => void }[] = [];
    client.subscribe<Event["data"]>(
      { query: `subscription { meetingChanged { title participants { stakeholder { email } } } }` },
      {
        next: (value) => {
          events.push(value as Event);
          for (const w of [...waiters]) {
            if (events.length < w.n) continue;
            waiters.splice(waiters.indexOf(w), 1);
            w.resolve(events[w.n - 1]!);
          }
        },
        error: () => undefined,
        complete: () => undefined,
      },
    );
    return {
      client,
      events,
      closed,
      next: (n) =>
        new Promise((resolve, reject) => {
          if (events.length >= n) return resolve(events[n - 1]!);
          const timer = setTimeout(() => reject(new Error(`event ${n} never came; got ${JSON.stringify(events)}`)), 15_000);
          waiters.push({ n, resolve: (e) => (clearTimeout(timer), resolve(e)) });
        }),
    };
  }

  const rename = async (meetingId: string, title: string) => {
    const res = await a.gql(`mutation($id: ID!, $t: String!) { updateMeeting(input: { id: $id, title: $t }) { meeting { id } } }`, { id: meetingId, t: title }, await a.tokenFor(org.admin));
    expect(res.errors).toBeUndefined();
  };

  it("an editor lowered to viewer stops receiving editor-only fields on the next event", async () => {
    const m = await meetingWith(a.db, org, [ConsentStatus.GRANTED], { names: [org.stakeholder.name] });
    const sub = subscribeOnB(await a.tokenFor(org.editor));
    try {
      await new Promise((r) => setTimeout(r, 500)); // the subscription reaches Redis
      await rename(m.id, "Före ändringen");
      const before = await sub.next(1);
      expect(before.data?.meetingChanged?.participants[0]?.stakeholder.email).toMatch(/@test\.example$/);

      const demoted = await a.gql(`mutation($id: ID!) { updateUserRole(input: { id: $id, role: VIEWER }) { user { role } } }`, { id: Buffer.from(`User:${org.editor.id}`).toString("base64url") }, await a.tokenFor(org.admin));
      expect(demoted.errors).toBeUndefined();
      await rename(m.id, "Efter ändringen");
      const after = await sub.next(2);
      expect(after.data?.meetingChanged?.title).toBe("Efter ändringen");
      expect(after.data?.meetingChanged?.participants[0]?.stakeholder.email).toBeNull();
      expect(after.errors?.map((e) => e.extensions?.code)).toContain("FORBIDDEN");
    } finally {
      await sub.client.dispose();
    }
  });

  it("a revoked API token's socket is closed with 4403 at once, on the other process", async () => {
    const admin = await a.tokenFor(org.admin);
    const created = await gqlAt<{ createApiToken: { token: string; apiToken: { id: string } } }>(
      `http://127.0.0.1:${a.port}`,
      `mutation { createApiToken(input: { label: "Integration", scopes: [READ], expiresInDays: 30 }) { token apiToken { id } } }`,
      {},
      admin,
    );
    expect(created.errors).toBeUndefined();
    const sub = subscribeOnB(created.data!.createApiToken.token);
    try {
      await new Promise((r) => setTimeout(r, 500));
      const started = Date.now();
      await a.gql(`mutation($id: ID!) { revokeApiToken(input: { id: $id }) { apiToken { revokedAt } } }`, { id: created.data!.createApiToken.apiToken.id }, admin);
      expect(await sub.closed).toBe(4403);
      // Well before the periodic re-check (30 s).
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      await sub.client.dispose();
    }
  });
});
