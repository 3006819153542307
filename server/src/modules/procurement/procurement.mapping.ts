import { z } from "zod";
import { ProcurementScenarioSchema } from "./procurement.schema";
import type { Bid, ProcurementScenario as EngineScenario } from "./procurement.types";
import type { ProcurementBidInput, ProcurementScenarioInput } from "./procurement.inputs";
import type { ProcurementScenario as ScenarioObject } from "./procurement.objects";

// The GraphQL shape differs from the engine's in two ways only: `scores` is a list of
// { criterionId, score } instead of a map, and absent optional fields may arrive as null.
// Validation stays the engine's zod schema; its issue paths are translated back to the GraphQL
// input so that a client can point at the field it sent (`input.bids.0.scores.1.score`).

type Path = (string | number)[];

/** Drops null and undefined values: GraphQL's "absent" is the engine's "omitted". */
function present<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], null> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined)) as {
    [K in keyof T]: Exclude<T[K], null>;
  };
}

function toEngineBid(bid: ProcurementBidInput): unknown {
  const scores = Object.fromEntries((bid.scores ?? []).map((s) => [s.criterionId, s.score]));
  return { ...present(bid), scores };
}

/** GraphQL input → the engine's (still unvalidated) scenario shape. */
export function toEngineShape(input: ProcurementScenarioInput): unknown {
  const { evaluation, bids, ...rest } = present(input);
  return {
    ...rest,
    ...(evaluation && { evaluation: { ...present(evaluation), criteria: (evaluation.criteria ?? []).map((c) => present(c)) } }),
    ...(bids && { bids: bids.map(toEngineBid) }),
  };
}

/** Engine scenario → GraphQL object: scores in the criteria's order, then any others. */
export function toGraphQLScenario(scenario: EngineScenario): ScenarioObject {
  const order = (scenario.evaluation?.criteria ?? []).map((c) => c.id);
  const scoresOf = (bid: Bid) => {
    const ids = [...order.filter((id) => id in bid.scores), ...Object.keys(bid.scores).filter((id) => !order.includes(id))];
    return ids.map((criterionId) => ({ criterionId, score: bid.scores[criterionId]! }));
  };
  const { bids, ...rest } = scenario;
  return { ...rest, ...(bids && { bids: bids.map((bid) => ({ ...bid, scores: scoresOf(bid) })) }) };
}

/**
 * An engine issue path → the GraphQL input path. Only `bids.i.scores.<criterionId>` differs: it
 * becomes `.scores.j.criterionId` for an unknown criterion, `.scores.j.score` for a bad score, and
 * `.scores` when the bid has no score for the criterion at all.
 */
export function toInputPath(input: ProcurementScenarioInput, path: readonly PropertyKey[]): Path {
  const plain: Path = path.map((p) => (typeof p === "number" ? p : String(p)));
  const [head, bidIndex, field, key, ...tail] = plain;
  if (head !== "bids" || typeof bidIndex !== "number" || field !== "scores" || key === undefined) return plain;
  const scores = input.bids?.[bidIndex]?.scores ?? [];
  const j = scores.findIndex((s) => s.criterionId === String(key));
  if (j < 0) return ["bids", bidIndex, "scores"];
  const known = (input.evaluation?.criteria ?? []).some((c) => c.id === String(key));
  return ["bids", bidIndex, "scores", j, known ? "score" : "criterionId", ...tail];
}

/**
 * Size limits of the GraphQL layer, on top of the engine's rules: sensitivity analysis grows
 * roughly with bids³ and runs on the request's event loop (50 bids × 20 criteria ≈ 0.2 s).
 */
export const GRAPHQL_LIMITS = { bids: 50, criteria: 20, text: 200 } as const;

function sizeProblems(input: ProcurementScenarioInput): { path: Path; message: string }[] {
  const problems: { path: Path; message: string }[] = [];
  const tooLong = (value: string, path: Path) => {
    if (value.length > GRAPHQL_LIMITS.text) problems.push({ path, message: `Högst ${GRAPHQL_LIMITS.text} tecken.` });
  };
  const criteria = input.evaluation?.criteria ?? [];
  if (criteria.length > GRAPHQL_LIMITS.criteria) {
    problems.push({ path: ["evaluation", "criteria"], message: `Högst ${GRAPHQL_LIMITS.criteria} kriterier.` });
  }
  criteria.forEach((c, i) => {
    tooLong(c.id, ["evaluation", "criteria", i, "id"]);
    tooLong(c.name, ["evaluation", "criteria", i, "name"]);
  });
  const bids = input.bids ?? [];
  if (bids.length > GRAPHQL_LIMITS.bids) problems.push({ path: ["bids"], message: `Högst ${GRAPHQL_LIMITS.bids} anbud.` });
  bids.forEach((bid, i) => {
    tooLong(bid.supplier, ["bids", i, "supplier"]);
    if ((bid.scores ?? []).length > GRAPHQL_LIMITS.criteria) {
      problems.push({ path: ["bids", i, "scores"], message: `Högst ${GRAPHQL_LIMITS.criteria} poäng per anbud.` });
    }
  });
  return problems;
}

/** Problems only the list form can have: a criterion scored twice in one bid. */
function duplicateScores(input: ProcurementScenarioInput): { path: Path; message: string }[] {
  const problems: { path: Path; message: string }[] = [];
  (input.bids ?? []).forEach((bid, i) => {
    const seen = new Set<string>();
    (bid.scores ?? []).forEach((s, j) => {
      if (seen.has(s.criterionId)) {
        problems.push({ path: ["bids", i, "scores", j, "criterionId"], message: `Kriteriet "${s.criterionId}" har redan en poäng i anbudet.` });
      }
      seen.add(s.criterionId);
    });
  });
  return problems;
}

/**
 * Zod schema for a `ProcurementScenarioInput`: maps it to the engine's shape, validates with the
 * engine's `ProcurementScenarioSchema` and yields the engine scenario. Use with `parseInput`.
 */
export const procurementScenarioInputSchema = z.custom<ProcurementScenarioInput>((v) => typeof v === "object" && v !== null).transform(
  (input, ctx): EngineScenario => {
    const tooBig = sizeProblems(input);
    if (tooBig.length > 0) {
      // Not even mapped: an oversized input must not cost more than this check.
      for (const problem of tooBig) ctx.addIssue({ code: "custom", path: problem.path, message: problem.message });
      return z.NEVER;
    }
    const duplicates = duplicateScores(input);
    const parsed = ProcurementScenarioSchema.safeParse(toEngineShape(input));
    if (parsed.success && duplicates.length === 0) return parsed.data;
    for (const problem of duplicates) ctx.addIssue({ code: "custom", path: problem.path, message: problem.message });
    for (const issue of parsed.error?.issues ?? []) {
      ctx.addIssue({ code: "custom", path: toInputPath(input, issue.path), message: issue.message });
    }
    return z.NEVER;
  },
);
