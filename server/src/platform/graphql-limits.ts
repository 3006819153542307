import { GraphQLError, Kind, type ASTNode, type FragmentDefinitionNode, type ValidationContext, type ValidationRule } from "graphql";

/**
 * Rejects operations nested deeper than `max` fields (fragments followed, cycles cut). Applied to
 * HTTP through Apollo and to subscriptions through graphql-ws's onSubscribe — graphql-ws would
 * otherwise validate with graphql's default rules only.
 */
export function depthLimitRule(max: number): ValidationRule {
  return (context: ValidationContext) => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const def of context.getDocument().definitions) {
      if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    }
    const depthOf = (node: ASTNode, depth: number, seen: Set<string>): number => {
      if (depth > max) return depth;
      switch (node.kind) {
        case Kind.FIELD: {
          if (node.name.value.startsWith("__")) return depth;
          return node.selectionSet ? depthOf(node.selectionSet, depth + 1, seen) : depth;
        }
        case Kind.SELECTION_SET:
          return Math.max(depth, ...node.selections.map((s) => depthOf(s, depth, seen)));
        case Kind.INLINE_FRAGMENT:
          return depthOf(node.selectionSet, depth, seen);
        case Kind.FRAGMENT_SPREAD: {
          const name = node.name.value;
          const fragment = fragments.get(name);
          if (!fragment || seen.has(name)) return depth;
          return depthOf(fragment.selectionSet, depth, new Set([...seen, name]));
        }
        default:
          return depth;
      }
    };
    return {
      OperationDefinition(operation) {
        const depth = depthOf(operation.selectionSet, 1, new Set());
        if (depth > max) {
          context.reportError(
            new GraphQLError(`Query is nested too deeply (more than ${max} levels)`, {
              nodes: [operation],
              extensions: { code: "GRAPHQL_VALIDATION_FAILED" },
            }),
          );
        }
      },
    };
  };
}
