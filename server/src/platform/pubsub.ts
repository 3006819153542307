import { createPubSub } from "@graphql-yoga/subscription";
import { RedisPubSub } from "graphql-redis-subscriptions";
import type { Logger } from "pino";
import { createLogger } from "./logger";
import { createRedisClient } from "./redis";
import type { PubSub } from "type-graphql";

/**
 * Events carry ids only: subscribers load the object through their own organisation-scoped
 * entity manager, so nothing crosses Redis that a subscriber could not read anyway.
 */
export interface ChangeEvent {
  id: string;
  kind: "created" | "updated" | "deleted";
}

/**
 * Topics are scoped by organisation: `org.<orgId>.<what>`. Modules name their own topics (see each
 * manifest's `topics`); a subscriber only ever subscribes to its own organisation's.
 */
export const orgTopic = (orgId: string, ...parts: string[]) => ["org", orgId, ...parts].join(".");

export interface AppPubSub extends PubSub {
  publish(topic: string, payload: ChangeEvent): void;
  subscribe(topic: string): AsyncIterable<ChangeEvent>;
  /** Calls `handler` for each event, in arrival order and before later events reach iterators. Returns the unsubscribe. */
  listen(topic: string, handler: (event: ChangeEvent) => void): () => void;
  close(): Promise<void>;
}

export function createMemoryPubSub(): AppPubSub {
  const inner = createPubSub<Record<string, [ChangeEvent]>>();
  const listeners = new Map<string, Set<(event: ChangeEvent) => void>>();
  return {
    publish: (topic, payload) => {
      for (const handler of listeners.get(topic) ?? []) handler(payload);
      inner.publish(topic, payload);
    },
    subscribe: (topic) => inner.subscribe(topic),
    listen: (topic, handler) => {
      const set = listeners.get(topic) ?? listeners.set(topic, new Set()).get(topic)!;
      set.add(handler);
      return () => void set.delete(handler);
    },
    close: async () => undefined,
  };
}

/**
 * Pub/sub across processes. While Redis is away, publishes are dropped (counted by `onDrop`: the
 * events are hints to re-read, and clients re-query on reconnect) and subscriptions wait: the
 * subscriber connection re-subscribes by itself when Redis returns.
 */
export function createRedisPubSub(url: string, logger: Logger = createLogger("silent"), onDrop: () => void = () => undefined): AppPubSub {
  const publisher = createRedisClient(url, logger, "publisher", { lazyConnect: false });
  const subscriber = createRedisClient(url, logger, "subscriber", { lazyConnect: false, enableOfflineQueue: true, maxRetriesPerRequest: null });
  const inner = new RedisPubSub({ publisher, subscriber });
  return {
    publish: (topic, payload) => {
      inner.publish(topic, payload).catch(() => onDrop());
    },
    subscribe: (topic) => inner.asyncIterableIterator<ChangeEvent>(topic) as AsyncIterable<ChangeEvent>,
    listen: (topic, handler) => {
      // RedisPubSub calls handlers synchronously per message, in order: a listener sees an event
      // before any later message is pushed to an iterator.
      const id = inner.subscribe(topic, (message: ChangeEvent) => handler(message));
      return () => void id.then((n) => inner.unsubscribe(n)).catch(() => undefined);
    },
    close: async () => {
      await inner.close().catch(() => undefined);
    },
  };
}

/** Events of several topics as one stream; returning from it ends every source. */
export function mergeAsyncIterables<T>(sources: AsyncIterable<T>[]): AsyncIterableIterator<T> {
  const iterators = sources.map((s) => s[Symbol.asyncIterator]());
  const pending = new Map<number, Promise<{ i: number; r: IteratorResult<T> }>>();
  const pull = (i: number) => pending.set(i, iterators[i]!.next().then((r) => ({ i, r })));
  iterators.forEach((_, i) => pull(i));
  const merged: AsyncIterableIterator<T> = {
    async next() {
      while (pending.size) {
        const { i, r } = await Promise.race(pending.values());
        if (r.done) {
          pending.delete(i);
          continue;
        }
        pull(i);
        return { value: r.value, done: false };
      }
      return { value: undefined, done: true };
    },
    async return() {
      pending.clear();
      await Promise.allSettled(iterators.map((it) => it.return?.()));
      return { value: undefined, done: true };
    },
    [Symbol.asyncIterator]() {
      return merged;
    },
  };
  return merged;
}
