import { addDays, periodEnd, rollToWorkingDay } from "./procurement.calendar";
import type {
  DayOptions,
  DirectAwardRule,
  Law,
  ProcurementRuleSet,
  ThresholdCategory,
  ThresholdRule,
  TimeLimitRule,
} from "./procurement.rules";
import type { AuthorityType, ContractType, Procedure, ProcurementScenario, ProcurementTimeline, Regime } from "./procurement.types";

// Which rules apply (regime), which procedures fit, and the earliest dates.

export function lawFor(authority: AuthorityType): Law {
  return authority === "UTILITY" ? "LUF" : "LOU";
}

export function thresholdCategory(contractType: ContractType, authority: AuthorityType): ThresholdCategory {
  if (contractType === "WORKS") return "WORKS";
  if (contractType === "SOCIAL_SERVICES") return "SOCIAL_SERVICES";
  if (authority === "UTILITY") return "SUPPLIES_SERVICES";
  return authority === "CENTRAL" ? "SUPPLIES_SERVICES_CENTRAL" : "SUPPLIES_SERVICES_SUB_CENTRAL";
}

export interface RegimeAssessment {
  law: Law;
  regime: Regime;
  threshold: ThresholdRule;
  directAward: DirectAwardRule;
  directAwardLimitSek: number;
}

function findRule<T>(rows: readonly T[], predicate: (row: T) => boolean, what: string): T {
  const row = rows.find(predicate);
  if (!row) throw new Error(`Procurement rules table has no row for ${what}`);
  return row;
}

export function assessRegime(
  scenario: Pick<ProcurementScenario, "contractType" | "authority" | "estimatedValueSek">,
  rules: ProcurementRuleSet,
): RegimeAssessment {
  const law = lawFor(scenario.authority);
  const category = thresholdCategory(scenario.contractType, scenario.authority);
  const threshold = findRule(rules.thresholds, (t) => t.law === law && t.category === category, `${law} ${category}`);
  const appliesTo = scenario.contractType === "SOCIAL_SERVICES" ? "SOCIAL_SERVICES" : "DEFAULT";
  const directAward = findRule(rules.directAward, (d) => d.law === law && d.appliesTo === appliesTo, `${law} direct award`);
  const directAwardLimitSek = directAward.limit.kind === "FIXED" ? directAward.limit.sek : threshold.sek;
  const value = scenario.estimatedValueSek;
  // The directives apply to values "equal to or greater than" the threshold.
  const withinDirectAward = directAward.inclusive ? value <= directAwardLimitSek : value < directAwardLimitSek;
  const regime: Regime =
    value >= threshold.sek ? "ABOVE_THRESHOLD" : withinDirectAward ? "DIRECT_AWARD_ALLOWED" : "BELOW_THRESHOLD";
  return { law, regime, threshold, directAward, directAwardLimitSek };
}

const ALL_ADVERTISED: Procedure[] = [
  "SIMPLIFIED",
  "SELECTION",
  "OPEN",
  "RESTRICTED",
  "NEGOTIATED_WITH_NOTICE",
  "COMPETITIVE_DIALOGUE",
  "INNOVATION_PARTNERSHIP",
];
const EU_PROCEDURES: Procedure[] = ["OPEN", "RESTRICTED", "NEGOTIATED_WITH_NOTICE", "COMPETITIVE_DIALOGUE", "INNOVATION_PARTNERSHIP"];

/** true when ch. 19 (below-threshold rules) governs, incl. social services above the threshold. */
export function usesChapter19(regime: Regime, contractType: ContractType): boolean {
  return regime !== "ABOVE_THRESHOLD" || contractType === "SOCIAL_SERVICES";
}

export function allowedProcedures(regime: Regime, contractType: ContractType): Procedure[] {
  if (regime === "DIRECT_AWARD_ALLOWED") return ["DIRECT_AWARD", ...ALL_ADVERTISED];
  // Social services keep the ch. 19 procedures above the threshold (with EU-wide advertising).
  return usesChapter19(regime, contractType) ? ALL_ADVERTISED : EU_PROCEDURES;
}

export function recommendProcedures(regime: Regime, contractType: ContractType, law: Law): Procedure[] {
  if (regime === "DIRECT_AWARD_ALLOWED") return ["DIRECT_AWARD", "SIMPLIFIED"];
  if (usesChapter19(regime, contractType)) return ["SIMPLIFIED", "SELECTION"];
  // LUF lets entities choose negotiation freely; LOU requires grounds for it.
  return law === "LUF" ? ["OPEN", "RESTRICTED", "NEGOTIATED_WITH_NOTICE"] : ["OPEN", "RESTRICTED"];
}

const TWO_STAGE: ReadonlySet<Procedure> = new Set<Procedure>([
  "SELECTION",
  "RESTRICTED",
  "NEGOTIATED_WITH_NOTICE",
  "COMPETITIVE_DIALOGUE",
  "INNOVATION_PARTNERSHIP",
]);

/** Shortest applicable option: the reductions are alternatives in the directive, never cumulative. */
function minimumDays(options: DayOptions, scenario: ProcurementScenario): number {
  const candidates = [options.standard];
  if (scenario.electronicSubmission && options.electronic !== undefined) candidates.push(options.electronic);
  if (scenario.priorInformationNotice && options.priorInformationNotice !== undefined) {
    candidates.push(options.priorInformationNotice);
  }
  if (scenario.urgency && options.urgency !== undefined) candidates.push(options.urgency);
  return Math.min(...candidates);
}

export interface TimelinePlan {
  timeline: ProcurementTimeline;
  procedure: Procedure;
  /** Where the tender period came from; RECOMMENDATION means "skälig tid" (not law). */
  tenderDaysBasis: "STATUTORY" | "RECOMMENDATION" | "NONE";
  requestDays: number;
}

/**
 * Timeline assumptions (see docs/PROCUREMENT.md): startDate is the day the notice is sent;
 * every period is counted from the following day and, if it ends on a Saturday, Sunday or Swedish
 * holiday, runs to the next working day. Two-stage procedures add the request period plus the
 * assumed qualification days before the tender period starts. The award decision is sent after
 * the assumed evaluation days (on a working day); the contract may be signed the day after the
 * standstill period ends.
 */
export function planTimeline(
  scenario: ProcurementScenario,
  procedure: Procedure,
  assessment: RegimeAssessment,
  rules: ProcurementRuleSet,
): TimelinePlan {
  const start = scenario.startDate;
  if (procedure === "DIRECT_AWARD") {
    // No statutory periods and no standstill: the earliest dates are the start date itself.
    const timeline = { minTenderDays: 0, standstillDays: 0, earliestAwardDate: start, earliestContractDate: start };
    return { timeline, procedure, tenderDaysBasis: "NONE", requestDays: 0 };
  }
  const statutory: TimeLimitRule | undefined = usesChapter19(assessment.regime, scenario.contractType)
    ? undefined
    : rules.timeLimits.find((t) => t.law === assessment.law && t.procedures.includes(procedure));
  const twoStage = TWO_STAGE.has(procedure);
  let requestDays = 0;
  if (twoStage) {
    requestDays = statutory?.requestDays
      ? minimumDays(statutory.requestDays, scenario)
      : rules.reasonableTime.requestDays;
  }
  const tenderDaysBasis = statutory?.tenderDays ? "STATUTORY" : "RECOMMENDATION";
  const minTenderDays = statutory?.tenderDays
    ? minimumDays(statutory.tenderDays, scenario)
    : rules.reasonableTime.tenderDays;

  const tenderPeriodStart = twoStage
    ? rollToWorkingDay(addDays(periodEnd(start, requestDays), rules.assumptions.qualificationDays))
    : start;
  const tenderDeadline = periodEnd(tenderPeriodStart, minTenderDays);
  const evaluationDays = scenario.evaluationDays ?? rules.assumptions.evaluationDays;
  const earliestAwardDate = rollToWorkingDay(addDays(tenderDeadline, evaluationDays));
  const electronicDecision = scenario.awardDecisionSentElectronically ?? scenario.electronicSubmission;
  const standstillDays = electronicDecision ? rules.standstill.electronicDays : rules.standstill.otherDays;
  const earliestContractDate = addDays(periodEnd(earliestAwardDate, standstillDays), 1);
  return {
    timeline: { minTenderDays, standstillDays, earliestAwardDate, earliestContractDate },
    procedure,
    tenderDaysBasis,
    requestDays,
  };
}
