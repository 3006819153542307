import { useEffect, useRef } from "react";

/** Fired on `window` when the live connection comes back after a loss (server restart, failover). */
export const RECONNECTED_EVENT = "postboxen:reconnected";

/**
 * Runs `callback` after the live connection was re-established. Events sent while it was down are
 * lost — they are only hints — so pages that follow live updates re-read what they show.
 */
export function useOnReconnect(callback: () => void): void {
  const latest = useRef(callback);
  latest.current = callback;
  useEffect(() => {
    const handler = () => latest.current();
    window.addEventListener(RECONNECTED_EVENT, handler);
    return () => window.removeEventListener(RECONNECTED_EVENT, handler);
  }, []);
}
