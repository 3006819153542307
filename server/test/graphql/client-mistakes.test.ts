import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrg, startTestServer, type GqlResponse, type TestOrg, type TestServer } from "../helpers";
import { codes, countRows, rowById } from "../more-helpers";
import { meetingWith, STYRGRUPP } from "../transcript-helpers";
import { fromGlobalId, toGlobalId } from "../../src/platform/ids";
import { ConsentStatus } from "../../src/modules/meetings/participant.entity";

// Every client mistake is a typed error (hardening issue): NUL bytes, lone surrogates, dates out
// of range, inputs with very many problems and odd node ids answer BAD_USER_INPUT (or null), never
// INTERNAL_SERVER_ERROR, never a 5xx, never a partial write, and log nothing at error level.

let server: TestServer;
let a: TestOrg;
let admin: string;
/** Fixtures made over GraphQL, so that updates have something to change. */
let decisionId: string;
let scenarioId: string;
/** A meeting whose participants consented: an upload reaches the content itself. */
let consentedMeetingId: string;

const SCENARIO = {
  contractType: "SERVICES",
  authority: "CENTRAL",
  estimatedValueSek: 5_000_000,
  startDate: "2030-03-02",
  electronicSubmission: true,
  priorInformationNotice: false,
  urgency: false,
  evaluation: { model: "LOWEST_PRICE", priceWeight: 100, criteria: [{ id: "q", name: "Kvalitet", weight: 0 }] },
  bids: [{ supplier: "Leverantör AB", priceSek: 4_000_000, maxScore: 10, scores: [{ criterionId: "q", score: 5 }] }],
};

beforeAll(async () => {
  server = await startTestServer();
  a = await createOrg(server.db, "Klientfel");
  admin = await server.tokenFor(a.admin);
  const decision = await server.gql<{ createDecision: { decision: { id: string } } }>(
    `mutation($input: CreateDecisionInput!) { createDecision(input: $input) { decision { id } } }`,
    { input: { meetingId: a.ids.meeting, text: "Vi kör på förslag B." } },
    admin,
  );
  expect(decision.errors).toBeUndefined();
  decisionId = decision.data!.createDecision.decision.id;
  const scenario = await server.gql<{ createProcurementScenario: { procurementScenario: { id: string } } }>(
    `mutation($input: CreateProcurementScenarioInput!) { createProcurementScenario(input: $input) { procurementScenario { id } } }`,
    { input: { name: "Städtjänster", scenario: SCENARIO } },
    admin,
  );
  expect(scenario.errors).toBeUndefined();
  scenarioId = scenario.data!.createProcurementScenario.procurementScenario.id;
  consentedMeetingId = (await meetingWith(server.db, a, [ConsentStatus.GRANTED, ConsentStatus.GRANTED])).id;
});
afterAll(async () => server?.stop());

const uuidOf = (globalId: string) => fromGlobalId(globalId)!.id;

/** What a case may have written: rows of a table, or (for an update) one row's contents. */
type Target = { table: string } | { table: string; row: () => string };

/** The state a case must leave untouched. */
async function snapshot(target: Target): Promise<unknown> {
  const count = await countRows(server.db, target.table, a.org.id);
  return "row" in target ? { count, row: await rowById(server.db, target.table, target.row()) } : { count };
}

/**
 * Sends one request and asserts the typed answer: HTTP 200, exactly one error BAD_USER_INPUT at
 * `field` (listed among the problems, with `message` when given), no data written in `target`
 * and no error-level log line.
 */
async function expectRefused(query: string, variables: Record<string, unknown>, field: string, target: Target | null, message?: RegExp) {
  const before = target && (await snapshot(target));
  const logsBefore = server.logs.length;
  const res = await server.gql(query, variables, admin);
  expect({ status: res.status, codes: codes(res) }).toEqual({ status: 200, codes: ["BAD_USER_INPUT"] });
  const ext = res.errors![0]!.extensions!;
  expect(ext.field).toBe(field);
  const problem = ext.problems!.find((p) => p.path.join(".") === field);
  expect(problem, `a problem at ${field}`).toBeDefined();
  if (message) expect(problem!.message).toMatch(message);
  if (target) expect(await snapshot(target)).toEqual(before);
  const errorLines = server.logs.slice(logsBefore).filter((line) => line.includes(`"level":"error"`));
  expect(errorLines).toEqual([]);
  return res;
}

const M = {
  createStakeholder: `mutation($input: CreateStakeholderInput!) { createStakeholder(input: $input) { stakeholder { id } } }`,
  updateStakeholder: `mutation($input: UpdateStakeholderInput!) { updateStakeholder(input: $input) { stakeholder { id } } }`,
  createMeeting: `mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { meeting { id } } }`,
  updateMeeting: `mutation($input: UpdateMeetingInput!) { updateMeeting(input: $input) { meeting { id } } }`,
  addParticipant: `mutation($input: AddParticipantInput!) { addParticipant(input: $input) { participant { id } } }`,
  createDecision: `mutation($input: CreateDecisionInput!) { createDecision(input: $input) { decision { id } } }`,
  updateDecision: `mutation($input: UpdateDecisionInput!) { updateDecision(input: $input) { decision { id } } }`,
  createActionItem: `mutation($input: CreateActionItemInput!) { createActionItem(input: $input) { actionItem { id } } }`,
  updateActionItem: `mutation($input: UpdateActionItemInput!) { updateActionItem(input: $input) { actionItem { id } } }`,
  attachTranscript: `mutation($input: AttachTranscriptInput!) { attachTranscript(input: $input) { run { id } } }`,
  createApiToken: `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { token } }`,
  createUser: `mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } } }`,
  createProcurementScenario: `mutation($input: CreateProcurementScenarioInput!) { createProcurementScenario(input: $input) { procurementScenario { id } } }`,
  updateProcurementScenario: `mutation($input: UpdateProcurementScenarioInput!) { updateProcurementScenario(input: $input) { procurementScenario { id } } }`,
};

interface TextCase {
  mutation: keyof typeof M;
  field: string;
  /** The mutation's input with `bad` placed in the field under test. */
  input: (bad: string) => Record<string, unknown>;
  target: () => Target;
  /** The transcript parser refused a NUL already (TRANSCRIPT_BINARY); see the test of its blind spot. */
  nulRefusedBefore?: true;
}

const START = "2030-05-01T09:00:00Z";
const bidWith = (supplier: string) => ({ ...SCENARIO, bids: [{ ...SCENARIO.bids[0]!, supplier }] });

/** Every text field of every mutation input that reaches a text (or JSON) column unchecked today. */
const TEXT_CASES: TextCase[] = [
  ...(["name", "title", "organization", "notes"] as const).map((f): TextCase => ({
    mutation: "createStakeholder",
    field: `input.${f}`,
    input: (bad) => ({ name: "Sven", [f]: `Sven ${bad}` }),
    target: () => ({ table: "stakeholders" }),
  })),
  ...(["name", "title", "organization", "notes"] as const).map((f): TextCase => ({
    mutation: "updateStakeholder",
    field: `input.${f}`,
    input: (bad) => ({ id: a.ids.stakeholder, [f]: `Sven ${bad}` }),
    target: () => ({ table: "stakeholders", row: () => a.stakeholder.id }),
  })),
  ...(["title", "location"] as const).map((f): TextCase => ({
    mutation: "createMeeting",
    field: `input.${f}`,
    input: (bad) => ({ title: "Möte", startsAt: START, [f]: `Rum ${bad}` }),
    target: () => ({ table: "meetings" }),
  })),
  { mutation: "createMeeting", field: "input.agendaItems.1", input: (bad) => ({ title: "Möte", startsAt: START, agendaItems: ["Budget", `Övrigt ${bad}`] }), target: () => ({ table: "meetings" }) },
  ...(["title", "location"] as const).map((f): TextCase => ({
    mutation: "updateMeeting",
    field: `input.${f}`,
    input: (bad) => ({ id: a.ids.meeting, [f]: `Rum ${bad}` }),
    target: () => ({ table: "meetings", row: () => a.meeting.id }),
  })),
  { mutation: "updateMeeting", field: "input.agendaItems.0", input: (bad) => ({ id: a.ids.meeting, agendaItems: [`Budget ${bad}`] }), target: () => ({ table: "meetings", row: () => a.meeting.id }) },
  { mutation: "addParticipant", field: "input.role", input: (bad) => ({ meetingId: a.ids.meeting, stakeholderId: a.ids.stakeholder, role: `Ordförande ${bad}` }), target: () => ({ table: "participants" }) },
  { mutation: "createDecision", field: "input.text", input: (bad) => ({ meetingId: a.ids.meeting, text: `Beslut ${bad}` }), target: () => ({ table: "decisions" }) },
  { mutation: "updateDecision", field: "input.text", input: (bad) => ({ id: decisionId, text: `Beslut ${bad}` }), target: () => ({ table: "decisions", row: () => uuidOf(decisionId) }) },
  { mutation: "createActionItem", field: "input.title", input: (bad) => ({ meetingId: a.ids.meeting, title: `Uppgift ${bad}` }), target: () => ({ table: "action_items" }) },
  { mutation: "updateActionItem", field: "input.title", input: (bad) => ({ id: a.ids.actionItem, title: `Uppgift ${bad}` }), target: () => ({ table: "action_items", row: () => a.actionItem.id }) },
  {
    mutation: "attachTranscript",
    field: "input.content",
    input: (bad) => ({ meetingId: consentedMeetingId, content: STYRGRUPP.replace("budgeten", `budgeten ${bad}`) }),
    target: () => ({ table: "transcripts" }),
    nulRefusedBefore: true,
  },
  { mutation: "attachTranscript", field: "input.filename", input: (bad) => ({ meetingId: consentedMeetingId, content: STYRGRUPP, filename: `möte${bad}.txt` }), target: () => ({ table: "transcripts" }) },
  { mutation: "createApiToken", field: "input.label", input: (bad) => ({ label: `Integration ${bad}`, scopes: ["READ"], expiresInDays: 30 }), target: () => ({ table: "api_tokens" }) },
  { mutation: "createUser", field: "input.name", input: (bad) => ({ name: `Ny ${bad}`, email: `ny-${randomUUID().slice(0, 8)}@test.example`, role: "VIEWER" }), target: () => ({ table: "users" }) },
  { mutation: "createProcurementScenario", field: "input.name", input: (bad) => ({ name: `Scenario ${bad}`, scenario: SCENARIO }), target: () => ({ table: "procurement_scenarios" }) },
  {
    mutation: "createProcurementScenario",
    field: "input.scenario.bids.0.supplier",
    input: (bad) => ({ name: "Scenario", scenario: bidWith(`Leverantör ${bad}`) }),
    target: () => ({ table: "procurement_scenarios" }),
  },
  {
    mutation: "createProcurementScenario",
    field: "input.scenario.evaluation.criteria.0.name",
    input: (bad) => ({ name: "Scenario", scenario: { ...SCENARIO, evaluation: { ...SCENARIO.evaluation, criteria: [{ id: "q", name: `Kvalitet ${bad}`, weight: 0 }] } } }),
    target: () => ({ table: "procurement_scenarios" }),
  },
  { mutation: "updateProcurementScenario", field: "input.name", input: (bad) => ({ id: scenarioId, name: `Scenario ${bad}` }), target: () => ({ table: "procurement_scenarios", row: () => uuidOf(scenarioId) }) },
  {
    mutation: "updateProcurementScenario",
    field: "input.scenario.bids.0.supplier",
    input: (bad) => ({ id: scenarioId, scenario: bidWith(`Leverantör ${bad}`) }),
    target: () => ({ table: "procurement_scenarios", row: () => uuidOf(scenarioId) }),
  },
];

describe("a NUL byte in a text field", () => {
  for (const c of TEXT_CASES.filter((t) => !t.nulRefusedBefore)) {
    it(`${c.mutation} answers BAD_USER_INPUT at ${c.field}, writing nothing`, async () => {
      await expectRefused(M[c.mutation], { input: c.input("a\u0000b") }, c.field, c.target(), /must not contain NUL characters/);
    });
  }

  it("in a transcript beyond the parser's 8 KiB binary sniffing answers BAD_USER_INPUT TRANSCRIPT_BINARY, storing nothing", async () => {
    const content = `${STYRGRUPP.repeat(30)}Edvin Editor: Slut\u0000.\n`;
    expect(content.indexOf("\u0000")).toBeGreaterThan(8192);
    const res = await expectRefused(M.attachTranscript, { input: { meetingId: consentedMeetingId, content } }, "input.content", { table: "transcripts" }, /inte ut att vara en textfil/);
    expect((res.errors![0]!.extensions as { reason?: string }).reason).toBe("TRANSCRIPT_BINARY");
    expect(await countRows(server.db, "extraction_runs", a.org.id)).toBe(0);
  });

  it("in a search filter answers BAD_USER_INPUT at filter.search", async () => {
    await expectRefused(`query($s: String) { stakeholders(first: 5, filter: { search: $s }) { totalCount } }`, { s: "Sv\u0000en" }, "filter.search", null, /NUL/);
  });
});

describe("a lone surrogate in a text or JSON field", () => {
  for (const c of TEXT_CASES) {
    it(`${c.mutation} answers BAD_USER_INPUT at ${c.field} instead of storing U+FFFD or failing, writing nothing`, async () => {
      // JSON.stringify sends it as the escape "\ud800", which JSON.parse turns back into a lone surrogate.
      await expectRefused(M[c.mutation], { input: c.input("x\ud800y") }, c.field, c.target(), /lone surrogate/);
    });
  }

  it("a lone low surrogate and a reversed pair are refused too, a real pair (an emoji) is stored", async () => {
    for (const bad of ["\udc00", "\udc00\ud800"]) {
      await expectRefused(M.createStakeholder, { input: { name: `Sven ${bad}` } }, "input.name", { table: "stakeholders" }, /lone surrogate/);
    }
    const res = await server.gql<{ createStakeholder: { stakeholder: { id: string } } }>(M.createStakeholder, { input: { name: "Sven 🎉" } }, admin);
    expect(res.errors).toBeUndefined();
    const row = await rowById(server.db, "stakeholders", uuidOf(res.data!.createStakeholder.stakeholder.id));
    expect(row.name).toBe("Sven 🎉");
  });
});

describe("dates out of range", () => {
  const meetingCases: [string, Record<string, unknown>, string][] = [
    ["year 0000", { title: "Möte", startsAt: "0000-01-01T00:00:00Z" }, "input.startsAt"],
    ["before 1900", { title: "Möte", startsAt: "1899-12-31T23:59:59Z" }, "input.startsAt"],
    ["after 2200", { title: "Möte", startsAt: "2030-05-01T09:00:00Z", endsAt: "9999-12-31T23:59:59Z" }, "input.endsAt"],
  ];
  for (const [label, input, field] of meetingCases) {
    it(`createMeeting with a date-time of ${label} answers BAD_USER_INPUT at ${field}, naming the range`, async () => {
      await expectRefused(M.createMeeting, { input }, field, { table: "meetings" }, /1900-01-01.*2200-12-31/);
    });
  }

  it("updateMeeting with startsAt in year 0000 answers BAD_USER_INPUT, leaving the meeting as it was", async () => {
    await expectRefused(M.updateMeeting, { input: { id: a.ids.meeting, startsAt: "0000-06-01T00:00:00Z" } }, "input.startsAt", { table: "meetings", row: () => a.meeting.id }, /1900-01-01/);
  });

  it("createDecision with decidedAt in year 0000 answers BAD_USER_INPUT at input.decidedAt", async () => {
    await expectRefused(M.createDecision, { input: { meetingId: a.ids.meeting, text: "Beslut", decidedAt: "0000-01-01T00:00:00Z" } }, "input.decidedAt", { table: "decisions" }, /1900-01-01/);
  });

  for (const dueDate of ["0000-01-01", "1899-12-31", "2201-01-01", "9999-12-31"]) {
    it(`createActionItem with due date ${dueDate} answers BAD_USER_INPUT at input.dueDate`, async () => {
      await expectRefused(M.createActionItem, { input: { meetingId: a.ids.meeting, title: "Uppgift", dueDate } }, "input.dueDate", { table: "action_items" }, /1900-01-01.*2200-12-31/);
    });
  }

  it("updateActionItem with due date 0000-01-01 answers BAD_USER_INPUT, leaving the item as it was", async () => {
    await expectRefused(M.updateActionItem, { input: { id: a.ids.actionItem, dueDate: "0000-01-01" } }, "input.dueDate", { table: "action_items", row: () => a.actionItem.id }, /1900-01-01/);
  });

  it("a meetings filter from year 0000 answers BAD_USER_INPUT at filter.from", async () => {
    await expectRefused(`query($from: DateTimeISO) { meetings(first: 5, filter: { from: $from }) { totalCount } }`, { from: "0000-01-01T00:00:00Z" }, "filter.from", null, /1900-01-01/);
  });

  it("accepts the limits themselves (control)", async () => {
    for (const [startsAt, endsAt] of [["1900-01-01T00:00:00Z", "2200-12-31T23:59:59.999Z"]]) {
      const res = await server.gql(M.createMeeting, { input: { title: "Gränsfall", startsAt, endsAt } }, admin);
      expect(res.errors).toBeUndefined();
    }
    for (const dueDate of ["1900-01-01", "2200-12-31"]) {
      const res = await server.gql(M.createActionItem, { input: { meetingId: a.ids.meeting, title: "Gränsfall", dueDate } }, admin);
      expect(res.errors).toBeUndefined();
    }
  });
});

describe("an input with very many problems", () => {
  it("answers BAD_USER_INPUT with at most 20 problems and the count of all of them, writing nothing", async () => {
    // A blank title and 50 blank agenda items: 51 problems.
    const input = { title: "", startsAt: START, agendaItems: Array.from({ length: 50 }, () => " ") };
    const res = await expectRefused(M.createMeeting, { input }, "input.title", { table: "meetings" });
    const ext = res.errors![0]!.extensions as { problems?: { path: string[] }[]; problemCount?: number };
    expect(ext.problems).toHaveLength(20);
    expect(ext.problems!.slice(1).map((p) => p.path.join("."))).toEqual(Array.from({ length: 19 }, (_, i) => `input.agendaItems.${i}`));
    expect(ext.problemCount).toBe(51);
  });

  it("answers variables with more than 50 type errors as BAD_USER_INPUT only (graphql-js's error limit is typed too)", async () => {
    // 60 numbers where strings belong: graphql-js reports 50, then "Too many errors processing variables".
    const input = { title: "Möte", startsAt: START, agendaItems: Array.from({ length: 60 }, (_, i) => i) };
    const before = await countRows(server.db, "meetings", a.org.id);
    const logsBefore = server.logs.length;
    const res = await server.gql(M.createMeeting, { input }, admin);
    expect(res.status).toBe(400);
    expect(res.errors).toHaveLength(51);
    expect(new Set(codes(res))).toEqual(new Set(["BAD_USER_INPUT"]));
    expect(res.errors!.at(-1)!.message).toMatch(/Too many errors processing variables/);
    expect(await countRows(server.db, "meetings", a.org.id)).toBe(before);
    expect(server.logs.slice(logsBefore).filter((l) => l.includes(`"level":"error"`))).toEqual([]);
  });

  it("caps a procurement scenario with a thousand problems the same way", async () => {
    const criteria = Array.from({ length: 20 }, (_, i) => ({ id: `k${i}`, name: `Kriterium ${i}`, weight: 200 }));
    const bids = Array.from({ length: 50 }, (_, i) => ({ supplier: `L${i}`, priceSek: -1, maxScore: 10, scores: criteria.map((c) => ({ criterionId: c.id, score: 99 })) }));
    const scenario = { ...SCENARIO, evaluation: { model: "RELATIVE_POINTS", priceWeight: 50, criteria }, bids };
    const before = await countRows(server.db, "procurement_scenarios", a.org.id);
    const res = await server.gql(M.createProcurementScenario, { input: { name: "Många fel", scenario } }, admin);
    expect(codes(res)).toEqual(["BAD_USER_INPUT"]);
    const ext = res.errors![0]!.extensions as { problems?: unknown[]; problemCount?: number };
    expect(ext.problems).toHaveLength(20);
    expect(ext.problemCount).toBeGreaterThan(1000);
    expect(await countRows(server.db, "procurement_scenarios", a.org.id)).toBe(before);
  });
});

describe("node(id) with a decoded type that is not a node type", () => {
  for (const type of ["constructor", "__proto__", "toString", "hasOwnProperty", "prototype"]) {
    it(`answers null for type ${type}, without an error`, async () => {
      const logsBefore = server.logs.length;
      const res: GqlResponse<{ node: unknown }> = await server.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: toGlobalId(type, a.org.id) }, admin);
      expect(res.status).toBe(200);
      expect(res.errors).toBeUndefined();
      expect(res.data).toEqual({ node: null });
      expect(server.logs.slice(logsBefore).filter((l) => l.includes(`"level":"error"`))).toEqual([]);
    });
  }
});
