import type { EntityManager } from "@mikro-orm/postgresql";
import { readable, readByIds, readByReference } from "./read-path";

type EntityClass<T> = new (...args: never[]) => T;

/**
 * Per-request batching of loads by id: every `load` in the same tick becomes one
 * `where id in (...)` query through the organisation-scoped entity manager (tenant filter on).
 * Kills the N+1 of field resolvers such as ActionItem.owner.
 */
export class EntityLoaders {
  private readonly batches = new Map<EntityClass<unknown>, Map<string, ((value: unknown) => void)[]>>();
  private readonly cache = new Map<EntityClass<unknown>, Map<string, Promise<unknown>>>();

  constructor(private readonly em: () => EntityManager) {}

  load<T extends { id: string }>(entity: EntityClass<T>, id: string): Promise<T | null> {
    const cached = this.cache.get(entity)?.get(id);
    if (cached) return cached as Promise<T | null>;
    const promise = new Promise<T | null>((resolve) => {
      let batch = this.batches.get(entity);
      if (!batch) {
        batch = new Map();
        this.batches.set(entity, batch);
        queueMicrotask(() => void this.flush(entity));
      }
      const waiting = batch.get(id) ?? [];
      waiting.push(resolve as (value: unknown) => void);
      batch.set(id, waiting);
    });
    if (!this.cache.has(entity)) this.cache.set(entity, new Map());
    this.cache.get(entity)?.set(id, promise);
    return promise;
  }

  /** A row read elsewhere in this request (a list's joined reference): later loads of its id find it. */
  prime<T extends { id: string }>(entity: EntityClass<T>, item: T): void {
    const cache = this.cache.get(entity) ?? this.cache.set(entity, new Map()).get(entity)!;
    if (!cache.has(item.id)) cache.set(item.id, Promise.resolve(item));
  }

  private readonly byReference = new Map<string, { ids: Set<string>; done: Promise<Map<string, unknown[]>> }>();

  /**
   * The rows whose many-to-one `property` points at `id` (a meeting's briefs), in `orderBy`: every
   * call in the same tick for the same entity, property and order becomes one statement.
   */
  loadByReference<T extends { id: string }>(entity: EntityClass<T>, property: string, id: string, orderBy: string): Promise<T[]> {
    const key = `${entity.name}|${property}|${orderBy}`;
    let batch = this.byReference.get(key);
    if (!batch) {
      const ids = new Set<string>();
      const done = Promise.resolve().then(async () => {
        // Calls from here on start the next batch.
        this.byReference.delete(key);
        const rows = (await readByReference(this.em(), entity, property, [...ids], orderBy)) as unknown as Record<string, { id: string } | null>[];
        const grouped = new Map<string, unknown[]>();
        for (const row of rows) {
          const ref = row[property]?.id;
          if (ref) (grouped.get(ref) ?? grouped.set(ref, []).get(ref)!).push(row);
        }
        return grouped;
      });
      batch = { ids, done };
      this.byReference.set(key, batch);
    }
    batch.ids.add(id);
    return batch.done.then((grouped) => (grouped.get(id) ?? []) as T[]);
  }

  /** Forget cached loads, e.g. before serving a new subscription event. */
  clear(): void {
    this.cache.clear();
  }

  private async flush(entity: EntityClass<unknown>): Promise<void> {
    const batch = this.batches.get(entity);
    this.batches.delete(entity);
    if (!batch) return;
    const ids = [...batch.keys()];
    try {
      const em = this.em();
      // Read-only loads of the organisation's own rows: the plain read path, no hydration.
      const rows = (readable(em, entity.name) ? await readByIds(em, entity as EntityClass<{ id: string }>, ids) : await em.find(entity as EntityClass<{ id: string }>, { id: { $in: ids } })) as { id: string }[];
      const byId = new Map(rows.map((r) => [r.id, r]));
      for (const [id, waiting] of batch) for (const resolve of waiting) resolve(byId.get(id) ?? null);
    } catch {
      // A failed batch answers "not found" for its ids rather than leaving resolvers hanging.
      for (const waiting of batch.values()) for (const resolve of waiting) resolve(null);
      for (const id of ids) this.cache.get(entity)?.delete(id);
    }
  }
}
