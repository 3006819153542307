import type { EntityName } from "@mikro-orm/postgresql";
import type { IRules } from "graphql-shield";
import type { Principal } from "./auth";
import type { FieldRule } from "./authz";
import type { AnyJobDefinition } from "./jobs/types";
import { registerListExtension, type ListExtension } from "./read-path";

/** A type-graphql resolver class. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type ResolverClass = Function;

/** Shield rules of one module: GraphQL type → field → rule. */
export type TypeRules = Record<string, Record<string, FieldRule>>;

/** How `node(id)` finds one GraphQL type that implements `Node`. */
export interface NodeType {
  /** The entity loaded by id through the caller's organisation-scoped entity manager. */
  entity: EntityName<object>;
  /** Beyond the tenant filter: may this principal see such objects through `node` at all? */
  visibleTo?: (principal: Principal) => boolean;
  /** Further conditions on the object for this principal, e.g. a person's own nudges: `{ recipient: userId }`. */
  ownedBy?: (principal: Principal) => Record<string, unknown>;
  /** For entities outside the tenant filter: must the object be the caller's own organisation? */
  ownOrganizationOnly?: boolean;
}

/**
 * What one domain module contributes. The composition root derives the ORM's entity list, the
 * schema's resolvers, the merged shield rules, the `node(id)` registry and the job registry from
 * the list of manifests in `modules/index.ts`; nothing else keeps a list of modules' parts.
 */
export interface ModuleManifest {
  /** UPPER_SNAKE; stable (module switches and audit records will refer to it). */
  key: string;
  /** One line, English, for operators and the docs. */
  description: string;
  /** MikroORM entities, abstract bases included. Tenant scoping follows from `TenantEntity`. */
  entities?: readonly EntityName<object>[];
  resolvers?: readonly ResolverClass[];
  permissions?: TypeRules;
  /** GraphQL type name → how to load it through `node(id)`. */
  nodeTypes?: Readonly<Record<string, NodeType>>;
  /** The pub/sub topics the module publishes, as patterns, for the docs and the tests. */
  topics?: readonly string[];
  jobs?: readonly AnyJobDefinition[];
  /** HTTP endpoints under /api/ (see ModuleRoute). */
  routes?: readonly ModuleRoute[];
  /** Registers the module's own metrics at start, so /metrics lists them before the first event. */
  metrics?: (registry: import("prom-client").Registry) => void;
  /** One-to-many fields the module adds to another module's list rows, read in that list's statement (see platform/read-path.ts). */
  listExtensions?: readonly ListExtension[];
}

export function defineModule<M extends ModuleManifest>(manifest: M): M {
  if (!/^[A-Z][A-Z0-9_]*$/.test(manifest.key)) throw new Error(`Module key must be UPPER_SNAKE: ${manifest.key}`);
  return manifest;
}

export interface Registry {
  modules: readonly ModuleManifest[];
  entities: EntityName<object>[];
  resolvers: ResolverClass[];
  permissions: IRules;
  nodeTypes: Record<string, NodeType>;
  jobs: AnyJobDefinition[];
  routes: ModuleRoute[];
}

/** Merges manifests; two modules claiming the same rule, node type, job or key is a start-up error. */
export function buildRegistry(modules: readonly ModuleManifest[], platformEntities: readonly EntityName<object>[] = []): Registry {
  const keys = new Set<string>();
  const entities = new Set<EntityName<object>>(platformEntities);
  const resolvers: ResolverClass[] = [];
  const rules: Record<string, Record<string, FieldRule>> = {};
  const nodeTypes: Record<string, NodeType> = {};
  const jobs = new Map<string, AnyJobDefinition>();
  const routes = new Map<string, ModuleRoute>();
  for (const m of modules) {
    if (keys.has(m.key)) throw new Error(`Two modules with key ${m.key}`);
    keys.add(m.key);
    for (const e of m.entities ?? []) entities.add(e);
    resolvers.push(...(m.resolvers ?? []));
    for (const [type, fieldRules] of Object.entries(m.permissions ?? {})) {
      for (const field of Object.keys(fieldRules)) {
        if (rules[type]?.[field]) throw new Error(`Duplicate shield rule for ${type}.${field} (module ${m.key})`);
      }
      rules[type] = { ...rules[type], ...fieldRules };
    }
    for (const [type, nodeType] of Object.entries(m.nodeTypes ?? {})) {
      if (nodeTypes[type]) throw new Error(`Node type ${type} registered twice (module ${m.key})`);
      nodeTypes[type] = nodeType;
    }
    for (const job of m.jobs ?? []) {
      if (jobs.has(job.name)) throw new Error(`Job ${job.name} registered twice (module ${m.key})`);
      jobs.set(job.name, job);
    }
    for (const route of m.routes ?? []) {
      const id = `${route.method} ${route.path}`;
      if (routes.has(id) || !/^[a-z0-9-]+(\/[a-z0-9-]+)*$/.test(route.path)) throw new Error(`Route ${id} is invalid or registered twice (module ${m.key})`);
      routes.set(id, route);
    }
    for (const extension of m.listExtensions ?? []) registerListExtension(extension);
  }
  return { modules, entities: [...entities], resolvers, permissions: rules as IRules, nodeTypes, jobs: [...jobs.values()], routes: [...routes.values()] };
}

/** A request to a module's HTTP endpoint, framework-free (modules never touch Express or node:http). */
export interface ModuleRouteRequest {
  query: Record<string, string | undefined>;
  /** URL-encoded or JSON form fields of a POST. */
  body: Record<string, string | undefined>;
}

export interface ModuleRouteResponse {
  status: number;
  contentType: "text/html; charset=utf-8" | "application/json" | "text/plain; charset=utf-8" | "application/atom+xml; charset=utf-8" | "application/rss+xml; charset=utf-8";
  body: string;
}

/**
 * An HTTP endpoint of a module, mounted at `/api/<path>` with the per-address rate limit. For
 * what GraphQL cannot serve: links in e-mail (one-click unsubscribe), webhooks from outside.
 */
export interface ModuleRoute {
  method: "GET" | "POST";
  /** Under /api/, e.g. "nudges/unsubscribe". */
  path: string;
  handler(request: ModuleRouteRequest, deps: { db: import("./db").Database; logger: import("pino").Logger; config: import("../config").Config; clock: import("./clock").Clock }): Promise<ModuleRouteResponse>;
}
