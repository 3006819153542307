import { useCallback, useEffect, useRef } from "react";

/**
 * Coalesce bursts (live events, keystrokes) into one call: the callback runs `delay` ms after the
 * last call, with that call's arguments.
 */
export function useDebouncedCallback<A extends unknown[]>(callback: (...args: A) => void, delay: number): (...args: A) => void {
  const timer = useRef<number | undefined>(undefined);
  const latest = useRef(callback);
  latest.current = callback;
  useEffect(() => () => window.clearTimeout(timer.current), []);
  return useCallback(
    (...args: A) => {
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => latest.current(...args), delay);
    },
    [delay],
  );
}
