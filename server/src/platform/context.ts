import type { EntityManager } from "@mikro-orm/postgresql";
import type { Logger } from "pino";
import type { Principal } from "./auth";
import type { Database } from "./db";
import type { AppPubSub } from "./pubsub";
import type { RequestIds } from "./request-context";
import { unauthenticated } from "./errors";

export interface GraphQLContext {
  principal: Principal | null;
  db: Database;
  pubsub: AppPubSub;
  logger: Logger;
  ids: RequestIds;
  /** Organisation-scoped entity manager for this request, created on first use. */
  em(): EntityManager;
}

export function createContext(base: Omit<GraphQLContext, "em">): GraphQLContext {
  let em: EntityManager | undefined;
  return {
    ...base,
    em() {
      if (!base.principal) throw unauthenticated();
      em ??= base.db.forOrg(base.principal.orgId);
      return em;
    },
  };
}

export function requirePrincipal(ctx: GraphQLContext): Principal {
  if (!ctx.principal) throw unauthenticated();
  return ctx.principal;
}
