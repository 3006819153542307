import { Field, Float, Int, ObjectType } from "type-graphql";
import {
  ProcurementAuthorityType,
  ProcurementContractType,
  ProcurementEvaluationModel,
  ProcurementProcedure,
  ProcurementRegime,
  ProcurementWarningCode,
} from "./procurement.enums";
import type * as Engine from "./procurement.types";

// Output types mirroring the engine's result and scenario field for field. SEK amounts are Float:
// contract values pass Int's 2^31 and comparison values are fractional. The engine's objects are
// returned as they are (plain objects); only `scores` is converted (see procurement.mapping.ts).

@ObjectType({ description: "Minimum time limits and the earliest dates the procurement can reach." })
export class ProcurementTimeline {
  @Field(() => Int, { description: "Minimum tender period in days (a recommendation below the thresholds)." })
  minTenderDays!: number;
  @Field(() => Int, { description: "Standstill period (avtalsspärr) in days; 0 for a direct award." })
  standstillDays!: number;
  @Field(() => String, { description: "Earliest date of the award decision, YYYY-MM-DD." })
  earliestAwardDate!: string;
  @Field(() => String, { description: "Earliest date the contract may be signed, YYYY-MM-DD." })
  earliestContractDate!: string;
}

@ObjectType({ description: "One bid's place in the evaluation." })
export class ProcurementRankedBid {
  @Field(() => String, { description: "The supplier, as given in the scenario." })
  supplier!: string;
  @Field(() => Int, { description: "Rank, 1 = winner; tied bids share a rank." })
  rank!: number;
  @Field(() => Float, { description: "The value the model ranks by (SEK for price models, points for point models)." })
  comparisonValue!: number;
  @Field(() => Float, { nullable: true, description: "Price points (point models only)." })
  priceScore?: number;
  @Field(() => Float, { nullable: true, description: "Quality points (point models only)." })
  qualityScore?: number;
}

@ObjectType({ description: "How much one quality criterion's weight must change to change the winner." })
export class ProcurementCriterionSensitivity {
  @Field(() => String, { description: "The criterion's id." })
  id!: string;
  @Field(() => Int, {
    nullable: true,
    description: "Smallest change in whole percentage points (price weight absorbing it) that changes the winner; null when none does.",
  })
  weightChangeToFlipWinner!: number | null;
}

@ObjectType({ description: "What a non-winning bid would have had to cost to win." })
export class ProcurementBidSensitivity {
  @Field(() => String, { description: "The supplier." })
  supplier!: string;
  @Field(() => Float, { nullable: true, description: "Highest price in whole kronor at which the bid would rank first alone; null when no price would do." })
  priceToWinSek!: number | null;
}

@ObjectType({ description: "How fragile the evaluation's result is." })
export class ProcurementSensitivity {
  @Field(() => [ProcurementCriterionSensitivity], { description: "One entry per quality criterion." })
  criteria!: ProcurementCriterionSensitivity[];
  @Field(() => [ProcurementBidSensitivity], { description: "One entry per non-winning bid." })
  bids!: ProcurementBidSensitivity[];
}

@ObjectType({ description: "A warning from the simulator." })
export class ProcurementWarning {
  @Field(() => ProcurementWarningCode, { description: "Stable code." })
  code!: Engine.WarningCode;
  @Field(() => String, { description: "Explanation in Swedish." })
  message!: string;
}

@ObjectType({ description: "What the procurement simulator concludes for a scenario. Decision support, not legal advice." })
export class ProcurementResult {
  @Field(() => ProcurementRegime, { description: "Which rules apply to the estimated value." })
  regime!: Engine.Regime;
  @Field(() => Float, { description: "The EU threshold that applies, in SEK." })
  thresholdSek!: number;
  @Field(() => Float, { description: "The direct award limit that applies, in SEK." })
  directAwardLimitSek!: number;
  @Field(() => [ProcurementProcedure], { description: "Procedures that fit the regime, the most suitable first." })
  recommendedProcedures!: Engine.Procedure[];
  @Field(() => ProcurementTimeline, { description: "Time limits and earliest dates." })
  timeline!: ProcurementTimeline;
  @Field(() => [ProcurementRankedBid], { description: "The bids in rank order; empty without bids." })
  ranking!: ProcurementRankedBid[];
  @Field(() => ProcurementSensitivity, { description: "Sensitivity of the winner to weights and prices." })
  sensitivity!: ProcurementSensitivity;
  @Field(() => [ProcurementWarning], { description: "Warnings, in the order the engine raised them." })
  warnings!: ProcurementWarning[];
  @Field(() => String, { description: "Version of the rules table used." })
  rulesVersion!: string;
}

// --- The scenario, as stored and read back -------------------------------------------------------

@ObjectType({ description: "A quality criterion of the evaluation." })
export class ProcurementEvaluationCriterion {
  @Field(() => String, { description: "Id that bids' scores refer to." })
  id!: string;
  @Field(() => String, { description: "Name shown to people." })
  name!: string;
  @Field(() => Float, { description: "Weight in points, 0–100 (point models)." })
  weight!: number;
  @Field(() => Float, { nullable: true, description: "SEK deducted per full score (ADDED_VALUE)." })
  maxAddedValueSek?: number;
}

@ObjectType({ description: "The evaluation model and its weights." })
export class ProcurementEvaluationSetup {
  @Field(() => ProcurementEvaluationModel, { description: "The model." })
  model!: Engine.EvaluationModel;
  @Field(() => Float, { description: "Price weight in points, 0–100 (point models)." })
  priceWeight!: number;
  @Field(() => [ProcurementEvaluationCriterion], { description: "Quality criteria, in order." })
  criteria!: ProcurementEvaluationCriterion[];
  @Field(() => Float, { nullable: true, description: "Price at or above which a bid gets no price points (ABSOLUTE_POINTS)." })
  priceCeilingSek?: number;
  @Field(() => Float, { nullable: true, description: "Price at or below which a bid gets full price points (ABSOLUTE_POINTS)." })
  priceFloorSek?: number;
}

@ObjectType({ description: "A bid's score on one criterion (the engine's `scores` map, as a list)." })
export class ProcurementCriterionScore {
  @Field(() => String, { description: "The criterion's id." })
  criterionId!: string;
  @Field(() => Float, { description: "The score, 0–maxScore." })
  score!: number;
}

@ObjectType({ description: "A (hypothetical) bid." })
export class ProcurementBid {
  @Field(() => String, { description: "The supplier." })
  supplier!: string;
  @Field(() => Float, { description: "Price in SEK excl. VAT." })
  priceSek!: number;
  @Field(() => [ProcurementCriterionScore], { description: "Scores per criterion, in the criteria's order." })
  scores!: ProcurementCriterionScore[];
  @Field(() => Float, { description: "The highest possible score." })
  maxScore!: number;
}

@ObjectType({ description: "A procurement scenario, the simulator's input." })
export class ProcurementScenario {
  @Field(() => ProcurementContractType, { description: "What is being bought." })
  contractType!: Engine.ContractType;
  @Field(() => ProcurementAuthorityType, { description: "Who buys." })
  authority!: Engine.AuthorityType;
  @Field(() => Float, { description: "Whole contract value excl. VAT in SEK, including options and extensions." })
  estimatedValueSek!: number;
  @Field(() => String, { description: "Day the notice is sent (or direct award starts), YYYY-MM-DD." })
  startDate!: string;
  @Field(() => Boolean, { description: "Tenders may be submitted electronically." })
  electronicSubmission!: boolean;
  @Field(() => Boolean, { description: "A prior information notice was published." })
  priorInformationNotice!: boolean;
  @Field(() => Boolean, { description: "Duly substantiated urgency shortens the time limits." })
  urgency!: boolean;
  @Field(() => ProcurementProcedure, { nullable: true, description: "Chosen procedure; null lets the simulator recommend one." })
  procedure?: Engine.Procedure;
  @Field(() => ProcurementEvaluationSetup, { nullable: true, description: "Evaluation model; null without one." })
  evaluation?: ProcurementEvaluationSetup;
  @Field(() => [ProcurementBid], { nullable: true, description: "Hypothetical bids to rank." })
  bids?: ProcurementBid[];
  @Field(() => Boolean, { nullable: true, description: "Purchases of the same kind are made this fiscal year (splitting risk)." })
  similarPurchasesThisYear?: boolean;
  @Field(() => Float, { nullable: true, description: "Value of those purchases in SEK, added up against the direct award limit." })
  similarPurchasesValueSek?: number;
  @Field(() => Int, { nullable: true, description: "Assumed days from tender deadline to award decision (default 10)." })
  evaluationDays?: number;
  @Field(() => Boolean, { nullable: true, description: "Award decision sent electronically (10 standstill days, else 15); defaults to electronicSubmission." })
  awardDecisionSentElectronically?: boolean;
}

// Compile-time guards: the GraphQL types keep the engine's field names, exactly.
type SameKeys<A, B> = [keyof A] extends [keyof B] ? ([keyof B] extends [keyof A] ? true : false) : false;
const mirrors: [
  SameKeys<ProcurementResult, Engine.ProcurementResult>,
  SameKeys<ProcurementTimeline, Engine.ProcurementTimeline>,
  SameKeys<ProcurementRankedBid, Engine.RankedBid>,
  SameKeys<ProcurementSensitivity, Engine.ProcurementSensitivity>,
  SameKeys<ProcurementCriterionSensitivity, Engine.CriterionSensitivity>,
  SameKeys<ProcurementBidSensitivity, Engine.BidSensitivity>,
  SameKeys<ProcurementWarning, Engine.ProcurementWarning>,
  SameKeys<ProcurementScenario, Engine.ProcurementScenario>,
  SameKeys<ProcurementEvaluationSetup, Engine.EvaluationSetup>,
  SameKeys<ProcurementEvaluationCriterion, Engine.EvaluationCriterion>,
  SameKeys<ProcurementBid, Engine.Bid>,
] = [true, true, true, true, true, true, true, true, true, true, true];
void mirrors;
