import type { AppPubSub, ChangeEvent } from "./pubsub";

/**
 * A principal's rights changed (role, deactivation, a revoked token): every process re-checks the
 * open WebSocket connections of that user at once, so a subscription opened before the change
 * serves the next event with the new rights (or the socket is closed with 4403).
 */
export const PRINCIPALS_TOPIC = "system.principals";

/** `id` is the user's id; for a revoked API token, the user who created it (their connections are re-checked). */
export function announcePrincipalChange(pubsub: AppPubSub, userId: string): void {
  pubsub.publish(PRINCIPALS_TOPIC, { id: userId, kind: "updated" } satisfies ChangeEvent);
}

/** Wraps a source stream so each event runs with fresh authorization: shield's rule cache and the loaders are per event, not per subscription. */
export function freshPerEvent<T>(source: AsyncIterable<T>, context: { loaders: { clear(): void } }, pending: () => Promise<void> | undefined = () => undefined): AsyncIterable<T> {
  return {
    [Symbol.asyncIterator]() {
      const inner = source[Symbol.asyncIterator]();
      return {
        async next() {
          const result = await inner.next();
          // A principal change announced before this event: wait until the connection's rights are re-read.
          await pending();
          // graphql-shield keeps its rule results on the context; a subscription's context lives as
          // long as the subscription, so without this a role change would never be seen.
          (context as { _shield?: unknown })._shield = undefined;
          context.loaders.clear();
          return result;
        },
        async return(value?: unknown) {
          return (await inner.return?.(value)) ?? { value: undefined, done: true };
        },
      } as AsyncIterator<T>;
    },
  };
}
