import { z } from "zod";
import { isValidIsoDate } from "./procurement.calendar";
import {
  AUTHORITY_TYPES,
  CONTRACT_TYPES,
  EVALUATION_MODELS,
  PROCEDURES,
  type ProcurementScenario,
} from "./procurement.types";

// Input validation for a scenario, shared by the CLI and the GraphQL resolver. Objects are strict
// so that a misspelt optional field (e.g. "urgent") is reported instead of silently ignored.
// Cross-field rules (scores per criterion, model-specific fields) live in the superRefine below.

const isoDate = z
  .string()
  .refine(isValidIsoDate, { message: "Ange ett giltigt datum på formen ÅÅÅÅ-MM-DD." });

const weight = z.number().min(0).max(100);
/** Ten trillion kronor: far above any public contract, far below where float arithmetic stops being exact per krona. */
export const MAX_SEK = 1e13;
const sek = z.number().nonnegative().max(MAX_SEK, "Beloppet är orimligt stort (högst 10 000 miljarder kr).");

export const EvaluationCriterionSchema = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  weight,
  maxAddedValueSek: sek.optional(),
});

export const EvaluationSetupSchema = z.strictObject({
  model: z.enum(EVALUATION_MODELS),
  priceWeight: weight,
  criteria: z.array(EvaluationCriterionSchema),
  priceCeilingSek: sek.optional(),
  priceFloorSek: sek.optional(),
});

export const BidSchema = z.strictObject({
  supplier: z.string().min(1),
  // Strictly positive: RELATIVE_POINTS divides by the price.
  priceSek: z.number().positive().max(MAX_SEK, "Priset är orimligt stort (högst 10 000 miljarder kr)."),
  scores: z.record(z.string(), z.number().nonnegative().max(1e6)),
  maxScore: z.number().positive().max(1e6),
});

export const ProcurementScenarioSchema = z
  .strictObject({
    contractType: z.enum(CONTRACT_TYPES),
    authority: z.enum(AUTHORITY_TYPES),
    estimatedValueSek: sek,
    startDate: isoDate,
    electronicSubmission: z.boolean(),
    priorInformationNotice: z.boolean(),
    urgency: z.boolean(),
    procedure: z.enum(PROCEDURES).optional(),
    evaluation: EvaluationSetupSchema.optional(),
    bids: z.array(BidSchema).optional(),
    similarPurchasesThisYear: z.boolean().optional(),
    similarPurchasesValueSek: sek.optional(),
    evaluationDays: z.number().int().min(0).max(365).optional(),
    awardDecisionSentElectronically: z.boolean().optional(),
  })
  .superRefine((scenario, ctx) => {
    const evaluation = scenario.evaluation;
    const criteria = evaluation?.criteria ?? [];
    const ids = new Set<string>();
    criteria.forEach((criterion, i) => {
      if (ids.has(criterion.id)) {
        ctx.addIssue({ code: "custom", path: ["evaluation", "criteria", i, "id"], message: `Kriteriet "${criterion.id}" finns redan.` });
      }
      ids.add(criterion.id);
      if (evaluation?.model === "ADDED_VALUE" && criterion.maxAddedValueSek === undefined) {
        ctx.addIssue({
          code: "custom",
          path: ["evaluation", "criteria", i, "maxAddedValueSek"],
          message: "Mervärdesmodellen kräver maxAddedValueSek för varje kriterium.",
        });
      }
    });
    if (evaluation?.model === "ABSOLUTE_POINTS") {
      const { priceCeilingSek: ceiling, priceFloorSek: floor } = evaluation;
      if (ceiling === undefined || floor === undefined) {
        ctx.addIssue({ code: "custom", path: ["evaluation"], message: "Absolut modell kräver priceCeilingSek och priceFloorSek." });
      } else if (ceiling <= floor) {
        ctx.addIssue({ code: "custom", path: ["evaluation", "priceCeilingSek"], message: "priceCeilingSek måste vara större än priceFloorSek." });
      }
    }
    const suppliers = new Set<string>();
    (scenario.bids ?? []).forEach((bid, i) => {
      if (suppliers.has(bid.supplier)) {
        ctx.addIssue({ code: "custom", path: ["bids", i, "supplier"], message: `Leverantören "${bid.supplier}" har redan ett anbud.` });
      }
      suppliers.add(bid.supplier);
      for (const id of ids) {
        if (bid.scores[id] === undefined) {
          ctx.addIssue({ code: "custom", path: ["bids", i, "scores", id], message: `Poäng saknas för kriteriet "${id}".` });
        }
      }
      for (const [id, score] of Object.entries(bid.scores)) {
        if (!ids.has(id)) {
          ctx.addIssue({ code: "custom", path: ["bids", i, "scores", id], message: `Okänt kriterium "${id}".` });
        } else if (score > bid.maxScore) {
          ctx.addIssue({ code: "custom", path: ["bids", i, "scores", id], message: `Poängen ${score} överstiger maxScore ${bid.maxScore}.` });
        }
      }
    });
  });

export type ProcurementScenarioInput = z.input<typeof ProcurementScenarioSchema>;

// Compile-time guard: the schema's output and the hand-written scenario type must stay identical.
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesType: Exact<z.output<typeof ProcurementScenarioSchema>, ProcurementScenario> = true;
void schemaMatchesType;

export interface ValidationProblem {
  /** Dotted path into the scenario, e.g. "bids.1.scores.quality"; "" for the root. */
  path: string;
  message: string;
}

export type ParseScenarioResult =
  | { ok: true; scenario: ProcurementScenario }
  | { ok: false; problems: ValidationProblem[] };

export function parseProcurementScenario(input: unknown): ParseScenarioResult {
  const parsed = ProcurementScenarioSchema.safeParse(input);
  if (parsed.success) return { ok: true, scenario: parsed.data };
  const problems = parsed.error.issues.map((issue) => ({
    path: issue.path.map((segment) => String(segment)).join("."),
    message: issue.message,
  }));
  return { ok: false, problems };
}
