import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import type { GraphQLContext } from "./context";
import { requirePrincipal } from "./context";
import { isViewer } from "./authz";
import { fromGlobalId } from "./ids";
import type { NodeType, ResolverClass } from "./module";
import { Node } from "./node.interface";

export const nodePermissions = { Query: { node: isViewer } };

/**
 * `node(id)` over the types the modules registered. An unknown type, an id of another organisation
 * and a type the caller may not see all answer null, exactly like an id that does not exist.
 */
export function createNodeResolver(nodeTypes: Readonly<Record<string, NodeType>>): ResolverClass {
  // Own keys only: a decoded type of "constructor" or "__proto__" must not reach Object.prototype.
  const lookup = new Map(Object.entries(nodeTypes));

  @Resolver()
  class NodeResolver {
    @Query(() => Node, { nullable: true, description: "Any object by its global id; null when it does not exist or is not yours." })
    async node(@Arg("id", () => ID, { description: "A global id." }) id: string, @Ctx() ctx: GraphQLContext): Promise<object | null> {
      const parsed = fromGlobalId(id);
      if (!parsed) return null;
      const principal = requirePrincipal(ctx);
      const type = lookup.get(parsed.type);
      if (!type) return null;
      if (type.visibleTo && !type.visibleTo(principal)) return null;
      if (type.ownOrganizationOnly && parsed.id !== principal.orgId) return null;
      return ctx.em().findOne(type.entity, { ...type.ownedBy?.(principal), id: parsed.id });
    }
  }
  return NodeResolver;
}
