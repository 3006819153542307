import { describe, expect, it } from "vitest";
import { createMemoryRateLimiter, slidingCount } from "./rate-limit";

describe("sliding-window rate limit", () => {
  it("cannot be doubled by a burst on each side of a minute boundary", async () => {
    let t = Date.UTC(2026, 11, 1, 9, 0, 59, 0); // one second before a boundary
    const limiter = createMemoryRateLimiter(10, () => t);
    const burst = async (n: number) => {
      let allowed = 0;
      for (let i = 0; i < n; i++) if (await limiter.take("k")) allowed++;
      return allowed;
    };
    expect(await burst(10)).toBe(10);
    t += 2_000; // the next fixed window would start afresh here
    expect(await burst(10)).toBe(0);
    t += 57_000; // most of the last minute has slid past
    expect(await burst(10)).toBeGreaterThan(0);
  });

  it("weights the previous minute by the share of it still inside the last 60 s", () => {
    expect(slidingCount(60, 0, 0)).toBe(60);
    expect(slidingCount(60, 10, 30_000)).toBe(40);
    expect(slidingCount(60, 10, 59_999)).toBeCloseTo(10.001, 2);
  });
});
