import "reflect-metadata";
import { isInterfaceType, isObjectType, isUnionType, lexicographicSortSchema, printSchema, type GraphQLFieldResolver, type GraphQLSchema } from "graphql";
import { applyMiddleware } from "graphql-middleware";
import type { IRules } from "graphql-shield";
import { buildSchema, type NonEmptyArray } from "type-graphql";
import type { Logger } from "pino";
import { allow, buildShield, compiledCheck, guardedResolver, isAuthenticated, isViewer, type GuardedResolve } from "./platform/authz";
import { createNodeResolver, nodePermissions } from "./platform/node.resolver";
import { buildRegistry, type ModuleManifest, type ResolverClass } from "./platform/module";
import type { AppPubSub } from "./platform/pubsub";
import { REGISTRY } from "./registry";

/** Every module's field rules merged per type, plus the platform's `node`. A field missing here is denied (and fails a test). */
export const PERMISSIONS: IRules = buildRegistry([{ key: "NODE", description: "node(id)", permissions: nodePermissions }, ...REGISTRY.modules] as ModuleManifest[]).permissions;

/** The schema without authorization: for emitting SDL and for the rule-coverage test. */
export async function buildBareSchema(pubSub: AppPubSub): Promise<GraphQLSchema> {
  const resolvers: ResolverClass[] = [createNodeResolver(REGISTRY.nodeTypes), ...REGISTRY.resolvers];
  return buildSchema({
    resolvers: resolvers as unknown as NonEmptyArray<ResolverClass>,
    pubSub,
    validate: false,
    emitSchemaFile: false,
  });
}

const ROOT_TYPES = new Set(["Query", "Mutation", "Subscription"]);

/**
 * Fields that need no check at run time: below the root, a rule that every signed-in principal
 * passes (allow, isViewer, isAuthenticated) is already decided — every root field requires sign-in
 * (the schema test proves it) and VIEWER is the lowest role. Those fields keep their explicit rule
 * in PERMISSIONS (the rule-coverage test still sees it) but run without shield's wrapper.
 */
export function freeFields(rules: IRules): Set<string> {
  const free = new Set<string>();
  for (const [type, fieldRules] of Object.entries(rules as Record<string, Record<string, unknown>>)) {
    if (ROOT_TYPES.has(type)) continue;
    for (const [field, r] of Object.entries(fieldRules)) if (r === allow || r === isViewer || r === isAuthenticated) free.add(`${type}.${field}`);
  }
  return free;
}

export async function buildAppSchema(pubSub: AppPubSub, logger: Logger): Promise<GraphQLSchema> {
  const bare = await buildBareSchema(pubSub);
  const originals = new Map<string, GraphQLFieldResolver<unknown, unknown> | undefined>();
  for (const type of Object.values(bare.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) originals.set(`${type.name}.${field.name}`, field.resolve);
  }
  const shielded = applyMiddleware(bare, buildShield(PERMISSIONS, logger));
  // Undo the wrapper where the rule is decided already: shield wraps every field, even scalars.
  // Where the rule reads only the context (the role rules, sign-in, a person), its check runs in
  // the field's resolver instead (guardedResolver: the same answers and error mapping as shield's,
  // without its asynchronous evaluation per call). Subscriptions keep shield's wrapper.
  const free = freeFields(PERMISSIONS);
  const rules = PERMISSIONS as unknown as Record<string, Record<string, unknown> | undefined>;
  for (const type of Object.values(shielded.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    const typeRules = rules[type.name];
    for (const field of Object.values(type.getFields())) {
      const key = `${type.name}.${field.name}`;
      if (free.has(key)) {
        field.resolve = originals.get(key);
        continue;
      }
      const check = type.name === "Subscription" ? undefined : compiledCheck(typeRules?.[field.name]);
      const original = originals.get(key);
      if (check && original) field.resolve = guardedResolver(check, original as GuardedResolve, logger) as GraphQLFieldResolver<unknown, unknown>;
    }
  }
  // type-graphql wraps an interface's resolveType in an async function; the compiled execution
  // (graphql-jit, see platform/graphql-http.ts) takes only a synchronous answer. Node's own
  // resolveType is synchronous (an object names its GraphQL type), so it is set as written.
  for (const type of Object.values(shielded.getTypeMap())) {
    if (isUnionType(type) || (isInterfaceType(type) && type.name !== "Node")) throw new Error(`${type.name}: give it a synchronous resolveType here`);
    if (isInterfaceType(type)) type.resolveType = (value: { typename?: string }) => value.typename;
  }
  return shielded;
}

export function printSdl(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
