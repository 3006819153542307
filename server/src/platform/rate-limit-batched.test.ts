import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBatchedRedisRateLimiter } from "./rate-limit";
import { createFallbackRateLimiter } from "./redis";
import { createMemoryRateLimiter } from "./rate-limit";

const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";

describe("the batched Redis rate limit (two processes sharing one Redis)", () => {
  let redis: Redis;
  let other: Redis;
  beforeAll(async () => {
    redis = new Redis(REDIS_URL);
    other = new Redis(REDIS_URL);
  });
  afterAll(async () => {
    redis.disconnect();
    other.disconnect();
  });
  // Mid-window, so the previous minute weighs nothing and the window does not turn during a test.
  const t0 = () => Math.floor(Date.now() / 60_000) * 60_000 + 1;
  const key = () => `test:${randomBytes(6).toString("hex")}`;

  it("holds a small limit exactly across processes (every decision near the limit waits for Redis)", async () => {
    const t = t0();
    const a = createBatchedRedisRateLimiter(redis, 5, { now: () => t });
    const b = createBatchedRedisRateLimiter(other, 5, { now: () => t });
    const k = key();
    const outcomes: boolean[] = [];
    for (let i = 0; i < 8; i++) outcomes.push(await (i % 2 ? b : a).take(k));
    expect(outcomes.filter(Boolean)).toHaveLength(5);
    expect(outcomes.slice(5)).toEqual([false, false, false]);
  });

  it("decides a large limit locally and overshoots it by at most its share, in total across processes", async () => {
    const t = t0();
    const limit = 1_000;
    const a = createBatchedRedisRateLimiter(redis, limit, { now: () => t });
    const b = createBatchedRedisRateLimiter(other, limit, { now: () => t });
    const k = key();
    let sent = 0;
    let allowed = 0;
    // Both processes take in bursts of 50 between flushes (as under load, between timer ticks).
    for (let round = 0; round < 40; round++) {
      for (const limiter of [a, b]) for (let i = 0; i < 50; i++) if (await limiter.take(k)) allowed++;
      await a.flush();
      await b.flush();
      sent++;
    }
    expect(sent).toBe(40);
    // 4,000 attempts: the limit, plus at most 10 % of what was left when a process last decided alone.
    expect(allowed).toBeGreaterThanOrEqual(limit);
    expect(allowed).toBeLessThanOrEqual(limit * 1.1);
    // Everything let through was counted in Redis.
    expect(Number(await redis.get(`ratelimit:${k}:${Math.floor(t / 60_000)}`))).toBe(allowed);
  });

  it("keeps the counts of another deployment on the same Redis apart (its namespace)", async () => {
    const t = t0();
    const k = key();
    const production = createBatchedRedisRateLimiter(redis, 3, { now: () => t, namespace: "production" });
    const staging = createBatchedRedisRateLimiter(other, 3, { now: () => t, namespace: "staging" });
    for (let i = 0; i < 3; i++) expect(await production.take(k)).toBe(true);
    expect(await production.take(k)).toBe(false);
    expect(await staging.take(k)).toBe(true);
  });

  it("makes one Redis round trip for many local decisions", async () => {
    const t = t0();
    // No timed flush inside the loop (a loaded machine can take longer than 100 ms for 500 takes): only the explicit one.
    // Pipelines of this limiter only: another test's limiter may still flush on its own timer meanwhile.
    let pipelines = 0;
    const counted = { pipeline: () => (pipelines++, redis.pipeline()) } as unknown as Redis;
    const a = createBatchedRedisRateLimiter(counted, 100_000, { now: () => t, flushMs: 600_000 });
    const k = key();
    for (let i = 0; i < 500; i++) expect(await a.take(k)).toBe(true);
    await a.flush();
    // The first take learns the shared count, the flush sends the rest.
    expect(pipelines).toBe(2);
    expect(Number(await redis.get(`ratelimit:${k}:${Math.floor(t / 60_000)}`))).toBe(500);
  });

  it("falls back to the local limit when Redis is away, and uses Redis again once it answers", async () => {
    const t = t0();
    const away = new Redis({ port: 1, lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 0, retryStrategy: () => null });
    let current: Redis = away;
    const switchable = { pipeline: () => current.pipeline() } as unknown as Redis;
    const batched = createBatchedRedisRateLimiter(switchable, 3, { now: () => t });
    let fallbacks = 0;
    const limiter = createFallbackRateLimiter(batched, createMemoryRateLimiter(3, () => t), () => fallbacks++);
    const k = key();
    const outcomes: boolean[] = [];
    for (let i = 0; i < 4; i++) outcomes.push(await limiter.take(k));
    expect(outcomes).toEqual([true, true, true, false]);
    expect(fallbacks).toBe(4);
    current = redis;
    expect(await limiter.take(k)).toBe(true);
    expect(fallbacks).toBe(4);
    // Nothing taken while Redis was away was sent to it afterwards: only the one request since.
    expect(Number(await redis.get(`ratelimit:${k}:${Math.floor(t / 60_000)}`))).toBe(1);
    away.disconnect();
  });
});
