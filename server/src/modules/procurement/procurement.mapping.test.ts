import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseInput } from "../../platform/errors";
import { compareResults, winnerOf } from "./procurement.compare";
import type { ProcurementScenarioInput } from "./procurement.inputs";
import { GRAPHQL_LIMITS, procurementScenarioInputSchema, toEngineShape, toGraphQLScenario } from "./procurement.mapping";
import { simulateProcurement } from "./procurement.engine";
import type { ProcurementScenario } from "./procurement.types";
import { scenario } from "./fixtures/scenarios";

const fixture = (name: string): ProcurementScenario =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8")) as ProcurementScenario;

/** The GraphQL shape of an engine scenario, as a client would send it. */
const asInput = (s: ProcurementScenario): ProcurementScenarioInput => toGraphQLScenario(s) as ProcurementScenarioInput;

function problemsOf(input: unknown): string[] {
  try {
    parseInput(procurementScenarioInputSchema, input);
    return [];
  } catch (error) {
    const problems = (error as { extensions: { problems: { path: string[] }[] } }).extensions.problems;
    return problems.map((p) => p.path.join("."));
  }
}

const withBids = (): ProcurementScenarioInput => ({
  ...scenario(),
  evaluation: { model: "RELATIVE_POINTS", priceWeight: 60, criteria: [{ id: "q", name: "Kvalitet", weight: 40 }] },
  bids: [
    { supplier: "A", priceSek: 100, scores: [{ criterionId: "q", score: 5 }], maxScore: 5 },
    { supplier: "B", priceSek: 80, scores: [{ criterionId: "q", score: 2 }], maxScore: 5 },
  ],
});

describe("procurement GraphQL mapping", () => {
  it("round-trips the fixtures between the engine and the GraphQL shape", () => {
    for (const name of ["direct-award-services-central.json", "below-threshold-goods-sub-central.json", "above-threshold-open-with-bids.json"]) {
      const engine = fixture(name);
      expect(parseInput(procurementScenarioInputSchema, asInput(engine)), name).toEqual(engine);
    }
  });

  it("turns the scores list into the engine's map and drops nulls", () => {
    const input = { ...withBids(), procedure: null, similarPurchasesValueSek: null, evaluationDays: null };
    expect(toEngineShape(input)).toEqual({
      ...scenario(),
      evaluation: { model: "RELATIVE_POINTS", priceWeight: 60, criteria: [{ id: "q", name: "Kvalitet", weight: 40 }] },
      bids: [
        { supplier: "A", priceSek: 100, scores: { q: 5 }, maxScore: 5 },
        { supplier: "B", priceSek: 80, scores: { q: 2 }, maxScore: 5 },
      ],
    });
  });

  it("lists scores in the criteria's order whatever order the map has", () => {
    const engine: ProcurementScenario = {
      ...scenario(),
      evaluation: { model: "RELATIVE_POINTS", priceWeight: 50, criteria: [{ id: "z", name: "Z", weight: 25 }, { id: "10", name: "Tio", weight: 25 }] },
      bids: [{ supplier: "A", priceSek: 1, scores: { "10": 1, z: 2 }, maxScore: 5 }],
    };
    expect(toGraphQLScenario(engine).bids?.[0]?.scores).toEqual([
      { criterionId: "z", score: 2 },
      { criterionId: "10", score: 1 },
    ]);
  });

  it("reports the engine's problems at the GraphQL input's paths", () => {
    const input = withBids();
    input.startDate = "2026-02-30";
    input.bids![0]!.priceSek = 0;
    expect(problemsOf(input)).toEqual(["input.startDate", "input.bids.0.priceSek"]);
  });

  it("points score problems at the list entry: the score, the unknown criterion, or the missing one", () => {
    const input = withBids();
    input.bids![0]!.scores = [{ criterionId: "q", score: 6 }];
    input.bids![1]!.scores = [{ criterionId: "x", score: 1 }];
    expect(problemsOf(input)).toEqual(["input.bids.0.scores.0.score", "input.bids.1.scores", "input.bids.1.scores.0.criterionId"]);
  });

  it("refuses inputs over the GraphQL size limits before any work is done", () => {
    const input = withBids();
    input.bids = Array.from({ length: GRAPHQL_LIMITS.bids + 1 }, (_, i) => ({ supplier: `S${i}`, priceSek: 100 + i, scores: [{ criterionId: "q", score: 1 }], maxScore: 5 }));
    input.evaluation!.criteria[0]!.name = "x".repeat(GRAPHQL_LIMITS.text + 1);
    expect(problemsOf(input)).toEqual(["input.evaluation.criteria.0.name", "input.bids"]);
    input.bids = input.bids.slice(0, GRAPHQL_LIMITS.bids);
    input.evaluation!.criteria[0]!.name = "Kvalitet";
    expect(problemsOf(input)).toEqual([]);
  });

  it("rejects a criterion scored twice in one bid", () => {
    const input = withBids();
    input.bids![1]!.scores = [{ criterionId: "q", score: 1 }, { criterionId: "q", score: 2 }];
    expect(problemsOf(input)).toEqual(["input.bids.1.scores.1.criterionId"]);
  });
});

describe("compareResults", () => {
  it("lists only the compared parts that differ, in a fixed order", () => {
    const direct = simulateProcurement(fixture("direct-award-services-central.json"));
    const above = simulateProcurement(fixture("above-threshold-open-with-bids.json"));
    expect(compareResults(direct, direct)).toEqual([]);
    const differences = compareResults(direct, above);
    expect(differences.map((d) => d.field)).toEqual([
      "REGIME",
      "THRESHOLD_SEK",
      "MIN_TENDER_DAYS",
      "STANDSTILL_DAYS",
      "EARLIEST_AWARD_DATE",
      "EARLIEST_CONTRACT_DATE",
      "WINNER",
    ]);
    expect(differences[0]).toEqual({ field: "REGIME", a: "DIRECT_AWARD_ALLOWED", b: "ABOVE_THRESHOLD" });
    expect(differences.at(-1)).toEqual({ field: "WINNER", a: null, b: winnerOf(above) });
  });

  it("names tied winners together", () => {
    const result = simulateProcurement({
      ...scenario(),
      bids: [
        { supplier: "A", priceSek: 100, scores: {}, maxScore: 5 },
        { supplier: "B", priceSek: 100, scores: {}, maxScore: 5 },
      ],
    });
    expect(winnerOf(result)).toBe("A, B");
  });
});
