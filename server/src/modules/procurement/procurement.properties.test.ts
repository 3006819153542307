import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { simulateProcurement } from "./procurement.engine";
import { rankBids, winners } from "./procurement.evaluation";
import { priceToWin } from "./procurement.sensitivity";
import { EVALUATION_MODELS, type Bid, type EvaluationSetup } from "./procurement.types";
import { scenario } from "./fixtures/scenarios";

// Generators produce valid setups only (what the schema would accept): 1–3 criteria, 2–5 bids,
// whole-krona prices, integer scores out of 10.
const CRITERIA = ["c1", "c2", "c3"];

const setupArb: fc.Arbitrary<EvaluationSetup> = fc
  .record({
    model: fc.constantFrom(...EVALUATION_MODELS),
    priceWeight: fc.integer({ min: 0, max: 100 }),
    count: fc.integer({ min: 1, max: 3 }),
    weights: fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 3, maxLength: 3 }),
    added: fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 3, maxLength: 3 }),
    floor: fc.integer({ min: 0, max: 5_000_000 }),
    span: fc.integer({ min: 1, max: 5_000_000 }),
  })
  .map(({ model, priceWeight, count, weights, added, floor, span }) => ({
    model,
    priceWeight,
    criteria: CRITERIA.slice(0, count).map((id, i) => ({ id, name: id, weight: weights[i]!, maxAddedValueSek: added[i]! })),
    priceFloorSek: floor,
    priceCeilingSek: floor + span,
  }));

const bidsArb: fc.Arbitrary<Bid[]> = fc
  .array(
    fc.record({
      price: fc.integer({ min: 1, max: 10_000_000 }),
      scores: fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 3, maxLength: 3 }),
    }),
    { minLength: 2, maxLength: 5 },
  )
  .map((rows) =>
    rows.map((row, i) => ({
      supplier: `S${i}`,
      priceSek: row.price,
      maxScore: 10,
      scores: Object.fromEntries(CRITERIA.map((id, j) => [id, row.scores[j]!])),
    })),
  );

const rankOf = (setup: EvaluationSetup, bids: Bid[], supplier: string): number =>
  rankBids(setup, bids).find((r) => r.supplier === supplier)!.rank;

describe("properties", () => {
  it("lowering a bid's price never worsens its rank", () => {
    fc.assert(
      fc.property(setupArb, bidsArb, fc.nat(), fc.double({ min: 0, max: 1, noNaN: true }), (setup, bids, pick, cut) => {
        const i = pick % bids.length;
        const target = bids[i]!;
        const lower = Math.max(1, Math.floor(target.priceSek * cut));
        const changed = bids.map((b, j) => (j === i ? { ...b, priceSek: lower } : b));
        expect(rankOf(setup, changed, target.supplier)).toBeLessThanOrEqual(rankOf(setup, bids, target.supplier));
      }),
    );
  });

  it("raising a quality score never worsens the bid's rank", () => {
    fc.assert(
      fc.property(setupArb, bidsArb, fc.nat(), fc.nat(), fc.integer({ min: 0, max: 10 }), (setup, bids, pick, crit, raise) => {
        const i = pick % bids.length;
        const target = bids[i]!;
        const id = setup.criteria[crit % setup.criteria.length]!.id;
        const raised = Math.min(10, (target.scores[id] ?? 0) + raise);
        const changed = bids.map((b, j) => (j === i ? { ...b, scores: { ...b.scores, [id]: raised } } : b));
        expect(rankOf(setup, changed, target.supplier)).toBeLessThanOrEqual(rankOf(setup, bids, target.supplier));
      }),
    );
  });

  it("is deterministic and independent of bid order", () => {
    fc.assert(
      fc.property(setupArb, bidsArb, fc.integer({ min: 0, max: 60_000_000 }), (evaluation, bids, value) => {
        const input = scenario({ estimatedValueSek: value, evaluation, bids });
        const first = simulateProcurement(input);
        expect(simulateProcurement(structuredClone(input))).toEqual(first);
        expect(simulateProcurement({ ...input, bids: [...bids].reverse() }).ranking).toEqual(first.ranking);
      }),
      { numRuns: 50 },
    );
  });

  it("priceToWin is exact: it wins outright at that price and not one krona above", () => {
    fc.assert(
      fc.property(setupArb, bidsArb, fc.nat(), (setup, bids, pick) => {
        const i = pick % bids.length;
        const top = winners(rankBids(setup, bids));
        fc.pre(!(top.length === 1 && top[0] === bids[i]!.supplier));
        const price = priceToWin(setup, bids, i);
        const winsAt = (p: number) => {
          const w = winners(rankBids(setup, bids.map((b, j) => (j === i ? { ...b, priceSek: p } : b))));
          return w.length === 1 && w[0] === bids[i]!.supplier;
        };
        if (price === null) expect(winsAt(1)).toBe(false);
        else {
          expect(winsAt(price)).toBe(true);
          expect(winsAt(price + 1)).toBe(false);
        }
      }),
      { numRuns: 100 },
    );
  });
});
