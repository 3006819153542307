import { createPubSub } from "@graphql-yoga/subscription";
import { RedisPubSub } from "graphql-redis-subscriptions";
import { Redis } from "ioredis";
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
  close(): Promise<void>;
}

export function createMemoryPubSub(): AppPubSub {
  const inner = createPubSub<Record<string, [ChangeEvent]>>();
  return {
    publish: (topic, payload) => inner.publish(topic, payload),
    subscribe: (topic) => inner.subscribe(topic),
    close: async () => undefined,
  };
}

export function createRedisPubSub(url: string): AppPubSub {
  const options = { maxRetriesPerRequest: null, lazyConnect: false };
  const publisher = new Redis(url, options);
  const subscriber = new Redis(url, options);
  const inner = new RedisPubSub({ publisher, subscriber });
  return {
    publish: (topic, payload) => void inner.publish(topic, payload),
    subscribe: (topic) => inner.asyncIterableIterator<ChangeEvent>(topic) as AsyncIterable<ChangeEvent>,
    close: async () => {
      await inner.close();
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
