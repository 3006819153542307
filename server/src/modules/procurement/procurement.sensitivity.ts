import { rankBids, winners } from "./procurement.evaluation";
import type {
  Bid,
  BidSensitivity,
  CriterionSensitivity,
  EvaluationCriterion,
  EvaluationSetup,
  ProcurementSensitivity,
} from "./procurement.types";

// Sensitivity analysis: how fragile is the winner? Everything is brute force over the pure
// evaluation function: the search spaces are tiny (≤ 200 weight steps, ~40 bisection steps per
// bid), and reusing rankBids guarantees the analysis agrees exactly with the ranking.

const MAX_STEP = 100;

function sameWinners(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((supplier, i) => supplier === b[i]);
}

/**
 * Returns the setup with criterion `index` changed by `step`, or null when the change leaves the
 * allowed range. Point models: the criterion's weight moves by `step` percentage points and the
 * price weight absorbs the difference (both kept in 0–100). ADDED_VALUE has no weights, so its
 * analogue is the criterion's maxAddedValueSek scaled by `step` percent (−100 … +100).
 */
function shiftCriterion(setup: EvaluationSetup, index: number, step: number): EvaluationSetup | null {
  const criterion = setup.criteria[index];
  if (!criterion) return null;
  let changed: EvaluationCriterion;
  let priceWeight = setup.priceWeight;
  if (setup.model === "ADDED_VALUE") {
    const base = criterion.maxAddedValueSek ?? 0;
    changed = { ...criterion, maxAddedValueSek: (base * (100 + step)) / 100 };
  } else {
    const weight = criterion.weight + step;
    priceWeight = setup.priceWeight - step;
    if (weight < 0 || weight > 100 || priceWeight < 0 || priceWeight > 100) return null;
    changed = { ...criterion, weight };
  }
  const criteria = setup.criteria.map((c, i) => (i === index ? changed : c));
  return { ...setup, priceWeight, criteria };
}

/**
 * Smallest whole-step change of one criterion that changes the set of first-ranked bids, or null.
 * When +d and −d both work, the increase is reported (a stable, documented tie-break).
 */
export function criterionFlip(setup: EvaluationSetup, bids: readonly Bid[], index: number): number | null {
  if (bids.length < 2 || setup.model === "LOWEST_PRICE") return null;
  const original = winners(rankBids(setup, bids));
  for (let step = 1; step <= MAX_STEP; step += 1) {
    for (const signed of [step, -step]) {
      const shifted = shiftCriterion(setup, index, signed);
      if (shifted && !sameWinners(original, winners(rankBids(shifted, bids)))) return signed;
    }
  }
  return null;
}

function winsOutright(setup: EvaluationSetup, bids: readonly Bid[], index: number, price: number): boolean {
  const candidate = bids[index];
  if (!candidate) return false;
  const changed = bids.map((bid, i) => (i === index ? { ...bid, priceSek: price } : bid));
  const top = winners(rankBids(setup, changed));
  return top.length === 1 && top[0] === candidate.supplier;
}

/**
 * Highest whole-krona price (≥ 1) at which bid `index` would be the sole winner, everything else
 * unchanged; null when no positive price would do. Winning is monotone in the bid's own price in
 * every model (in RELATIVE_POINTS a lower own price can only lower the others' price scores), so
 * bisection between a winning and a losing price is exact.
 */
export function priceToWin(setup: EvaluationSetup, bids: readonly Bid[], index: number): number | null {
  const bid = bids[index];
  if (!bid) return null;
  if (!winsOutright(setup, bids, index, 1)) return null;
  let low = 1;
  let high = Math.max(2, Math.ceil(bid.priceSek));
  // Defined for bids that do not already win outright at their own price (the caller skips the
  // winner); without a losing upper bound there is no "highest" price to report.
  if (winsOutright(setup, bids, index, high)) return null;
  // Bounded: beyond 2^53 neighbouring floats are more than one krona apart and `middle` could
  // equal an end forever; 64 halvings cover any finite range.
  for (let step = 0; step < 64 && high - low > 1; step++) {
    const middle = Math.floor((low + high) / 2);
    if (middle === low || middle === high) break;
    if (winsOutright(setup, bids, index, middle)) low = middle;
    else high = middle;
  }
  return low;
}

export function analyseSensitivity(setup: EvaluationSetup, bids: readonly Bid[]): ProcurementSensitivity {
  const criteria: CriterionSensitivity[] = setup.criteria.map((c, i) => ({
    id: c.id,
    weightChangeToFlipWinner: criterionFlip(setup, bids, i),
  }));
  const top = winners(rankBids(setup, bids));
  const soleWinner = top.length === 1 ? top[0] : undefined;
  const bidResults: BidSensitivity[] = bids
    .map((bid, i) => ({ bid, i }))
    .filter(({ bid }) => bid.supplier !== soleWinner)
    .map(({ bid, i }) => ({ supplier: bid.supplier, priceToWinSek: priceToWin(setup, bids, i) }));
  return { criteria, bids: bidResults };
}

export interface RankReversal {
  removed: string;
  /** The pair whose relative order changed when `removed` was withdrawn. */
  pair: [string, string];
}

function relation(ranking: ReturnType<typeof rankBids>, a: string, b: string): number {
  const rankA = ranking.find((r) => r.supplier === a)?.rank ?? 0;
  const rankB = ranking.find((r) => r.supplier === b)?.rank ?? 0;
  return Math.sign(rankA - rankB);
}

/**
 * RELATIVE_POINTS trap: removing one bid can reorder the others, because every price score is
 * relative to the lowest price. Returns the first reversal found (in input order) or null.
 */
export function detectRankReversal(setup: EvaluationSetup, bids: readonly Bid[]): RankReversal | null {
  if (setup.model !== "RELATIVE_POINTS" || bids.length < 3) return null;
  const full = rankBids(setup, bids);
  for (const removed of bids) {
    const rest = bids.filter((bid) => bid !== removed);
    const reduced = rankBids(setup, rest);
    for (let i = 0; i < rest.length; i += 1) {
      for (let j = i + 1; j < rest.length; j += 1) {
        const a = rest[i]!.supplier;
        const b = rest[j]!.supplier;
        if (relation(full, a, b) !== relation(reduced, a, b)) return { removed: removed.supplier, pair: [a, b] };
      }
    }
  }
  return null;
}
