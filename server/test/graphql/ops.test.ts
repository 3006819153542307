import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config";
import { createOrg, startTestServer, type TestOrg, type TestServer } from "../helpers";
import { DB_FAILURE_CANARY, runMain } from "../more-helpers";

const redisUrl = inject("redisUrl");
let server: TestServer;
let a: TestOrg;

beforeAll(async () => {
  // trace: the most talkative level, so the no-content checks below cover every log statement.
  server = await startTestServer({ LOG_LEVEL: "trace", ...(redisUrl ? { REDIS_URL: redisUrl } : {}) });
  a = await createOrg(server.db);
});
afterAll(async () => server?.stop());

const base = () => `http://127.0.0.1:${server.port}`;
const parsedLogs = (lines: string[]) => lines.map((l) => JSON.parse(l) as Record<string, unknown>);

describe("health endpoints", () => {
  it("answers GET /health with 200", async () => {
    const res = await fetch(`${base()}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok" });
  });

  it(`answers GET /api/health with 200 and database, migrations${redisUrl ? " and redis" : ""} ok`, async () => {
    const res = await fetch(`${base()}/api/health`);
    expect(res.status).toBe(200);
    const expected: Record<string, string> = { database: "ok", migrations: "ok", ...(redisUrl ? { redis: "ok" } : {}) };
    expect(await res.json()).toEqual({ status: "ok", checks: expected });
  });
});

describe("request ids", () => {
  it("tags every log line of a GraphQL request with the caller's x-request-id and echoes it", async () => {
    const requestId = `test-${randomUUID()}`;
    const before = server.logs.length;
    // A trigger makes PostgreSQL fail this insert, so the request also logs from deep inside a resolver.
    const res = await fetch(`${base()}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-request-id": requestId, authorization: `Bearer ${await server.tokenFor(a.editor)}` },
      body: JSON.stringify({ query: `mutation { createStakeholder(input: { name: "${DB_FAILURE_CANARY}-ops" }) { stakeholder { id } } }` }),
    });
    await res.text();
    expect(res.headers.get("x-request-id")).toBe(requestId);
    await new Promise((r) => setTimeout(r, 50)); // the access line is written on "finish"
    // Background jobs log on their own (no request): only the request's lines are asked about.
    const lines = parsedLogs(server.logs.slice(before)).filter((l) => (l as { module?: string }).module !== "jobs");
    expect(lines.map((l) => l.event)).toEqual(expect.arrayContaining(["http.request", expect.stringMatching(/resolver_error|unhandled_error/)]));
    for (const line of lines) expect(line.requestId, JSON.stringify(line)).toBe(requestId);
  });

  it("replaces an unsafe x-request-id with a generated one instead of writing it to the logs", async () => {
    const before = server.logs.length;
    const res = await fetch(`${base()}/health`, { headers: { "x-request-id": "evil id\twith spaces" } });
    const id = res.headers.get("x-request-id");
    expect(id).toMatch(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/);
    await new Promise((r) => setTimeout(r, 50));
    expect(server.logs.slice(before).join("\n")).not.toContain("evil id");
  });
});

describe("what logs never contain", () => {
  it("never logs names, e-mails, notes, phone numbers or the bearer token of a GraphQL session", async () => {
    const canary = `kanarie${randomUUID().replace(/-/g, "")}`;
    const token = await server.tokenFor(a.editor);
    const before = server.logs.length;
    const created = await server.gql<{ createStakeholder: { stakeholder: { id: string } } }>(
      `mutation($input: CreateStakeholderInput!) { createStakeholder(input: $input) { stakeholder { id name email notes } } }`,
      { input: { name: `Namn ${canary}`, email: `${canary}@example.se`, notes: `Anteckning ${canary}`, title: `Titel ${canary}` } },
      token,
    );
    expect(created.errors).toBeUndefined();
    const id = created.data!.createStakeholder.stakeholder.id;
    await server.gql(`query($s: String!) { stakeholders(first: 5, filter: { search: $s }) { nodes { name notes } } }`, { s: canary }, token);
    await server.gql(`mutation($id: ID!, $n: String!) { updateStakeholder(input: { id: $id, notes: $n }) { stakeholder { notes } } }`, { id, n: `Ny ${canary}` }, token);
    // Failures log too: invalid input, a forbidden read, a database error, a rejected token.
    await server.gql(`mutation($e: String!) { createStakeholder(input: { name: "x", email: $e }) { stakeholder { id } } }`, { e: `${canary}@` }, token);
    await server.gql(`query($id: ID!) { node(id: $id) { ... on Stakeholder { notes } } }`, { id }, await server.tokenFor(a.viewer));
    await server.gql(`mutation($n: String!) { createStakeholder(input: { name: $n }) { stakeholder { id } } }`, { n: `${canary}\u0000` }, token);
    await server.gql(`{ viewer { role } }`, {}, `${token}x`);
    await new Promise((r) => setTimeout(r, 50));
    const logs = server.logs.slice(before);
    expect(logs.length).toBeGreaterThanOrEqual(7);
    const joined = logs.join("\n");
    expect(joined).not.toContain(canary);
    expect(joined).not.toContain(token);
    expect(joined).not.toContain(token.split(".")[2]);
    expect(joined).not.toContain(a.editor.email);
    expect(joined).not.toContain("Edvin Editor");
  });
});

describe("configuration", () => {
  const problemsOf = (env: Record<string, string>): string[] => {
    try {
      loadConfig(env);
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      return (error as ConfigError).problems;
    }
    throw new Error("loadConfig accepted the environment");
  };

  it("refuses production with dev sign-in, the default secret and no database, listing every problem", () => {
    const problems = problemsOf({ NODE_ENV: "production", AUTH_MODE: "dev" });
    expect(problems).toHaveLength(3);
    expect(problems.join("\n")).toMatch(/^AUTH_MODE: /m);
    expect(problems.join("\n")).toMatch(/^AUTH_SECRET: /m);
    expect(problems.join("\n")).toMatch(/^DATABASE_URL: /m);
  });

  it("refuses a weak secret in production even with OIDC configured", () => {
    const problems = problemsOf({
      NODE_ENV: "production",
      AUTH_MODE: "oidc",
      OIDC_ISSUER: "https://idp.example/",
      OIDC_AUDIENCE: "postboxen",
      AUTH_SECRET: "a".repeat(40),
      DATABASE_URL: "postgres://db/postboxen",
    });
    expect(problems).toEqual([expect.stringMatching(/^AUTH_SECRET: /)]);
  });

  it("accepts a sound production configuration (control)", () => {
    const config = loadConfig({
      NODE_ENV: "production",
      AUTH_MODE: "oidc",
      OIDC_ISSUER: "https://idp.example/",
      OIDC_AUDIENCE: "postboxen",
      AUTH_SECRET: "Zr8#kq2!Lm9@wX4$Tb7&Nv1*Pc6^Hd3%",
      DATABASE_URL: "postgres://db/postboxen",
    });
    expect(config.auth.oidc?.jwksUrl).toBe("https://idp.example/.well-known/jwks.json");
  });

  for (const port of ["99999", "abc", "-1", "4000.5"]) {
    it(`reports PORT=${port} as a problem`, () => {
      expect(problemsOf({ PORT: port })).toEqual([expect.stringMatching(/^PORT: /)]);
    });
  }

  it("reports every problem together: bad PORT, LOG_LEVEL, DATABASE_URL and missing OIDC settings", () => {
    const problems = problemsOf({ PORT: "http", LOG_LEVEL: "loud", DATABASE_URL: "mysql://x", AUTH_MODE: "oidc" });
    const keys = problems.map((p) => p.split(":")[0]).sort();
    expect(keys).toEqual(["DATABASE_URL", "LOG_LEVEL", "OIDC_AUDIENCE", "OIDC_ISSUER", "PORT"]);
  });

  it("still lists the production refusals when another variable is invalid too", () => {
    const keys = problemsOf({ NODE_ENV: "production", LOG_LEVEL: "loud" }).map((p) => p.split(":")[0]).sort();
    expect(keys).toEqual(["AUTH_MODE", "AUTH_SECRET", "DATABASE_URL", "LOG_LEVEL"]);
  });

  it("exits non-zero and prints every problem on stderr when the server starts with a bad environment", async () => {
    const { code, stderr, stdout } = await runMain({ NODE_ENV: "production", AUTH_MODE: "dev", PORT: "99999" });
    expect(code).not.toBe(0);
    for (const key of ["AUTH_MODE", "AUTH_SECRET", "DATABASE_URL", "PORT"]) expect(stderr).toContain(key);
    expect(stderr).toMatch(/Invalid configuration/);
    expect(stderr).not.toMatch(/\bat .*\.(ts|js):\d+/);
    expect(stdout).not.toMatch(/listening/);
  });
});
