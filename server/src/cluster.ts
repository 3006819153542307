import cluster, { type Worker } from "node:cluster";
import type { Logger } from "pino";
import type { Config } from "./config";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "./platform/db";
import { EmbeddedPostgresError } from "./platform/embedded-pg";
import { openAppDatabase } from "./registry";
import { seedDemoData } from "./app";

/** For people: the one place where the server talks in prose, on stderr so stdout stays JSON logs. */
export function banner(url: string, config: Config): string {
  return (
    [
      "",
      `  Postboxen körs på ${url}`,
      config.auth.mode === "dev" ? `  Logga in: öppna ${url}/logga-in och välj en demoanvändare (eller: npm run token -- --role editor)` : "  Inloggning: OIDC",
      `  GraphQL: ${url}/graphql · Utforskare: ${url}/explorer · Hälsa: ${url}/api/health`,
      ...(config.apiProcesses > 1 ? [`  ${config.apiProcesses} api-processer delar porten`] : []),
      "",
    ].join("\n") + "\n"
  );
}

/** How long the api processes get to stop before they are killed (each gives itself 15 s). */
const STOP_GRACE_MS = 20_000;

/**
 * API_PROCESSES > 1: node:cluster with this process as supervisor. It prepares what must happen
 * once (the embedded PostgreSQL when there is no DATABASE_URL, migrations, the demo seed), then
 * forks the api processes, which share the port (the primary hands out connections round-robin).
 * With ROLE=all the first of them also runs the jobs, so "all" still means the whole product.
 * Live updates, job progress, principal changes and rate limits already cross processes through
 * Redis, which is why more than one process needs REDIS_URL (config.ts refuses otherwise).
 *
 * A process that dies after it was up is restarted; one that fails while starting stops the
 * whole group (a port in use would fail again). SIGTERM/SIGINT stop the processes, then PostgreSQL.
 */
export async function superviseApiProcesses(config: Config, logger: Logger): Promise<void> {
  let embedded: EmbeddedDatabase | undefined;
  let url = config.db.url;
  try {
    if (!url) {
      embedded = await startEmbeddedPostgres(config.db.embeddedDir, config.db.embeddedPort, logger);
      url = embedded.url;
    }
    // Migrations and the demo seed run once, here: several processes at once would race.
    const db = await openAppDatabase(url, logger, 2);
    try {
      if (config.seedDemo) await seedDemoData(db, config, logger);
    } finally {
      await db.close();
    }
  } catch (error) {
    if (error instanceof EmbeddedPostgresError) process.stderr.write(`\n  ${error.message}\n\n`);
    logger.fatal({ event: "server.start_failed", errorName: error instanceof Error ? error.name : typeof error, message: error instanceof Error ? error.message : String(error) }, "start failed");
    await embedded?.stop().catch(() => undefined);
    process.exit(1);
  }

  const count = config.apiProcesses;
  const roles = Array.from({ length: count }, (_, i) => (config.role === "all" && i === 0 ? "all" : "api"));
  const workers: (Worker | undefined)[] = [];
  const announced = new Set<number>();
  let stopping = false;

  const stopAll = async (code: number) => {
    if (stopping) return;
    stopping = true;
    logger.info({ event: "cluster.stopping", processes: count }, "stopping api processes");
    const alive = workers.filter((w): w is Worker => !!w && !w.isDead());
    await Promise.all(
      alive.map(
        (w) =>
          new Promise<void>((resolveExit) => {
            const kill = setTimeout(() => w.process.kill("SIGKILL"), STOP_GRACE_MS);
            w.once("exit", () => (clearTimeout(kill), resolveExit()));
            w.process.kill("SIGTERM");
          }),
      ),
    );
    await embedded?.stop().catch(() => undefined);
    logger.info({ event: "server.stopped" }, "stopped");
    process.exit(code);
  };

  const fork = (index: number) => {
    const worker = cluster.fork({ DATABASE_URL: url, SEED_DEMO: "false", ROLE: roles[index] });
    workers[index] = worker;
    worker.on("message", (message: { type?: string; url?: string }) => {
      if (message?.type !== "ready" || announced.has(index)) return;
      announced.add(index);
      logger.info({ event: "cluster.process_ready", index, role: roles[index], pid: worker.process.pid }, "api process ready");
      if (announced.size === count && message.url) process.stderr.write(banner(message.url, config));
    });
    worker.on("exit", (code, signal) => {
      if (stopping) return;
      logger.error({ event: "cluster.process_exited", index, code, signal }, "api process exited");
      // Never up: a start-up failure (a port in use, say) would only repeat.
      if (!announced.has(index)) void stopAll(1);
      else {
        announced.delete(index);
        setTimeout(() => stopping || fork(index), 1_000).unref();
      }
    });
  };

  for (const signal of ["SIGTERM", "SIGINT"] as const) process.on(signal, () => void stopAll(0));
  for (let i = 0; i < count; i++) fork(i);
}
