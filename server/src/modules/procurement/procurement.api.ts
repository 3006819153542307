// Public API of the procurement simulator engine. The GraphQL layer and other modules import from here.
export { simulateProcurement, type SimulateOptions } from "./procurement.engine";
export {
  ProcurementScenarioSchema,
  EvaluationSetupSchema,
  EvaluationCriterionSchema,
  BidSchema,
  parseProcurementScenario,
  type ParseScenarioResult,
  type ProcurementScenarioInput,
  type ValidationProblem,
} from "./procurement.schema";
export { PROCUREMENT_RULE_SETS, selectRuleSet, type ProcurementRuleSet } from "./procurement.rules";
export { rankBids, scoreBids } from "./procurement.evaluation";
export { analyseSensitivity, detectRankReversal, priceToWin, criterionFlip } from "./procurement.sensitivity";
export * from "./procurement.types";
