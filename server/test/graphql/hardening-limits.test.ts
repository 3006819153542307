import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSchema, parse, print, specifiedRules, validate, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode, type ValidationContext } from "graphql";
import { loadConfig } from "../../src/config";
import { REPO_ROOT } from "../../src/platform/db";
import { estimatedCost, limitRules } from "../../src/platform/graphql-limits";
import { createOrg, nextEvents, startTestServer, type TestOrg, type TestServer } from "../helpers";
import { codes } from "../more-helpers";

/** The client's real operations, as codegen wrote them (document ASTs in JSON), fragments included. */
function clientDocuments(): Map<string, DocumentNode> {
  const source = readFileSync(resolve(REPO_ROOT, "client/src/gql/graphql.ts"), "utf8");
  const docs = new Map<string, DocumentNode>();
  for (const match of source.matchAll(/^export const (\w+)Document = (\{.*\}) as unknown as DocumentNode</gm)) {
    docs.set(match[1]!, JSON.parse(match[2]!) as DocumentNode);
  }
  return docs;
}

const defaults = loadConfig({ NODE_ENV: "test" }).graphql;
const sdlSchema: GraphQLSchema = buildSchema(readFileSync(resolve(REPO_ROOT, "schema/schema.graphql"), "utf8"));
const limitErrors = (doc: DocumentNode | string) =>
  validate(sdlSchema, typeof doc === "string" ? parse(doc) : doc, [...specifiedRules, ...limitRules(defaults)]).map((e) => e.message);

/** The estimated cost of a document's first operation, as the cost rule computes it. */
function costOf(doc: DocumentNode): number {
  let cost = 0;
  const probe = (context: ValidationContext) => {
    const of = estimatedCost(context);
    return { OperationDefinition: (op: OperationDefinitionNode) => void (cost = of(op.selectionSet)) };
  };
  validate(sdlSchema, doc, [probe]);
  return cost;
}

/** Three nested pages of 100 each: 100 × 100 × 100 action items from one request. */
const REPRO = `{ actionItems(first: 100) { nodes { meeting { actionItems(first: 100) { nodes { meeting { actionItems(first: 100) { totalCount } } } } } } } }`;

describe("query limits on the client's own operations", () => {
  const docs = clientDocuments();

  it("finds the client's operations, the dashboard, meeting and procurement pages among them", () => {
    expect(docs.size).toBeGreaterThanOrEqual(15);
    for (const name of ["Dashboard", "MeetingPage", "CompareProcurementScenarios", "ProcurementScenarios", "SimulateProcurement", "ExtractionRunChanged"]) {
      expect(docs.has(name), name).toBe(true);
    }
  });

  it("accepts every client operation under the default limits, with variables counted as the largest page", () => {
    const failures = [...docs].map(([name, doc]) => [name, limitErrors(doc)] as const).filter(([, errors]) => errors.length > 0);
    expect(failures).toEqual([]);
  });

  it("leaves the biggest pages well inside the cost budget (headroom for the client to grow)", () => {
    for (const name of ["Dashboard", "MeetingPage", "ProcurementScenarios"]) {
      const cost = costOf(docs.get(name)!);
      expect(cost, name).toBeGreaterThan(100);
      expect(cost, name).toBeLessThan(defaults.maxCost / 2);
    }
  });
});

describe("cost, alias and heavy-field rules (validation only)", () => {
  it("rejects three nested pages of 100 as too expensive", () => {
    expect(limitErrors(REPRO)).toEqual([expect.stringMatching(/too expensive: estimated cost \d+ exceeds the limit of 20000/)]);
  });

  it("counts a variable page size as 100, and a literal one as itself", () => {
    const twoLevels = (first: string) => `{ actionItems(first: ${first}) { nodes { meeting { actionItems(first: ${first}) { totalCount } } } } }`;
    // actionItems + n × (nodes + meeting + actionItems + n × totalCount)
    expect(costOf(parse(`query($n: Int!) ${twoLevels("$n")}`))).toBe(1 + 100 * (3 + 100));
    expect(costOf(parse(twoLevels("10")))).toBe(1 + 10 * (3 + 10));
  });

  it("counts fields reached through fragments, as often as they are spread", () => {
    const viaFragments = `query { actionItems(first: 100) { nodes { ...M } } }
      fragment M on ActionItem { meeting { actionItems(first: 100) { nodes { ...N } } } }
      fragment N on ActionItem { meeting { actionItems(first: 100) { totalCount } } }`;
    expect(limitErrors(viaFragments)).toEqual([expect.stringMatching(/too expensive/)]);
  });

  it(`allows ${defaults.maxAliases} aliases and refuses one more, counting aliases inside fragments`, () => {
    const aliased = (n: number) => Array.from({ length: n }, (_, i) => `a${i}: __typename`).join(" ");
    expect(limitErrors(`{ ${aliased(defaults.maxAliases)} }`)).toEqual([]);
    expect(limitErrors(`{ ${aliased(defaults.maxAliases + 1)} }`)).toEqual([expect.stringMatching(/Too many aliased fields: 31 \(at most 30/)]);
    expect(limitErrors(`{ ...A ...B } fragment A on Query { ${aliased(20)} } fragment B on Query { ${aliased(20).replace(/a(\d+):/g, "b$1:")} }`)).toEqual([
      expect.stringMatching(/Too many aliased fields: 40/),
    ]);
  });

  it("allows one simulateProcurement and one compareProcurementScenarios per operation, not two", () => {
    const sim = (alias: string) => `${alias}: simulateProcurement(input: $input) { regime }`;
    const cmp = (alias: string) => `${alias}: compareProcurementScenarios(aId: "a", bId: "b") { differences { field } }`;
    expect(limitErrors(`query($input: ProcurementScenarioInput!) { ${sim("x")} ${cmp("y")} }`)).toEqual([]);
    expect(limitErrors(`query($input: ProcurementScenarioInput!) { ${sim("x")} ${sim("y")} }`)).toEqual([
      "simulateProcurement may appear at most once per operation (found 2)",
    ]);
    expect(limitErrors(`query { ${cmp("x")} ...F } fragment F on Query { ${cmp("y")} }`)).toEqual([
      "compareProcurementScenarios may appear at most once per operation (found 2)",
    ]);
  });

  it("validates fragments that spread each other twice over in linear time (no exponential walk)", () => {
    // F0 spreads F1 twice, F1 spreads F2 twice, …: 2^49 paths if fragments were walked afresh each
    // time (the depth rule used to: 22 levels took seconds, before authentication).
    const n = 50;
    const fragments = Array.from({ length: n }, (_, i) => `fragment F${i} on Query { ${i === n - 1 ? "__typename" : `...F${i + 1} ...F${i + 1}`} }`).join("\n");
    const started = Date.now();
    const errors = validate(sdlSchema, parse(`{ ...F0 }\n${fragments}`), limitRules(defaults)).map((e) => e.message);
    expect(Date.now() - started).toBeLessThan(2_000);
    // Counted as spread (2^49 fields): an over-estimate, on the safe side.
    expect(errors).toEqual([expect.stringMatching(/too expensive: estimated cost over 10\^12/)]);
  });
});

describe("query limits on the running server", () => {
  let server: TestServer;
  let a: TestOrg;
  let viewer: string;

  beforeAll(async () => {
    server = await startTestServer();
    a = await createOrg(server.db);
    viewer = await server.tokenFor(a.viewer);
  });
  afterAll(async () => server?.stop());

  it("rejects the nested-pages query over HTTP with GRAPHQL_VALIDATION_FAILED before running it", async () => {
    const res = await server.gql(REPRO, {}, viewer);
    expect(res.status).toBe(400);
    expect(codes(res)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
    expect(res.errors![0]!.message).toMatch(/too expensive/);
    expect(res.data ?? null).toBeNull();
  });

  it("runs the client's dashboard and meeting page queries with the page sizes it uses", async () => {
    const docs = clientDocuments();
    const dashboard = await server.gql(print(docs.get("Dashboard")!), { now: new Date().toISOString(), meetingsFirst: 100, itemsFirst: 100 }, viewer);
    expect(dashboard.errors).toBeUndefined();
    const meeting = await server.gql(print(docs.get("MeetingPage")!), { id: a.ids.meeting, listSize: 100 }, viewer);
    expect(meeting.errors).toBeUndefined();
    expect((meeting.data as { meeting: { title: string } }).meeting.title).toBe("Styrgruppsmöte");
  });

  it("rejects two simulateProcurement fields in one request", async () => {
    const res = await server.gql(`query($input: ProcurementScenarioInput!) { a: simulateProcurement(input: $input) { regime } b: simulateProcurement(input: $input) { regime } }`, { input: {} }, viewer);
    expect(codes(res)).toContain("GRAPHQL_VALIDATION_FAILED");
    expect(res.errors!.map((e) => e.message)).toContain("simulateProcurement may appear at most once per operation (found 2)");
  });

  it("applies the cost limit to WebSocket operations too", async () => {
    const client = server.ws(viewer);
    try {
      const costly = `subscription { actionItemChanged { meeting { actionItems(first: 100) { nodes { meeting { actionItems(first: 100) { nodes { meeting { actionItems(first: 100) { totalCount } } } } } } } } } }`;
      const { events } = nextEvents(client, costly, 1, 5_000);
      const error = await events.then(
        () => null,
        (e: unknown) => e,
      );
      expect(JSON.stringify(error instanceof Error ? error.message : error)).toMatch(/too expensive/);
    } finally {
      await client.dispose();
    }
  });
});
