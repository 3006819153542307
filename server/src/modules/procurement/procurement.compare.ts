import type { ProcurementResult } from "./procurement.types";

// What `compareProcurementScenarios` reports as differences: the parts a buyer decides on
// (which rules apply, when things can happen, who wins). Pure, so it is tested on its own.

export const COMPARED_FIELDS = [
  "REGIME",
  "THRESHOLD_SEK",
  "MIN_TENDER_DAYS",
  "STANDSTILL_DAYS",
  "EARLIEST_AWARD_DATE",
  "EARLIEST_CONTRACT_DATE",
  "WINNER",
] as const;
export type ComparedField = (typeof COMPARED_FIELDS)[number];

export interface ResultDifference {
  field: ComparedField;
  a: string | null;
  b: string | null;
}

/** The supplier(s) ranked first, in ranking order, joined by ", "; null without bids. */
export function winnerOf(result: ProcurementResult): string | null {
  const first = result.ranking.filter((bid) => bid.rank === 1).map((bid) => bid.supplier);
  return first.length > 0 ? first.join(", ") : null;
}

const READERS: Record<ComparedField, (r: ProcurementResult) => string | null> = {
  REGIME: (r) => r.regime,
  THRESHOLD_SEK: (r) => String(r.thresholdSek),
  MIN_TENDER_DAYS: (r) => String(r.timeline.minTenderDays),
  STANDSTILL_DAYS: (r) => String(r.timeline.standstillDays),
  EARLIEST_AWARD_DATE: (r) => r.timeline.earliestAwardDate,
  EARLIEST_CONTRACT_DATE: (r) => r.timeline.earliestContractDate,
  WINNER: winnerOf,
};

export function compareResults(a: ProcurementResult, b: ProcurementResult): ResultDifference[] {
  return COMPARED_FIELDS.map((field) => ({ field, a: READERS[field](a), b: READERS[field](b) })).filter((d) => d.a !== d.b);
}
