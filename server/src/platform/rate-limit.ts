import type { Redis } from "ioredis";

/**
 * Sliding one-minute windows (the previous minute's count weighted by how much of it still falls
 * in the last 60 s, plus this minute's): a burst at a window boundary cannot double the limit as it
 * could with fixed windows. With Redis the limit holds across api processes.
 */
export interface RateLimiter {
  /** true when the key may make one more request now. */
  take(key: string): Promise<boolean>;
}

const WINDOW_MS = 60_000;

/** Requests counted in the sliding minute ending now. */
export function slidingCount(previous: number, current: number, now: number): number {
  const elapsed = (now % WINDOW_MS) / WINDOW_MS;
  return previous * (1 - elapsed) + current;
}

export function createMemoryRateLimiter(perMinute: number, now: () => number = Date.now): RateLimiter {
  const windows = new Map<string, { window: number; count: number; previous: number }>();
  return {
    async take(key) {
      const t = now();
      const window = Math.floor(t / WINDOW_MS);
      let entry = windows.get(key);
      if (!entry || entry.window !== window) {
        if (windows.size > 50_000) windows.clear();
        const previous = entry && entry.window === window - 1 ? entry.count : 0;
        entry = { window, count: 0, previous };
        windows.set(key, entry);
      }
      // Only requests let through count: a refused caller does not push its own window further.
      if (slidingCount(entry.previous, entry.count + 1, t) > perMinute) return false;
      entry.count += 1;
      return true;
    },
  };
}

export function createRedisRateLimiter(redis: Redis, perMinute: number, now: () => number = Date.now): RateLimiter {
  return {
    async take(key) {
      const t = now();
      const window = Math.floor(t / WINDOW_MS);
      const current = `ratelimit:${key}:${window}`;
      const results = (await redis.multi().incr(current).pexpire(current, 2 * WINDOW_MS + 5_000).get(`ratelimit:${key}:${window - 1}`).exec()) as [unknown, unknown][];
      const count = Number(results[0]?.[1] ?? 0);
      const previous = Number(results[2]?.[1] ?? 0);
      if (slidingCount(previous, count, t) <= perMinute) return true;
      // Only requests let through count: a refused caller does not push its own window further.
      await redis.decr(current);
      return false;
    },
  };
}
