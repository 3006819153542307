import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrg, startTestServer, type GqlResponse, type TestOrg, type TestServer } from "../helpers";
import { codes, countRows, DB_FAILURE_CANARY, looksLikeStackTrace } from "../more-helpers";

let server: TestServer;
let a: TestOrg;
let editor: string;

beforeAll(async () => {
  server = await startTestServer();
  a = await createOrg(server.db);
  editor = await server.tokenFor(a.editor);
});
afterAll(async () => server?.stop());

function expectBadInput(res: GqlResponse<unknown>, field: string) {
  expect(codes(res)).toEqual(["BAD_USER_INPUT"]);
  const ext = res.errors![0]!.extensions!;
  expect(ext.field).toBe(field);
  expect(ext.problems?.map((p) => p.path.join("."))).toContain(field);
}

const CREATE_MEETING = `mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { meeting { id } } }`;
const CREATE_STAKEHOLDER = `mutation($input: CreateStakeholderInput!) { createStakeholder(input: $input) { stakeholder { id } } }`;

describe("malformed mutation input", () => {
  const meetingCases: [string, Record<string, unknown>, string][] = [
    ["an empty title", { title: "", startsAt: "2030-05-01T09:00:00Z" }, "input.title"],
    ["a blank title", { title: "   ", startsAt: "2030-05-01T09:00:00Z" }, "input.title"],
    ["an end before the start", { title: "Möte", startsAt: "2030-05-01T09:00:00Z", endsAt: "2030-05-01T08:00:00Z" }, "input.endsAt"],
    ["a 301-character title", { title: "x".repeat(301), startsAt: "2030-05-01T09:00:00Z" }, "input.title"],
    ["51 agenda items", { title: "Möte", startsAt: "2030-05-01T09:00:00Z", agendaItems: Array.from({ length: 51 }, (_, i) => `Punkt ${i}`) }, "input.agendaItems"],
  ];
  for (const [label, input, field] of meetingCases) {
    it(`answers createMeeting with ${label} as BAD_USER_INPUT at ${field}, writing nothing`, async () => {
      const before = await countRows(server.db, "meetings", a.org.id);
      const res = await server.gql(CREATE_MEETING, { input }, editor);
      expectBadInput(res, field);
      expect(res.data?.createMeeting ?? null).toBeNull();
      expect(await countRows(server.db, "meetings", a.org.id)).toBe(before);
    });
  }

  const stakeholderCases: [string, Record<string, unknown>, string][] = [
    ["influence 9", { name: "Sven", influence: 9 }, "input.influence"],
    ["interest 0", { name: "Sven", interest: 0 }, "input.interest"],
    ["a malformed e-mail", { name: "Sven", email: "sven@" }, "input.email"],
    ["a malformed phone number", { name: "Sven", phone: "ring mig" }, "input.phone"],
    ["an empty name", { name: "" }, "input.name"],
  ];
  for (const [label, input, field] of stakeholderCases) {
    it(`answers createStakeholder with ${label} as BAD_USER_INPUT at ${field}, writing nothing`, async () => {
      const before = await countRows(server.db, "stakeholders", a.org.id);
      const res = await server.gql(CREATE_STAKEHOLDER, { input }, editor);
      expectBadInput(res, field);
      expect(await countRows(server.db, "stakeholders", a.org.id)).toBe(before);
    });
  }

  it("reports every problem of an input at once", async () => {
    const res = await server.gql(CREATE_STAKEHOLDER, { input: { name: "", influence: 9, email: "nope" } }, editor);
    expect(codes(res)).toEqual(["BAD_USER_INPUT"]);
    expect(res.errors![0]!.extensions!.problems!.map((p) => p.path.join(".")).sort()).toEqual(["input.email", "input.influence", "input.name"]);
  });

  it("writes a valid stakeholder (control for the cases above)", async () => {
    const before = await countRows(server.db, "stakeholders", a.org.id);
    const res = await server.gql(CREATE_STAKEHOLDER, { input: { name: "Sven Svensson", influence: 5, email: "sven@example.se", phone: "+46 8 123 45" } }, editor);
    expect(res.errors).toBeUndefined();
    expect(await countRows(server.db, "stakeholders", a.org.id)).toBe(before + 1);
  });
});

describe("paging arguments", () => {
  for (const first of [0, 101, -1]) {
    it(`answers first: ${first} as BAD_USER_INPUT at args.first`, async () => {
      const res = await server.gql(`query($first: Int!) { meetings(first: $first) { totalCount } }`, { first }, editor);
      expectBadInput(res, "args.first");
      expect(res.data ?? null).toBeNull();
    });
  }

  it("accepts first: 1 and first: 100 (the limits themselves)", async () => {
    for (const first of [1, 100]) {
      const res = await server.gql(`query($first: Int!) { meetings(first: $first) { totalCount } }`, { first }, editor);
      expect(res.errors).toBeUndefined();
    }
  });

  it("answers a garbage cursor as BAD_USER_INPUT at args.after, on lists and nested edges alike", async () => {
    for (const after of ["garbage", Buffer.from("o:-5").toString("base64url"), "x".repeat(500)]) {
      const list = await server.gql(`query($after: String) { actionItems(first: 5, after: $after) { totalCount } }`, { after }, editor);
      expectBadInput(list, "args.after");
    }
    const nested = await server.gql(`query($id: ID!) { meeting(id: $id) { actionItems(first: 5, after: "garbage") { totalCount } } }`, { id: a.ids.meeting }, editor);
    expectBadInput(nested, "args.after");
  });

  it("continues after a cursor it handed out", async () => {
    const first = await server.gql<{ stakeholders: { pageInfo: { endCursor: string } } }>(`{ stakeholders(first: 1) { pageInfo { endCursor } } }`, {}, editor);
    const next = await server.gql(`query($after: String) { stakeholders(first: 1, after: $after) { totalCount } }`, { after: first.data!.stakeholders.pageInfo.endCursor }, editor);
    expect(next.errors).toBeUndefined();
  });
});

describe("malformed requests", () => {
  it("answers a malformed JSON body with 400 and a JSON error, without stack frames", async () => {
    const res = await fetch(`http://127.0.0.1:${server.port}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${editor}` },
      body: `{"query": "{ viewer { role } }", ]`,
    });
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toMatch(/application\/json/);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({ errors: [{ message: "Malformed request", extensions: { code: "BAD_REQUEST" } }] });
    expect(looksLikeStackTrace(text)).toBe(false);
    expect(text).not.toMatch(/\bat /);
  });

  // Field levels: meeting > actionItems > nodes > meeting > actionItems > nodes > ... then a scalar.
  function nested(levels: number): string {
    const cycle = ["actionItems(first: 1)", "nodes", "meeting"];
    const names = ["meeting(id: $id)", ...Array.from({ length: levels - 1 }, (_, i) => cycle[i % 3]!)];
    const leaf = names.at(-1)!.startsWith("actionItems") ? "totalCount" : "id";
    return `query($id: ID!) { ${names.map((n) => `${n} {`).join(" ")} ${leaf} ${"}".repeat(levels)} }`;
  }

  it(`rejects a query nested deeper than the limit, and runs one exactly at it`, async () => {
    const max = server.config.graphql.maxDepth;
    const atLimit = await server.gql(nested(max - 1), { id: a.ids.meeting }, editor);
    expect(atLimit.errors).toBeUndefined();
    const tooDeep = await server.gql(nested(max), { id: a.ids.meeting }, editor);
    expect(codes(tooDeep)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
    expect(tooDeep.errors![0]!.message).toMatch(/nested too deeply/);
    expect(tooDeep.data ?? null).toBeNull();
  });

  it("rejects a too-deep query hidden in fragments", async () => {
    const max = server.config.graphql.maxDepth;
    const body = nested(max).replace(/^query\(\$id: ID!\) \{ /, "").replace(/ \}$/, "");
    const res = await server.gql(`query($id: ID!) { ...F } fragment F on Query { ${body} }`, { id: a.ids.meeting }, editor);
    expect(codes(res)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
  });
});

describe("unexpected errors", () => {
  it("answers a database failure as INTERNAL_SERVER_ERROR without leaking its message or the input", async () => {
    // A trigger makes PostgreSQL refuse this name: the failure comes from deep below the resolver.
    const canary = `${DB_FAILURE_CANARY}-${Date.now()}`;
    const before = await countRows(server.db, "stakeholders", a.org.id);
    const res = await fetch(`http://127.0.0.1:${server.port}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${editor}` },
      body: JSON.stringify({ query: CREATE_STAKEHOLDER, variables: { input: { name: `${canary}x` } } }),
    });
    const text = await res.text();
    const body = JSON.parse(text) as GqlResponse<unknown>;
    expect(codes(body)).toEqual(["INTERNAL_SERVER_ERROR"]);
    expect(body.errors![0]!.message).toBe("Internal server error");
    expect(text).not.toContain(canary);
    expect(text).not.toMatch(/insert|stakeholders|simulated|trigger|postgres/i);
    expect(looksLikeStackTrace(text)).toBe(false);
    expect(await countRows(server.db, "stakeholders", a.org.id)).toBe(before);
    const logged = server.logs.filter((l) => l.includes("resolver_error") || l.includes("unhandled_error"));
    expect(logged.length).toBeGreaterThan(0);
    expect(server.logs.join("\n")).not.toContain(canary);
  });
});
