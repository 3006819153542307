import {
  GraphQLError,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from "graphql";
import { MAX_PAGE_SIZE } from "./pagination";

/**
 * Limits on what one operation may ask for. Applied to HTTP through Apollo's `validationRules` and
 * to WebSocket operations through graphql-ws's onSubscribe — graphql-ws would otherwise validate
 * with graphql's default rules only. The rules see the document only, never variable values, so a
 * page size given as a variable counts as the largest page the API serves.
 */

/** Root fields that burn CPU (a simulation each, with sensitivity analysis): one of each per operation. */
export const SINGLE_USE_FIELDS: readonly string[] = ["simulateProcurement", "compareProcurementScenarios"];

export interface GraphQLLimits {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
}

/** Every limit rule, in the order their errors should appear. */
export function limitRules(limits: GraphQLLimits): ValidationRule[] {
  return [depthLimitRule(limits.maxDepth), costLimitRule(limits.maxCost), aliasLimitRule(limits.maxAliases), singleUseFieldRule(SINGLE_USE_FIELDS)];
}

/**
 * A bottom-up fold over an operation's fields with fragments followed. Each fragment is folded
 * once and remembered — its value does not depend on where it is spread — so a document that
 * spreads fragments into each other costs linear time, not exponential. A fragment cycle (reported
 * by graphql's own NoFragmentCycles rule) counts as `empty`.
 */
interface Fold {
  /** A field's value, given the folded value of its selection set (`empty` for a leaf). */
  field(node: FieldNode, inner: number): number;
  /** Combines the values of the selections of one selection set. */
  combine(a: number, b: number): number;
  empty: number;
}

function folder(context: ValidationContext, fold: Fold): (set: SelectionSetNode) => number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of context.getDocument().definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  }
  const memo = new Map<string, number>();
  const inProgress = new Set<string>();
  const ofSet = (set: SelectionSetNode): number => {
    let value = fold.empty;
    for (const selection of set.selections) {
      let v: number;
      switch (selection.kind) {
        case Kind.FIELD:
          v = fold.field(selection, selection.selectionSet ? ofSet(selection.selectionSet) : fold.empty);
          break;
        case Kind.INLINE_FRAGMENT:
          v = ofSet(selection.selectionSet);
          break;
        case Kind.FRAGMENT_SPREAD: {
          const name = selection.name.value;
          const known = memo.get(name);
          const fragment = fragments.get(name);
          if (known !== undefined) v = known;
          else if (!fragment || inProgress.has(name)) v = fold.empty;
          else {
            inProgress.add(name);
            v = ofSet(fragment.selectionSet);
            inProgress.delete(name);
            memo.set(name, v);
          }
          break;
        }
      }
      value = fold.combine(value, v);
    }
    return value;
  };
  return ofSet;
}

function limitError(message: string, operation: OperationDefinitionNode): GraphQLError {
  return new GraphQLError(message, { nodes: [operation], extensions: { code: "GRAPHQL_VALIDATION_FAILED" } });
}

/** Rejects operations nested deeper than `max` fields (introspection fields not counted). */
export function depthLimitRule(max: number): ValidationRule {
  return (context: ValidationContext) => {
    // Height below a field: 1 per level of selection set, leaves and `__` fields add nothing.
    const height = folder(context, {
      field: (node, inner) => (node.name.value.startsWith("__") || !node.selectionSet ? 0 : 1 + inner),
      combine: Math.max,
      empty: 0,
    });
    return {
      OperationDefinition(operation) {
        if (1 + height(operation.selectionSet) > max) {
          context.reportError(limitError(`Query is nested too deeply (more than ${max} levels)`, operation));
        }
      },
    };
  };
}

/** The page size a field asks for: its `first` literal (at least 1), MAX_PAGE_SIZE for a variable, 1 without one. */
function pageSizeOf(node: FieldNode): number {
  const first = node.arguments?.find((a) => a.name.value === "first");
  if (!first) return 1;
  if (first.value.kind === Kind.INT) return Math.max(1, Number.parseInt(first.value.value, 10));
  return MAX_PAGE_SIZE;
}

/**
 * Estimated cost: every field costs 1, and a field with `first: n` multiplies the cost of its
 * selection set by n — nested pages multiply, which is what makes them dangerous.
 */
export function estimatedCost(context: ValidationContext): (set: SelectionSetNode) => number {
  return folder(context, { field: (node, inner) => 1 + pageSizeOf(node) * inner, combine: (a, b) => a + b, empty: 0 });
}

export function costLimitRule(max: number): ValidationRule {
  return (context: ValidationContext) => {
    const cost = estimatedCost(context);
    return {
      OperationDefinition(operation) {
        const value = cost(operation.selectionSet);
        if (value > max) {
          const shown = value < 1e12 ? String(Math.round(value)) : "over 10^12";
          context.reportError(
            limitError(`Query is too expensive: estimated cost ${shown} exceeds the limit of ${max} (every field costs 1; a page multiplies what it selects by its size). Ask for smaller pages or nest fewer lists.`, operation),
          );
        }
      },
    };
  };
}

const counter = (context: ValidationContext, matches: (node: FieldNode) => boolean) =>
  folder(context, { field: (node, inner) => (matches(node) ? 1 : 0) + inner, combine: (a, b) => a + b, empty: 0 });

/** At most `max` aliased fields per operation (counted after fragments are expanded). */
export function aliasLimitRule(max: number): ValidationRule {
  return (context: ValidationContext) => {
    const aliases = counter(context, (node) => node.alias !== undefined);
    return {
      OperationDefinition(operation) {
        const count = aliases(operation.selectionSet);
        if (count > max) context.reportError(limitError(`Too many aliased fields: ${count} (at most ${max} per operation)`, operation));
      },
    };
  };
}

/** Each named field at most once per operation, aliased or not. */
export function singleUseFieldRule(names: readonly string[]): ValidationRule {
  return (context: ValidationContext) => {
    const counters = names.map((name) => [name, counter(context, (node) => node.name.value === name)] as const);
    return {
      OperationDefinition(operation) {
        for (const [name, count] of counters) {
          const n = count(operation.selectionSet);
          if (n > 1) context.reportError(limitError(`${name} may appear at most once per operation (found ${n})`, operation));
        }
      },
    };
  };
}
