import { allow, fields, isEditor, isViewer } from "../../platform/authz";
import { connectionRules } from "../../platform/pagination";

// Simulating and reading saved scenarios is for every member; saving, changing and deleting is for
// editors and up. Result and scenario sub-objects are `allow`: every path to them passes a guarded
// parent field (a query, a mutation or SavedProcurementScenario.result/scenario).
export const procurementPermissions = {
  Query: fields(["simulateProcurement", "procurementScenario", "procurementScenarios", "compareProcurementScenarios"], isViewer),
  Mutation: fields(["createProcurementScenario", "updateProcurementScenario", "deleteProcurementScenario"], isEditor),
  SavedProcurementScenario: fields(["id", "name", "scenario", "result", "createdBy", "viewerCanEdit", "createdAt", "updatedAt"], isViewer),
  ProcurementResult: fields(
    ["regime", "thresholdSek", "directAwardLimitSek", "recommendedProcedures", "timeline", "ranking", "sensitivity", "warnings", "rulesVersion"],
    allow,
  ),
  ProcurementTimeline: fields(["minTenderDays", "standstillDays", "earliestAwardDate", "earliestContractDate"], allow),
  ProcurementRankedBid: fields(["supplier", "rank", "comparisonValue", "priceScore", "qualityScore"], allow),
  ProcurementSensitivity: fields(["criteria", "bids"], allow),
  ProcurementCriterionSensitivity: fields(["id", "weightChangeToFlipWinner"], allow),
  ProcurementBidSensitivity: fields(["supplier", "priceToWinSek"], allow),
  ProcurementWarning: fields(["code", "message"], allow),
  ProcurementScenario: fields(
    [
      "contractType",
      "authority",
      "estimatedValueSek",
      "startDate",
      "electronicSubmission",
      "priorInformationNotice",
      "urgency",
      "procedure",
      "evaluation",
      "bids",
      "similarPurchasesThisYear",
      "similarPurchasesValueSek",
      "evaluationDays",
      "awardDecisionSentElectronically",
    ],
    allow,
  ),
  ProcurementEvaluationSetup: fields(["model", "priceWeight", "criteria", "priceCeilingSek", "priceFloorSek"], allow),
  ProcurementEvaluationCriterion: fields(["id", "name", "weight", "maxAddedValueSek"], allow),
  ProcurementBid: fields(["supplier", "priceSek", "scores", "maxScore"], allow),
  ProcurementCriterionScore: fields(["criterionId", "score"], allow),
  ProcurementScenarioComparison: fields(["a", "b", "aResult", "bResult", "differences"], allow),
  ProcurementScenarioDifference: fields(["field", "a", "b"], allow),
  ProcurementScenarioPayload: fields(["procurementScenario"], allow),
  DeleteProcurementScenarioPayload: fields(["deletedProcurementScenarioId"], allow),
  ...connectionRules("SavedProcurementScenario"),
};
