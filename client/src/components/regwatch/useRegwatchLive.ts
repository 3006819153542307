import { useEffect, useRef } from "react";
import { useSubscription } from "urql";
import type { RegwatchAlertsSubscription as RegwatchAlertsEvent, RegwatchAlertSubscriptionFilter } from "../../gql/graphql";
import { RegwatchAlertsSubscription } from "../../graphql/regwatch";
import { useOnReconnect } from "../../lib/useOnReconnect";

export type LiveAlert = NonNullable<RegwatchAlertsEvent["regwatchAlerts"]>;

interface Events {
  count: number;
  recent: LiveAlert[];
}

/** Events kept between two renders; more than this many at once only happen in a burst of polls. */
const KEEP = 50;

/**
 * Calls `onEvent` for every alert the live feed sends (a new alert, or one someone triaged), in
 * order, and `onReconnect` after the connection came back (events of the gap are lost: re-read).
 * Events are collected in the subscription's state and handed on after render, so two events in
 * one batch are both seen. Returns whether the feed is live.
 */
export function useRegwatchLive(
  filter: RegwatchAlertSubscriptionFilter | null,
  onEvent: (alert: LiveAlert) => void,
  onReconnect: () => void,
  pause = false,
): { live: boolean } {
  useOnReconnect(onReconnect);
  const [{ data, error }] = useSubscription({ query: RegwatchAlertsSubscription, variables: { filter }, pause }, (previous: Events | undefined, event: RegwatchAlertsEvent): Events => {
    const alert = event.regwatchAlerts;
    if (!alert) return previous ?? { count: 0, recent: [] };
    return { count: (previous?.count ?? 0) + 1, recent: [...(previous?.recent ?? []), alert].slice(-KEEP) };
  });
  const latest = useRef(onEvent);
  latest.current = onEvent;
  const seen = useRef(0);
  useEffect(() => {
    if (!data) return;
    // A new subscription (another filter) counts from 1 again.
    if (data.count < seen.current) seen.current = 0;
    if (data.count === seen.current) return;
    const fresh = data.recent.slice(Math.max(0, data.recent.length - (data.count - seen.current)));
    seen.current = data.count;
    for (const alert of fresh) latest.current(alert);
  }, [data]);
  return { live: !pause && !error };
}
