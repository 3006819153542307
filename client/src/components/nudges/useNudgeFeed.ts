import { useCallback, useEffect, useRef, useState, type RefObject } from "react";
import { useSubscription } from "urql";
import { NudgesChangedSubscription } from "../../graphql/nudges";
import { useDebouncedCallback } from "../../lib/useDebouncedCallback";
import { useOnReconnect } from "../../lib/useOnReconnect";
import type { AnsweredHandler } from "./nudgeAnswer";

/**
 * Calls `onChange` (coalesced) after every event of the user's nudge feed and after a reconnect.
 * Events are counted rather than read: after "mark all read" the payload is null, and whatever
 * the event says, the receiver fetches what it shows again. Returns whether the feed is live.
 */
export function useNudgeFeed(onChange: () => void, pause = false): { live: boolean } {
  const refetch = useDebouncedCallback(onChange, 150);
  useOnReconnect(refetch);
  const [{ data: events, error }] = useSubscription({ query: NudgesChangedSubscription, pause }, (count: number | undefined) => (count ?? 0) + 1);
  const seen = useRef(events);
  useEffect(() => {
    if (events === undefined || events === seen.current) return;
    seen.current = events;
    refetch();
  }, [events, refetch]);
  return { live: !pause && !error };
}

/** How long a success message stays on screen (it is announced at once through role="status"). */
const MESSAGE_MS = 10_000;

/**
 * The feedback after an answer: a visible status message, and focus on the next nudge still to
 * answer (its title), or on the list's heading when none follows — the answered nudge's buttons
 * are gone, and focus must not fall back to the top of the page.
 */
export function useAnswerFeedback(list: RefObject<HTMLElement | null>, heading: RefObject<HTMLElement | null>) {
  const [message, setMessage] = useState("");
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const show = useCallback((text: string) => {
    setMessage(text);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setMessage(""), MESSAGE_MS);
  }, []);

  const onAnswered = useCallback<AnsweredHandler>(
    (nudgeId, text) => {
      show(text);
      const items = [...(list.current?.querySelectorAll<HTMLElement>('[data-testid="nudge"]') ?? [])];
      const index = items.findIndex((element) => element.dataset.id === nudgeId);
      const next = items.slice(index + 1).find((element) => element.dataset.answered !== "true");
      const title = next?.querySelector<HTMLElement>(".nudge-title");
      (title ?? heading.current)?.focus();
    },
    [list, heading, show],
  );

  return { message, show, onAnswered };
}
