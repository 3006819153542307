import { Field, ID, InputType, ObjectType } from "type-graphql";
import { z } from "zod";
import { globalIdOf, trimmed, withSafeStrings } from "../../platform/validation";
import { ProcurementScenario } from "./procurement-scenario.entity";
import { ProcurementScenarioInput } from "./procurement.inputs";
import { procurementScenarioInputSchema } from "./procurement.mapping";
import { ProcurementResult } from "./procurement.objects";
import type { ComparedField } from "./procurement.compare";
import { ProcurementComparedField } from "./procurement.enums";

// Saved scenarios: mutation inputs with their zod schemas, payloads and the comparison type.

const SAVED = "SavedProcurementScenario";

/** Stored as jsonb: no string in it may hold a NUL character or a lone surrogate (the engine's schema does not look). */
const scenarioSchema = withSafeStrings(procurementScenarioInputSchema);

@InputType({ description: "Save a scenario for the organisation." })
export class CreateProcurementScenarioInput {
  @Field(() => String, { description: "Name, 1–200 characters." })
  name!: string;
  @Field(() => ProcurementScenarioInput, { description: "The scenario; validated exactly as `simulateProcurement` validates it." })
  scenario!: ProcurementScenarioInput;
}

export const createProcurementScenarioSchema = z.object({
  name: trimmed(1, 200),
  scenario: scenarioSchema,
});

@InputType({ description: "Changes to a saved scenario; omitted fields stay as they are." })
export class UpdateProcurementScenarioInput {
  @Field(() => ID, { description: "The saved scenario." })
  id!: string;
  @Field(() => String, { nullable: true, description: "New name, 1–200 characters." })
  name?: string | null;
  @Field(() => ProcurementScenarioInput, { nullable: true, description: "The whole new scenario, replacing the old one." })
  scenario?: ProcurementScenarioInput | null;
}

export const updateProcurementScenarioSchema = z.object({
  id: globalIdOf(SAVED),
  name: trimmed(1, 200).nullish(),
  scenario: scenarioSchema.nullish(),
});

@InputType({ description: "Delete a saved scenario." })
export class DeleteProcurementScenarioInput {
  @Field(() => ID, { description: "The saved scenario." })
  id!: string;
}

export const deleteProcurementScenarioSchema = z.object({ id: globalIdOf(SAVED) });

export const compareProcurementScenariosSchema = z.object({ aId: globalIdOf(SAVED), bId: globalIdOf(SAVED) });

@ObjectType({ description: "Result of creating or updating a saved scenario." })
export class ProcurementScenarioPayload {
  @Field(() => ProcurementScenario, { nullable: true, description: "The saved scenario." })
  procurementScenario!: ProcurementScenario | null;
}

@ObjectType({ description: "Result of deleting a saved scenario." })
export class DeleteProcurementScenarioPayload {
  @Field(() => ID, { nullable: true, description: "Global id of the deleted scenario." })
  deletedProcurementScenarioId!: string | null;
}

@ObjectType({ description: "One part of the result where two scenarios differ." })
export class ProcurementScenarioDifference {
  @Field(() => ProcurementComparedField, { description: "What differs." })
  field!: ComparedField;
  @Field(() => String, { nullable: true, description: "Scenario a's value, as text; null when it has none (e.g. no bids, no winner)." })
  a!: string | null;
  @Field(() => String, { nullable: true, description: "Scenario b's value, as text; null when it has none." })
  b!: string | null;
}

@ObjectType({ description: "Two saved scenarios side by side, with their results and where they differ." })
export class ProcurementScenarioComparison {
  @Field(() => ProcurementScenario, { description: "The first scenario." })
  a!: ProcurementScenario;
  @Field(() => ProcurementScenario, { description: "The second scenario." })
  b!: ProcurementScenario;
  @Field(() => ProcurementResult, { description: "The first scenario's result." })
  aResult!: ProcurementResult;
  @Field(() => ProcurementResult, { description: "The second scenario's result." })
  bResult!: ProcurementResult;
  @Field(() => [ProcurementScenarioDifference], {
    description: "The compared parts that differ (regime, threshold, timeline, winner), in that order; empty when none do.",
  })
  differences!: ProcurementScenarioDifference[];
}
