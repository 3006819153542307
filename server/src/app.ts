import { Redis } from "ioredis";
import type { Logger } from "pino";
import type { Config } from "./config";
import { createAuthenticator } from "./platform/auth";
import { openDatabase, startEmbeddedPostgres, type Database, type EmbeddedDatabase } from "./platform/db";
import { createHttpServer } from "./platform/http";
import { createMetrics } from "./platform/metrics";
import { createMemoryPubSub, createRedisPubSub } from "./platform/pubsub";
import { createMemoryRateLimiter, createRedisRateLimiter } from "./platform/rate-limit";
import { buildAppSchema } from "./schema";
import { seedDemo } from "./modules/demo/demo-seed";
import { startExtractionJobs } from "./modules/transcripts/extraction-recovery";
import { createConfiguredProvider } from "./modules/transcripts/provider-selection";

export interface RunningApp {
  port: number;
  url: string;
  db: Database;
  stop(): Promise<void>;
}

/** Composition root: config → database → redis → schema → http/ws. `stop` undoes it in reverse. */
export async function startApp(config: Config, logger: Logger): Promise<RunningApp> {
  const cleanups: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const cleanup of cleanups.reverse()) {
      try {
        await cleanup();
      } catch (error) {
        logger.warn({ event: "shutdown.step_failed", errorName: error instanceof Error ? error.name : typeof error }, "shutdown step failed");
      }
    }
    cleanups.length = 0;
  };
  try {
    let url = config.db.url;
    if (!url) {
      const embedded: EmbeddedDatabase = await startEmbeddedPostgres(config.db.embeddedDir, config.db.embeddedPort, logger);
      cleanups.push(() => embedded.stop());
      url = embedded.url;
    }
    const db = await openDatabase(url, logger, config.db.poolMax);
    cleanups.push(() => db.close());
    if (config.seedDemo) await seedDemo(db, logger);

    const checks: Record<string, () => Promise<void>> = {};
    let redis: Redis | undefined;
    if (config.redis.url) {
      redis = new Redis(config.redis.url, { maxRetriesPerRequest: 2, lazyConnect: true });
      await redis.connect();
      const r = redis;
      cleanups.push(async () => void (await r.quit()));
      checks.redis = async () => {
        if ((await r.ping()) !== "PONG") throw new Error("redis");
      };
    }
    const pubsub = config.redis.url ? createRedisPubSub(config.redis.url) : createMemoryPubSub();
    cleanups.push(() => pubsub.close());
    // Extraction runs on this process for now (see ExtractionJobs); stopped before pub/sub and the database.
    const provider = createConfiguredProvider(config.ai, logger);
    // Runs a previous process left QUEUED are enqueued again and RUNNING ones closed as INTERRUPTED
    // (not under NODE_ENV=test: test servers share one database and must not close each other's runs).
    const jobs = await startExtractionJobs({ db, pubsub, logger, provider }, { recover: config.env !== "test" });
    cleanups.push(() => jobs.stop());
    const rateLimiter = redis ? createRedisRateLimiter(redis, config.http.rateLimitPerMinute) : createMemoryRateLimiter(config.http.rateLimitPerMinute);

    const schema = await buildAppSchema(pubsub, logger);
    const http = await createHttpServer({
      config,
      logger,
      db,
      pubsub,
      schema,
      auth: createAuthenticator(config, db),
      metrics: createMetrics(),
      rateLimiter,
      extraction: { jobs, transcriptMaxBytes: config.ai.transcriptMaxBytes },
      checks,
    });
    const port = await http.listen();
    cleanups.push(() => http.close());
    const host = config.http.host === "0.0.0.0" || config.http.host === "::" ? "localhost" : config.http.host;
    const appUrl = config.http.publicUrl ?? `http://${host}:${port}`;
    logger.info({ event: "server.listening", port, redis: !!config.redis.url, embeddedDb: !config.db.url, aiProvider: provider.name, aiLocal: provider.isLocal }, "listening");
    return { port, url: appUrl, db, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
