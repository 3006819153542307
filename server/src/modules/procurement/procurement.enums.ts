import { registerEnumType } from "type-graphql";
import {
  AUTHORITY_TYPES,
  CONTRACT_TYPES,
  EVALUATION_MODELS,
  PROCEDURES,
  REGIMES,
  WARNING_CODES,
  type AuthorityType,
  type ContractType,
  type EvaluationModel,
  type Procedure,
  type Regime,
  type WarningCode,
} from "./procurement.types";
import { COMPARED_FIELDS, type ComparedField } from "./procurement.compare";

// GraphQL enums built from the engine's const arrays, so a value added to the engine appears in
// the schema without a second list to keep in step. Type names carry a `Procurement` prefix
// because the schema is global (`Sensitivity` already means a meeting's sensitivity).

function enumOf<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}

export const ProcurementContractType = enumOf<ContractType>(CONTRACT_TYPES);
registerEnumType(ProcurementContractType, {
  name: "ProcurementContractType",
  description: "What is being bought.",
  valuesConfig: {
    GOODS: { description: "Supplies (varor)." },
    SERVICES: { description: "Services (tjänster)." },
    WORKS: { description: "Works (byggentreprenader)." },
    SOCIAL_SERVICES: { description: "Social and other specific services (LOU ch. 19)." },
  },
});

export const ProcurementAuthorityType = enumOf<AuthorityType>(AUTHORITY_TYPES);
registerEnumType(ProcurementAuthorityType, {
  name: "ProcurementAuthorityType",
  description: "Who buys; decides which threshold and which act (LOU or LUF) apply.",
  valuesConfig: {
    CENTRAL: { description: "Central government authority (statlig myndighet)." },
    SUB_CENTRAL: { description: "Other contracting authority, e.g. a municipality or region." },
    UTILITY: { description: "Utility under LUF (water, energy, transport, postal services)." },
  },
});

export const ProcurementProcedure = enumOf<Procedure>(PROCEDURES);
registerEnumType(ProcurementProcedure, {
  name: "ProcurementProcedure",
  description: "Procurement procedure (upphandlingsförfarande).",
  valuesConfig: {
    DIRECT_AWARD: { description: "Direct award (direktupphandling), without a notice." },
    SIMPLIFIED: { description: "Simplified procedure (förenklat förfarande), below the thresholds." },
    SELECTION: { description: "Selective procedure (urvalsförfarande), below the thresholds." },
    OPEN: { description: "Open procedure (öppet förfarande)." },
    RESTRICTED: { description: "Restricted procedure (selektivt förfarande)." },
    NEGOTIATED_WITH_NOTICE: { description: "Negotiated procedure with prior publication (förhandlat förfarande med föregående annonsering)." },
    COMPETITIVE_DIALOGUE: { description: "Competitive dialogue (konkurrenspräglad dialog)." },
    INNOVATION_PARTNERSHIP: { description: "Innovation partnership (innovationspartnerskap)." },
  },
});

export const ProcurementEvaluationModel = enumOf<EvaluationModel>(EVALUATION_MODELS);
registerEnumType(ProcurementEvaluationModel, {
  name: "ProcurementEvaluationModel",
  description: "How tenders are evaluated; the formulas are in docs/PROCUREMENT.md.",
  valuesConfig: {
    LOWEST_PRICE: { description: "Lowest price wins; comparisonValue = price." },
    ADDED_VALUE: { description: "Added value (mervärdesmodell): price − Σ maxAddedValueSek × score / maxScore; lowest wins." },
    RELATIVE_POINTS: { description: "Relative points: priceWeight × lowestPrice / price + quality points; highest wins." },
    ABSOLUTE_POINTS: { description: "Absolute points: price points on a fixed floor–ceiling scale + quality points; highest wins." },
  },
});

export const ProcurementRegime = enumOf<Regime>(REGIMES);
registerEnumType(ProcurementRegime, {
  name: "ProcurementRegime",
  description: "Which set of rules applies to the procurement's estimated value.",
  valuesConfig: {
    DIRECT_AWARD_ALLOWED: { description: "At or below the direct award limit (direktupphandlingsgränsen)." },
    BELOW_THRESHOLD: { description: "Above the direct award limit but below the EU threshold (LOU ch. 19)." },
    ABOVE_THRESHOLD: { description: "At or above the EU threshold: the directive-based procedures and time limits apply." },
  },
});

export const ProcurementWarningCode = enumOf<WarningCode>(WARNING_CODES);
registerEnumType(ProcurementWarningCode, {
  name: "ProcurementWarningCode",
  description: "Stable code of a simulator warning; the message is in Swedish.",
  valuesConfig: {
    NEAR_THRESHOLD: { description: "The value is within 10 % below a threshold or limit." },
    SPLITTING_RISK: { description: "Similar purchases this fiscal year: the values may have to be added up." },
    WEIGHTS_NOT_100: { description: "Price and quality weights do not add up to 100." },
    PROCEDURE_NOT_ALLOWED: { description: "The chosen procedure is not allowed for this value." },
    PROCEDURE_REQUIRES_GROUNDS: { description: "The chosen procedure needs specific legal grounds above the threshold." },
    TIE: { description: "Bids share a rank." },
    RANK_REVERSAL: { description: "Relative points: removing one bid changes the order of the others." },
    SEK_THRESHOLD_UNVERIFIED: { description: "The SEK threshold used is not yet checked against its source." },
    REASONABLE_TIME_RECOMMENDATION: { description: "Below the thresholds the tender period is a recommendation (skälig tid)." },
    RULES_OUT_OF_PERIOD: { description: "The start date lies outside every rules table's validity period." },
    EVALUATION_DEFAULTED: { description: "Bids without an evaluation setup were ranked by lowest price." },
  },
});

export const ProcurementComparedField = enumOf<ComparedField>(COMPARED_FIELDS);
registerEnumType(ProcurementComparedField, {
  name: "ProcurementComparedField",
  description: "A part of the result that two scenarios are compared on.",
  valuesConfig: {
    REGIME: { description: "result.regime" },
    THRESHOLD_SEK: { description: "result.thresholdSek" },
    MIN_TENDER_DAYS: { description: "result.timeline.minTenderDays" },
    STANDSTILL_DAYS: { description: "result.timeline.standstillDays" },
    EARLIEST_AWARD_DATE: { description: "result.timeline.earliestAwardDate" },
    EARLIEST_CONTRACT_DATE: { description: "result.timeline.earliestContractDate" },
    WINNER: { description: "The supplier(s) ranked first; tied winners joined by \", \"." },
  },
});
