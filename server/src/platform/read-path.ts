import type { EntityManager, EntityMetadata } from "@mikro-orm/postgresql";
import type { GraphQLResolveInfo } from "graphql";
import { TENANT_FILTER } from "./db";

/**
 * The read path for lists people open all day: one parameterised statement, plain rows mapped
 * straight onto the GraphQL object (the entity class, without the ORM's hydration, identity map or
 * unit of work), and a count only when the caller asked for `totalCount`. Writes and the long
 * tail stay on MikroORM.
 *
 * Tenant scoping is not left to the caller: the statement always starts with
 * `organization_id = <the entity manager's organisation>`, and an entity manager without one is
 * refused — raw SQL bypasses the ORM's tenant filter, so this helper *is* the filter here.
 */

export interface ListQuery {
  /** SQL conditions joined with `and`, with `?` placeholders; column names quoted. */
  where: string[];
  params: unknown[];
  /** e.g. `"due_date" asc nulls last, "id" asc` */
  orderBy: string;
  limit: number;
  offset: number;
  /** Count all matching rows (the caller selected `totalCount`). */
  total: boolean;
}

interface Column {
  property: string;
  select: string;
  kind: "scalar" | "datetime" | "reference";
}

const columnsCache = new WeakMap<EntityMetadata, Column[]>();

function columnsOf(meta: EntityMetadata): Column[] {
  const known = columnsCache.get(meta);
  if (known) return known;
  const columns: Column[] = [];
  for (const prop of Object.values(meta.properties)) {
    if (prop.persist === false || prop.lazy || !prop.fieldNames?.length) continue;
    const column = `"${prop.fieldNames[0]}"`;
    if (prop.kind === "m:1") columns.push({ property: prop.name, select: column, kind: "reference" });
    else if (prop.kind === "scalar") {
      const columnType = String(prop.columnTypes?.[0] ?? "").toLowerCase();
      // Epoch milliseconds: the driver hands MikroORM timestamps as strings; numbers map without parsing.
      if (prop.runtimeType === "Date") columns.push({ property: prop.name, select: `(extract(epoch from ${column}) * 1000)::float8`, kind: "datetime" });
      // Calendar dates stay 'YYYY-MM-DD' strings, as the ORM maps them.
      else if (columnType === "date") columns.push({ property: prop.name, select: `${column}::text`, kind: "scalar" });
      else if (columnType.startsWith("numeric") || columnType === "bigint") throw new Error(`read path: ${meta.className}.${prop.name} (${columnType}) needs a mapping`);
      else columns.push({ property: prop.name, select: column, kind: "scalar" });
    }
  }
  columnsCache.set(meta, columns);
  return columns;
}

/**
 * An array parameter as a PostgreSQL array literal: knex expands a JS array bound to `?` into a
 * list of parameters, which `= any(?::type[])` cannot take. For enum values and ids only.
 */
export function pgArray(values: readonly string[]): string {
  for (const v of values) if (!/^[A-Za-z0-9_-]+$/.test(v)) throw new Error("pgArray takes enum values and ids only");
  return `{${values.join(",")}}`;
}

/** Whether the GraphQL selection of this connection field asks for `totalCount`. */
export function wantsTotal(info: GraphQLResolveInfo | undefined): boolean {
  if (!info) return true;
  for (const node of info.fieldNodes) {
    for (const sel of node.selectionSet?.selections ?? []) {
      if (sel.kind === "Field" && sel.name.value === "totalCount") return true;
      // Fragments: be safe and count.
      if (sel.kind !== "Field") return true;
    }
  }
  return false;
}

/** Plain rows onto the entity class, as `readPage` maps them. */
function mapRows<T extends object>(entity: abstract new (...args: never[]) => T, columns: Column[], rows: Record<string, unknown>[]): T[] {
  return rows.map((row) => {
    const item = Object.create(entity.prototype as object) as Record<string, unknown>;
    columns.forEach((c, i) => {
      const value = row[`c${i}`];
      if (c.kind === "reference") item[c.property] = value == null ? null : { id: value };
      else if (c.kind === "datetime") item[c.property] = value == null ? null : new Date(Number(value));
      else item[c.property] = value;
    });
    return item as T;
  });
}

function tenantOf(em: EntityManager, entityName: string): string {
  const orgId = (em.getFilterParams(TENANT_FILTER) as { orgId?: string } | undefined)?.orgId;
  if (!orgId) throw new Error(`read path for ${entityName} needs an organisation-scoped entity manager`);
  return orgId;
}

/** Rows by id, for the per-request loaders: the organisation's own only. */
export async function readByIds<T extends object>(em: EntityManager, entity: abstract new (...args: never[]) => T, ids: readonly string[]): Promise<T[]> {
  const meta = em.getMetadata().get(entity.name);
  const orgId = tenantOf(em, entity.name);
  const columns = columnsOf(meta);
  const select = columns.map((c, i) => `${c.select} as "c${i}"`).join(", ");
  const pk = meta.properties[meta.primaryKeys[0] as keyof typeof meta.properties]?.fieldNames?.[0] ?? "id";
  const rows = await em.getConnection().execute<Record<string, unknown>[]>(`select ${select} from "${meta.tableName}" where "organization_id" = ? and "${pk}" = any(?::uuid[])`, [orgId, pgArray(ids)]);
  return mapRows(entity, columns, rows);
}

/** Whether an entity can take the read path: it belongs to an organisation (has `organization_id`). */
export function readable(em: EntityManager, entityName: string): boolean {
  return em.getMetadata().find(entityName)?.properties.organization?.fieldNames?.[0] === "organization_id";
}

export async function readPage<T extends object>(em: EntityManager, entity: abstract new (...args: never[]) => T, q: ListQuery): Promise<{ items: T[]; total: number }> {
  const meta = em.getMetadata().get(entity.name);
  const orgId = tenantOf(em, entity.name);
  const columns = columnsOf(meta);
  const select = columns.map((c, i) => `${c.select} as "c${i}"`).join(", ");
  const where = [`"organization_id" = ?`, ...q.where.map((w) => `(${w})`)].join(" and ");
  // One row more than the page tells whether there is a next one. The count, when asked for, is its
  // own statement: `count(*) over ()` would make the page read every matching row, while a plain
  // count is an index-only scan on the tenant-leading index.
  const sql = `select ${select} from "${meta.tableName}" where ${where} order by ${q.orderBy} limit ? offset ?`;
  const conn = em.getConnection();
  const [rows, counted] = await Promise.all([
    conn.execute<Record<string, unknown>[]>(sql, [orgId, ...q.params, q.limit + 1, q.offset]),
    q.total ? conn.execute<{ n: string }[]>(`select count(*) as n from "${meta.tableName}" where ${where}`, [orgId, ...q.params]) : Promise.resolve(undefined),
  ]);
  const items = mapRows(entity, columns, rows.slice(0, q.limit));
  const total = counted ? Number(counted[0]?.n ?? 0) : q.offset + items.length + (rows.length > q.limit ? 1 : 0);
  return { items, total };
}
