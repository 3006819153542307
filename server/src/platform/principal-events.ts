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
