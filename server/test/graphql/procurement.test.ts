import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { isObjectType } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrg, startTestServer, type GqlResponse, type TestOrg, type TestServer } from "../helpers";
import { toGlobalId } from "../../src/platform/ids";
import { createMemoryPubSub } from "../../src/platform/pubsub";
import { buildBareSchema, PERMISSIONS } from "../../src/schema";
import { simulateProcurement, type ProcurementResult, type ProcurementScenario } from "../../src/modules/procurement";
import { ProcurementScenario as SavedScenario } from "../../src/modules/procurement/procurement-scenario.entity";

// The procurement simulator over GraphQL (issue 4, item 6): the pure query, saved scenarios per
// organisation, comparison, and the usual guarantees (roles, tenancy, input errors with paths).

const fixture = (name: string): ProcurementScenario =>
  JSON.parse(readFileSync(new URL(`../../src/modules/procurement/fixtures/${name}`, import.meta.url), "utf8")) as ProcurementScenario;

const DIRECT = fixture("direct-award-services-central.json");
const BELOW = fixture("below-threshold-goods-sub-central.json");
const ABOVE = fixture("above-threshold-open-with-bids.json");

/** The GraphQL input for an engine scenario: `scores` maps become { criterionId, score } lists. */
function input(scenario: ProcurementScenario): Record<string, unknown> {
  return {
    ...scenario,
    ...(scenario.bids && {
      bids: scenario.bids.map((bid) => ({ ...bid, scores: Object.entries(bid.scores).map(([criterionId, score]) => ({ criterionId, score })) })),
    }),
  };
}

/** What GraphQL answers for an engine result: absent optional fields become null. */
function asGraphQL(result: ProcurementResult): unknown {
  return { ...result, ranking: result.ranking.map((r) => ({ ...r, priceScore: r.priceScore ?? null, qualityScore: r.qualityScore ?? null })) };
}

const RESULT = `
  regime thresholdSek directAwardLimitSek recommendedProcedures rulesVersion
  timeline { minTenderDays standstillDays earliestAwardDate earliestContractDate }
  ranking { supplier rank comparisonValue priceScore qualityScore }
  sensitivity { criteria { id weightChangeToFlipWinner } bids { supplier priceToWinSek } }
  warnings { code message }`;

const SAVED = `
  id name viewerCanEdit createdAt updatedAt createdBy { name }
  scenario {
    contractType authority estimatedValueSek startDate electronicSubmission priorInformationNotice urgency procedure
    similarPurchasesThisYear similarPurchasesValueSek evaluationDays awardDecisionSentElectronically
    evaluation { model priceWeight priceCeilingSek priceFloorSek criteria { id name weight maxAddedValueSek } }
    bids { supplier priceSek maxScore scores { criterionId score } }
  }
  result { ${RESULT} }`;

const SIMULATE = `query($input: ProcurementScenarioInput!) { simulateProcurement(input: $input) { ${RESULT} } }`;
const CREATE = `mutation($input: CreateProcurementScenarioInput!) { createProcurementScenario(input: $input) { procurementScenario { ${SAVED} } } }`;
const UPDATE = `mutation($input: UpdateProcurementScenarioInput!) { updateProcurementScenario(input: $input) { procurementScenario { ${SAVED} } } }`;
const DELETE = `mutation($id: ID!) { deleteProcurementScenario(input: { id: $id }) { deletedProcurementScenarioId } }`;
const GET = `query($id: ID!) { procurementScenario(id: $id) { id name } node(id: $id) { id ... on SavedProcurementScenario { name } } }`;
const LIST = `query($first: Int!, $after: String) {
  procurementScenarios(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name } } nodes { id } }
}`;
const COMPARE = `query($a: ID!, $b: ID!) {
  compareProcurementScenarios(aId: $a, bId: $b) {
    a { id name } b { id name }
    aResult { ${RESULT} } bResult { ${RESULT} }
    differences { field a b }
  }
}`;

interface Saved {
  id: string;
  name: string;
  viewerCanEdit: boolean;
  updatedAt: string;
  createdBy: { name: string } | null;
  scenario: Record<string, unknown> & { bids: { scores: { criterionId: string; score: number }[] }[] | null };
  result: ProcurementResult;
}

let server: TestServer;
let a: TestOrg;
let b: TestOrg;
const token: Record<"viewer" | "editor" | "otherEditor", string> = { viewer: "", editor: "", otherEditor: "" };

beforeAll(async () => {
  server = await startTestServer();
  a = await createOrg(server.db, "Upphandlingskommun");
  b = await createOrg(server.db, "Grannkommun");
  token.viewer = await server.tokenFor(a.viewer);
  token.editor = await server.tokenFor(a.editor);
  token.otherEditor = await server.tokenFor(b.editor);
});
afterAll(async () => server?.stop());

const code = (res: GqlResponse<unknown>) => res.errors?.[0]?.extensions?.code;

/** Rows in the table for an organisation, bypassing GraphQL and the tenant filter. */
const rowsOf = (org: TestOrg) => server.db.system().count(SavedScenario, { organization: org.org.id }, { filters: false });

async function save(name: string, scenario: ProcurementScenario, as = token.editor): Promise<Saved> {
  const res = await server.gql<{ createProcurementScenario: { procurementScenario: Saved } }>(CREATE, { input: { name, scenario: input(scenario) } }, as);
  expect(res.errors).toBeUndefined();
  return res.data!.createProcurementScenario.procurementScenario;
}

describe("simulateProcurement", () => {
  const simulate = (scenario: ProcurementScenario) =>
    server.gql<{ simulateProcurement: ProcurementResult }>(SIMULATE, { input: input(scenario) }, token.viewer);

  it("answers the three acceptance cases for a viewer", async () => {
    const direct = await simulate(DIRECT);
    expect(direct.errors).toBeUndefined();
    expect(direct.data?.simulateProcurement).toMatchObject({ regime: "DIRECT_AWARD_ALLOWED", timeline: { standstillDays: 0 } });

    const below = await simulate(BELOW);
    expect(below.data?.simulateProcurement.regime).toBe("BELOW_THRESHOLD");

    const above = await simulate(ABOVE);
    expect(above.data?.simulateProcurement).toMatchObject({ regime: "ABOVE_THRESHOLD", timeline: { minTenderDays: 30, standstillDays: 10 } });
  });

  it("exposes exactly the engine's result, field for field", async () => {
    for (const scenario of [DIRECT, BELOW, ABOVE]) {
      const res = await simulate(scenario);
      expect(res.data?.simulateProcurement).toEqual(asGraphQL(simulateProcurement(scenario)));
    }
  });

  it("answers BAD_USER_INPUT with the GraphQL input paths of every problem", async () => {
    const bad = input(ABOVE) as { startDate: string; bids: { priceSek: number; scores: { criterionId: string; score: number }[] }[] };
    bad.startDate = "2026-02-30";
    bad.bids[0]!.priceSek = 0;
    bad.bids[1]!.scores[1] = { criterionId: "sustainability", score: 9 };
    bad.bids[2]!.scores[0] = { criterionId: "qualty", score: 4 };
    const res = await server.gql(SIMULATE, { input: bad }, token.viewer);
    expect(res.data).toBeNull();
    expect(code(res)).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0]?.extensions?.field).toBe("input.startDate");
    expect(res.errors?.[0]?.extensions?.problems?.map((p) => p.path.join("."))).toEqual([
      "input.startDate",
      "input.bids.0.priceSek",
      "input.bids.1.scores.1.score",
      "input.bids.2.scores",
      "input.bids.2.scores.0.criterionId",
    ]);
  });

  it("answers UNAUTHENTICATED without a token", async () => {
    const res = await server.gql(SIMULATE, { input: input(DIRECT) });
    expect(res.data).toBeNull();
    expect(code(res)).toBe("UNAUTHENTICATED");
  });
});

describe("saved procurement scenarios", () => {
  it("lets an editor save a scenario and reads it back with its result computed", async () => {
    const saved = await save("Städtjänster 2026", ABOVE);
    expect(saved).toMatchObject({ name: "Städtjänster 2026", viewerCanEdit: true, createdBy: { name: "Edvin Editor" } });
    expect(saved.scenario).toMatchObject({ contractType: "SERVICES", authority: "SUB_CENTRAL", procedure: "OPEN", evaluationDays: null });
    expect(saved.scenario.bids?.[0]?.scores).toEqual([
      { criterionId: "quality", score: 4 },
      { criterionId: "sustainability", score: 3 },
    ]);
    expect(saved.result).toEqual(asGraphQL(simulateProcurement(ABOVE)));

    const read = await server.gql<{ procurementScenario: { id: string; name: string }; node: { id: string; name: string } }>(GET, { id: saved.id }, token.viewer);
    expect(read.errors).toBeUndefined();
    expect(read.data).toEqual({ procurementScenario: { id: saved.id, name: saved.name }, node: { id: saved.id, name: saved.name } });
  });

  it("rejects a bad scenario with BAD_USER_INPUT at input.scenario.… and writes nothing", async () => {
    const before = await rowsOf(a);
    const scenario = input(ABOVE) as { bids: { priceSek: number }[] };
    scenario.bids[0]!.priceSek = -1;
    const res = await server.gql(CREATE, { input: { name: "Felaktigt", scenario } }, token.editor);
    expect(code(res)).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0]?.extensions?.problems?.map((p) => p.path.join("."))).toEqual(["input.scenario.bids.0.priceSek"]);
    const blankName = await server.gql(CREATE, { input: { name: "   ", scenario: input(DIRECT) } }, token.editor);
    expect(blankName.errors?.[0]?.extensions?.field).toBe("input.name");
    expect(await rowsOf(a)).toBe(before);
  });

  it("lets a viewer read and list but not create, change or delete (FORBIDDEN)", async () => {
    const saved = await save("Läsbar", BELOW);
    const before = await rowsOf(a);
    const create = await server.gql(CREATE, { input: { name: "Tittare", scenario: input(DIRECT) } }, token.viewer);
    expect(create.data).toBeNull();
    expect(code(create)).toBe("FORBIDDEN");
    const update = await server.gql(UPDATE, { input: { id: saved.id, name: "Nytt namn" } }, token.viewer);
    expect(code(update)).toBe("FORBIDDEN");
    const del = await server.gql(DELETE, { id: saved.id }, token.viewer);
    expect(code(del)).toBe("FORBIDDEN");
    expect(await rowsOf(a)).toBe(before);

    const read = await server.gql<{ procurementScenario: { name: string } }>(GET, { id: saved.id }, token.viewer);
    expect(read.data?.procurementScenario.name).toBe("Läsbar");
    const viewerCanEdit = await server.gql<{ procurementScenario: { viewerCanEdit: boolean } }>(
      `query($id: ID!) { procurementScenario(id: $id) { viewerCanEdit } }`,
      { id: saved.id },
      token.viewer,
    );
    expect(viewerCanEdit.data?.procurementScenario.viewerCanEdit).toBe(false);
  });

  it("pages through the organisation's scenarios, most recently changed first", async () => {
    const org = await createOrg(server.db, "Sidkommun");
    const editor = await server.tokenFor(org.editor);
    for (const name of ["Första", "Andra", "Tredje"]) await save(name, DIRECT, editor);
    const page1 = await server.gql<{ procurementScenarios: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { name: string } }[] } }>(
      LIST,
      { first: 2 },
      await server.tokenFor(org.viewer),
    );
    expect(page1.errors).toBeUndefined();
    const conn = page1.data!.procurementScenarios;
    expect(conn.totalCount).toBe(3);
    expect(conn.pageInfo.hasNextPage).toBe(true);
    expect(conn.edges.map((e) => e.node.name)).toEqual(["Tredje", "Andra"]);
    const page2 = await server.gql<{ procurementScenarios: { pageInfo: { hasNextPage: boolean }; nodes: { id: string }[]; edges: { node: { name: string } }[] } }>(
      LIST,
      { first: 2, after: conn.pageInfo.endCursor },
      editor,
    );
    expect(page2.data?.procurementScenarios.edges.map((e) => e.node.name)).toEqual(["Första"]);
    expect(page2.data?.procurementScenarios.pageInfo.hasNextPage).toBe(false);
  });

  it("renames, replaces the scenario and recomputes the result", async () => {
    const saved = await save("Ändras", DIRECT);
    const renamed = await server.gql<{ updateProcurementScenario: { procurementScenario: Saved } }>(UPDATE, { input: { id: saved.id, name: "Ändrad" } }, token.editor);
    expect(renamed.errors).toBeUndefined();
    expect(renamed.data?.updateProcurementScenario.procurementScenario).toMatchObject({ name: "Ändrad", result: { regime: "DIRECT_AWARD_ALLOWED" } });

    const replaced = await server.gql<{ updateProcurementScenario: { procurementScenario: Saved } }>(UPDATE, { input: { id: saved.id, scenario: input(BELOW) } }, token.editor);
    const after = replaced.data!.updateProcurementScenario.procurementScenario;
    expect(after).toMatchObject({ name: "Ändrad", scenario: { contractType: "GOODS" }, result: { regime: "BELOW_THRESHOLD" } });
    expect(Date.parse(after.updatedAt)).toBeGreaterThanOrEqual(Date.parse(saved.updatedAt));

    const bad = await server.gql(UPDATE, { input: { id: saved.id, scenario: { ...input(BELOW), startDate: "21 mars" } } }, token.editor);
    expect(bad.errors?.[0]?.extensions?.field).toBe("input.scenario.startDate");
    const still = await server.gql<{ procurementScenario: { name: string } }>(GET, { id: saved.id }, token.editor);
    expect(still.data?.procurementScenario.name).toBe("Ändrad");
  });

  it("deletes a scenario; afterwards it is gone", async () => {
    const saved = await save("Raderas", DIRECT);
    const del = await server.gql<{ deleteProcurementScenario: { deletedProcurementScenarioId: string } }>(DELETE, { id: saved.id }, token.editor);
    expect(del.errors).toBeUndefined();
    expect(del.data?.deleteProcurementScenario.deletedProcurementScenarioId).toBe(saved.id);
    const read = await server.gql(GET, { id: saved.id }, token.editor);
    expect(read.data).toEqual({ procurementScenario: null, node: null });
    const again = await server.gql(DELETE, { id: saved.id }, token.editor);
    expect(code(again)).toBe("NOT_FOUND");
  });

  it("treats another organisation's scenario exactly like a missing one", async () => {
    const theirs = await save("Grannens", ABOVE, token.otherEditor);
    const missing = toGlobalId("SavedProcurementScenario", randomUUID());
    const mine = await save("Min", DIRECT);

    for (const id of [theirs.id, missing]) {
      const read = await server.gql(GET, { id }, token.editor);
      expect(read.errors).toBeUndefined();
      expect(read.data).toEqual({ procurementScenario: null, node: null });
    }
    const answers = async (id: string) => {
      const update = await server.gql(UPDATE, { input: { id, name: "Kapad" } }, token.editor);
      const del = await server.gql(DELETE, { id }, token.editor);
      const compare = await server.gql(COMPARE, { a: mine.id, b: id }, token.editor);
      return [update, del, compare].map((res) => ({ data: res.data, errors: res.errors?.map((e) => ({ message: e.message, code: e.extensions?.code })) }));
    };
    const foreign = await answers(theirs.id);
    expect(foreign).toEqual(await answers(missing));
    expect(foreign.map((r) => r.errors?.[0]?.code)).toEqual(["NOT_FOUND", "NOT_FOUND", "NOT_FOUND"]);

    const list = await server.gql<{ procurementScenarios: { nodes: { id: string }[] } }>(LIST, { first: 100 }, token.editor);
    expect(list.data?.procurementScenarios.nodes.map((n) => n.id)).not.toContain(theirs.id);
    const stillTheirs = await server.gql<{ procurementScenario: { name: string } }>(GET, { id: theirs.id }, token.otherEditor);
    expect(stillTheirs.data?.procurementScenario.name).toBe("Grannens");
  });

  it("compares two saved scenarios: both results side by side and where they differ", async () => {
    const direct = await save("Direktupphandling", DIRECT);
    const above = await save("Öppet förfarande", ABOVE);
    const res = await server.gql<{
      compareProcurementScenarios: { a: { id: string }; b: { id: string }; aResult: unknown; bResult: unknown; differences: { field: string; a: string | null; b: string | null }[] };
    }>(COMPARE, { a: direct.id, b: above.id }, token.viewer);
    expect(res.errors).toBeUndefined();
    const cmp = res.data!.compareProcurementScenarios;
    expect([cmp.a.id, cmp.b.id]).toEqual([direct.id, above.id]);
    const aResult = simulateProcurement(DIRECT);
    const bResult = simulateProcurement(ABOVE);
    expect(cmp.aResult).toEqual(asGraphQL(aResult));
    expect(cmp.bResult).toEqual(asGraphQL(bResult));
    const winner = bResult.ranking.find((r) => r.rank === 1)!.supplier;
    expect(cmp.differences).toEqual([
      { field: "REGIME", a: "DIRECT_AWARD_ALLOWED", b: "ABOVE_THRESHOLD" },
      { field: "THRESHOLD_SEK", a: String(aResult.thresholdSek), b: String(bResult.thresholdSek) },
      { field: "MIN_TENDER_DAYS", a: String(aResult.timeline.minTenderDays), b: "30" },
      { field: "STANDSTILL_DAYS", a: "0", b: "10" },
      { field: "EARLIEST_AWARD_DATE", a: aResult.timeline.earliestAwardDate, b: bResult.timeline.earliestAwardDate },
      { field: "EARLIEST_CONTRACT_DATE", a: aResult.timeline.earliestContractDate, b: bResult.timeline.earliestContractDate },
      { field: "WINNER", a: null, b: winner },
    ]);

    const same = await server.gql<{ compareProcurementScenarios: { differences: unknown[] } }>(COMPARE, { a: above.id, b: above.id }, token.viewer);
    expect(same.data?.compareProcurementScenarios.differences).toEqual([]);
    const malformed = await server.gql(COMPARE, { a: "nonsense", b: above.id }, token.viewer);
    expect(malformed.errors?.[0]?.extensions?.field).toBe("args.aId");
  });

  it("answers UNAUTHENTICATED to every operation without a token", async () => {
    const id = toGlobalId("SavedProcurementScenario", randomUUID());
    for (const [query, variables] of [
      [LIST, { first: 10 }],
      [GET, { id }],
      [COMPARE, { a: id, b: id }],
      [CREATE, { input: { name: "Anonym", scenario: input(DIRECT) } }],
      [UPDATE, { input: { id, name: "Anonym" } }],
      [DELETE, { id }],
    ] as const) {
      const res = await server.gql(query, variables);
      expect(code(res), query).toBe("UNAUTHENTICATED");
    }
  });
});

describe("procurement field rules", () => {
  it("give every field of the procurement types an explicit rule", async () => {
    const schema = await buildBareSchema(createMemoryPubSub());
    const rules = PERMISSIONS as Record<string, Record<string, unknown>>;
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || !/Procurement/.test(type.name)) continue;
      for (const field of Object.keys(type.getFields())) if (!rules[type.name]?.[field]) missing.push(`${type.name}.${field}`);
    }
    for (const root of [schema.getQueryType(), schema.getMutationType()]) {
      for (const field of Object.keys(root?.getFields() ?? {})) {
        if (/Procurement/i.test(field) && !rules[root!.name]?.[field]) missing.push(`${root!.name}.${field}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
