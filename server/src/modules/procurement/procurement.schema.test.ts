import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseProcurementScenario } from "./procurement.schema";
import { scenario } from "./fixtures/scenarios";

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8"));

const paths = (input: unknown): string[] => {
  const result = parseProcurementScenario(input);
  return result.ok ? [] : result.problems.map((p) => p.path);
};

describe("ProcurementScenarioSchema", () => {
  it("accepts the fixture scenarios", () => {
    for (const name of ["direct-award-services-central.json", "below-threshold-goods-sub-central.json", "above-threshold-open-with-bids.json"]) {
      expect(parseProcurementScenario(fixture(name)).ok, name).toBe(true);
    }
  });

  it("reports field problems with their paths", () => {
    expect(paths(fixture("invalid-scenario.json"))).toEqual(["contractType", "estimatedValueSek", "startDate"]);
  });

  it("rejects amounts beyond any real contract, which the sensitivity analysis cannot bisect exactly", () => {
    expect(paths({ ...scenario(), estimatedValueSek: 1e20 })).toEqual(["estimatedValueSek"]);
  });

  it("rejects unknown keys so typos surface", () => {
    expect(paths({ ...scenario(), urgent: true })).toEqual([""]);
  });

  it("checks scores against criteria and maxScore", () => {
    const input = {
      ...scenario(),
      evaluation: { model: "RELATIVE_POINTS", priceWeight: 60, criteria: [{ id: "q", name: "Q", weight: 40 }] },
      bids: [
        { supplier: "A", priceSek: 100, scores: { x: 1 }, maxScore: 5 },
        { supplier: "A", priceSek: 90, scores: { q: 6 }, maxScore: 5 },
      ],
    };
    expect(paths(input)).toEqual(["bids.0.scores.q", "bids.0.scores.x", "bids.1.supplier", "bids.1.scores.q"]);
  });

  it("requires model-specific fields", () => {
    const absolute = { ...scenario(), evaluation: { model: "ABSOLUTE_POINTS", priceWeight: 50, criteria: [] } };
    expect(paths(absolute)).toEqual(["evaluation"]);
    const inverted = { ...absolute, evaluation: { ...absolute.evaluation, priceCeilingSek: 1, priceFloorSek: 2 } };
    expect(paths(inverted)).toEqual(["evaluation.priceCeilingSek"]);
    const added = { ...scenario(), evaluation: { model: "ADDED_VALUE", priceWeight: 0, criteria: [{ id: "q", name: "Q", weight: 0 }] } };
    expect(paths(added)).toEqual(["evaluation.criteria.0.maxAddedValueSek"]);
  });

  it("rejects zero prices, which RELATIVE_POINTS cannot divide by", () => {
    expect(paths({ ...scenario(), bids: [{ supplier: "A", priceSek: 0, scores: {}, maxScore: 5 }] })).toEqual(["bids.0.priceSek"]);
  });
});
