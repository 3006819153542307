import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GraphQLError } from "graphql";
import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";
import { ConfigError, loadConfig } from "../../src/config";
import { AppError, ErrorCode, createFormatError } from "../../src/platform/errors";
import { wsTimings } from "../../src/platform/http";
import { createLogger } from "../../src/platform/logger";
import { createOrg, nextEvents, startTestServer, type TestOrg, type TestServer } from "../helpers";
import { idOf } from "../../src/platform/ids";
import { codes, devJwt, looksLikeStackTrace, runMain, sql } from "../more-helpers";

type WsResult = { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };

/** Runs one operation over a graphql-ws client: its result, or the errors it was refused with. */
function wsRun(client: Client, query: string): Promise<WsResult> {
  return new Promise((resolve, reject) => {
    let result: WsResult | undefined;
    client.subscribe(
      { query },
      {
        next: (value) => void (result = value as WsResult),
        error: (error) => {
          if (Array.isArray(error)) resolve({ errors: error as WsResult["errors"] });
          else {
            const { code, reason } = error as { code?: number; reason?: string };
            reject(error instanceof Error ? error : new Error(`socket closed: ${code} ${reason}`));
          }
        },
        complete: () => resolve(result ?? {}),
      },
    );
  });
}

/** A graphql-ws client that opens one connection at once and keeps it until disposed (server.ws() reconnects per operation). */
function persistentClient(port: number, token: string, webSocketImpl: unknown = WebSocket): Client {
  return createClient({
    url: `ws://127.0.0.1:${port}/graphql`,
    webSocketImpl,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
    lazy: false,
    onNonLazyError: () => undefined,
  });
}

/** Resolves with the close code of a graphql-ws client's socket. */
const closeCode = (client: Client) => new Promise<number>((resolve) => client.on("closed", (event) => resolve((event as { code: number }).code)));

/** A raw graphql-transport-ws connection: whether it was acknowledged and how (and when) it closed. */
function rawConnection(port: number, token: string, afterAck?: (socket: WebSocket) => void, ms = 15_000) {
  return new Promise<{ acked: boolean; code: number; openMs: number }>((resolve, reject) => {
    const socket = new WebSocket(`ws://127.0.0.1:${port}/graphql`, "graphql-transport-ws");
    const started = Date.now();
    let acked = false;
    const timer = setTimeout(() => {
      socket.terminate();
      reject(new Error("websocket did not close"));
    }, ms);
    socket.on("open", () => socket.send(JSON.stringify({ type: "connection_init", payload: { authorization: `Bearer ${token}` } })));
    socket.on("message", (data) => {
      if ((JSON.parse(String(data)) as { type: string }).type === "connection_ack") {
        acked = true;
        afterAck?.(socket);
      }
    });
    socket.on("close", (code) => {
      clearTimeout(timer);
      resolve({ acked, code, openMs: Date.now() - started });
    });
    socket.on("error", () => undefined);
  });
}

const CREATE_TOKEN = `mutation { createApiToken(input: { label: "Socket", scopes: [READ], expiresInDays: 1 }) { token apiToken { id } } }`;
const REVOKE_TOKEN = `mutation($id: ID!) { revokeApiToken(input: { id: $id }) { apiToken { revokedAt } } }`;

describe("WebSocket connections re-check their credentials", () => {
  let server: TestServer;
  let a: TestOrg;
  let admin: string;

  beforeAll(async () => {
    server = await startTestServer();
    a = await createOrg(server.db);
    admin = await server.tokenFor(a.admin);
  });
  afterAll(async () => {
    wsTimings.recheckMs = 30_000;
    await server?.stop();
  });

  async function readToken() {
    const res = await server.gql<{ createApiToken: { token: string; apiToken: { id: string } } }>(CREATE_TOKEN, {}, admin);
    expect(res.errors).toBeUndefined();
    return res.data!.createApiToken;
  }

  it("answers a new operation on the open socket of a revoked READ token with UNAUTHENTICATED", async () => {
    wsTimings.recheckMs = 60_000; // this test is about onSubscribe, not the periodic check
    const { token, apiToken } = await readToken();
    const client = persistentClient(server.port, token);
    let closed = false;
    client.on("closed", () => (closed = true));
    try {
      expect((await wsRun(client, `{ viewer { role } }`)).data).toEqual({ viewer: { role: "VIEWER" } });
      // Revoked behind the API's back (no announcement that would close the socket at once, see
      // principal-changes.test.ts): the next operation's own re-check must refuse it.
      await sql(server.db, `update api_tokens set revoked_at = now() where id = ?`, [idOf("ApiToken", apiToken.id)]);
      const refused = await wsRun(client, `{ viewer { role } }`);
      expect(codes(refused)).toEqual(["UNAUTHENTICATED"]);
      expect(refused.data ?? null).toBeNull();
      expect(closed).toBe(false); // the same connection: refused by onSubscribe, not at connection_init
    } finally {
      await client.dispose();
    }
  });

  it("closes the socket of a revoked token with 4403 at the next periodic check, ending its subscriptions", async () => {
    wsTimings.recheckMs = 250;
    const { token, apiToken } = await readToken();
    const client = server.ws(token);
    const closed = closeCode(client);
    try {
      const { ready, events } = nextEvents(client, `subscription { actionItemChanged { id } }`, 1, 10_000);
      await ready;
      const revokedAt = Date.now();
      expect((await server.gql(REVOKE_TOKEN, { id: apiToken.id }, admin)).errors).toBeUndefined();
      expect(await closed).toBe(4403);
      expect(Date.now() - revokedAt).toBeLessThan(5_000);
      await expect(events).rejects.toBeDefined();
    } finally {
      await client.dispose();
    }
  });

  it("keeps a valid token's socket open across periodic checks (control)", async () => {
    wsTimings.recheckMs = 100;
    const { token } = await readToken();
    const client = persistentClient(server.port, token);
    let closed = false;
    client.on("closed", () => (closed = true));
    try {
      expect((await wsRun(client, `{ viewer { role } }`)).data).toEqual({ viewer: { role: "VIEWER" } });
      await new Promise((r) => setTimeout(r, 600));
      expect((await wsRun(client, `{ viewer { role } }`)).data).toEqual({ viewer: { role: "VIEWER" } });
      expect(closed).toBe(false);
    } finally {
      await client.dispose();
    }
  });

  it("closes a JWT's connection with 4401 when the token expires", async () => {
    wsTimings.recheckMs = 60_000;
    const token = await devJwt(server.config.auth.secret, a.viewer.id, { exp: Math.floor(Date.now() / 1000) + 2 });
    const outcome = await rawConnection(server.port, token);
    expect(outcome.acked).toBe(true);
    expect(outcome.code).toBe(4401);
    expect(outcome.openMs).toBeGreaterThan(500);
  });

  it("closes a connection that sends a message larger than the GraphQL body limit (1009)", async () => {
    const limit = Math.max(1024 * 1024, 2 * server.config.ai.transcriptMaxBytes + 64 * 1024);
    const token = await server.tokenFor(a.viewer);
    const big = await rawConnection(server.port, token, (socket) =>
      socket.send(JSON.stringify({ id: "1", type: "subscribe", payload: { query: `{ viewer { role } }`, variables: { pad: "x".repeat(limit) } } })),
    );
    expect(big).toMatchObject({ acked: true, code: 1009 });
  });

  it("gives WebSocket parse and validation errors the codes HTTP gives them, and keeps their message", async () => {
    const client = persistentClient(server.port, await server.tokenFor(a.viewer));
    try {
      const unparsable = await wsRun(client, `{ viewer { role }`);
      expect(codes(unparsable)).toEqual(["GRAPHQL_PARSE_FAILED"]);
      expect(unparsable.errors![0]!.message).toMatch(/Syntax Error/);
      const invalid = await wsRun(client, `{ viewer { nope } }`);
      expect(codes(invalid)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
      expect(invalid.errors![0]!.message).toMatch(/nope/);
    } finally {
      await client.dispose();
    }
  });
});

describe("errors never carry infrastructure text", () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => server?.stop());

  async function rawPost(token: string) {
    const res = await fetch(`http://127.0.0.1:${server.port}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: `{ viewer { role } }` }),
    });
    const text = await res.text();
    return { status: res.status, text, body: JSON.parse(text) as WsResult };
  }

  it("answers a correctly signed dev token whose subject is not a user id with 401 UNAUTHENTICATED, no SQL", async () => {
    const res = await rawPost(await devJwt(server.config.auth.secret, "not-a-uuid"));
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ errors: [{ message: "Invalid or expired credentials", extensions: { code: "UNAUTHENTICATED" } }] });
    expect(res.text).not.toMatch(/uuid|syntax|select|users|context creation/i);
    expect(looksLikeStackTrace(res.text)).toBe(false);
  });

  it("refuses the same token on a WebSocket (control: the connection is not acknowledged)", async () => {
    const token = await devJwt(server.config.auth.secret, "not-a-uuid");
    const outcome = await rawConnection(server.port, token);
    expect(outcome).toMatchObject({ acked: false, code: 4403 });
  });

  it("answers 503 SERVICE_UNAVAILABLE, with a generic message, when the database fails while checking credentials", async () => {
    const broken = await startTestServer();
    try {
      const org = await createOrg(broken.db);
      const token = await devJwt(broken.config.auth.secret, org.viewer.id); // fresh: not in the JWT cache
      await broken.db.close();
      const res = await fetch(`http://127.0.0.1:${broken.port}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: `{ viewer { role } }` }),
      });
      const text = await res.text();
      expect(res.status).toBe(503);
      expect(JSON.parse(text)).toEqual({ errors: [{ message: "Service temporarily unavailable", extensions: { code: "SERVICE_UNAVAILABLE" } }] });
      expect(text).not.toMatch(/pool|knex|connection|postgres|select/i);
      expect(broken.logs.some((l) => l.includes("auth.check_failed"))).toBe(true);
    } finally {
      await broken.stop();
    }
  });

  describe("the error formatter", () => {
    const logs: string[] = [];
    const format = createFormatError(createLogger("info", { write: (line) => void logs.push(line) }));
    // What graphql-js makes of a resolver's error: a located error wrapping the original.
    const located = (original: Error) => new GraphQLError(original.message, { path: ["meeting"], originalError: original });

    it("passes an AppError's code and message, also when graphql-js wrapped it", () => {
      const error = located(new AppError(ErrorCode.CONFLICT, "Already done"));
      expect(format({ message: "Already done", path: ["meeting"], extensions: { code: "CONFLICT" } }, error)).toEqual({
        message: "Already done",
        path: ["meeting"],
        locations: undefined,
        extensions: { code: "CONFLICT" },
      });
    });

    it("masks an error Apollo stamped INTERNAL_SERVER_ERROR, or one carrying a known code it is not entitled to", () => {
      for (const code of ["INTERNAL_SERVER_ERROR", "FORBIDDEN", "BAD_USER_INPUT", "GRAPHQL_VALIDATION_FAILED"]) {
        const error = located(new GraphQLError(`relation "users" does not exist (${code})`, { extensions: { code } }));
        const out = format({ message: error.message, path: ["meeting"], extensions: { code } }, error);
        expect(out).toEqual({ message: "Internal server error", path: ["meeting"], extensions: { code: "INTERNAL_SERVER_ERROR" } });
      }
      expect(logs.join("\n")).not.toContain("relation");
      expect(logs.join("\n")).toContain("graphql.unhandled_error");
    });

    it("masks a failed context creation, which Apollo reports without a path", () => {
      const error = new GraphQLError("Context creation failed: select * from users", { originalError: new Error("select * from users") });
      expect(format({ message: error.message, extensions: { code: "INTERNAL_SERVER_ERROR" } }, error).message).toBe("Internal server error");
    });

    it("passes Apollo's own request-level errors (parse, validation, variables) with their message", () => {
      for (const code of ["GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED", "BAD_USER_INPUT", "BAD_REQUEST"]) {
        const error = new GraphQLError(`Variable "$first" got invalid value (${code})`, { extensions: { code } });
        expect(format({ message: error.message, extensions: { code } }, error).message).toBe(error.message);
      }
    });
  });
});

/** Waits, if needed, so the next few seconds fall within one rate-limit window (fixed minutes). */
async function freshWindow() {
  const left = 60_000 - (Date.now() % 60_000);
  if (left < 8_000) await new Promise((r) => setTimeout(r, left + 50));
}

describe("rate limits key on the client address before sign-in and on the principal after", () => {
  const LIMIT = 5;
  let server: TestServer;
  let a: TestOrg;

  beforeAll(async () => {
    server = await startTestServer({ RATE_LIMIT_PER_MINUTE: String(LIMIT) });
    a = await createOrg(server.db);
  });
  afterAll(async () => server?.stop());

  /** POST from a given client address (the server trusts X-Forwarded-For from loopback). */
  async function post(address: string, token?: string, body = JSON.stringify({ query: `{ viewer { role } }` })) {
    const res = await fetch(`http://127.0.0.1:${server.port}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": address, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body,
    });
    return { status: res.status, body: (await res.json()) as WsResult };
  }

  it("answers random bearers from one address with 429 after the limit, whatever the bearer", async () => {
    await freshWindow();
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT + 2; i++) statuses.push((await post("203.0.113.10", `forged-${randomBytes(12).toString("hex")}`)).status);
    expect(statuses).toEqual([...Array<number>(LIMIT).fill(401), 429, 429]);
    const limited = await post("203.0.113.10", `forged-${randomBytes(12).toString("hex")}`);
    expect(codes(limited.body)).toEqual(["RATE_LIMITED"]);
    // Another address is not affected.
    expect((await post("203.0.113.11", "forged")).status).toBe(401);
  });

  it("limits a signed-in principal across addresses", async () => {
    await freshWindow();
    const token = await server.tokenFor(a.editor);
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT + 1; i++) statuses.push((await post(`198.51.100.${i + 1}`, token)).status);
    expect(statuses).toEqual([...Array<number>(LIMIT).fill(200), 429]);
  });

  it("rate-limits operations on one WebSocket connection per principal", async () => {
    await freshWindow();
    class FromAddress extends WebSocket {
      constructor(url: string, protocols?: string | string[]) {
        super(url, protocols, { headers: { "x-forwarded-for": "192.0.2.50" } });
      }
    }
    const client = persistentClient(server.port, await server.tokenFor(a.viewer), FromAddress);
    try {
      const results: (string | undefined)[] = [];
      for (let i = 0; i < LIMIT + 1; i++) results.push(codes(await wsRun(client, `{ viewer { role } }`))[0]);
      expect(results).toEqual([...Array<undefined>(LIMIT).fill(undefined), "RATE_LIMITED"]);
    } finally {
      await client.dispose();
    }
  });

  it("parses at most 64 KiB for a caller without credentials, and more for a signed-in one", async () => {
    await freshWindow();
    const body = JSON.stringify({ query: `{ viewer { role } }`, variables: { pad: "x".repeat(100 * 1024) } });
    const anonymous = await post("192.0.2.60", undefined, body);
    expect(anonymous.status).toBe(413);
    expect(codes(anonymous.body)).toEqual(["PAYLOAD_TOO_LARGE"]);
    const signedIn = await post("192.0.2.61", await server.tokenFor(a.admin), body);
    expect(signedIn.status).toBe(200);
  });
});

describe("dev sign-in listens on loopback only", () => {
  const problemsOf = (env: Record<string, string>): string[] => {
    try {
      loadConfig(env);
      return [];
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      return (error as ConfigError).problems;
    }
  };

  it("defaults HOST to 127.0.0.1 with AUTH_MODE=dev and to 0.0.0.0 with OIDC", () => {
    expect(loadConfig({}).http.host).toBe("127.0.0.1");
    expect(loadConfig({ AUTH_MODE: "oidc", OIDC_ISSUER: "https://idp.example/", OIDC_AUDIENCE: "postboxen" }).http.host).toBe("0.0.0.0");
  });

  it("refuses AUTH_MODE=dev on a non-loopback HOST unless DEV_AUTH_ALLOW_REMOTE=true", () => {
    for (const host of ["0.0.0.0", "::", "192.168.1.20"]) {
      expect(problemsOf({ HOST: host })).toEqual([expect.stringMatching(/^HOST: .*DEV_AUTH_ALLOW_REMOTE=true/)]);
      expect(problemsOf({ HOST: host, DEV_AUTH_ALLOW_REMOTE: "true" })).toEqual([]);
    }
    for (const host of ["127.0.0.1", "127.0.1.1", "::1", "localhost"]) expect(problemsOf({ HOST: host })).toEqual([]);
    expect(problemsOf({ HOST: "0.0.0.0", AUTH_MODE: "oidc", OIDC_ISSUER: "https://idp.example/", OIDC_AUDIENCE: "postboxen" })).toEqual([]);
  });

  it("exits non-zero at start with AUTH_MODE=dev and HOST=0.0.0.0, naming the way out", async () => {
    const { code, stderr, stdout } = await runMain({ HOST: "0.0.0.0", PORT: "0" });
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/HOST: 0\.0\.0\.0 .*DEV_AUTH_ALLOW_REMOTE=true/);
    expect(stdout).not.toMatch(/listening/);
  });
});
