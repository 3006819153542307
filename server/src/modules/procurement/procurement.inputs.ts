import { Field, Float, InputType, Int } from "type-graphql";
import {
  ProcurementAuthorityType,
  ProcurementContractType,
  ProcurementEvaluationModel,
  ProcurementProcedure,
} from "./procurement.enums";
import type * as Engine from "./procurement.types";

// Input types mirroring the engine's scenario field for field; `scores` is a list of
// { criterionId, score } because GraphQL has no maps. Validation is the engine's own zod schema,
// applied after mapping (procurement.mapping.ts), so the rules live in one place.

@InputType({ description: "A bid's score on one criterion." })
export class ProcurementCriterionScoreInput {
  @Field(() => String, { description: "The criterion's id; each criterion once per bid." })
  criterionId!: string;
  @Field(() => Float, { description: "The score, 0–maxScore." })
  score!: number;
}

@InputType({ description: "A (hypothetical) bid to rank." })
export class ProcurementBidInput {
  @Field(() => String, { description: "The supplier, at most 200 characters; unique within the scenario." })
  supplier!: string;
  @Field(() => Float, { description: "Price in SEK excl. VAT, greater than 0." })
  priceSek!: number;
  @Field(() => [ProcurementCriterionScoreInput], { description: "One score for every evaluation criterion (at most 20)." })
  scores!: ProcurementCriterionScoreInput[];
  @Field(() => Float, { description: "The highest possible score, greater than 0." })
  maxScore!: number;
}

@InputType({ description: "A quality criterion of the evaluation." })
export class ProcurementEvaluationCriterionInput {
  @Field(() => String, { description: "Id that bids' scores refer to, at most 200 characters; unique." })
  id!: string;
  @Field(() => String, { description: "Name shown to people, at most 200 characters." })
  name!: string;
  @Field(() => Float, { description: "Weight in points, 0–100 (ignored by LOWEST_PRICE and ADDED_VALUE)." })
  weight!: number;
  @Field(() => Float, { nullable: true, description: "SEK deducted per full score; required by ADDED_VALUE." })
  maxAddedValueSek?: number | null;
}

@InputType({ description: "The evaluation model and its weights." })
export class ProcurementEvaluationSetupInput {
  @Field(() => ProcurementEvaluationModel, { description: "The model." })
  model!: Engine.EvaluationModel;
  @Field(() => Float, { description: "Price weight in points, 0–100." })
  priceWeight!: number;
  @Field(() => [ProcurementEvaluationCriterionInput], { description: "Quality criteria, in order; at most 20, may be empty." })
  criteria!: ProcurementEvaluationCriterionInput[];
  @Field(() => Float, { nullable: true, description: "Price at or above which a bid gets no price points; required by ABSOLUTE_POINTS." })
  priceCeilingSek?: number | null;
  @Field(() => Float, { nullable: true, description: "Price at or below which a bid gets full price points; required by ABSOLUTE_POINTS." })
  priceFloorSek?: number | null;
}

@InputType({ description: "A procurement scenario to simulate (same fields as the CLI's scenario JSON)." })
export class ProcurementScenarioInput {
  @Field(() => ProcurementContractType, { description: "What is being bought." })
  contractType!: Engine.ContractType;
  @Field(() => ProcurementAuthorityType, { description: "Who buys." })
  authority!: Engine.AuthorityType;
  @Field(() => Float, { description: "Whole contract value excl. VAT in SEK, including options and extensions; ≥ 0." })
  estimatedValueSek!: number;
  @Field(() => String, { description: "Day the notice is sent (or direct award starts), YYYY-MM-DD." })
  startDate!: string;
  @Field(() => Boolean, { description: "Tenders may be submitted electronically." })
  electronicSubmission!: boolean;
  @Field(() => Boolean, { description: "A prior information notice was published." })
  priorInformationNotice!: boolean;
  @Field(() => Boolean, { description: "Duly substantiated urgency shortens the time limits." })
  urgency!: boolean;
  @Field(() => ProcurementProcedure, { nullable: true, description: "Chosen procedure; omit to get a recommendation." })
  procedure?: Engine.Procedure | null;
  @Field(() => ProcurementEvaluationSetupInput, { nullable: true, description: "Evaluation model; bids without one are ranked by lowest price." })
  evaluation?: ProcurementEvaluationSetupInput | null;
  @Field(() => [ProcurementBidInput], { nullable: true, description: "Hypothetical bids to rank, at most 50 over GraphQL." })
  bids?: ProcurementBidInput[] | null;
  @Field(() => Boolean, { nullable: true, description: "Purchases of the same kind are made this fiscal year (splitting risk)." })
  similarPurchasesThisYear?: boolean | null;
  @Field(() => Float, { nullable: true, description: "Value of those purchases in SEK, added up against the direct award limit." })
  similarPurchasesValueSek?: number | null;
  @Field(() => Int, { nullable: true, description: "Assumed days from tender deadline to award decision, 0–365 (default 10)." })
  evaluationDays?: number | null;
  @Field(() => Boolean, { nullable: true, description: "Award decision sent electronically (10 standstill days, else 15); defaults to electronicSubmission." })
  awardDecisionSentElectronically?: boolean | null;
}

// Compile-time guards: the input types keep the engine's field names, exactly.
type SameKeys<A, B> = [keyof A] extends [keyof B] ? ([keyof B] extends [keyof A] ? true : false) : false;
const mirrors: [
  SameKeys<ProcurementScenarioInput, Engine.ProcurementScenario>,
  SameKeys<ProcurementEvaluationSetupInput, Engine.EvaluationSetup>,
  SameKeys<ProcurementEvaluationCriterionInput, Engine.EvaluationCriterion>,
  SameKeys<ProcurementBidInput, Engine.Bid>,
] = [true, true, true, true];
void mirrors;
