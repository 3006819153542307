import { useCallback, useEffect, useRef } from "react";

/** Coalesce bursts of live events into one refetch: the callback runs `delay` ms after the last call. */
export function useDebouncedCallback(callback: () => void, delay: number): () => void {
  const timer = useRef<number | undefined>(undefined);
  const latest = useRef(callback);
  latest.current = callback;
  useEffect(() => () => window.clearTimeout(timer.current), []);
  return useCallback(() => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => latest.current(), delay);
  }, [delay]);
}
