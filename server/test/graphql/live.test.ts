import { createClient } from "graphql-ws";
import WebSocket from "ws";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createOrg, nextEvents, startTestServer, type TestOrg, type TestServer } from "../helpers";
import { codes, gqlAt, spawnServer, type ChildServer } from "../more-helpers";

const SUBSCRIPTION = `subscription { actionItemChanged { id status title } }`;
const COMPLETE = `mutation($id: ID!) { completeActionItem(input: { id: $id }) { actionItem { status } } }`;
const REOPEN = `mutation($id: ID!) { reopenActionItem(input: { id: $id }) { actionItem { status } } }`;
type Event = { data: { actionItemChanged: { id: string; status: string; title: string } | null } };

describe("live updates on one server", () => {
  let server: TestServer;
  let a: TestOrg;

  beforeAll(async () => {
    server = await startTestServer();
    a = await createOrg(server.db);
  });
  afterAll(async () => server?.stop());

  it("delivers DONE and then OPEN to a subscribed viewer when an editor completes and reopens over HTTP", async () => {
    const client = server.ws(await server.tokenFor(a.viewer));
    try {
      const { ready, events } = nextEvents<Event>(client, SUBSCRIPTION, 2);
      await ready;
      const editor = await server.tokenFor(a.editor);
      expect((await server.gql(COMPLETE, { id: a.ids.actionItem }, editor)).errors).toBeUndefined();
      expect((await server.gql(REOPEN, { id: a.ids.actionItem }, editor)).errors).toBeUndefined();
      const received = (await events).map((e) => e.data.actionItemChanged);
      expect(received).toEqual([
        { id: a.ids.actionItem, status: "DONE", title: "Skicka protokollet" },
        { id: a.ids.actionItem, status: "OPEN", title: "Skicka protokollet" },
      ]);
    } finally {
      await client.dispose();
    }
  });

  it("delivers events to a subscription opened with a READ API token", async () => {
    const created = await server.gql<{ createApiToken: { token: string } }>(
      `mutation { createApiToken(input: { label: "Live", scopes: [READ], expiresInDays: 1 }) { token } }`,
      {},
      await server.tokenFor(a.admin),
    );
    const client = server.ws(created.data!.createApiToken.token);
    try {
      const { ready, events } = nextEvents<Event>(client, SUBSCRIPTION, 1);
      await ready;
      await server.gql(`mutation($id: ID!) { updateActionItem(input: { id: $id, title: "Nytt namn" }) { actionItem { id } } }`, { id: a.ids.actionItem }, await server.tokenFor(a.editor));
      expect((await events)[0]!.data.actionItemChanged?.title).toBe("Nytt namn");
    } finally {
      await client.dispose();
    }
  });

  it("applies the depth limit to subscription documents, as it does over HTTP", async () => {
    const client = server.ws(await server.tokenFor(a.viewer));
    try {
      const deep = `subscription { actionItemChanged { ${"meeting { actionItems(first: 1) { nodes { ".repeat(4)} id ${"} } } ".repeat(4)} } }`;
      const { events } = nextEvents<Event>(client, deep, 1, 5_000);
      const error = await events.then(
        () => null,
        (e: unknown) => e,
      );
      expect(JSON.stringify(error instanceof Error ? error.message : error)).toMatch(/nested too deeply/);
    } finally {
      await client.dispose();
    }
  });

  it("applies field rules inside delivered events: a viewer gets FORBIDDEN, not the owner's e-mail", async () => {
    const client = server.ws(await server.tokenFor(a.viewer));
    try {
      const { ready, events } = nextEvents<{ data: { actionItemChanged: { owner: { email: string | null } } }; errors?: { extensions?: { code?: string } }[] }>(
        client,
        `subscription { actionItemChanged { owner { email } } }`,
        1,
      );
      await ready;
      await server.gql(COMPLETE, { id: a.ids.actionItem }, await server.tokenFor(a.editor));
      const [event] = await events;
      expect(event!.data.actionItemChanged.owner.email).toBeNull();
      expect(codes(event!)).toEqual(["FORBIDDEN"]);
      expect(JSON.stringify(event)).not.toContain(a.editor.email);
    } finally {
      await client.dispose();
    }
  });
});

const redisUrl = inject("redisUrl");

describe("live updates across two server processes sharing Redis", () => {
  let one: TestServer;
  let two: ChildServer;
  let a: TestOrg;

  beforeAll(async () => {
    if (!redisUrl) return;
    one = await startTestServer({ REDIS_URL: redisUrl });
    two = await spawnServer({ DATABASE_URL: inject("databaseUrl"), REDIS_URL: redisUrl });
    a = await createOrg(one.db);
  }, 120_000);
  afterAll(async () => {
    await two?.stop();
    await one?.stop();
  });

  it.skipIf(!redisUrl)("delivers a change made on server 2 (separate process) to a subscriber on server 1 [needs REDIS_URL]", async () => {
    const client = one.ws(await one.tokenFor(a.viewer));
    try {
      const { ready, events } = nextEvents<Event>(client, SUBSCRIPTION, 1);
      await ready;
      await new Promise((r) => setTimeout(r, 200)); // the Redis SUBSCRIBE round trip
      const res = await gqlAt(two.url, COMPLETE, { id: a.ids.actionItem }, await one.tokenFor(a.editor));
      expect(res.errors).toBeUndefined();
      expect((await events).map((e) => e.data.actionItemChanged?.status)).toEqual(["DONE"]);
    } finally {
      await client.dispose();
    }
  });

  it.skipIf(!redisUrl)("delivers a change made on server 1 to a subscriber on server 2 (separate process) [needs REDIS_URL]", async () => {
    const client = createClient({
      url: `ws://127.0.0.1:${two.port}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${await one.tokenFor(a.viewer)}` },
      retryAttempts: 0,
      lazy: true,
    });
    try {
      const { ready, events } = nextEvents<Event>(client, SUBSCRIPTION, 1);
      await ready;
      await new Promise((r) => setTimeout(r, 200));
      const res = await one.gql(REOPEN, { id: a.ids.actionItem }, await one.tokenFor(a.editor));
      expect(res.errors).toBeUndefined();
      expect((await events).map((e) => e.data.actionItemChanged?.status)).toEqual(["OPEN"]);
    } finally {
      await client.dispose();
    }
  });
});
