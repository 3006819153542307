import pg from "pg";
import type { Logger } from "pino";
import type { Config } from "../config";
import { startEmbeddedPostgres } from "../platform/db";
import { EmbeddedPostgresError } from "../platform/embedded-pg";

/**
 * The database a CLI works against: DATABASE_URL, else the running server's embedded PostgreSQL,
 * else the embedded one started here (and stopped by `stop`). Embedded start-up problems end the
 * process with their plain-words message and exit 1.
 */
export async function cliDatabaseUrl(config: Config, logger: Logger, tool: string): Promise<{ url: string; stop?: () => Promise<void> }> {
  if (config.db.url) return { url: config.db.url };
  const candidate = `postgres://postgres:postgres@127.0.0.1:${config.db.embeddedPort}/postboxen`;
  const probe = new pg.Client({ connectionString: candidate, connectionTimeoutMillis: 1000 });
  try {
    await probe.connect();
    await probe.end();
    return { url: candidate };
  } catch {
    const embedded = await startEmbeddedPostgres(config.db.embeddedDir, config.db.embeddedPort, logger).catch((error: unknown) => {
      if (!(error instanceof EmbeddedPostgresError)) throw error;
      console.error(`${tool}: ${error.message}`);
      process.exit(1);
    });
    return { url: embedded.url, stop: embedded.stop };
  }
}
