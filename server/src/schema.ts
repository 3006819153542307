import "reflect-metadata";
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";
import { applyMiddleware } from "graphql-middleware";
import type { IRules } from "graphql-shield";
import { buildSchema, type NonEmptyArray } from "type-graphql";
import type { Logger } from "pino";
import { buildShield } from "./platform/authz";
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

export async function buildAppSchema(pubSub: AppPubSub, logger: Logger): Promise<GraphQLSchema> {
  const bare = await buildBareSchema(pubSub);
  return applyMiddleware(bare, buildShield(PERMISSIONS, logger));
}

export function printSdl(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
