import { describe, expect, it } from "vitest";
import { rankBids, tieGroups, winners } from "./procurement.evaluation";
import {
  absoluteBids,
  absoluteSetup,
  addedValueBids,
  addedValueSetup,
  bid,
  relativeBids,
  relativeSetup,
} from "./fixtures/scenarios";

describe("evaluation models (worked examples)", () => {
  it("LOWEST_PRICE ranks by price, comparisonValue = price", () => {
    const ranking = rankBids({ model: "LOWEST_PRICE", priceWeight: 100, criteria: [] }, [
      bid("A", 100),
      bid("B", 90),
      bid("C", 120),
    ]);
    expect(ranking).toEqual([
      { supplier: "B", rank: 1, comparisonValue: 90 },
      { supplier: "A", rank: 2, comparisonValue: 100 },
      { supplier: "C", rank: 3, comparisonValue: 120 },
    ]);
  });

  it("ADDED_VALUE deducts maxAddedValueSek × score / maxScore; lowest wins", () => {
    expect(rankBids(addedValueSetup, addedValueBids)).toEqual([
      { supplier: "A", rank: 1, comparisonValue: 900_000 },
      { supplier: "B", rank: 2, comparisonValue: 910_000 },
    ]);
  });

  it("RELATIVE_POINTS: priceWeight × lowest/price + Σ weight × score/max; highest wins", () => {
    expect(rankBids(relativeSetup, relativeBids)).toEqual([
      { supplier: "A", rank: 1, comparisonValue: 88, priceScore: 48, qualityScore: 40 },
      { supplier: "B", rank: 2, comparisonValue: 76, priceScore: 60, qualityScore: 16 },
    ]);
  });

  it("ABSOLUTE_POINTS clamps the price share to 0–1 between floor and ceiling", () => {
    expect(rankBids(absoluteSetup, absoluteBids)).toEqual([
      { supplier: "B", rank: 1, comparisonValue: 60, priceScore: 50, qualityScore: 10 },
      { supplier: "A", rank: 2, comparisonValue: 55, priceScore: 25, qualityScore: 30 },
      { supplier: "C", rank: 3, comparisonValue: 50, priceScore: 0, qualityScore: 50 },
    ]);
  });

  it("equal comparison values share a rank (1, 1, 3) and form a tie group", () => {
    const ranking = rankBids({ model: "LOWEST_PRICE", priceWeight: 100, criteria: [] }, [
      bid("Beta", 100),
      bid("Alfa", 100),
      bid("Gamma", 120),
    ]);
    expect(ranking.map((r) => [r.supplier, r.rank])).toEqual([["Alfa", 1], ["Beta", 1], ["Gamma", 3]]);
    expect(winners(ranking)).toEqual(["Alfa", "Beta"]);
    expect(tieGroups(ranking).map((g) => g.map((r) => r.supplier))).toEqual([["Alfa", "Beta"]]);
  });

  it("floating-point noise does not break a mathematical tie", () => {
    const setup = { model: "RELATIVE_POINTS" as const, priceWeight: 30, criteria: [{ id: "q", name: "Q", weight: 70 }] };
    // 0.1 + 0.2 !== 0.3 in binary floating point; both quality ratios are 1 mathematically.
    const tied = rankBids(setup, [bid("A", 100, { q: 0.1 + 0.2 }, 0.3), bid("B", 100, { q: 3 }, 3)]);
    expect(tied.map((r) => r.rank)).toEqual([1, 1]);
  });

  it("an empty bid list gives an empty ranking", () => {
    expect(rankBids(relativeSetup, [])).toEqual([]);
  });
});
