// Shared types of the procurement simulator. The enum-like const arrays are the single source
// for both the TypeScript unions and the zod schema, so the two cannot drift apart.

export const CONTRACT_TYPES = ["GOODS", "SERVICES", "WORKS", "SOCIAL_SERVICES"] as const;
export type ContractType = (typeof CONTRACT_TYPES)[number];

export const AUTHORITY_TYPES = ["CENTRAL", "SUB_CENTRAL", "UTILITY"] as const;
export type AuthorityType = (typeof AUTHORITY_TYPES)[number];

export const PROCEDURES = [
  "DIRECT_AWARD",
  "SIMPLIFIED",
  "SELECTION",
  "OPEN",
  "RESTRICTED",
  "NEGOTIATED_WITH_NOTICE",
  "COMPETITIVE_DIALOGUE",
  "INNOVATION_PARTNERSHIP",
] as const;
export type Procedure = (typeof PROCEDURES)[number];

export const EVALUATION_MODELS = [
  "LOWEST_PRICE",
  "ADDED_VALUE",
  "RELATIVE_POINTS",
  "ABSOLUTE_POINTS",
] as const;
export type EvaluationModel = (typeof EVALUATION_MODELS)[number];

export const REGIMES = ["DIRECT_AWARD_ALLOWED", "BELOW_THRESHOLD", "ABOVE_THRESHOLD"] as const;
export type Regime = (typeof REGIMES)[number];

export const WARNING_CODES = [
  "NEAR_THRESHOLD",
  "SPLITTING_RISK",
  "WEIGHTS_NOT_100",
  "PROCEDURE_NOT_ALLOWED",
  "PROCEDURE_REQUIRES_GROUNDS",
  "TIE",
  "RANK_REVERSAL",
  "SEK_THRESHOLD_UNVERIFIED",
  "REASONABLE_TIME_RECOMMENDATION",
  "RULES_OUT_OF_PERIOD",
  "EVALUATION_DEFAULTED",
] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

/** Calendar date as `YYYY-MM-DD`; never a timestamp, so no time zone can shift it. */
export type IsoDate = string;

export interface EvaluationCriterion {
  id: string;
  name: string;
  /** Points (0–100) in the point models; ignored by LOWEST_PRICE and ADDED_VALUE. */
  weight: number;
  /** SEK deducted per full score in ADDED_VALUE (mervärde); required by that model only. */
  maxAddedValueSek?: number;
}

export interface EvaluationSetup {
  model: EvaluationModel;
  priceWeight: number;
  criteria: EvaluationCriterion[];
  priceCeilingSek?: number;
  priceFloorSek?: number;
}

export interface Bid {
  supplier: string;
  priceSek: number;
  scores: Record<string, number>;
  maxScore: number;
}

export interface ProcurementScenario {
  contractType: ContractType;
  authority: AuthorityType;
  /** Whole contract value excl. VAT, including options and extensions. */
  estimatedValueSek: number;
  /** Day the notice is sent (or, for a direct award, the day purchasing starts). */
  startDate: IsoDate;
  electronicSubmission: boolean;
  priorInformationNotice: boolean;
  urgency: boolean;
  procedure?: Procedure;
  evaluation?: EvaluationSetup;
  bids?: Bid[];
  /** The user says purchases of the same kind are made this fiscal year (splitting risk). */
  similarPurchasesThisYear?: boolean;
  /** Value of those other purchases, if known; aggregated against the direct award limit. */
  similarPurchasesValueSek?: number;
  /** Overrides the assumed calendar days between tender deadline and award decision. */
  evaluationDays?: number;
  /** Defaults to `electronicSubmission`; decides 10 or 15 standstill days. */
  awardDecisionSentElectronically?: boolean;
}

export interface RankedBid {
  supplier: string;
  rank: number;
  comparisonValue: number;
  priceScore?: number;
  qualityScore?: number;
}

export interface ProcurementWarning {
  code: WarningCode;
  message: string;
}

export interface ProcurementTimeline {
  minTenderDays: number;
  standstillDays: number;
  earliestAwardDate: IsoDate;
  earliestContractDate: IsoDate;
}

export interface CriterionSensitivity {
  id: string;
  weightChangeToFlipWinner: number | null;
}

export interface BidSensitivity {
  supplier: string;
  priceToWinSek: number | null;
}

export interface ProcurementSensitivity {
  criteria: CriterionSensitivity[];
  bids: BidSensitivity[];
}

export interface ProcurementResult {
  regime: Regime;
  thresholdSek: number;
  directAwardLimitSek: number;
  recommendedProcedures: Procedure[];
  timeline: ProcurementTimeline;
  ranking: RankedBid[];
  sensitivity: ProcurementSensitivity;
  warnings: ProcurementWarning[];
  rulesVersion: string;
}
