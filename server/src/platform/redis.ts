import { Redis, type RedisOptions } from "ioredis";
import type { Logger } from "pino";
import type { RateLimiter } from "./rate-limit";

/**
 * Redis is a cache and a fan-out here, never the system of record: a client that fails fast while
 * Redis is away (no offline queue, no retries per command), reconnects by itself with backoff, and
 * says so once per outage — one warning when it goes, one line when it is back — instead of an
 * error event per reconnect attempt.
 */
export function createRedisClient(url: string, logger: Logger, role: string, extra: RedisOptions = {}): Redis {
  const client = new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: 2_000,
    retryStrategy: (times) => Math.min(200 * 2 ** Math.min(times, 5), 5_000),
    ...extra,
  });
  let down = false;
  const wentAway = (errorName: string, code?: string) => {
    if (down) return;
    down = true;
    logger.warn({ event: "redis.unavailable", role, errorName, code }, "Redis unavailable: running degraded until it returns");
  };
  // A dropped connection shows as "close" (and reconnect attempts as "error"): one warning either way.
  client.on("error", (error: Error & { code?: string }) => wentAway(error.name, error.code));
  client.on("close", () => {
    if (client.status !== "end") wentAway("ConnectionClosed");
  });
  client.on("ready", () => {
    if (!down) return;
    down = false;
    logger.info({ event: "redis.recovered", role }, "Redis is back");
  });
  return client;
}

/** Redis-backed limits while Redis answers; this process's own limits while it does not. */
export function createFallbackRateLimiter(primary: RateLimiter, local: RateLimiter, onFallback: () => void): RateLimiter {
  const fallBack = (key: string) => {
    onFallback();
    return local.take(key);
  };
  return {
    take(key) {
      let decided: boolean | Promise<boolean>;
      try {
        decided = primary.take(key);
      } catch {
        return fallBack(key);
      }
      return typeof decided === "boolean" ? decided : decided.catch(() => fallBack(key));
    },
  };
}
