import { connect, type Socket } from "node:net";
import WebSocket from "ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrg, startTestServer, type TestOrg, type TestServer } from "../helpers";
import { codes, wsInitOutcome } from "../more-helpers";

const post = (port: number, body: string, headers: Record<string, string> = {}) =>
  fetch(`http://127.0.0.1:${port}/graphql`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });

/** Resolves when the server closes the socket (or after `ms`, with false). */
function closedWithin(socket: Socket, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    socket.once("close", () => (clearTimeout(timer), resolve(true)));
  });
}

function rawSocket(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const s = connect(port, "127.0.0.1", () => resolve(s));
    s.once("error", reject);
  });
}

describe("requests the API answers with a typed error", () => {
  let server: TestServer;
  let a: TestOrg;
  beforeAll(async () => {
    server = await startTestServer();
    a = await createOrg(server.db);
  });
  afterAll(async () => server?.stop());

  it("refuses a subscription sent over HTTP with BAD_REQUEST and a hint to use the WebSocket", async () => {
    const res = await server.gql(`subscription { actionItemChanged { id } }`, {}, await server.tokenFor(a.viewer));
    expect(res.status).toBe(400);
    expect(codes(res)).toEqual(["BAD_REQUEST"]);
    expect(res.errors?.[0]?.message).toMatch(/WebSocket/);
    expect(server.logs.join("\n")).not.toContain('"level":"error"');
  });

  it("keeps the schema from anonymous callers and shows it to signed-in ones", async () => {
    const anonymous = await server.gql(`{ __schema { queryType { name } } }`);
    expect(anonymous.status).toBe(401);
    expect(codes(anonymous)).toEqual(["UNAUTHENTICATED"]);
    const viaFragment = await server.gql(`query { ...F } fragment F on Query { __type(name: "Meeting") { name } }`);
    expect(codes(viaFragment)).toEqual(["UNAUTHENTICATED"]);
    // __typename is not introspection.
    expect((await server.gql(`{ __typename }`)).data).toEqual({ __typename: "Query" });
    const signedIn = await server.gql<{ __schema: { queryType: { name: string } } }>(`{ __schema { queryType { name } } }`, {}, await server.tokenFor(a.viewer));
    expect(signedIn.data?.__schema.queryType.name).toBe("Query");
  });

  it("refuses JSON nested deeper than 64 levels before parsing it, also from a signed-in caller", async () => {
    const deep = `{"query":"{ __typename }","variables":{"x":${"[".repeat(5000)}${"]".repeat(5000)}}}`;
    const anonymous = await post(server.port, deep);
    expect(anonymous.status).toBe(400);
    expect(codes((await anonymous.json()) as object)).toEqual(["BAD_REQUEST"]);
    const signedIn = await post(server.port, deep, { authorization: `Bearer ${await server.tokenFor(a.viewer)}` });
    expect(signedIn.status).toBe(400);
    // 64 levels are fine.
    const ok = await post(server.port, `{"query":"{ __typename }","variables":{"x":${"[".repeat(60)}${"]".repeat(60)}}}`);
    expect(ok.status).toBe(200);
  });

  it("closes a WebSocket whose first frame is larger than 16 KiB before reading connection_init", async () => {
    const outcome = await wsInitOutcome(server.port, { authorization: `Bearer ${await server.tokenFor(a.viewer)}`, pad: "x".repeat(64 * 1024) });
    expect(outcome.acked).toBe(false);
    expect(outcome.code).toBe(1009);
    // A normal connection_init still works.
    expect((await wsInitOutcome(server.port, { authorization: `Bearer ${await server.tokenFor(a.viewer)}` })).acked).toBe(true);
  });

  it("sends the security headers, a Content-Security-Policy included", async () => {
    const res = await fetch(`http://127.0.0.1:${server.port}/health`);
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    expect(res.headers.get("cross-origin-opener-policy")).toBe("same-origin");
  });

  it("refuses a WebSocket from another site's page, and accepts one from its own origin or none", async () => {
    const token = await server.tokenFor(a.viewer);
    const opened = (origin?: string) =>
      new Promise<number | "open">((resolve) => {
        const ws = new WebSocket(`ws://127.0.0.1:${server.port}/graphql`, "graphql-transport-ws", origin ? { headers: { origin } } : {});
        ws.on("open", () => (ws.close(), resolve("open")));
        ws.on("unexpected-response", (_req, res) => resolve(res.statusCode ?? 0));
        ws.on("error", () => undefined);
      });
    expect(await opened("https://evil.example")).toBe(403);
    expect(await opened(`http://127.0.0.1:${server.port}`)).toBe("open");
    expect(await opened()).toBe("open");
    void token;
  });
});

describe("introspection policy", () => {
  it("GRAPHQL_INTROSPECTION=public shows the schema to anyone; off hides it from everyone, over HTTP and WebSocket", async () => {
    const pub = await startTestServer({ GRAPHQL_INTROSPECTION: "public" });
    const off = await startTestServer({ GRAPHQL_INTROSPECTION: "off" });
    try {
      expect((await pub.gql(`{ __schema { queryType { name } } }`)).status).toBe(200);
      const org = await createOrg(off.db);
      const token = await off.tokenFor(org.admin);
      const res = await off.gql(`{ __schema { queryType { name } } }`, {}, token);
      expect(res.status).toBe(403);
      expect(codes(res)).toEqual(["FORBIDDEN"]);
      const client = off.ws(token);
      const overWs = await new Promise<unknown>((resolve) => client.subscribe({ query: `{ __schema { queryType { name } } }` }, { next: resolve, error: resolve, complete: () => resolve("complete") }));
      await client.dispose();
      expect(JSON.stringify(overWs)).toContain("FORBIDDEN");
    } finally {
      await pub.stop();
      await off.stop();
    }
  });
});

describe("connections", () => {
  let server: TestServer;
  beforeAll(async () => {
    // Nobody is a trusted proxy here, so the loopback test client counts as one address.
    server = await startTestServer({ HTTP_IDLE_TIMEOUT_MS: "500", HTTP_MAX_CONNECTIONS_PER_ADDRESS: "4", TRUST_PROXY: "none" });
  });
  afterAll(async () => server?.stop());

  it("closes a TCP connection that never sends a byte", async () => {
    const silent = await rawSocket(server.port);
    expect(await closedWithin(silent, 5_000)).toBe(true);
  });

  it("keeps an idle, signed-in WebSocket open past the idle timeout", async () => {
    const org = await createOrg(server.db);
    const ws = new WebSocket(`ws://127.0.0.1:${server.port}/graphql`, "graphql-transport-ws");
    await new Promise((r) => ws.once("open", r));
    ws.send(JSON.stringify({ type: "connection_init", payload: { authorization: `Bearer ${await server.tokenFor(org.viewer)}` } }));
    await new Promise((r) => ws.once("message", r));
    const closed = new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), 1_500);
      ws.once("close", () => (clearTimeout(timer), resolve(true)));
    });
    expect(await closed).toBe(false);
    ws.close();
  });

  it("refuses connections past the cap per address, and takes new ones once some close", async () => {
    const open = await Promise.all([0, 1, 2, 3].map(() => rawSocket(server.port)));
    for (const s of open) s.write("GET /health HTTP/1.1\r\nHost: x\r\n\r\n");
    const fifth = await rawSocket(server.port);
    expect(await closedWithin(fifth, 2_000)).toBe(true);
    for (const s of open) s.destroy();
    await new Promise((r) => setTimeout(r, 100));
    expect((await fetch(`http://127.0.0.1:${server.port}/health`)).status).toBe(200);
  });

});

describe("trusted proxies", () => {
  const spoofed = async (port: number, n: number) => {
    const statuses: number[] = [];
    for (let i = 0; i < n; i++) statuses.push((await post(port, JSON.stringify({ query: "{ __typename }" }), { "x-forwarded-for": `203.0.113.${i + 1}` })).status);
    return statuses;
  };

  it("ignores X-Forwarded-For from a peer that is not a trusted proxy (TRUST_PROXY=none): a forged address does not escape the limit", async () => {
    const strict = await startTestServer({ TRUST_PROXY: "none", RATE_LIMIT_PER_MINUTE: "3" });
    const trusting = await startTestServer({ TRUST_PROXY: "loopback", RATE_LIMIT_PER_MINUTE: "3" });
    try {
      expect(await spoofed(strict.port, 4)).toEqual([200, 200, 200, 429]);
      // Behind a trusted loopback proxy the forwarded address is the client's, so each is its own.
      expect(await spoofed(trusting.port, 4)).toEqual([200, 200, 200, 200]);
    } finally {
      await strict.stop();
      await trusting.stop();
    }
  });
});
