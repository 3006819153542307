import type { EntityManager } from "@mikro-orm/postgresql";
import type { Logger } from "pino";
import type { Principal } from "./auth";
import type { Database } from "./db";
import type { AppPubSub } from "./pubsub";
import type { RequestIds } from "./request-context";
import type { Config } from "../config";
import type { JobAdmin, JobQueue } from "./jobs/types";
import { unauthenticated } from "./errors";
import { EntityLoaders } from "./loaders";
import type { Clock } from "./clock";

export interface GraphQLContext {
  principal: Principal | null;
  db: Database;
  pubsub: AppPubSub;
  logger: Logger;
  ids: RequestIds;
  config: Config;
  /** Where "now" comes from (tests set it). */
  clock: Clock;
  /** Background work: enqueue by job name, idempotent by key. */
  jobs: JobQueue & JobAdmin;
  /** Organisation-scoped entity manager for this request, created on first use. */
  em(): EntityManager;
  /** Batched loads by id through `em()`. */
  loaders: EntityLoaders;
}

export function createContext(base: Omit<GraphQLContext, "em" | "loaders">): GraphQLContext {
  let em: EntityManager | undefined;
  const getEm = () => {
    if (!base.principal) throw unauthenticated();
    em ??= base.db.forOrg(base.principal.orgId);
    return em;
  };
  return { ...base, em: getEm, loaders: new EntityLoaders(getEm) };
}

export function requirePrincipal(ctx: GraphQLContext): Principal {
  if (!ctx.principal) throw unauthenticated();
  return ctx.principal;
}
