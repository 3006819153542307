import { describe, expect, it } from "vitest";
import { rankBids, winners } from "./procurement.evaluation";
import { analyseSensitivity, criterionFlip, detectRankReversal, priceToWin } from "./procurement.sensitivity";
import {
  absoluteBids,
  absoluteSetup,
  addedValueBids,
  addedValueSetup,
  bid,
  relativeBids,
  relativeSetup,
  reversalBids,
  reversalSetup,
} from "./fixtures/scenarios";

describe("price to win (highest whole-krona price for an outright win)", () => {
  it("LOWEST_PRICE: one krona below the cheapest rival", () => {
    const setup = { model: "LOWEST_PRICE" as const, priceWeight: 100, criteria: [] };
    expect(priceToWin(setup, [bid("A", 100), bid("B", 90)], 0)).toBe(89);
  });

  it("ADDED_VALUE: B must beat 900 000 after its 40 000 added value → 939 999", () => {
    expect(priceToWin(addedValueSetup, addedValueBids, 1)).toBe(939_999);
  });

  it("RELATIVE_POINTS: B wins when 76 > 0.6·P + 40, i.e. P < 60 → 59", () => {
    // A's price score follows B's price because B becomes the lowest price.
    expect(priceToWin(relativeSetup, relativeBids, 1)).toBe(59);
  });

  it("ABSOLUTE_POINTS: A needs (200 − P)/2 + 30 > 60 → 139; C needs (200 − P)/2 + 50 > 60 → 179", () => {
    expect(priceToWin(absoluteSetup, absoluteBids, 0)).toBe(139);
    expect(priceToWin(absoluteSetup, absoluteBids, 2)).toBe(179);
  });

  it("null when no positive price can win", () => {
    const setup = { model: "ABSOLUTE_POINTS" as const, priceWeight: 10, criteria: [{ id: "q", name: "Q", weight: 90 }], priceCeilingSek: 200, priceFloorSek: 100 };
    expect(priceToWin(setup, [bid("A", 150, { q: 5 }), bid("B", 150, { q: 0 })], 1)).toBeNull();
  });

  it("the reported price wins outright and one krona more does not", () => {
    const p = priceToWin(absoluteSetup, absoluteBids, 0)!;
    const at = (price: number) =>
      winners(rankBids(absoluteSetup, absoluteBids.map((b, i) => (i === 0 ? { ...b, priceSek: price } : b))));
    expect(at(p)).toEqual(["A"]);
    expect(at(p + 1)).not.toEqual(["A"]);
  });
});

describe("criterion weight change that flips the winner", () => {
  it("RELATIVE_POINTS: A − B = 12 + 0.8·d, so d = −15 first makes B (co-)winner", () => {
    expect(criterionFlip(relativeSetup, relativeBids, 0)).toBe(-15);
  });

  it("ABSOLUTE_POINTS: +6 points to quality lets C overtake B", () => {
    expect(criterionFlip(absoluteSetup, absoluteBids, 0)).toBe(6);
  });

  it("ADDED_VALUE: scaling maxAddedValueSek by −17 % hands the win to B", () => {
    expect(criterionFlip(addedValueSetup, addedValueBids, 0)).toBe(-17);
  });

  it("null when no change within 0–100 flips the winner", () => {
    const setup = { model: "RELATIVE_POINTS" as const, priceWeight: 50, criteria: [{ id: "q", name: "Q", weight: 50 }] };
    // A is cheaper and better: no weighting can make B win.
    expect(criterionFlip(setup, [bid("A", 100, { q: 5 }), bid("B", 200, { q: 1 })], 0)).toBeNull();
  });

  it("null with fewer than two bids", () => {
    expect(criterionFlip(relativeSetup, [bid("A", 100, { q: 5 })], 0)).toBeNull();
  });
});

describe("analyseSensitivity", () => {
  it("lists every criterion and every non-winning bid", () => {
    expect(analyseSensitivity(absoluteSetup, absoluteBids)).toEqual({
      criteria: [{ id: "q", weightChangeToFlipWinner: 6 }],
      bids: [
        { supplier: "A", priceToWinSek: 139 },
        { supplier: "C", priceToWinSek: 179 },
      ],
    });
  });
});

describe("rank reversal (RELATIVE_POINTS)", () => {
  it("detects that withdrawing C swaps A and B", () => {
    expect(rankBids(reversalSetup, reversalBids).map((r) => r.supplier)).toEqual(["C", "B", "A"]);
    expect(detectRankReversal(reversalSetup, reversalBids)).toEqual({ removed: "C", pair: ["A", "B"] });
  });

  it("is not reported for absolute models or when no reversal exists", () => {
    expect(detectRankReversal({ ...absoluteSetup }, absoluteBids)).toBeNull();
    const stable = [bid("A", 100, { q: 5 }), bid("B", 110, { q: 4 }), bid("C", 120, { q: 3 })];
    expect(detectRankReversal(relativeSetup, stable)).toBeNull();
  });
});

describe("priceToWin with extreme prices", () => {
  // Used to loop forever (the test's timeout is the guard); the schema now caps prices at MAX_SEK.
  it("terminates and answers even where floats are coarser than one krona", () => {
    const setup = { model: "LOWEST_PRICE" as const, priceWeight: 100, criteria: [] };
    const bids = [
      { supplier: "A", priceSek: 9e19, scores: {}, maxScore: 5 },
      { supplier: "B", priceSek: 1e20, scores: {}, maxScore: 5 },
    ];
    const result = priceToWin(setup, bids, 1);
    expect(result).not.toBeNull();
    expect(result as number).toBeLessThanOrEqual(9e19);
  });
});
