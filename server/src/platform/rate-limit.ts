import type { Redis } from "ioredis";

/** Fixed one-minute windows. With Redis the limit holds across api replicas. */
export interface RateLimiter {
  /** true when the key may make one more request now. */
  take(key: string): Promise<boolean>;
}

export function createMemoryRateLimiter(perMinute: number): RateLimiter {
  const windows = new Map<string, { window: number; count: number }>();
  return {
    async take(key) {
      const window = Math.floor(Date.now() / 60_000);
      const entry = windows.get(key);
      if (!entry || entry.window !== window) {
        if (windows.size > 50_000) windows.clear();
        windows.set(key, { window, count: 1 });
        return true;
      }
      entry.count += 1;
      return entry.count <= perMinute;
    },
  };
}

export function createRedisRateLimiter(redis: Redis, perMinute: number): RateLimiter {
  return {
    async take(key) {
      const redisKey = `ratelimit:${key}:${Math.floor(Date.now() / 60_000)}`;
      const [[, count]] = (await redis.multi().incr(redisKey).expire(redisKey, 120).exec()) as [[unknown, number]];
      return count <= perMinute;
    },
  };
}
