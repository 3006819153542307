import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { startEphemeralPostgres } from "../server/src/platform/db";

export interface BenchDatabase {
  /** A fresh, empty database (the server under test migrates it). */
  url: string;
  /** Whether it lives on DATABASE_URL's server or on an embedded PostgreSQL started for the bench. */
  where: "DATABASE_URL" | "embedded";
  /** Drops the database and stops the embedded server. Safe to call twice. */
  cleanup(): Promise<void>;
}

/** Every bench's database: created beside DATABASE_URL when it is set, else on a throwaway embedded PostgreSQL. */
export async function freshBenchDatabase(label: string): Promise<BenchDatabase> {
  const tmp = mkdtempSync(join(tmpdir(), `postboxen-${label}-`));
  let adminUrl = process.env.DATABASE_URL;
  let stopEmbedded: (() => Promise<void>) | undefined;
  if (!adminUrl) {
    const embedded = await startEphemeralPostgres(tmp);
    adminUrl = embedded.url;
    stopEmbedded = embedded.stop;
  }
  const name = `postboxen_${label.replace(/\W+/g, "_")}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  let cleaned = false;
  return {
    url: url.toString(),
    where: process.env.DATABASE_URL ? "DATABASE_URL" : "embedded",
    async cleanup() {
      if (cleaned) return;
      cleaned = true;
      await admin.query(`drop database if exists "${name}" with (force)`).catch(() => undefined);
      await admin.end().catch(() => undefined);
      await stopEmbedded?.();
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}
