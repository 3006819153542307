import type { EntityManager, EntityMetadata } from "@mikro-orm/postgresql";
import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";
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

type EntityClass<T = object> = abstract new (...args: never[]) => T;

/**
 * What a GraphQL selection asks of a list (from `readShape(info, …)`): the count, the rows, and the
 * many-to-one references of each row it reads (read in the same statement and handed to the
 * request's loaders, so their field resolvers find them without another query).
 */
export interface ReadShape {
  total: boolean;
  nodes: boolean;
  joins: { property: string; entity: EntityClass }[];
  prime?: (entity: EntityClass, item: { id: string }) => void;
  /** The fields selected on each row (fragments followed), and the document's fragments to follow below them: for list extensions. */
  rows?: { fields: Map<string, FieldNode[]>; info: GraphQLResolveInfo };
}

/**
 * A one-to-many field of a list's rows (a meeting's briefs) that its module reads in the list's own
 * statement when the selection asks for it, instead of one more round trip per page. Declared in the
 * module's manifest (`listExtensions`); the field's resolver takes the rows from `preloaded(row,
 * field)` and falls back to its own load for rows that came from elsewhere.
 */
export interface ListExtension {
  /** The entity of the list whose rows carry the field (Meeting). */
  list: EntityClass;
  /** The GraphQL field on those rows (`briefs`). */
  field: string;
  /** The entity of the field's items (Brief) and its many-to-one property pointing at the row (`meeting`). */
  entity: EntityClass;
  property: string;
  /** Order within one row's items, in the items' own column names. */
  orderBy: string;
  /** Columns (by property) read only when some selection of the field asks for a field of that name: large text nobody listed. */
  omitUnlessSelected?: readonly string[];
}

const listExtensions = new Map<EntityClass, Map<string, ListExtension>>();

/** Called by the module registry for each manifest's `listExtensions`; the same declaration again is a no-op. */
export function registerListExtension(extension: ListExtension): void {
  const byField = listExtensions.get(extension.list) ?? listExtensions.set(extension.list, new Map()).get(extension.list)!;
  const known = byField.get(extension.field);
  if (known && (known.entity !== extension.entity || known.property !== extension.property || known.orderBy !== extension.orderBy)) {
    throw new Error(`List extension ${extension.list.name}.${extension.field} declared twice, differently`);
  }
  byField.set(extension.field, extension);
}

const PRELOADED = Symbol("preloaded");

/** A list extension's items of a row read by the list's statement, or undefined when the row came from elsewhere. */
export function preloaded<T>(row: object, field: string): T[] | undefined {
  return (row as { [PRELOADED]?: Record<string, T[]> })[PRELOADED]?.[field];
}

/**
 * A many-to-one reference of a row read by the list's statement with only the columns its selection
 * asked for (null: the row has none), or undefined when it was not (the resolver loads it).
 */
export function preloadedRef<T>(row: object, field: string): T | null | undefined {
  const values = (row as { [PRELOADED]?: Record<string, T | null> })[PRELOADED];
  return values && field in values ? values[field] : undefined;
}

export interface ListQuery {
  /** SQL conditions joined with `and`, with `?` placeholders; column names quoted. */
  where: string[];
  params: unknown[];
  /** e.g. `"due_date" asc nulls last, "id" asc` */
  orderBy: string;
  limit: number;
  offset: number;
  /** Count all matching rows (the caller selected `totalCount`), or the whole shape of the selection. */
  total: boolean | ReadShape;
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

/** The fields selected directly under `set` (fragments followed; directives are not evaluated, so a skipped field still counts). */
function selected(set: SelectionSetNode | undefined, info: GraphQLResolveInfo, out = new Map<string, FieldNode[]>()): Map<string, FieldNode[]> {
  for (const sel of set?.selections ?? []) {
    if (sel.kind === Kind.FIELD) out.set(sel.name.value, [...(out.get(sel.name.value) ?? []), sel]);
    else if (sel.kind === Kind.INLINE_FRAGMENT) selected(sel.selectionSet, info, out);
    else selected(info.fragments[sel.name.value]?.selectionSet, info, out);
  }
  return out;
}

/**
 * The shape of a connection's selection: `totalCount`, the rows (`nodes`, `edges` or `pageInfo`),
 * and which of `references` (property → entity) the rows' selection reads, to be joined.
 */
export function readShape(info: GraphQLResolveInfo | undefined, loaders?: { prime(entity: EntityClass, item: { id: string }): void }, references: Record<string, EntityClass> = {}): ReadShape {
  if (!info) return { total: true, nodes: true, joins: [] };
  const top = new Map<string, FieldNode[]>();
  for (const node of info.fieldNodes) selected(node.selectionSet, info, top);
  const rows = new Map<string, FieldNode[]>();
  for (const node of top.get("nodes") ?? []) selected(node.selectionSet, info, rows);
  for (const edge of top.get("edges") ?? []) for (const n of selected(edge.selectionSet, info).get("node") ?? []) selected(n.selectionSet, info, rows);
  const joins = loaders ? Object.entries(references).filter(([property]) => rows.has(property)).map(([property, entity]) => ({ property, entity })) : [];
  return { total: top.has("totalCount"), nodes: top.has("nodes") || top.has("edges") || top.has("pageInfo"), joins, rows: { fields: rows, info }, ...(loaders && { prime: (e: EntityClass, item: { id: string }) => loaders.prime(e, item) }) };
}

/**
 * One row's values (in column order) onto the entity class, without the ORM: the values go onto a
 * plain object first and the prototype comes last, so none of the ORM's property setters (change
 * tracking, reference wrappers, its per-entity helper) run — they cost more than the query.
 */
function mapValues<T extends object>(entity: EntityClass<T>, columns: Column[], value: (i: number) => unknown): T {
  const item: Record<string, unknown> = {};
  for (let i = 0; i < columns.length; i++) {
    const c = columns[i]!;
    const v = value(i);
    if (c.kind === "reference") item[c.property] = v == null ? null : { id: v };
    else if (c.kind === "datetime") item[c.property] = v == null ? null : new Date(Number(v));
    else item[c.property] = v;
  }
  return Object.setPrototypeOf(item, entity.prototype as object) as T;
}

/** Plain rows (values in column order) onto the entity class, as `readPage` maps them. */
function mapRows<T extends object>(entity: EntityClass<T>, columns: Column[], rows: unknown[][]): T[] {
  return rows.map((row) => mapValues(entity, columns, (i) => row[i]));
}

/**
 * Reads run as named prepared statements: PostgreSQL parses and plans each shape once per
 * connection (then, after five runs, settles on a generic plan) instead of for every request —
 * planning the dashboard's list statements took 2–3x as long as executing them. The read path's
 * SQL is parameterised and its shapes follow the selections clients send, so they are few; past
 * MAX_PREPARED shapes in a process, further ones run unnamed, so a caller sending endless distinct
 * selections cannot grow every connection's statement cache without bound.
 * DATABASE_PREPARED_STATEMENTS=false turns it off (a pooler in transaction mode without
 * prepared-statement support in front of PostgreSQL).
 */
export const preparedStatements = { enabled: true };
export const MAX_PREPARED = 200;
const statements = new Map<string, { text: string; name?: string }>();
/** A read's text with `$n` placeholders and, for the first MAX_PREPARED shapes of the process, its statement name. */
export function statementOf(sql: string): { text: string; name?: string } {
  let known = statements.get(sql);
  if (!known) {
    known = { text: numbered(sql, 1), name: statements.size < MAX_PREPARED ? `pb_read_${statements.size + 1}` : undefined };
    if (known.name) statements.set(sql, known);
  }
  return known;
}

/** `?` placeholders to `$n`, numbering from `first`. Our SQL fragments have no `?` inside literals or operators. */
function numbered(sql: string, first: number): string {
  let n = first;
  return sql.replace(/\?/g, () => `$${n++}`);
}

/**
 * Runs a read and gives each row as its values in select-list order: outside a transaction straight
 * on a pooled driver connection (the ORM's own pool, no query building or logging layer between;
 * the driver builds arrays, not objects keyed by column name), inside one through the ORM so it
 * sees its writes. Select-list aliases must not look like integers (object key order).
 */
async function query(em: EntityManager, sql: string, params: unknown[]): Promise<unknown[][]> {
  const connection = em.getConnection();
  if (em.isInTransaction()) return (await connection.execute<Record<string, unknown>[]>(sql, params, "all", em.getTransactionContext())).map((row) => Object.values(row));
  const knex = connection.getKnex();
  const { text, name } = statementOf(sql);
  // Seen by the ORM's query log like its own statements, when that is on (the EXPLAIN test reads it).
  if (em.config.get("debug")) em.config.getLogger().logQuery({ query: text, params, level: "info" });
  const client = (await knex.client.acquireConnection()) as { query(q: { text: string; name?: string; values: unknown[]; rowMode: "array" }): Promise<{ rows: unknown[][] }> };
  try {
    return (await client.query({ text, name: preparedStatements.enabled ? name : undefined, values: params, rowMode: "array" })).rows;
  } finally {
    await knex.client.releaseConnection(client);
  }
}


function tenantOf(em: EntityManager, entityName: string): string {
  const orgId = (em.getFilterParams(TENANT_FILTER) as { orgId?: string } | undefined)?.orgId;
  if (!orgId) throw new Error(`read path for ${entityName} needs an organisation-scoped entity manager`);
  return orgId;
}

/** Rows by id, for the per-request loaders: the organisation's own only. */
export function readByIds<T extends object>(em: EntityManager, entity: EntityClass<T>, ids: readonly string[]): Promise<T[]> {
  const meta = em.getMetadata().get(entity.name);
  return readWhereIn(em, entity, meta.primaryKeys[0] as string, ids);
}

/**
 * Rows whose many-to-one `property` points at one of `ids` (a meeting's briefs, say), the
 * organisation's own only, in `orderBy` within each; one statement for all of them.
 */
export function readByReference<T extends object>(em: EntityManager, entity: EntityClass<T>, property: string, ids: readonly string[], orderBy: string): Promise<T[]> {
  return readWhereIn(em, entity, property, ids, orderBy);
}

/** The organisation's rows whose `property` (a uuid column) is one of `ids`. */
async function readWhereIn<T extends object>(em: EntityManager, entity: EntityClass<T>, property: string, ids: readonly string[], orderBy?: string): Promise<T[]> {
  const meta = em.getMetadata().get(entity.name);
  const orgId = tenantOf(em, entity.name);
  const columns = columnsOf(meta);
  const column = meta.properties[property as keyof typeof meta.properties]?.fieldNames?.[0];
  if (!column) throw new Error(`read path: ${entity.name}.${property} is not a column`);
  const select = columns.map((c, i) => `${c.select} as "c${i}"`).join(", ");
  const order = orderBy ? ` order by ${orderBy}` : "";
  const rows = await query(em, `select ${select} from "${meta.tableName}" where "organization_id" = ? and "${column}" = any(?::uuid[])${order}`, [orgId, pgArray(ids)]);
  return mapRows(entity, columns, rows);
}

/** The fields selected below a row field, over every selection of it (aliases included). */
function askedBelow(shape: ReadShape, field: string): Map<string, FieldNode[]> {
  const asked = new Map<string, FieldNode[]>();
  if (shape.rows) for (const node of shape.rows.fields.get(field) ?? []) selected(node.selectionSet, shape.rows.info, asked);
  return asked;
}

/** The list extensions of `entity` this selection asks for, with the columns each reads. */
function extensionsOf(em: EntityManager, entity: EntityClass, shape: ReadShape) {
  const declared = listExtensions.get(entity);
  if (!declared || !shape.rows) return [];
  const { fields } = shape.rows;
  const meta = em.getMetadata().get(entity.name);
  return [...declared.values()]
    .filter((x) => fields.has(x.field))
    .map((extension) => {
      const targetMeta = em.getMetadata().get(extension.entity.name);
      const fk = targetMeta.properties[extension.property as keyof typeof targetMeta.properties];
      if (!readable(em, extension.entity.name) || fk?.kind !== "m:1" || fk.type !== meta.className) throw new Error(`read path: ${extension.entity.name}.${extension.property} does not point at ${entity.name}`);
      // Every selection of the field (aliases included) decides which optional columns are read.
      const asked = askedBelow(shape, extension.field);
      const columns = columnsOf(targetMeta).filter((c) => !extension.omitUnlessSelected?.includes(c.property) || asked.has(c.property));
      return { extension, columns, fk: fk.fieldNames[0]!, table: `"${targetMeta.tableName}"` };
    });
}

/** Whether an entity can take the read path: it belongs to an organisation (has `organization_id`). */
export function readable(em: EntityManager, entityName: string): boolean {
  return em.getMetadata().find(entityName)?.properties.organization?.fieldNames?.[0] === "organization_id";
}

/**
 * The page's `limit` as a literal (`fetchSize`), and an `offset` parameter past the first
 * page only. PostgreSQL estimates a parameterised LIMIT or OFFSET as a tenth of the matching rows,
 * so a prepared statement's generic plan of a first page looked several times as expensive as its
 * custom plans and was never chosen: every execution was planned again. With the page size in the
 * text (few distinct values: the client's page sizes, capped by pagination) the generic plan's cost
 * is the custom one's, and after five runs PostgreSQL keeps it.
 */
function pageClause(q: ListQuery): string {
  if (!Number.isSafeInteger(q.limit) || q.limit < 0 || !Number.isSafeInteger(q.offset) || q.offset < 0) throw new Error("read path: limit and offset must be non-negative integers");
  const limit = fetchSize(q.limit);
  return q.offset ? `limit ${limit} offset ?` : `limit ${limit}`;
}

/**
 * Rows a page fetches: at least one more than the page (which tells whether there is a next one),
 * rounded up to a few fixed sizes so the page sizes callers choose (1–100) make a handful of
 * statement shapes, not a hundred: a caller cycling through `first` cannot fill the process's named
 * statements. The rows past the page are dropped.
 */
const FETCH_SIZES = [2, 6, 11, 21, 51, 101];
export function fetchSize(limit: number): number {
  return FETCH_SIZES.find((size) => size > limit) ?? limit + 1;
}

/**
 * One page of a list in one statement: the rows (one more than the page, which tells whether there
 * is a next one), each row's selected many-to-one references as a JSON array in the same row
 * (primary-key lookups, organisation-checked), and the count when asked for as an uncorrelated
 * subquery — a plain count is an index-only scan on the tenant-leading index, where
 * `count(*) over ()` would make the page read every matching row. Only the count when no rows are
 * selected.
 */
export async function readPage<T extends object>(em: EntityManager, entity: EntityClass<T>, q: ListQuery): Promise<{ items: T[]; total: number }> {
  const shape: ReadShape = typeof q.total === "object" ? q.total : { total: q.total, nodes: true, joins: [] };
  const meta = em.getMetadata().get(entity.name);
  const orgId = tenantOf(em, entity.name);
  const table = `"${meta.tableName}"`;
  const where = [`"organization_id" = ?`, ...q.where.map((w) => `(${w})`)].join(" and ");
  const whereParams = [orgId, ...q.params];
  const countSql = `select count(*) from ${table} where ${where}`;
  if (!shape.nodes) {
    const [row] = await query(em, `${countSql.replace("count(*)", "count(*) as n")}`, whereParams);
    return { items: [], total: Number(row?.[0] ?? 0) };
  }
  const columns = columnsOf(meta);
  const parts = columns.map((c, i) => `${c.select} as "c${i}"`);
  const joined = shape.joins.map(({ property, entity: target }) => {
    const fk = meta.properties[property as keyof typeof meta.properties]?.fieldNames?.[0];
    const targetMeta = em.getMetadata().get(target.name);
    if (!fk || !readable(em, target.name) || targetMeta.tableName === meta.tableName) throw new Error(`read path: cannot join ${entity.name}.${property}`);
    const all = columnsOf(targetMeta);
    // When the reference's selection asks only for its id and plain columns (`owner { id name }`),
    // only those are read (keys and references always); the object then stays with this row
    // (preloadedRef) rather than in the request's shared loader cache, where another selection
    // could expect the columns left out. Any other field (a resolver) reads the whole row.
    const asked = askedBelow(shape, property);
    const plain = !!shape.rows && [...asked.keys()].every((f) => f === "id" || f === "__typename" || all.some((c) => c.property === f && c.kind !== "reference"));
    const pk = targetMeta.primaryKeys[0];
    const targetColumns = plain ? all.filter((c) => c.kind === "reference" || c.property === pk || asked.has(c.property)) : all;
    return { property, target, targetColumns, pruned: targetColumns.length < all.length, fk, targetTable: `"${targetMeta.tableName}"` };
  });
  // Inside the subquery unqualified names are the joined table's; the outer row is named by table.
  joined.forEach((j, k) => parts.push(`(select json_build_array(${j.targetColumns.map((c) => c.select).join(", ")}) from ${j.targetTable} where "id" = ${table}."${j.fk}" and "organization_id" = ${table}."organization_id") as "j${k}"`));
  const extended = extensionsOf(em, entity, shape);
  extended.forEach((x, k) =>
    parts.push(
      `(select coalesce(json_agg(json_build_array(${x.columns.map((c) => c.select).join(", ")}) order by ${x.extension.orderBy}), '[]') from ${x.table} where "organization_id" = ${table}."organization_id" and "${x.fk}" = ${table}."id") as "x${k}"`,
    ),
  );
  if (shape.total) parts.push(`(${countSql}) as "total"`);
  const rows = await query(em, `select ${parts.join(", ")} from ${table} where ${where} order by ${q.orderBy} ${pageClause(q)}`, [...whereParams, ...(shape.total ? whereParams : []), ...(q.offset ? [q.offset] : [])]);
  const items = mapRows(entity, columns, rows.slice(0, q.limit));
  const attached = joined.some((j) => j.pruned);
  if (extended.length || attached) {
    items.forEach((item, i) => {
      const row = rows[i]!;
      const values: Record<string, unknown> = {};
      extended.forEach((x, k) => (values[x.extension.field] = (row[columns.length + joined.length + k] as unknown[][]).map((v) => mapValues(x.extension.entity, x.columns, (j) => v[j]))));
      joined.forEach((j, k) => {
        const v = row[columns.length + k] as unknown[] | null;
        if (j.pruned) values[j.property] = v ? mapValues(j.target, j.targetColumns, (n) => v[n]) : null;
      });
      Object.defineProperty(item, PRELOADED, { value: values, enumerable: false });
    });
  }
  if (shape.prime && joined.some((j) => !j.pruned)) {
    rows.slice(0, q.limit).forEach((row) =>
      joined.forEach((j, k) => {
        const values = row[columns.length + k] as unknown[] | null;
        if (values && !j.pruned) shape.prime!(j.target, mapValues(j.target, j.targetColumns, (i) => values[i]) as { id: string });
      }),
    );
  }
  let total: number;
  if (!shape.total) total = q.offset + items.length + (rows.length > q.limit ? 1 : 0);
  else if (rows.length) total = Number(rows[0]![columns.length + joined.length + extended.length]);
  // No row to carry the count: past the end of a list, or an empty one.
  else total = q.offset === 0 ? 0 : Number((await query(em, countSql.replace("count(*)", "count(*) as n"), whereParams))[0]?.[0] ?? 0);
  return { items, total };
}
