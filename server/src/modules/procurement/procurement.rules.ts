import type { IsoDate, Procedure } from "./procurement.types";

// The legal figures live here as data, each with its source and a `verified` flag, so that an
// admin-corrected (versioned) table can replace this default without touching the engine.
// `verified: true` means the figure was checked against the cited publication; `false` means it
// is derived or estimated and the engine warns (SEK_THRESHOLD_UNVERIFIED) whenever it is used.

export type Law = "LOU" | "LUF";

export type ThresholdCategory =
  | "SUPPLIES_SERVICES_CENTRAL"
  | "SUPPLIES_SERVICES_SUB_CENTRAL"
  | "SUPPLIES_SERVICES"
  | "WORKS"
  | "SOCIAL_SERVICES";

export interface Sourced {
  source: string;
  verified: boolean;
  note?: string;
}

export interface ThresholdRule extends Sourced {
  law: Law;
  category: ThresholdCategory;
  eur: number;
  eurSource: string;
  sek: number;
}

export interface DirectAwardRule extends Sourced {
  law: Law;
  /** DEFAULT covers goods, services and works; SOCIAL_SERVICES has its own limit. */
  appliesTo: "DEFAULT" | "SOCIAL_SERVICES";
  /** A fixed SEK amount, or the threshold itself (social services). */
  limit: { kind: "FIXED"; sek: number } | { kind: "EQUALS_THRESHOLD" };
  /** true: allowed up to and including the limit; false: only strictly below it. */
  inclusive: boolean;
}

export interface DayOptions {
  standard: number;
  electronic?: number;
  priorInformationNotice?: number;
  urgency?: number;
}

export interface TimeLimitRule extends Sourced {
  law: Law;
  procedures: Procedure[];
  /** Period for requests to participate; null for single-stage procedures. */
  requestDays: DayOptions | null;
  /** Period for tenders; null when the law sets no minimum (a recommendation is used). */
  tenderDays: DayOptions | null;
}

export interface ReasonableTimeRule extends Sourced {
  tenderDays: number;
  requestDays: number;
}

export interface StandstillRule extends Sourced {
  electronicDays: number;
  otherDays: number;
}

export interface TimelineAssumptions extends Sourced {
  /** Calendar days from tender deadline to award decision (evaluation). */
  evaluationDays: number;
  /** Calendar days from the request deadline to the invitation to tender (qualification). */
  qualificationDays: number;
}

export interface ProcurementRuleSet {
  version: string;
  validFrom: IsoDate;
  validTo: IsoDate;
  thresholds: ThresholdRule[];
  directAward: DirectAwardRule[];
  timeLimits: TimeLimitRule[];
  reasonableTime: ReasonableTimeRule;
  standstill: StandstillRule;
  assumptions: TimelineAssumptions;
  /** Share below a threshold/limit that triggers NEAR_THRESHOLD. */
  nearThresholdShare: number;
}

const DIRECT_AWARD_SINCE_2022: DirectAwardRule[] = [
  {
    law: "LOU",
    appliesTo: "DEFAULT",
    limit: { kind: "FIXED", sek: 700_000 },
    inclusive: true,
    source: "LOU 19 kap. (direktupphandlingsgräns, i kraft 2022-02-01)",
    verified: true,
    note: "Fixed amount in the act; not revised with the EU thresholds.",
  },
  {
    law: "LUF",
    appliesTo: "DEFAULT",
    limit: { kind: "FIXED", sek: 1_200_000 },
    inclusive: true,
    source: "LUF 19 kap. (direktupphandlingsgräns, i kraft 2022-02-01)",
    verified: true,
  },
  {
    law: "LOU",
    appliesTo: "SOCIAL_SERVICES",
    limit: { kind: "EQUALS_THRESHOLD" },
    inclusive: false,
    source: "LOU 19 kap.; Upphandlingsmyndigheten, beloppsgränser 2024 (gräns = tröskelvärdet)",
    verified: true,
  },
  {
    law: "LUF",
    appliesTo: "SOCIAL_SERVICES",
    limit: { kind: "EQUALS_THRESHOLD" },
    inclusive: false,
    source: "LUF 19 kap.; Konkurrensverket, tröskelvärden 2022–2023 (gräns = tröskelvärdet)",
    verified: true,
  },
];

const DIRECTIVE_24 = "Dir. 2014/24/EU";
const DIRECTIVE_25 = "Dir. 2014/25/EU";

const TIME_LIMITS: TimeLimitRule[] = [
  {
    law: "LOU",
    procedures: ["OPEN"],
    requestDays: null,
    tenderDays: { standard: 35, electronic: 30, priorInformationNotice: 15, urgency: 15 },
    source: `LOU 11 kap.; ${DIRECTIVE_24} art. 27`,
    verified: true,
  },
  {
    law: "LOU",
    procedures: ["RESTRICTED", "NEGOTIATED_WITH_NOTICE"],
    requestDays: { standard: 30, urgency: 15 },
    tenderDays: { standard: 30, electronic: 25, priorInformationNotice: 10, urgency: 10 },
    source: `LOU 11 kap.; ${DIRECTIVE_24} art. 28–29`,
    verified: true,
    note: "Sub-central authorities may agree the tender period with all candidates; not modelled.",
  },
  {
    law: "LOU",
    procedures: ["COMPETITIVE_DIALOGUE", "INNOVATION_PARTNERSHIP"],
    requestDays: { standard: 30 },
    tenderDays: null,
    source: `LOU 11 kap.; ${DIRECTIVE_24} art. 30–31`,
    verified: true,
  },
  {
    law: "LUF",
    procedures: ["OPEN"],
    requestDays: null,
    tenderDays: { standard: 35, electronic: 30, priorInformationNotice: 15, urgency: 15 },
    source: `LUF 11 kap.; ${DIRECTIVE_25} art. 45`,
    verified: true,
  },
  {
    law: "LUF",
    procedures: ["RESTRICTED", "NEGOTIATED_WITH_NOTICE"],
    requestDays: { standard: 30, urgency: 15 },
    tenderDays: { standard: 10 },
    source: `LUF 11 kap.; ${DIRECTIVE_25} art. 46–47`,
    verified: true,
    note: "Requests: 30 days as a general rule, never below 15. Tenders: by agreement, else at least 10 days.",
  },
  {
    law: "LUF",
    procedures: ["COMPETITIVE_DIALOGUE", "INNOVATION_PARTNERSHIP"],
    requestDays: { standard: 30, urgency: 15 },
    tenderDays: null,
    source: `LUF 11 kap.; ${DIRECTIVE_25} art. 48–49`,
    verified: true,
  },
];

const REASONABLE_TIME: ReasonableTimeRule = {
  tenderDays: 20,
  requestDays: 10,
  source: "LOU/LUF 19 kap. ('skälig tid'); Postboxen recommendation",
  verified: false,
  note: "Not a legal minimum: a conservative default for a simple procurement. Adjust for complexity.",
};

const STANDSTILL: StandstillRule = {
  electronicDays: 10,
  otherDays: 15,
  source: "LOU 20 kap.; LUF 20 kap. (avtalsspärr)",
  verified: true,
  note: "No standstill for direct awards. Exceptions (e.g. extreme urgency, framework call-offs) not modelled.",
};

const ASSUMPTIONS: TimelineAssumptions = {
  evaluationDays: 10,
  qualificationDays: 10,
  source: "Postboxen planning assumption",
  verified: false,
  note: "Not law: typical working time for opening, evaluating and deciding. Override per scenario.",
};

function rate(eur: number, sekPerEur: number): number {
  return Math.round(eur * sekPerEur);
}

// 2026–2027 SEK figures: C/2025/5732 was not available when this table was written. The
// estimate applies ≈11.34 SEK/EUR (approx. average of Sep 2023–Aug 2025, the reference period
// of art. 6(3) Dir. 2014/24/EU). Replace with the published figures and set verified: true.
const ESTIMATED_RATE_2026 = 11.34;
const EUR_SOURCE_2026 = "Delegerad förordning (EU) 2025/2152 m.fl. (EUR-belopp 2026–2027)";
const SEK_SOURCE_2026 = `Kommissionens meddelande C/2025/5732 — uppskattning: EUR × ${ESTIMATED_RATE_2026}, ej kontrollerad`;

const THRESHOLDS_2026: ThresholdRule[] = (
  [
    ["LOU", "SUPPLIES_SERVICES_CENTRAL", 140_000],
    ["LOU", "SUPPLIES_SERVICES_SUB_CENTRAL", 216_000],
    ["LOU", "WORKS", 5_404_000],
    ["LOU", "SOCIAL_SERVICES", 750_000],
    ["LUF", "SUPPLIES_SERVICES", 432_000],
    ["LUF", "WORKS", 5_404_000],
    ["LUF", "SOCIAL_SERVICES", 1_000_000],
  ] as const
).map(([law, category, eur]) => ({
  law,
  category,
  eur,
  eurSource: EUR_SOURCE_2026,
  sek: rate(eur, ESTIMATED_RATE_2026),
  source: SEK_SOURCE_2026,
  verified: false,
}));

// 2024–2025: the published rate was 10.8126 SEK/EUR; the figures below were checked against the
// Upphandlingsmyndigheten list of 2023-11-20 and Trafikverket's threshold page, except the LUF
// social services amount, which is derived with the same rate.
const EUR_SOURCE_2024 = "Delegerad förordning (EU) 2023/2495 m.fl. (EUR-belopp 2024–2025)";
const SEK_SOURCE_2024 = "Kommissionens meddelande 2023/C 446 (SEK-belopp 2024–2025)";

const THRESHOLDS_2024: ThresholdRule[] = (
  [
    ["LOU", "SUPPLIES_SERVICES_CENTRAL", 143_000, 1_546_202, true],
    ["LOU", "SUPPLIES_SERVICES_SUB_CENTRAL", 221_000, 2_389_585, true],
    ["LOU", "WORKS", 5_538_000, 59_880_179, true],
    ["LOU", "SOCIAL_SERVICES", 750_000, 8_109_450, true],
    ["LUF", "SUPPLIES_SERVICES", 443_000, 4_789_982, true],
    ["LUF", "WORKS", 5_538_000, 59_880_179, true],
    ["LUF", "SOCIAL_SERVICES", 1_000_000, 10_812_600, false],
  ] as const
).map(([law, category, eur, sek, verified]) => ({
  law,
  category,
  eur,
  eurSource: EUR_SOURCE_2024,
  sek,
  source: verified ? SEK_SOURCE_2024 : `${SEK_SOURCE_2024} — derived: EUR × 10.8126`,
  verified,
}));

const SHARED = {
  directAward: DIRECT_AWARD_SINCE_2022,
  timeLimits: TIME_LIMITS,
  reasonableTime: REASONABLE_TIME,
  standstill: STANDSTILL,
  assumptions: ASSUMPTIONS,
  nearThresholdShare: 0.1,
};

export const PROCUREMENT_RULE_SETS: readonly ProcurementRuleSet[] = [
  { version: "se-2024-2025.1", validFrom: "2024-01-01", validTo: "2025-12-31", thresholds: THRESHOLDS_2024, ...SHARED },
  { version: "se-2026-2027.1", validFrom: "2026-01-01", validTo: "2027-12-31", thresholds: THRESHOLDS_2026, ...SHARED },
];

export interface RuleSetSelection {
  ruleSet: ProcurementRuleSet;
  /** false when no set covers the date and the nearest one was used instead. */
  inPeriod: boolean;
}

/** Picks the rule set valid on `date`; falls back to the nearest period (and says so). */
export function selectRuleSet(
  date: IsoDate,
  ruleSets: readonly ProcurementRuleSet[] = PROCUREMENT_RULE_SETS,
): RuleSetSelection {
  if (ruleSets.length === 0) throw new Error("Procurement rules table is empty");
  // ISO dates compare correctly as strings, which keeps this free of Date/time-zone handling.
  const covering = ruleSets.find((set) => set.validFrom <= date && date <= set.validTo);
  if (covering) return { ruleSet: covering, inPeriod: true };
  const sorted = [...ruleSets].sort((a, b) => (a.validFrom < b.validFrom ? -1 : 1));
  const earliest = sorted[0]!;
  const latest = sorted[sorted.length - 1]!;
  if (date < earliest.validFrom) return { ruleSet: earliest, inPeriod: false };
  const before = sorted.filter((set) => set.validTo < date);
  return { ruleSet: before[before.length - 1] ?? latest, inPeriod: false };
}
