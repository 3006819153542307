import { randomUUID } from "node:crypto";
import fc from "fast-check";
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrg, startTestServer, type TestOrg, type TestServer } from "../helpers";
import { sql } from "../more-helpers";
import { meetingWith } from "../transcript-helpers";
import { ConsentStatus } from "../../src/modules/meetings/participant.entity";
import { fromGlobalId, toGlobalId } from "../../src/platform/ids";
import { createMemoryPubSub } from "../../src/platform/pubsub";
import { buildBareSchema } from "../../src/schema";

// Property-based fuzzing of EVERY mutation, walked from the schema itself (a new mutation is
// covered without touching this file). Inputs are mostly well-typed but carry hostile values:
// NUL bytes, lone surrogates, 100k-character strings, extreme numbers, dates out of any sane range,
// global ids of other types (and of "constructor"), wrong types now and then, nested lists. Sent as
// the variables of a real request with an ADMIN token, every answer must be typed: HTTP < 500, no
// INTERNAL_SERVER_ERROR, a code on every error, no error-level log line, and no row written by a
// request that answered with an error.

const NUM_RUNS = Number(process.env.FUZZ_RUNS ?? 30);
/** Fixed unless FUZZ_SEED is given, so that a failure in CI reproduces; set it to explore. */
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_122);

/**
 * Mutations whose answers break a property for a reason outside validation, to be fixed where the
 * defect lives and then removed from here. Each entry names the mutation, the inputs that hit it
 * and why; matching requests are still sent and must still answer < 500 with coded errors.
 */
const KNOWN_OPEN_DEFECTS: { mutation: string; matches: (variables: Record<string, unknown>) => boolean; why: string }[] = [];

/**
 * Writes that a refusal makes on purpose. CONSENT_REQUIRED: the consent gate audits every refused
 * attempt to attach or re-run (transcript.service.ts `requireConsent`), by design.
 */
const AUDITED_REFUSALS: Record<string, string[]> = { CONSENT_REQUIRED: ["audit_events"] };

const schema = await buildBareSchema(createMemoryPubSub());
const mutationType = schema.getMutationType();
if (!mutationType) throw new Error("the schema has no Mutation type");
/** Creating mutations first and destroying ones last, so that the ones between find objects to change. */
const phase = (name: string) => (/^(create|add|attach|generate)/.test(name) ? 0 : /^(remove|delete|revoke|discard)/.test(name) ? 2 : 1);
const MUTATIONS = Object.values(mutationType.getFields()).sort((x, y) => phase(x.name) - phase(y.name) || x.name.localeCompare(y.name));

let server: TestServer;
let org: TestOrg;
let admin: string;
let orgTables: string[];
/** Global ids that exist in the fuzz organisation; grows with every id a response hands out. */
const pool: string[] = [];

beforeAll(async () => {
  server = await startTestServer();
  org = await createOrg(server.db, "Fuzzkommun");
  admin = await server.tokenFor(org.admin);
  const rows = await sql<{ table_name: string }>(
    server.db,
    `select table_name from information_schema.columns where column_name = 'organization_id' and table_schema = current_schema() order by table_name`,
  );
  orgTables = rows.map((r) => r.table_name);
  expect(orgTables).toEqual(expect.arrayContaining(["meetings", "stakeholders", "audit_events"]));
  pool.push(
    ...Object.values(org.ids),
    ...[org.admin, org.editor, org.viewer].map((u) => toGlobalId("User", u.id)),
  );
  // A meeting whose participants consented (uploads get past the consent gate) and an open dead letter.
  const consented = await meetingWith(server.db, org, [ConsentStatus.GRANTED, ConsentStatus.GRANTED]);
  pool.push(consented.id, ...consented.participantIds);
  const key = `extract-meeting:${randomUUID()}`;
  const [letter] = await sql<{ id: string }>(
    server.db,
    `insert into job_dead_letters (queue, job_name, job_key, organization_id, data, error_code, error_message, attempts, first_failed_at, last_failed_at) values (?, 'extract-meeting', ?, ?, ?, 'ECONNREFUSED', 'Unexpected Error', 3, now() - interval '2 minutes', now()) returning id`,
    [server.config.jobs.queue, key, org.org.id, JSON.stringify({ runId: randomUUID(), orgId: org.org.id })],
  );
  pool.push(toGlobalId("DeadLetter", letter!.id));
});

/**
 * Waits (at most 15 s) until the organisation has no job or extraction run in progress: a success
 * may start background work (an upload, a re-run, a replayed dead letter) whose writes must not be
 * taken for writes of a later request that failed.
 */
async function settle(): Promise<void> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const [row] = await sql<{ n: number }>(
      server.db,
      `select (select count(*) from job_runs where organization_id = ? and status in ('queued', 'running', 'retrying'))
            + (select count(*) from extraction_runs where organization_id = ? and status in ('QUEUED', 'RUNNING')) as n`,
      [org.org.id, org.org.id],
    );
    if (Number(row?.n) === 0 || Date.now() > deadline) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}
afterAll(async () => server?.stop());

/** Row counts of every table with an `organization_id`, for the fuzz organisation. */
async function fingerprint(): Promise<Record<string, number>> {
  const union = orgTables.map((t) => `select '${t}' as t, count(*)::int as n from "${t}" where organization_id = ?`).join(" union all ");
  const rows = await sql<{ t: string; n: number }>(server.db, union, orgTables.map(() => org.org.id));
  return Object.fromEntries(rows.map((r) => [r.t, Number(r.n)]));
}

// ---------------------------------------------------------------------------------------------
// Values: every leaf is plausible most of the time and hostile now and then, so that requests get
// past the first check and carry one or two hostile values deep into the resolvers.

const PLAUSIBLE = 10;
const HOSTILE = 2;
const WRONG_TYPE = 1;

const NODE_TYPES = ["Meeting", "Stakeholder", "ActionItem", "Decision", "Participant", "User", "Organization", "ApiToken", "DeadLetter", "SavedProcurementScenario", "ExtractionRun", "Brief", "Transcript"];
const ODD_TYPES = ["constructor", "__proto__", "toString", "prototype", "Nope", ""];
const HUGE = "x".repeat(100_000);
const HUGE_WIDE = "å".repeat(100_000);

const withInside = (bad: fc.Arbitrary<string>) => fc.tuple(fc.string({ maxLength: 8 }), bad, fc.string({ maxLength: 8 })).map(([x, b, y]) => `${x}${b}${y}`);
const nul = withInside(fc.constant("\u0000"));
const loneSurrogate = withInside(fc.constantFrom("\ud800", "\udbff", "\udc00", "\udfff", "\udc00\ud800"));
const hostileDates = fc.constantFrom(
  "0000-01-01",
  "9999-12-31",
  "1899-12-31",
  "1900-01-01",
  "2200-12-31",
  "2201-01-01",
  "2030-02-29",
  "not-a-date",
  "2030-13-01",
  "0000-01-01T00:00:00Z",
  "9999-12-31T23:59:59Z",
);
const plausibleDates = fc.date({ min: new Date("2020-01-01T00:00:00Z"), max: new Date("2035-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const hostileDateTimes = fc.constantFrom(
  "0000-01-01T00:00:00Z",
  "9999-12-31T23:59:59Z",
  "1899-12-31T23:59:59Z",
  "1900-01-01T00:00:00Z",
  "2200-12-31T23:59:59.999Z",
  "2201-01-01T00:00:00Z",
  "+275760-09-13T00:00:00Z",
  "-000001-01-01T00:00:00Z",
  "2030-05-01T09:00:00+14:00",
  "2030-05-01",
  "not-a-date",
  "",
);
const plausibleDateTimes = fc.date({ min: new Date("2020-01-01T00:00:00Z"), max: new Date("2035-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString());

/** The type a field's id should have, guessed from its name or its input type's: `meetingId` → Meeting, UpdateDecisionInput.id → Decision. */
function expectedIdType(name: string, parent: string): string {
  if (/^(owner|user)Id$/.test(name)) return "User";
  if (name !== "id" && name.endsWith("Id")) return name[0]!.toUpperCase() + name.slice(1, -2);
  return parent.replace(/^(Create|Update|Delete|Complete|Reopen|Assign|Revoke|Remove|Replay|Discard)/, "").replace(/Input$/, "");
}

function plausibleIds(name: string, parent: string): fc.Arbitrary<string> {
  const wanted = expectedIdType(name, parent);
  return fc.nat().map((i) => {
    const matching = pool.filter((id) => fromGlobalId(id)?.type.endsWith(wanted));
    const from = matching.length > 0 ? matching : pool;
    return from[i % from.length]!;
  });
}
const hostileIds = fc.oneof(
  fc.tuple(fc.constantFrom(...NODE_TYPES), fc.uuid()).map(([t, u]) => toGlobalId(t, u)),
  // Of an odd type, with a random uuid or the organisation's own (which `node` would find as an Organization).
  fc.tuple(fc.constantFrom(...ODD_TYPES), fc.option(fc.uuid())).map(([t, u]) => toGlobalId(t, u ?? org.org.id)),
  fc.nat().map((i) => pool[i % pool.length]!),
  fc.constantFrom("", "garbage", "x".repeat(300), "\u0000", "TWVldGluZzp4", Buffer.from("Meeting:").toString("base64url")),
  fc.string({ maxLength: 40 }),
);

function plausibleStrings(name: string, parent: string): fc.Arbitrary<string> {
  if (/date$/i.test(name)) return plausibleDates;
  if (/email/i.test(name)) return fc.uuid().map((u) => `fuzz-${u.slice(0, 8)}@example.se`);
  if (/phone/i.test(name)) return fc.constantFrom("+46 70 123 45 67", "08-123 45 67");
  if (name === "content") return fc.constantFrom("Edvin Editor: Hej allihopa.\nStina Stakeholder: Hej!\n", "WEBVTT\n\n00:00.000 --> 00:01.000\n<v Edvin Editor>Hej.\n");
  if (name === "criterionId" || (name === "id" && parent.startsWith("Procurement"))) return fc.constantFrom("q", "k1", "pris");
  return fc.oneof(fc.constantFrom("Möte", "Sven Svensson", "q", "Kvalitet", "Leverantör AB", "Rum 3"), fc.string({ minLength: 1, maxLength: 30 }));
}
const hostileStrings = fc.oneof(
  nul,
  loneSurrogate,
  fc.string({ unit: "binary", maxLength: 20 }),
  fc.constantFrom(HUGE, HUGE_WIDE),
  fc.constantFrom("", " ", "\t\n"),
  hostileDates,
  hostileIds,
);
const plausibleInts = fc.oneof(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 0, max: 400 }));
const hostileInts = fc.constantFrom(0, -0, -1, 2 ** 31 - 1, 2 ** 31, -(2 ** 31), -(2 ** 31) - 1, 2 ** 53, -(2 ** 53), Number.MAX_SAFE_INTEGER, 1e308, -1e308, 0.5);
const plausibleFloats = fc.oneof(fc.constantFrom(0, 1, 5, 10, 50, 100, 4_000_000, 5_000_000), fc.double({ min: 0, max: 1e7, noNaN: true }));
const hostileFloats = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(-0, 101, 1e13, 1e13 + 1, 2 ** 31, 2 ** 53, -(2 ** 53), 1e308, -1e308, 5e-324, -1),
);
/** A value of some other type than asked for. */
const wrongType = fc.constantFrom<unknown>(42, -1.5, "text", true, {}, { id: "x" }, [1, 2], [[["nested"]]], null);

const mix = <T,>(plausible: fc.Arbitrary<T>, hostile: fc.Arbitrary<T>) => fc.oneof({ weight: PLAUSIBLE, arbitrary: plausible }, { weight: HOSTILE, arbitrary: hostile });

/** A value for a field (`name` of input type `parent`) of `type`: typed almost always, of a wrong type now and then. */
function valueOf(type: GraphQLInputType, name: string, parent: string, depth: number): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 40, arbitrary: typedValueOf(type, name, parent, depth) }, { weight: WRONG_TYPE, arbitrary: wrongType });
}

function typedValueOf(type: GraphQLInputType, name: string, parent: string, depth: number): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return typedValueOf(type.ofType, name, parent, depth);
  if (isListType(type)) {
    const item = valueOf(type.ofType, name, parent, depth + 1);
    return fc.oneof(
      { weight: 16, arbitrary: fc.array(item, { maxLength: 3 }) },
      { weight: 1, arbitrary: fc.array(item, { minLength: 50, maxLength: 60 }) },
      { weight: 1, arbitrary: fc.constant([[[[["deep"]]]]]) },
    );
  }
  if (isEnumType(type)) return mix(fc.constantFrom(...type.getValues().map((v) => v.name)), fc.constantFrom("NOPE", "", "constructor"));
  if (isInputObjectType(type)) {
    if (depth > 8) return fc.constant({});
    const fields = Object.values(type.getFields());
    const model: Record<string, fc.Arbitrary<unknown>> = {};
    for (const f of fields) {
      const value = valueOf(f.type, f.name, type.name, depth + 1);
      model[f.name] = isNonNullType(f.type) ? value : fc.oneof({ weight: 3, arbitrary: value }, { weight: 1, arbitrary: fc.constant(null) });
    }
    const required = fields.filter((f) => isNonNullType(f.type)).map((f) => f.name);
    return fc.record(model, { requiredKeys: required });
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case "String":
        return mix(plausibleStrings(name, parent), hostileStrings);
      case "ID":
        return mix(plausibleIds(name, parent), hostileIds);
      case "Int":
        return mix(plausibleInts, hostileInts);
      case "Float":
        return mix(plausibleFloats, hostileFloats);
      case "Boolean":
        return fc.boolean();
      case "DateTimeISO":
        return mix(plausibleDateTimes, hostileDateTimes);
      default:
        return fc.oneof(mix(plausibleStrings(name, parent), hostileStrings), hostileInts, fc.boolean());
    }
  }
  throw new Error(`no generator for input type ${String(type)}`);
}

// ---------------------------------------------------------------------------------------------
// Requests

/** The payload's own leaf fields and, of each object in it, `__typename` and `id`. */
function selectionOf(type: GraphQLOutputType, depth = 0): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return "";
  if (!isObjectType(named) && !isInterfaceType(named)) return "{ __typename }";
  const parts = ["__typename"];
  for (const f of Object.values(named.getFields())) {
    if (f.args.some((a) => isNonNullType(a.type))) continue;
    if (isLeafType(getNamedType(f.type))) {
      if (depth === 0 || f.name === "id") parts.push(f.name);
    } else if (depth === 0) {
      parts.push(`${f.name} ${selectionOf(f.type, depth + 1)}`);
    }
  }
  return `{ ${parts.join(" ")} }`;
}

function operationOf(field: GraphQLField<unknown, unknown>): string {
  const vars = field.args.map((a, i) => `$a${i}: ${String(a.type)}`);
  const args = field.args.map((a, i) => `${a.name}: $a${i}`);
  const head = vars.length ? `mutation Fuzz(${vars.join(", ")})` : "mutation Fuzz";
  return `${head} { ${field.name}${args.length ? `(${args.join(", ")})` : ""} ${selectionOf(field.type)} }`;
}

function variablesOf(field: GraphQLField<unknown, unknown>): fc.Arbitrary<Record<string, unknown>> {
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  field.args.forEach((a, i) => (model[`a${i}`] = valueOf(a.type, a.name, getNamedType(a.type).name, 0)));
  return fc.record(model, { requiredKeys: field.args.filter((a) => isNonNullType(a.type)).map((_, i) => `a${i}`) });
}

interface Answer {
  status: number;
  body: string;
  errors: { message?: string; extensions?: { code?: unknown } }[];
  data: unknown;
}

async function send(query: string, variables: Record<string, unknown>): Promise<Answer> {
  const res = await fetch(`http://127.0.0.1:${server.port}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${admin}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.text();
  let parsed: { errors?: Answer["errors"]; data?: unknown } = {};
  try {
    parsed = JSON.parse(body) as typeof parsed;
  } catch {
    // kept as `body`: the property below reports a non-JSON answer
  }
  return { status: res.status, body, errors: parsed.errors ?? [], data: parsed.data };
}

/** Every id a response hands out joins the pool, so that later inputs hit real objects. */
function harvest(value: unknown): void {
  if (Array.isArray(value)) value.forEach(harvest);
  else if (value && typeof value === "object") {
    for (const [key, v] of Object.entries(value)) {
      if ((key === "id" || key.endsWith("Id")) && typeof v === "string" && !pool.includes(v) && pool.length < 500) pool.push(v);
      else harvest(v);
    }
  }
}

/** JSON of a value with long strings and the whole cut short, for failure messages. */
const short = (value: unknown, max = 1500) => {
  const text = JSON.stringify(value, (_k, v: unknown) => (typeof v === "string" && v.length > 80 ? `${v.slice(0, 40)}…(${v.length} chars)` : v)) ?? "undefined";
  return text.length > max ? `${text.slice(0, max)}…` : text;
};

/** The errors of an answer, BAD_USER_INPUT ones counted rather than listed. */
function summary(answer: Answer): string {
  const unusual = answer.errors.filter((e) => e.extensions?.code !== "BAD_USER_INPUT");
  const badInput = answer.errors.length - unusual.length;
  const body = answer.body.startsWith("{") ? short(unusual, 1200) : short(answer.body, 300);
  return `HTTP ${answer.status}, ${badInput} BAD_USER_INPUT, others: ${body}`;
}

/** Outcomes per mutation (HTTP status and error codes, or "ok"); printed with FUZZ_STATS=1. */
const stats: Record<string, Record<string, number>> = {};
afterAll(() => {
  if (process.env.FUZZ_STATS) console.log(JSON.stringify(stats, null, 1));
});

describe("fuzzing every mutation with hostile, mostly well-typed input", () => {
  it("covers every mutation of the schema", () => {
    expect(MUTATIONS.length).toBeGreaterThan(20);
    for (const field of MUTATIONS) expect(() => operationOf(field)).not.toThrow();
  });

  for (const field of MUTATIONS) {
    it(`${field.name}: answers every input with a typed error or a success, writing nothing on error`, async () => {
      const query = operationOf(field);
      const known = KNOWN_OPEN_DEFECTS.filter((d) => d.mutation === field.name);
      const details = await fc.check(
        fc.asyncProperty(variablesOf(field), async (variables) => {
          const defect = known.find((d) => d.matches(variables));
          const before = await fingerprint();
          const logsBefore = server.logs.length;
          const answer = await send(query, variables);
          const context = `${field.name} ${short(variables)} → ${summary(answer)}`;
          expect(answer.status, context).toBeLessThan(500);
          expect(answer.body.startsWith("{"), context).toBe(true);
          const errorCodes = answer.errors.map((e) => e.extensions?.code);
          const outcome = `${defect ? "known defect: " : ""}${answer.errors.length === 0 ? "ok" : `${answer.status} ${[...new Set(errorCodes)].join("+")}`}`;
          (stats[field.name] ??= {})[outcome] = (stats[field.name]![outcome] ?? 0) + 1;
          for (const code of errorCodes) expect(typeof code, context).toBe("string");
          if (!defect) {
            expect(errorCodes, context).not.toContain("INTERNAL_SERVER_ERROR");
            const errorLines = server.logs.slice(logsBefore).filter((l) => l.includes(`"level":"error"`));
            expect(errorLines, context).toEqual([]);
          }
          if (answer.errors.length > 0) {
            const after = await fingerprint();
            const allowed = new Set(errorCodes.flatMap((c) => AUDITED_REFUSALS[String(c)] ?? []));
            const changed = orgTables.filter((t) => !allowed.has(t) && before[t] !== after[t]).map((t) => `${t}: ${before[t]} → ${after[t]}`);
            expect(changed, `rows written by a request that failed: ${context}`).toEqual([]);
          } else {
            harvest(answer.data);
            await settle();
          }
        }),
        { numRuns: NUM_RUNS, seed: SEED, endOnFailure: true },
      );
      // fast-check's own report would print every 100k-character string in full.
      const failure = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
      expect(details.failed, `seed ${details.seed}, path ${details.counterexamplePath}: ${failure}`).toBe(false);
    }, 30_000);
  }
});
