import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { startEphemeralPostgres } from "../src/platform/db";
import { openAppDatabase } from "../src/registry";
import { EmbeddedPostgresError } from "../src/platform/embedded-pg";
import { createLogger } from "../src/platform/logger";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    redisUrl: string;
  }
}

/**
 * One fresh database per test run: on DATABASE_URL's server when it is set (CI), otherwise on an
 * embedded PostgreSQL in a temporary directory. Migrations run once here; test files isolate
 * themselves by creating their own organisations.
 */
export default async function setup(project: TestProject) {
  const logger = createLogger("silent");
  let stopEmbedded: (() => Promise<void>) | undefined;
  let adminUrl = process.env.DATABASE_URL;
  let tmp: string | undefined;
  if (!adminUrl) {
    tmp = mkdtempSync(join(tmpdir(), "postboxen-test-pg-"));
    const embedded = await startEphemeralPostgres(tmp).catch((error: unknown) => {
      if (!(error instanceof EmbeddedPostgresError)) throw error;
      // One clear failure in plain words instead of a stack trace through vitest's internals.
      process.stderr.write(`\n${error.message}\n\n`);
      const plain = new Error(error.message);
      plain.stack = error.message;
      throw plain;
    });
    stopEmbedded = embedded.stop;
    adminUrl = embedded.url;
  }
  const name = `postboxen_test_${process.pid}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = await openAppDatabase(url.toString(), logger);
  // Test-only: stakeholders named db-failure-canary… make the insert fail in PostgreSQL itself (see DB_FAILURE_CANARY).
  const conn = db.system().getConnection();
  await conn.execute(`create function test_fail_canary() returns trigger language plpgsql as $$ begin if new.name like 'db-failure-canary%' then raise exception 'simulated database failure'; end if; return new; end $$`);
  await conn.execute(`create trigger test_fail_canary before insert on stakeholders for each row execute function test_fail_canary()`);
  await db.close();
  project.provide("databaseUrl", url.toString());
  project.provide("redisUrl", process.env.REDIS_URL ?? "");

  return async () => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    await client.query(`drop database if exists "${name}" with (force)`);
    await client.end();
    await stopEmbedded?.();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  };
}
