import type { Redis } from "ioredis";
import type { Logger } from "pino";
import type { Config } from "./config";
import { createAuthenticator } from "./platform/auth";
import { systemClock, type Clock } from "./platform/clock";
import { startEmbeddedPostgres, type Database, type EmbeddedDatabase } from "./platform/db";
import { createHttpServer } from "./platform/http";
import { createJobMetrics } from "./platform/jobs/metrics";
import { createJobRuntime, type JobRuntime } from "./platform/jobs/runtime";
import { createMetrics } from "./platform/metrics";
import { createOutboundClient } from "./platform/outbound";
import { preparedStatements } from "./platform/read-path";
import { createMailer } from "./platform/delivery/email";
import { createMemoryPubSub, createRedisPubSub } from "./platform/pubsub";
import { createBatchedRedisRateLimiter, createMemoryRateLimiter } from "./platform/rate-limit";
import { createFallbackRateLimiter, createRedisClient } from "./platform/redis";
import { openAppDatabase, REGISTRY } from "./registry";
import { seedRegwatchDemo } from "./modules/regwatch/index";
import { buildAppSchema, PERMISSIONS } from "./schema";
import { seedDemo } from "./modules/demo/demo-seed";
import { createConfiguredProvider } from "./modules/transcripts/provider-selection";
import { createConfiguredStt } from "./modules/speech/stt-selection";

/** The demo organisations, and the demo regwatch source (also on later starts: it follows the port the app listens on). */
export async function seedDemoData(db: Database, config: Config, logger: Logger): Promise<void> {
  await seedDemo(db, logger);
  await seedRegwatchDemo(db, `http://127.0.0.1:${config.http.port}`);
}

export interface RunningApp {
  port: number;
  url: string;
  db: Database;
  jobs: JobRuntime;
  stop(): Promise<void>;
}

export interface AppOptions {
  /** Where job schedules read the time (tests move it by hand). */
  clock?: Clock;
}

/**
 * Composition root: config → database → redis → jobs → schema → http/ws. `stop` undoes it in
 * reverse. ROLE decides what runs: `api` serves HTTP and WebSocket and only enqueues; `worker`
 * runs jobs and serves only health and metrics; `all` (the default) does both.
 */
export async function startApp(config: Config, logger: Logger, options: AppOptions = {}): Promise<RunningApp> {
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
  const serves = config.role !== "worker";
  const works = config.role !== "api";
  try {
    let url = config.db.url;
    if (!url) {
      const embedded: EmbeddedDatabase = await startEmbeddedPostgres(config.db.embeddedDir, config.db.embeddedPort, logger);
      cleanups.push(() => embedded.stop());
      url = embedded.url;
    }
    const db = await openAppDatabase(url, logger, config.db.poolMax);
    preparedStatements.enabled = config.db.preparedStatements;
    cleanups.push(() => db.close());
    if (config.seedDemo && serves) await seedDemoData(db, config, logger);

    const metrics = createMetrics();
    for (const m of REGISTRY.modules) m.metrics?.(metrics.registry);
    // Redis is optional at run time: without it the process runs degraded (local rate limits,
    // dropped live events), /api/health says so, and everything else keeps working.
    const checks: Record<string, () => Promise<void>> = {};
    let redis: Redis | undefined;
    if (config.redis.url) {
      redis = createRedisClient(config.redis.url, logger, "commands");
      const r = redis;
      await r.connect().catch(() => undefined);
      cleanups.push(async () => void (await r.quit().catch(() => r.disconnect())));
      checks.redis = async () => {
        if ((await r.ping()) !== "PONG") throw new Error("redis");
      };
    }
    const pubsub = config.redis.url ? createRedisPubSub(config.redis.url, logger, () => metrics.pubsubDropped.inc()) : createMemoryPubSub();
    cleanups.push(() => pubsub.close());
    const jobMetrics = createJobMetrics(metrics.registry);

    const provider = createConfiguredProvider(config.ai, logger);
    const mailer = createMailer(config.smtp, logger);
    cleanups.push(() => mailer.close());
    const jobs = await createJobRuntime({
      url,
      queue: config.jobs.queue,
      definitions: REGISTRY.jobs,
      deps: { db, pubsub, logger, clock: options.clock ?? systemClock, provider, stt: createConfiguredStt(config.stt), outbound: createOutboundClient({ allowlist: config.outbound.allowlist }), mailer, metricsRegistry: metrics.registry, publicUrl: config.http.publicUrl ?? `http://localhost:${config.http.port}` },
      logger,
      metrics: jobMetrics,
      ...(options.clock ? { clock: options.clock } : {}),
      pollMs: config.jobs.pollMs,
      lockLifetimeMs: config.jobs.lockLifetimeMs,
      schedules: config.jobs.schedules,
    });
    jobMetrics.observe(jobs.store);
    // Stopped before pub/sub and the database: running jobs finish (or are handed back) first.
    cleanups.push(() => jobs.stop(config.jobs.shutdownGraceMs));
    if (works) await jobs.startWorker();

    const localLimiter = createMemoryRateLimiter(config.http.rateLimitPerMinute);
    const rateLimiter = redis ? createFallbackRateLimiter(createBatchedRedisRateLimiter(redis, config.http.rateLimitPerMinute, { namespace: config.jobs.queue }), localLimiter, () => metrics.rateLimitFallbacks.inc()) : localLimiter;
    const schema = serves ? await buildAppSchema(pubsub, logger) : undefined;
    const http = await createHttpServer({
      config,
      logger,
      db,
      pubsub,
      schema,
      permissions: PERMISSIONS,
      auth: createAuthenticator(config, db),
      metrics,
      rateLimiter,
      jobs,
      checks,
      clock: options.clock ?? systemClock,
      routes: REGISTRY.routes,
    });
    const port = await http.listen();
    cleanups.push(() => http.close());
    const host = config.http.host === "0.0.0.0" || config.http.host === "::" ? "localhost" : config.http.host;
    const appUrl = config.http.publicUrl ?? `http://${host}:${port}`;
    logger.info(
      { event: "server.listening", role: config.role, port, redis: !!config.redis.url, embeddedDb: !config.db.url, aiProvider: provider.name, aiLocal: provider.isLocal, jobs: works ? REGISTRY.jobs.length : 0 },
      "listening",
    );
    return { port, url: appUrl, db, jobs, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
