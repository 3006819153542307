import { rule, shield, allow, deny, and, or } from "graphql-shield";
import type { IRules } from "graphql-shield";
import type { Logger } from "pino";
import { AppError, ErrorCode, forbidden, unauthenticated } from "./errors";
import { isServiceUnavailable } from "./unavailable";
import type { GraphQLContext } from "./context";
import { ROLE_RANK, Role } from "./identity/user.entity";

/** A rule's answer from the context alone: true, or the error the field answers with. */
export type ContextCheck = (ctx: GraphQLContext) => true | AppError;

/**
 * The checks of the rules below, by rule: they are synchronous and read only the context, so the
 * app's schema runs them in the field's own resolver (`compiledCheck`) instead of through shield's
 * asynchronous rule evaluation and cache — the same answer, without shield's per-call work.
 */
const CONTEXT_CHECKS = new WeakMap<object, ContextCheck>();
function contextRule(name: string | undefined, check: ContextCheck) {
  const r = (name ? rule(name, { cache: "contextual" }) : rule({ cache: "contextual" }))((_p, _a, ctx: GraphQLContext) => check(ctx));
  CONTEXT_CHECKS.set(r, check);
  return r;
}

/** The synchronous check of a rule that reads only the context, or undefined (shield evaluates it). */
export function compiledCheck(r: unknown): ContextCheck | undefined {
  return r && typeof r === "object" ? CONTEXT_CHECKS.get(r) : undefined;
}

/**
 * Base rules every module's permissions build on. Role rules depend only on the context, so the
 * `contextual` cache is right for them; per-object rules must use `strict` (or no cache).
 */
export const isAuthenticated = contextRule(undefined, (ctx) => (ctx.principal ? true : unauthenticated()));

const hasRole = (min: Role) =>
  contextRule(`hasRole:${min}`, (ctx) => {
    if (!ctx.principal) return unauthenticated();
    return ROLE_RANK[ctx.principal.role] >= ROLE_RANK[min] ? true : forbidden(`Requires role ${min}`);
  });

export const isViewer = hasRole(Role.VIEWER);
export const isEditor = hasRole(Role.EDITOR);
export const isAdmin = hasRole(Role.ADMIN);
/** Users signed in as themselves (not integrator tokens): for actions that need a person. */
export const isPerson = contextRule(undefined, (ctx) => (ctx.principal?.kind === "user" ? true : forbidden("Requires a signed-in person")));

export { allow, deny, and, or };

/** For `viewerCan…` fields and service checks: may this request's principal edit? */
export const canEdit = (ctx: Pick<GraphQLContext, "principal">) => !!ctx.principal && ROLE_RANK[ctx.principal.role] >= ROLE_RANK[Role.EDITOR];
/** May this request's principal administer the organisation? */
export const canAdmin = (ctx: Pick<GraphQLContext, "principal">) => !!ctx.principal && ctx.principal.role === Role.ADMIN;

export type FieldRule = Parameters<typeof and>[number];

/**
 * Rules whose answer depends on who the principal is, not only on their role and kind (a user's
 * own record). Live events are executed once per view; a document touching such a field gets a
 * view per user instead of per role (see fanout.ts).
 */
const IDENTITY_RULES = new WeakSet<object>();
export function identityRule<R extends object>(r: R): R {
  IDENTITY_RULES.add(r);
  return r;
}

/** True when the rule, or any rule it combines (and/or/chain/race/not), depends on the principal's identity. */
export function dependsOnIdentity(r: unknown): boolean {
  if (!r || typeof r !== "object") return false;
  if (IDENTITY_RULES.has(r)) return true;
  const inner = (r as { rules?: unknown }).rules;
  return Array.isArray(inner) && inner.some(dependsOnIdentity);
}

/** Assigns one rule to each named field, so every field stays explicit in the rule map. */
export function fields(names: string[], r: FieldRule): Record<string, FieldRule> {
  return Object.fromEntries(names.map((n) => [n, r]));
}

/**
 * What a guarded field answers for what its resolver threw: domain errors (typed, safe messages)
 * pass; a denial says FORBIDDEN; an unavailable dependency says so; anything else is hidden.
 */
export function guardedError(thrown: unknown, logger: Logger): AppError {
  if (thrown instanceof AppError) return thrown;
  if (thrown == null) return forbidden();
  if (isServiceUnavailable(thrown)) {
    logger.warn({ event: "graphql.dependency_unavailable", errorName: thrown instanceof Error ? thrown.name : typeof thrown }, "a dependency is unavailable");
    return new AppError(ErrorCode.SERVICE_UNAVAILABLE, "Service temporarily unavailable");
  }
  logger.error({ event: "graphql.resolver_error", errorName: thrown instanceof Error ? thrown.name : typeof thrown }, "unhandled resolver error");
  return new AppError(ErrorCode.INTERNAL_SERVER_ERROR, "Internal server error");
}

export function buildShield(rules: IRules, logger: Logger) {
  return shield(rules, {
    fallbackRule: deny,
    allowExternalErrors: false,
    debug: false,
    fallbackError: async (thrown) => guardedError(thrown, logger),
  });
}

export type GuardedResolve = (parent: unknown, args: unknown, ctx: GraphQLContext, info: unknown) => unknown;

/**
 * A resolver guarded by a context check, as shield guards it: the check first (its error is the
 * field's answer, and the resolver never runs), then the resolver, whose errors are mapped by
 * `guardedError` — synchronously where the resolver is synchronous.
 */
export function guardedResolver(check: ContextCheck, resolve: GuardedResolve, logger: Logger): GuardedResolve {
  const fail = (thrown: unknown): never => {
    throw guardedError(thrown, logger);
  };
  return (parent, args, ctx, info) => {
    const verdict = check(ctx);
    if (verdict !== true) throw verdict;
    let result: unknown;
    try {
      result = resolve(parent, args, ctx, info);
    } catch (thrown) {
      return fail(thrown);
    }
    return result && typeof (result as PromiseLike<unknown>).then === "function" ? Promise.resolve(result).catch(fail) : result;
  };
}
