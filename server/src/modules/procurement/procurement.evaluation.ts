import type { Bid, EvaluationModel, EvaluationSetup, RankedBid } from "./procurement.types";

// Tender evaluation models, exactly as specified in issue 4. Comparison values are compared after
// rounding to COMPARISON_DECIMALS: floating-point noise (e.g. 100·a/b computed two ways) must not
// decide a procurement, and rounding is monotone, so a better raw value never ranks worse.

export const COMPARISON_DECIMALS = 4;
const SCALE = 10 ** COMPARISON_DECIMALS;

export interface ScoredBid {
  supplier: string;
  /** Raw (unrounded) comparison value. */
  comparisonValue: number;
  priceScore?: number;
  qualityScore?: number;
}

/** true when a lower comparison value is better (price-like models). */
export function lowerIsBetter(model: EvaluationModel): boolean {
  return model === "LOWEST_PRICE" || model === "ADDED_VALUE";
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function scoreRatio(bid: Bid, criterionId: string): number {
  // Missing scores count as 0; the schema rejects them, this only keeps the function total.
  return (bid.scores[criterionId] ?? 0) / bid.maxScore;
}

function qualityPoints(setup: EvaluationSetup, bid: Bid): number {
  return setup.criteria.reduce((sum, c) => sum + c.weight * scoreRatio(bid, c.id), 0);
}

/** Raw comparison values per bid under the chosen model. */
export function scoreBids(setup: EvaluationSetup, bids: readonly Bid[]): ScoredBid[] {
  switch (setup.model) {
    case "LOWEST_PRICE":
      return bids.map((bid) => ({ supplier: bid.supplier, comparisonValue: bid.priceSek }));
    case "ADDED_VALUE":
      return bids.map((bid) => {
        const addedValue = setup.criteria.reduce(
          (sum, c) => sum + (c.maxAddedValueSek ?? 0) * scoreRatio(bid, c.id),
          0,
        );
        return { supplier: bid.supplier, comparisonValue: bid.priceSek - addedValue };
      });
    case "RELATIVE_POINTS": {
      const lowestPrice = Math.min(...bids.map((bid) => bid.priceSek));
      return bids.map((bid) => {
        // A zero price would give every bid a zero or infinite ratio; the schema requires > 0.
        const priceScore = setup.priceWeight * (lowestPrice / bid.priceSek);
        const qualityScore = qualityPoints(setup, bid);
        return { supplier: bid.supplier, comparisonValue: priceScore + qualityScore, priceScore, qualityScore };
      });
    }
    case "ABSOLUTE_POINTS": {
      const ceiling = setup.priceCeilingSek ?? 0;
      const floor = setup.priceFloorSek ?? 0;
      const span = ceiling - floor;
      return bids.map((bid) => {
        const share = span > 0 ? clamp((ceiling - bid.priceSek) / span, 0, 1) : 0;
        const priceScore = setup.priceWeight * share;
        const qualityScore = qualityPoints(setup, bid);
        return { supplier: bid.supplier, comparisonValue: priceScore + qualityScore, priceScore, qualityScore };
      });
    }
  }
}

function roundValue(value: number): number {
  return Math.round(value * SCALE) / SCALE;
}

/** Integer key where larger is better, so every model ranks the same way. */
function merit(model: EvaluationModel, comparisonValue: number): number {
  const key = Math.round(comparisonValue * SCALE);
  return lowerIsBetter(model) ? -key : key;
}

/**
 * Ranks bids (1 = best). Equal rounded comparison values share a rank ("1, 1, 3"); the output is
 * ordered by rank, then supplier name by code point so it is identical on every machine.
 */
export function rankBids(setup: EvaluationSetup, bids: readonly Bid[]): RankedBid[] {
  if (bids.length === 0) return [];
  const scored = scoreBids(setup, bids).map((s) => ({ ...s, merit: merit(setup.model, s.comparisonValue) }));
  const ranked = scored.map((s) => {
    const rank = 1 + scored.filter((other) => other.merit > s.merit).length;
    const entry: RankedBid = { supplier: s.supplier, rank, comparisonValue: roundValue(s.comparisonValue) };
    if (s.priceScore !== undefined) entry.priceScore = roundValue(s.priceScore);
    if (s.qualityScore !== undefined) entry.qualityScore = roundValue(s.qualityScore);
    return entry;
  });
  return ranked.sort((a, b) => a.rank - b.rank || (a.supplier < b.supplier ? -1 : a.supplier > b.supplier ? 1 : 0));
}

/** Suppliers sharing rank 1, sorted; a set of one means an outright winner. */
export function winners(ranking: readonly RankedBid[]): string[] {
  return ranking.filter((r) => r.rank === 1).map((r) => r.supplier).sort();
}

/** Groups of suppliers that share a rank (for TIE warnings). */
export function tieGroups(ranking: readonly RankedBid[]): RankedBid[][] {
  const byRank = new Map<number, RankedBid[]>();
  for (const entry of ranking) byRank.set(entry.rank, [...(byRank.get(entry.rank) ?? []), entry]);
  return [...byRank.values()].filter((group) => group.length > 1);
}
