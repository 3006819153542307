import cluster from "node:cluster";
import { ConfigError, loadConfig, type Config } from "./config";
import { createLogger } from "./platform/logger";
import { startApp } from "./app";
import { EmbeddedPostgresError } from "./platform/embedded-pg";
import { banner, superviseApiProcesses } from "./cluster";

let config: Config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}

const logger = createLogger(config.log.level);

if (config.apiProcesses > 1 && cluster.isPrimary) {
  // API_PROCESSES > 1: this process prepares the database and supervises the api processes.
  await superviseApiProcesses(config, logger);
} else {
  const app = await startApp(config, logger).catch((error: unknown) => {
    // A problem a person can fix gets a sentence on stderr as well as the JSON log line.
    if (error instanceof EmbeddedPostgresError) process.stderr.write(`\n  ${error.message}\n\n`);
    // Start-up failures are about infrastructure (ports, URLs, migrations), never user content.
    logger.fatal({ event: "server.start_failed", errorName: error instanceof Error ? error.name : typeof error, message: error instanceof Error ? error.message : String(error) }, "start failed");
    process.exit(1);
  });

  // One of several api processes tells its supervisor, which says where the product runs, once.
  if (cluster.isWorker) process.send?.({ type: "ready", url: app.url });
  else process.stderr.write(banner(app.url, config));

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ event: "server.stopping", signal }, "stopping");
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    await app.stop();
    logger.info({ event: "server.stopped" }, "stopped");
    process.exit(0);
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
}
