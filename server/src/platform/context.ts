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

/**
 * One request's (or one subscription's) context. A class, so the per-request work is one small
 * object: the entity manager and the loaders are made on first use, and `em` is a method on the
 * prototype rather than a closure per request.
 */
class RequestContext implements GraphQLContext {
  private own: Principal | null;
  /** A live subscription's connection: its principal as it is now (updated by re-checks). */
  private readonly live: { principal?: Principal } | undefined;
  readonly db: Database;
  readonly pubsub: AppPubSub;
  readonly logger: Logger;
  readonly ids: RequestIds;
  readonly config: Config;
  readonly clock: Clock;
  readonly jobs: JobQueue & JobAdmin;
  private scopedEm: EntityManager | undefined;
  private batched: EntityLoaders | undefined;

  constructor(base: Omit<GraphQLContext, "em" | "loaders">, live?: { principal?: Principal }) {
    this.own = base.principal;
    this.live = live;
    this.db = base.db;
    this.pubsub = base.pubsub;
    this.logger = base.logger;
    this.ids = base.ids;
    this.config = base.config;
    this.clock = base.clock;
    this.jobs = base.jobs;
  }

  get principal(): Principal | null {
    return this.live ? (this.live.principal ?? null) : this.own;
  }

  set principal(value: Principal | null) {
    this.own = value;
  }

  em(): EntityManager {
    if (!this.principal) throw unauthenticated();
    return (this.scopedEm ??= this.db.forOrg(this.principal.orgId));
  }

  get loaders(): EntityLoaders {
    return (this.batched ??= new EntityLoaders(() => this.em()));
  }
}

export function createContext(base: Omit<GraphQLContext, "em" | "loaders">): GraphQLContext {
  return new RequestContext(base);
}

/**
 * A WebSocket operation's context: its principal is always the connection's current one (each
 * re-check and announced principal change replaces it), so rights follow the user into open
 * subscriptions. `base.principal` is ignored.
 */
export function createConnectionContext(connection: { principal?: Principal }, base: Omit<GraphQLContext, "em" | "loaders" | "principal">): GraphQLContext {
  return new RequestContext({ ...base, principal: null }, connection);
}

export function requirePrincipal(ctx: GraphQLContext): Principal {
  if (!ctx.principal) throw unauthenticated();
  return ctx.principal;
}
