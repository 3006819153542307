import type { Redis } from "ioredis";

/**
 * Sliding one-minute windows (the previous minute's count weighted by how much of it still falls
 * in the last 60 s, plus this minute's): a burst at a window boundary cannot double the limit as it
 * could with fixed windows. With Redis the limit holds across api processes.
 */
export interface RateLimiter {
  /**
   * true when the key may make one more request now. Decided at once (a boolean) when the process
   * can decide alone, a promise when it waits for the shared count: a request's hot path then
   * costs no promise for its limits (`await` takes either).
   */
  take(key: string): boolean | Promise<boolean>;
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
    take(key) {
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

export interface BatchedRateLimiter extends RateLimiter {
  /** Sends the counts taken since the last flush and learns the others'; tests call it instead of waiting. */
  flush(): Promise<void>;
}

/**
 * The Redis limit without a Redis round trip per request. Each process counts locally and sends
 * its counts for all keys in one pipeline every `flushMs`, learning the shared counts back; it
 * decides alone only while its unsent count stays within `share` of what is left of the key's
 * limit (so processes together overshoot by at most about that share, briefly), and waits for a
 * flush — an exact decision, as before — for a key it has not seen this minute and for the last
 * part of every limit. A small limit is therefore exact, and a large one costs one round trip per
 * key and minute plus one pipeline per `flushMs` for everything.
 *
 * When Redis cannot be reached the flush fails and `take` throws, so the fallback limiter of
 * redis.ts takes over (and counts it); the unsent counts are sent once Redis answers again.
 */
export function createBatchedRedisRateLimiter(redis: Redis, perMinute: number, options: { flushMs?: number; share?: number; now?: () => number; namespace?: string } = {}): BatchedRateLimiter {
  const flushMs = options.flushMs ?? 100;
  const share = options.share ?? 0.1;
  const now = options.now ?? Date.now;
  // One deployment's processes share their counts; another deployment on the same Redis (staging
  // beside production, a test server beside the next) keeps its own.
  const prefix = options.namespace ? `ratelimit:${options.namespace}:` : "ratelimit:";
  /** Per key: the shared count of this window as of the last flush (ours included), the previous window's, and ours not yet sent. */
  type Entry = { window: number; shared: number; previous: number; unsent: number; synced: boolean };
  const entries = new Map<string, Entry>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let failure: unknown;

  const send = async () => {
    const batch = [...entries].filter(([, e]) => e.unsent !== 0 || !e.synced);
    if (!batch.length) return;
    const pipeline = redis.pipeline();
    const sent = batch.map(([key, e]) => {
      const current = `${prefix}${key}:${e.window}`;
      pipeline.incrby(current, e.unsent).pexpire(current, 2 * WINDOW_MS + 5_000).get(`${prefix}${key}:${e.window - 1}`);
      return { e, n: e.unsent, window: e.window };
    });
    try {
      const results = (await pipeline.exec()) ?? [];
      sent.forEach(({ e, n, window }, i) => {
        const [error, count] = results[i * 3] ?? [new Error("no reply")];
        if (error) throw error;
        if (e.window !== window) return;
        e.unsent -= n;
        e.shared = Number(count);
        e.previous = Number(results[i * 3 + 2]?.[1] ?? 0);
        e.synced = true;
      });
      failure = undefined;
    } catch (error) {
      failure = error;
      schedule();
    }
    // Keys of past windows with nothing left to send are forgotten.
    const window = Math.floor(now() / WINDOW_MS);
    if (entries.size > 10_000) for (const [key, e] of entries) if (e.window < window && e.unsent === 0) entries.delete(key);
  };
  const flush = () => (running = running.then(send, send));
  const schedule = () => {
    if (timer) return;
    timer = setTimeout(() => {
      timer = undefined;
      void flush();
    }, flushMs);
    timer.unref();
  };

  /** The exact decision: this request is counted in Redis before it is decided, like every other process's. */
  const takeExactly = async (entry: Entry, t: number): Promise<boolean> => {
    entry.unsent += 1;
    await flush();
    if (failure) {
      entry.unsent -= 1;
      throw failure;
    }
    if (slidingCount(entry.previous, entry.shared, t) <= perMinute) return true;
    // Only requests let through count: the refusal is taken back with the next flush.
    entry.unsent -= 1;
    schedule();
    return false;
  };

  return {
    flush,
    take(key) {
      const t = now();
      const window = Math.floor(t / WINDOW_MS);
      let e = entries.get(key);
      if (!e || e.window !== window) {
        const previous = e && e.window === window - 1 ? e.shared + e.unsent : 0;
        e = { window, shared: 0, previous, unsent: 0, synced: false };
        entries.set(key, e);
      }
      const entry = e;
      const left = perMinute - slidingCount(entry.previous, entry.shared + entry.unsent, t);
      if (entry.synced && entry.unsent >= 0 && entry.unsent + 1 <= Math.floor(left * share)) {
        if (failure) throw failure;
        entry.unsent += 1;
        schedule();
        return true;
      }
      return takeExactly(entry, t);
    },
  };
}
