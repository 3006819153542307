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

export const Topic = {
  actionItemChanged: (orgId: string) => `org.${orgId}.actionItem`,
  meetingChanged: (orgId: string) => `org.${orgId}.meeting`,
  /** Progress of a meeting's extraction runs; the meeting is checked at subscribe time. */
  extractionRunChanged: (orgId: string, meetingId: string) => `org.${orgId}.meeting.${meetingId}.extractionRun`,
} as const;

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
