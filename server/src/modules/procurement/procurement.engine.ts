import { rankBids, tieGroups } from "./procurement.evaluation";
import { formatSek, messages } from "./procurement.messages";
import {
  allowedProcedures,
  assessRegime,
  planTimeline,
  recommendProcedures,
  type RegimeAssessment,
} from "./procurement.regime";
import { PROCUREMENT_RULE_SETS, selectRuleSet, type ProcurementRuleSet } from "./procurement.rules";
import { analyseSensitivity, detectRankReversal } from "./procurement.sensitivity";
import type {
  Bid,
  EvaluationSetup,
  Procedure,
  ProcurementResult,
  ProcurementScenario,
  ProcurementSensitivity,
  ProcurementWarning,
  RankedBid,
} from "./procurement.types";

// The simulator's entry point: a pure, deterministic function of (scenario, rules table). No I/O,
// no clock — "today" never enters, so the same input always yields the same output.

export interface SimulateOptions {
  /** Alternative (e.g. admin-corrected, versioned) rules table; defaults to the built-in one. */
  ruleSets?: readonly ProcurementRuleSet[];
}

const LOWEST_PRICE_DEFAULT: EvaluationSetup = { model: "LOWEST_PRICE", priceWeight: 100, criteria: [] };

function thresholdWarnings(scenario: ProcurementScenario, assessment: RegimeAssessment, share: number): ProcurementWarning[] {
  const warnings: ProcurementWarning[] = [];
  const value = scenario.estimatedValueSek;
  const percent = Math.round(share * 100);
  const near = (limit: number) => value < limit && value >= limit * (1 - share);
  if (near(assessment.threshold.sek)) {
    warnings.push(messages.nearThreshold(value, assessment.threshold.sek, "tröskelvärdet", percent));
  }
  const limit = assessment.directAwardLimitSek;
  // For social services the limit is the threshold itself: one warning is enough.
  if (limit !== assessment.threshold.sek && (near(limit) || value === limit)) {
    warnings.push(messages.nearThreshold(value, limit, "direktupphandlingsgränsen", percent));
  }
  if (!assessment.threshold.verified) {
    warnings.push(messages.sekThresholdUnverified(assessment.threshold.sek, assessment.threshold.source));
  }
  if (scenario.similarPurchasesThisYear) {
    const aggregate =
      scenario.similarPurchasesValueSek !== undefined ? value + scenario.similarPurchasesValueSek : null;
    warnings.push(messages.splittingRisk(aggregate, limit));
  }
  return warnings;
}

function procedureWarnings(
  scenario: ProcurementScenario,
  procedure: Procedure,
  assessment: RegimeAssessment,
): ProcurementWarning[] {
  if (!allowedProcedures(assessment.regime, scenario.contractType).includes(procedure)) {
    const reason =
      procedure === "DIRECT_AWARD"
        ? `värdet (${formatSek(scenario.estimatedValueSek)}) ryms inte inom direktupphandlingsgränsen (${formatSek(assessment.directAwardLimitSek)}).`
        : "värdet når tröskelvärdet, så något av de EU-reglerade förfarandena ska användas.";
    return [messages.procedureNotAllowed(procedure, reason)];
  }
  const needsGrounds = procedure === "NEGOTIATED_WITH_NOTICE" || procedure === "COMPETITIVE_DIALOGUE";
  if (assessment.law === "LOU" && assessment.regime === "ABOVE_THRESHOLD" && needsGrounds && scenario.contractType !== "SOCIAL_SERVICES") {
    return [messages.procedureRequiresGrounds(procedure)];
  }
  return [];
}

function evaluationWarnings(setup: EvaluationSetup, bids: readonly Bid[], ranking: RankedBid[]): ProcurementWarning[] {
  const warnings: ProcurementWarning[] = [];
  if (setup.model === "RELATIVE_POINTS" || setup.model === "ABSOLUTE_POINTS") {
    const total = setup.priceWeight + setup.criteria.reduce((sum, c) => sum + c.weight, 0);
    // Weights are whole or decimal points; compare with a tolerance so 33.3+33.3+33.4 passes.
    if (Math.abs(total - 100) > 1e-9) warnings.push(messages.weightsNot100(Number(total.toFixed(4)), setup.priceWeight));
  }
  for (const group of tieGroups(ranking)) {
    const first = group[0]!;
    warnings.push(messages.tie(group.map((g) => g.supplier), first.rank, first.comparisonValue));
  }
  const reversal = detectRankReversal(setup, bids);
  if (reversal) warnings.push(messages.rankReversal(reversal.removed, reversal.pair[0], reversal.pair[1]));
  return warnings;
}

export function simulateProcurement(scenario: ProcurementScenario, options: SimulateOptions = {}): ProcurementResult {
  const { ruleSet: rules, inPeriod } = selectRuleSet(scenario.startDate, options.ruleSets ?? PROCUREMENT_RULE_SETS);
  const assessment = assessRegime(scenario, rules);
  const recommendedProcedures = recommendProcedures(assessment.regime, scenario.contractType, assessment.law);
  const procedure = scenario.procedure ?? recommendedProcedures[0]!;
  const plan = planTimeline(scenario, procedure, assessment, rules);

  const warnings: ProcurementWarning[] = [];
  if (!inPeriod) {
    warnings.push(messages.rulesOutOfPeriod(scenario.startDate, rules.version, rules.validFrom, rules.validTo));
  }
  warnings.push(...thresholdWarnings(scenario, assessment, rules.nearThresholdShare));
  warnings.push(...procedureWarnings(scenario, procedure, assessment));
  if (plan.tenderDaysBasis === "RECOMMENDATION") {
    warnings.push(messages.reasonableTime(plan.timeline.minTenderDays, plan.requestDays));
  }

  const bids = scenario.bids ?? [];
  let ranking: RankedBid[] = [];
  let sensitivity: ProcurementSensitivity = { criteria: [], bids: [] };
  if (bids.length > 0 || scenario.evaluation) {
    if (!scenario.evaluation) warnings.push(messages.evaluationDefaulted());
    const setup = scenario.evaluation ?? LOWEST_PRICE_DEFAULT;
    ranking = rankBids(setup, bids);
    sensitivity = analyseSensitivity(setup, bids);
    warnings.push(...evaluationWarnings(setup, bids, ranking));
  }

  return {
    regime: assessment.regime,
    thresholdSek: assessment.threshold.sek,
    directAwardLimitSek: assessment.directAwardLimitSek,
    recommendedProcedures,
    timeline: plan.timeline,
    ranking,
    sensitivity,
    warnings,
    rulesVersion: rules.version,
  };
}
