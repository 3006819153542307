import type {
  ProcurementAuthorityType,
  ProcurementContractType,
  ProcurementEvaluationModel,
  ProcurementProcedure,
  ProcurementScenarioInput,
  ProcurementScenario_FormFragment,
} from "../gql/graphql";
import { LOCALE, t, type MessageKey } from "../i18n";

// Form state of the procurement simulator and its mapping to and from the GraphQL input.
// Number fields are kept as the text the user typed ("30 000 000", "2,5") and parsed on submit,
// so that a half-typed value is never rewritten under the cursor.

export const CONTRACT_TYPES: readonly ProcurementContractType[] = ["SERVICES", "GOODS", "WORKS", "SOCIAL_SERVICES"];
export const AUTHORITY_TYPES: readonly ProcurementAuthorityType[] = ["SUB_CENTRAL", "CENTRAL", "UTILITY"];
export const PROCEDURES: readonly ProcurementProcedure[] = [
  "OPEN",
  "RESTRICTED",
  "NEGOTIATED_WITH_NOTICE",
  "COMPETITIVE_DIALOGUE",
  "INNOVATION_PARTNERSHIP",
  "SIMPLIFIED",
  "SELECTION",
  "DIRECT_AWARD",
];
export const EVALUATION_MODELS: readonly ProcurementEvaluationModel[] = [
  "LOWEST_PRICE",
  "ADDED_VALUE",
  "RELATIVE_POINTS",
  "ABSOLUTE_POINTS",
];

/** Point models weigh price and criteria in points (0–100). */
export function isPointModel(model: ProcurementEvaluationModel): boolean {
  return model === "RELATIVE_POINTS" || model === "ABSOLUTE_POINTS";
}

/** Models that rank by a SEK amount (lowest wins) rather than by points. */
export function isPriceModel(model: ProcurementEvaluationModel): boolean {
  return model === "LOWEST_PRICE" || model === "ADDED_VALUE";
}

export interface CriterionForm {
  /** The criterion's id (auto-generated, stable): bids' scores refer to it. */
  id: string;
  name: string;
  weight: string;
  maxAddedValueSek: string;
}

export interface BidForm {
  /** React key only; never sent. */
  key: string;
  supplier: string;
  priceSek: string;
  maxScore: string;
  /** Score per criterion id. */
  scores: Record<string, string>;
}

export type AwardElectronic = "" | "yes" | "no";

export interface ProcurementForm {
  contractType: ProcurementContractType;
  authority: ProcurementAuthorityType;
  estimatedValueSek: string;
  startDate: string;
  procedure: ProcurementProcedure | "";
  electronicSubmission: boolean;
  priorInformationNotice: boolean;
  urgency: boolean;
  similarPurchasesThisYear: boolean;
  similarPurchasesValueSek: string;
  evaluationDays: string;
  awardDecisionSentElectronically: AwardElectronic;
  model: ProcurementEvaluationModel;
  priceWeight: string;
  priceCeilingSek: string;
  priceFloorSek: string;
  criteria: CriterionForm[];
  bids: BidForm[];
}

/** A problem with the scenario: `field` is the input path without its root ("bids.0.priceSek"). */
export interface FieldProblem {
  field: string;
  message: string;
}

// ---------------------------------------------------------------------------------------------
// Numbers

const integerFormat = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
const decimalFormat = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 2 });
const plainDecimalFormat = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 4, useGrouping: false });

/** "30 000 000 kr" (sv-SE grouping). */
export function formatSek(value: number): string {
  return `${integerFormat.format(Math.round(value))} kr`;
}

/** "62,35" */
export function formatDecimal(value: number): string {
  return decimalFormat.format(value);
}

/** An amount as it is shown in an input: "30 000 000". */
export function formatAmountInput(value: number): string {
  return Number.isInteger(value) ? integerFormat.format(value) : decimalFormat.format(value);
}

/** A small number as it is shown in an input: "2,5". */
export function formatNumberInput(value: number): string {
  return plainDecimalFormat.format(value);
}

/** Parses "30 000 000", "30000000", "2,5" or "2.5"; null when it is not a finite number. */
export function parseNumber(text: string): number | null {
  const cleaned = text.replace(/[\s\u00a0\u202f]/g, "").replace(/kr$/i, "").replace(",", ".").replace(/^[−–]/, "-");
  if (cleaned === "" || !/^-?(\d+\.?\d*|\.\d+)$/.test(cleaned)) return null;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : null;
}

/** Reformats an amount typed by the user ("30000000" → "30 000 000"); leaves unparseable text alone. */
export function reformatAmount(text: string): string {
  const value = parseNumber(text);
  return value === null ? text : formatAmountInput(value);
}

// ---------------------------------------------------------------------------------------------
// Example and defaults

/** Today's date in Stockholm, YYYY-MM-DD. */
export function todayInStockholm(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Stockholm" }).format(now);
}

let bidKeyCounter = 0;
export function newBidKey(): string {
  bidKeyCounter += 1;
  return `bid-${bidKeyCounter}`;
}

/** The next free auto id: k1, k2, … */
export function nextCriterionId(criteria: readonly CriterionForm[]): string {
  const used = new Set(criteria.map((c) => c.id));
  let n = criteria.length + 1;
  while (used.has(`k${n}`)) n += 1;
  return `k${n}`;
}

/** A realistic starting point: school transport for a municipality, 30 MSEK, open procedure. */
export function exampleForm(startDate: string = todayInStockholm()): ProcurementForm {
  const bid = (supplier: string, price: number, safety: number, environment: number, service: number): BidForm => ({
    key: newBidKey(),
    supplier,
    priceSek: formatAmountInput(price),
    maxScore: "5",
    scores: { k1: String(safety), k2: String(environment), k3: String(service) },
  });
  return {
    contractType: "SERVICES",
    authority: "SUB_CENTRAL",
    estimatedValueSek: formatAmountInput(30_000_000),
    startDate,
    procedure: "OPEN",
    electronicSubmission: true,
    priorInformationNotice: false,
    urgency: false,
    similarPurchasesThisYear: false,
    similarPurchasesValueSek: "",
    evaluationDays: "",
    awardDecisionSentElectronically: "",
    model: "RELATIVE_POINTS",
    priceWeight: "60",
    priceCeilingSek: formatAmountInput(32_000_000),
    priceFloorSek: formatAmountInput(24_000_000),
    criteria: [
      { id: "k1", name: "Trafiksäkerhet", weight: "20", maxAddedValueSek: formatAmountInput(2_000_000) },
      { id: "k2", name: "Miljö och fordon", weight: "10", maxAddedValueSek: formatAmountInput(1_000_000) },
      { id: "k3", name: "Kundtjänst och avvikelser", weight: "10", maxAddedValueSek: formatAmountInput(1_000_000) },
    ],
    bids: [
      bid("Norrskjutsen AB", 27_400_000, 4, 3, 3),
      bid("Länstaxi i Mälardalen AB", 25_900_000, 3, 2, 4),
      bid("Elbuss Sverige AB", 29_800_000, 5, 5, 4),
    ],
  };
}

/** A saved scenario back into the form. */
export function formFromScenario(scenario: ProcurementScenario_FormFragment): ProcurementForm {
  const evaluation = scenario.evaluation;
  const amount = (value: number | null | undefined) => (value === null || value === undefined ? "" : formatAmountInput(value));
  const model = evaluation?.model ?? "LOWEST_PRICE";
  const criteria: CriterionForm[] = (evaluation?.criteria ?? []).map((c) => ({
    id: c.id,
    name: c.name,
    weight: formatNumberInput(c.weight),
    maxAddedValueSek: amount(c.maxAddedValueSek),
  }));
  return {
    contractType: scenario.contractType,
    authority: scenario.authority,
    estimatedValueSek: formatAmountInput(scenario.estimatedValueSek),
    startDate: scenario.startDate,
    procedure: scenario.procedure ?? "",
    electronicSubmission: scenario.electronicSubmission,
    priorInformationNotice: scenario.priorInformationNotice,
    urgency: scenario.urgency,
    similarPurchasesThisYear: scenario.similarPurchasesThisYear ?? false,
    similarPurchasesValueSek: amount(scenario.similarPurchasesValueSek),
    evaluationDays: scenario.evaluationDays === null || scenario.evaluationDays === undefined ? "" : String(scenario.evaluationDays),
    awardDecisionSentElectronically:
      scenario.awardDecisionSentElectronically === true ? "yes" : scenario.awardDecisionSentElectronically === false ? "no" : "",
    model,
    priceWeight: formatNumberInput(evaluation?.priceWeight ?? (isPointModel(model) ? 100 : 0)),
    priceCeilingSek: amount(evaluation?.priceCeilingSek),
    priceFloorSek: amount(evaluation?.priceFloorSek),
    criteria,
    bids: (scenario.bids ?? []).map((b) => ({
      key: newBidKey(),
      supplier: b.supplier,
      priceSek: formatAmountInput(b.priceSek),
      maxScore: formatNumberInput(b.maxScore),
      scores: Object.fromEntries(b.scores.map((s) => [s.criterionId, formatNumberInput(s.score)])),
    })),
  };
}

// ---------------------------------------------------------------------------------------------
// Form → input

/** Whether the criteria (and so the score columns) take part in the model. */
export function usesCriteria(model: ProcurementEvaluationModel): boolean {
  return model !== "LOWEST_PRICE";
}

export type ToInputResult = { ok: true; input: ProcurementScenarioInput } | { ok: false; problems: FieldProblem[] };

/**
 * Builds the GraphQL input. Only what the client can know for sure is checked here (required
 * fields, numbers that do not parse); the rules themselves are the server's, which answers
 * BAD_USER_INPUT with paths into exactly this input.
 */
export function toScenarioInput(form: ProcurementForm): ToInputResult {
  const problems: FieldProblem[] = [];
  const requireNumber = (text: string, field: string): number => {
    const value = parseNumber(text);
    if (value === null) {
      problems.push({ field, message: t(text.trim() === "" ? "procurement.errors.required" : "procurement.errors.notANumber") });
      return 0;
    }
    return value;
  };
  const optionalNumber = (text: string, field: string): number | undefined => {
    if (text.trim() === "") return undefined;
    return requireNumber(text, field);
  };

  const pointModel = isPointModel(form.model);
  const withCriteria = usesCriteria(form.model);

  const estimatedValueSek = requireNumber(form.estimatedValueSek, "estimatedValueSek");
  if (form.startDate.trim() === "") problems.push({ field: "startDate", message: t("procurement.errors.required") });

  const priceWeight = pointModel ? requireNumber(form.priceWeight, "evaluation.priceWeight") : (parseNumber(form.priceWeight) ?? 0);
  const criteria = withCriteria
    ? form.criteria.map((c, i) => ({
        id: c.id,
        name: c.name.trim(),
        weight: pointModel ? requireNumber(c.weight, `evaluation.criteria.${i}.weight`) : (parseNumber(c.weight) ?? 0),
        ...(form.model === "ADDED_VALUE"
          ? { maxAddedValueSek: requireNumber(c.maxAddedValueSek, `evaluation.criteria.${i}.maxAddedValueSek`) }
          : {}),
      }))
    : [];
  const absolute = form.model === "ABSOLUTE_POINTS";
  const priceCeilingSek = absolute ? requireNumber(form.priceCeilingSek, "evaluation.priceCeilingSek") : undefined;
  const priceFloorSek = absolute ? requireNumber(form.priceFloorSek, "evaluation.priceFloorSek") : undefined;

  const bids = form.bids.map((bid, i) => ({
    supplier: bid.supplier.trim(),
    priceSek: requireNumber(bid.priceSek, `bids.${i}.priceSek`),
    maxScore: requireNumber(bid.maxScore, `bids.${i}.maxScore`),
    scores: withCriteria
      ? form.criteria.map((c, j) => ({ criterionId: c.id, score: requireNumber(bid.scores[c.id] ?? "", `bids.${i}.scores.${j}.score`) }))
      : [],
  }));

  const similarPurchasesValueSek = form.similarPurchasesThisYear
    ? optionalNumber(form.similarPurchasesValueSek, "similarPurchasesValueSek")
    : undefined;
  const evaluationDays = optionalNumber(form.evaluationDays, "evaluationDays");

  if (problems.length > 0) return { ok: false, problems };

  const input: ProcurementScenarioInput = {
    contractType: form.contractType,
    authority: form.authority,
    estimatedValueSek,
    startDate: form.startDate,
    electronicSubmission: form.electronicSubmission,
    priorInformationNotice: form.priorInformationNotice,
    urgency: form.urgency,
    ...(form.procedure ? { procedure: form.procedure } : {}),
    similarPurchasesThisYear: form.similarPurchasesThisYear,
    ...(similarPurchasesValueSek !== undefined ? { similarPurchasesValueSek } : {}),
    ...(evaluationDays !== undefined ? { evaluationDays } : {}),
    ...(form.awardDecisionSentElectronically
      ? { awardDecisionSentElectronically: form.awardDecisionSentElectronically === "yes" }
      : {}),
    evaluation: {
      model: form.model,
      priceWeight,
      criteria,
      ...(priceCeilingSek !== undefined ? { priceCeilingSek } : {}),
      ...(priceFloorSek !== undefined ? { priceFloorSek } : {}),
    },
    bids,
  };
  return { ok: true, input };
}

// ---------------------------------------------------------------------------------------------
// Problems from the server

/**
 * A server problem path → a form field key. The roots differ per operation: `input.…` for
 * simulateProcurement, `input.scenario.…` for saving; the save dialog's name is `name`.
 */
export function fieldOfPath(path: readonly string[]): string {
  const parts = [...path];
  if (parts[0] === "input" || parts[0] === "args") parts.shift();
  if (parts[0] === "scenario" && parts.length > 1) parts.shift();
  return parts.join(".");
}

const MESSAGE_PATTERNS: Array<[RegExp, (match: RegExpMatchArray) => string]> = [
  [/giltigt datum/i, () => t("procurement.errors.date")],
  [/kräver maxAddedValueSek/i, () => t("procurement.errors.addedValueRequired")],
  [/kräver priceCeilingSek och priceFloorSek/i, () => t("procurement.errors.ceilingFloorRequired")],
  [/priceCeilingSek måste vara större/i, () => t("procurement.errors.ceilingAboveFloor")],
  [/överstiger maxScore/i, () => t("procurement.errors.scoreAboveMax")],
  [/^Poäng saknas/i, () => t("procurement.errors.scoreMissing")],
  [/^Okänt kriterium/i, () => t("procurement.errors.unknownCriterion")],
  [/^Kriteriet .* har redan en poäng/i, () => t("procurement.errors.duplicateCriterion")],
  [/^Kriteriet .* finns redan/i, () => t("procurement.errors.duplicateCriterion")],
  [/^Leverantören .* har redan ett anbud/i, () => t("procurement.errors.duplicateSupplier")],
  [/^Högst (\d+) tecken/i, (m) => t("procurement.errors.maxText", { n: m[1] ?? "" })],
  [/^Högst (\d+) (kriterier|poäng)/i, (m) => t("procurement.errors.maxCriteria", { n: m[1] ?? "" })],
  [/^Högst (\d+) anbud/i, (m) => t("procurement.errors.maxBids", { n: m[1] ?? "" })],
];

const FIELD_MESSAGES: Record<string, MessageKey> = {
  estimatedValueSek: "procurement.errors.amount",
  similarPurchasesValueSek: "procurement.errors.amount",
  maxAddedValueSek: "procurement.errors.amount",
  priceCeilingSek: "procurement.errors.amount",
  priceFloorSek: "procurement.errors.amount",
  priceSek: "procurement.errors.price",
  maxScore: "procurement.errors.maxScore",
  score: "procurement.errors.score",
  weight: "procurement.errors.weight",
  priceWeight: "procurement.errors.weight",
  startDate: "procurement.errors.date",
  evaluationDays: "procurement.errors.days",
  supplier: "procurement.errors.supplier",
  name: "procurement.errors.text",
};

/**
 * The Swedish text for a server problem. The server's own wording is never shown as is: it may
 * be a library default in English or name internal fields (maxAddedValueSek).
 */
export function problemMessage(field: string, serverMessage: string): string {
  for (const [pattern, text] of MESSAGE_PATTERNS) {
    const match = serverMessage.match(pattern);
    if (match) return text(match);
  }
  if (field === "name") return t("procurement.errors.name");
  const last = field.split(".").at(-1) ?? "";
  const key = FIELD_MESSAGES[last];
  return key ? t(key) : t("procurement.errors.invalid");
}

/** The DOM id of a field's input. */
export function fieldDomId(field: string): string {
  return `pf-${field.replace(/\./g, "-")}`;
}

/** Fields the form currently shows (problems on other paths go to the summary only). */
export function renderedFields(form: ProcurementForm): Set<string> {
  const fields = new Set([
    "contractType",
    "authority",
    "estimatedValueSek",
    "startDate",
    "procedure",
    "evaluationDays",
    "evaluation.model",
  ]);
  if (form.similarPurchasesThisYear) fields.add("similarPurchasesValueSek");
  const pointModel = isPointModel(form.model);
  if (pointModel) fields.add("evaluation.priceWeight");
  if (form.model === "ABSOLUTE_POINTS") {
    fields.add("evaluation.priceCeilingSek");
    fields.add("evaluation.priceFloorSek");
  }
  if (usesCriteria(form.model)) {
    form.criteria.forEach((_, i) => {
      fields.add(`evaluation.criteria.${i}.name`);
      if (pointModel) fields.add(`evaluation.criteria.${i}.weight`);
      if (form.model === "ADDED_VALUE") fields.add(`evaluation.criteria.${i}.maxAddedValueSek`);
    });
  }
  form.bids.forEach((bid, i) => {
    fields.add(`bids.${i}.supplier`);
    fields.add(`bids.${i}.priceSek`);
    fields.add(`bids.${i}.maxScore`);
    if (usesCriteria(form.model)) form.criteria.forEach((_, j) => fields.add(`bids.${i}.scores.${j}.score`));
  });
  return fields;
}

/** Problems about a score's criterion id point at the score input (the id itself is not editable). */
export function normaliseField(field: string): string {
  const score = /^(bids\.\d+\.scores\.\d+)\.criterionId$/.exec(field);
  if (score) return `${score[1]}.score`;
  const criterion = /^(evaluation\.criteria\.\d+)\.id$/.exec(field);
  if (criterion) return `${criterion[1]}.name`;
  return field;
}

/** A human name for a field, for the error summary. */
export function fieldLabel(field: string, form: ProcurementForm): string {
  const criterionName = (j: number) => form.criteria[j]?.name || t("procurement.form.newCriterion");
  let m = /^bids\.(\d+)\.scores\.(\d+)\./.exec(field);
  if (m) return t("procurement.form.scoreLabel", { n: Number(m[1]) + 1, criterion: criterionName(Number(m[2])) });
  m = /^bids\.(\d+)(?:\.(\w+))?/.exec(field);
  if (m) {
    const names: Record<string, MessageKey> = {
      supplier: "procurement.form.supplier",
      priceSek: "procurement.form.price",
      maxScore: "procurement.form.maxScore",
      scores: "procurement.form.scores",
    };
    const key = names[m[2] ?? ""];
    return key
      ? t("procurement.form.bidLabel", { n: Number(m[1]) + 1, field: t(key).toLowerCase() })
      : t("procurement.form.bids");
  }
  m = /^evaluation\.criteria\.(\d+)(?:\.(\w+))?/.exec(field);
  if (m) {
    const names: Record<string, MessageKey> = {
      name: "procurement.form.criterionName",
      id: "procurement.form.criterionName",
      weight: "procurement.form.criterionWeight",
      maxAddedValueSek: "procurement.form.criterionAddedValue",
    };
    const key = names[m[2] ?? ""];
    return key
      ? t("procurement.form.criterionLabel", { n: Number(m[1]) + 1, field: t(key).toLowerCase() })
      : t("procurement.form.criteria");
  }
  const simple: Record<string, MessageKey> = {
    contractType: "procurement.form.contractType",
    authority: "procurement.form.authority",
    estimatedValueSek: "procurement.form.estimatedValue",
    startDate: "procurement.form.startDate",
    procedure: "procurement.form.procedure",
    similarPurchasesValueSek: "procurement.form.similarPurchasesValue",
    evaluationDays: "procurement.form.evaluationDays",
    evaluation: "procurement.form.evaluation",
    "evaluation.criteria": "procurement.form.criteria",
    "evaluation.model": "procurement.form.model",
    "evaluation.priceWeight": "procurement.form.priceWeight",
    "evaluation.priceCeilingSek": "procurement.form.priceCeiling",
    "evaluation.priceFloorSek": "procurement.form.priceFloor",
    bids: "procurement.form.bids",
    name: "procurement.saved.name",
  };
  const key = simple[field];
  return key ? t(key) : t("procurement.errors.scenario");
}
