import { ConfigError, loadConfig } from "./config";
import { createLogger } from "./platform/logger";
import { startApp } from "./app";
import { EmbeddedPostgresError } from "./platform/embedded-pg";

let config;
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
const app = await startApp(config, logger).catch((error: unknown) => {
  // A problem a person can fix gets a sentence on stderr as well as the JSON log line.
  if (error instanceof EmbeddedPostgresError) process.stderr.write(`\n  ${error.message}\n\n`);
  // Start-up failures are about infrastructure (ports, URLs, migrations), never user content.
  logger.fatal({ event: "server.start_failed", errorName: error instanceof Error ? error.name : typeof error, message: error instanceof Error ? error.message : String(error) }, "start failed");
  process.exit(1);
});

// For people: the one place where the server talks in prose, on stderr so stdout stays JSON logs.
process.stderr.write(
  [
    "",
    `  Postboxen körs på ${app.url}`,
    config.auth.mode === "dev" ? `  Logga in: öppna ${app.url}/logga-in och välj en demoanvändare (eller: npm run token -- --role editor)` : "  Inloggning: OIDC",
    `  GraphQL: ${app.url}/graphql · Utforskare: ${app.url}/explorer · Hälsa: ${app.url}/api/health`,
    "",
  ].join("\n") + "\n",
);

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
