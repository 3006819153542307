import type { EntityManager } from "@mikro-orm/postgresql";
import { readable, readByIds } from "./read-path";

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
