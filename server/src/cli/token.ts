/**
 * `npm run token -- --role viewer|editor|admin [--org slug]`: prints a bare dev token for a seeded
 * user of that role and nothing else on stdout. Refused unless AUTH_MODE=dev (never in production).
 *
 * Database: DATABASE_URL; else the running server's embedded PostgreSQL, found through the
 * `postmaster.pid` PostgreSQL keeps in its data directory (it records the port, so a server started
 * on another EMBEDDED_PG_PORT, or with its data staged outside the checkout as root, is found with no
 * variables); else the default port; else an embedded PostgreSQL started for this command.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { ConfigError, loadConfig, type Config } from "../config";
import { createLogger } from "../platform/logger";
import { openAppDatabase } from "../registry";
import { cliDatabaseUrl } from "./database";
import { createAuthenticator } from "../platform/auth";
import { REPO_ROOT } from "../platform/db";
import { resolvePgRuntime } from "../platform/embedded-pg";
import { Organization } from "../platform/identity/organization.entity";
import { Role, User } from "../platform/identity/user.entity";
import { DEMO_ORG } from "../modules/demo/demo-data";

const args = process.argv.slice(2);
const arg = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const role = arg("--role")?.toUpperCase();
if (role !== "VIEWER" && role !== "EDITOR" && role !== "ADMIN") {
  console.error("usage: npm run token -- --role viewer|editor|admin [--org <slug>]");
  process.exit(2);
}

let config;
try {
  config = loadConfig();
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : String(error));
  process.exit(1);
}
if (config.auth.mode !== "dev" || config.env === "production") {
  console.error("token: only available with AUTH_MODE=dev outside production");
  process.exit(1);
}

/** The URL of the embedded PostgreSQL running on the configured data directory, if one is. */
function runningEmbeddedUrl(cfg: Config): string | undefined {
  if (cfg.db.url) return undefined;
  try {
    // The same decision the server made about where its data lives (staged when running as root).
    const { dataDir } = resolvePgRuntime(resolve(REPO_ROOT, cfg.db.embeddedDir));
    // postmaster.pid: PID, data directory, start time, port, socket directory, address, …
    const [pidLine, , , portLine] = readFileSync(join(dataDir, "postmaster.pid"), "utf8").split("\n");
    const pid = Number(pidLine);
    const port = Number(portLine);
    if (!Number.isInteger(pid) || pid <= 0 || !Number.isInteger(port) || port <= 0 || port > 65535) return undefined;
    try {
      process.kill(pid, 0);
    } catch (error) {
      // EPERM: alive, but another user's (PostgreSQL runs as "postgres" under root). ESRCH: a stale file.
      if ((error as NodeJS.ErrnoException).code !== "EPERM") return undefined;
    }
    return `postgres://postgres:postgres@127.0.0.1:${port}/postboxen`;
  } catch {
    return undefined;
  }
}

const logger = createLogger("silent");
const running = runningEmbeddedUrl(config);
const { url, stop: stopEmbedded } = running ? { url: running, stop: undefined } : await cliDatabaseUrl(config, logger, "token");
const db = await openAppDatabase(url, logger, 2);
try {
  const slug = arg("--org") ?? DEMO_ORG.slug;
  const em = db.system();
  const org = await em.findOne(Organization, { slug });
  const user = org ? await em.findOne(User, { organization: org, role: role as Role, active: true }, { filters: false, populate: ["organization"], orderBy: { name: "asc" } }) : null;
  if (!user) {
    console.error(`token: no ${role.toLowerCase()} in organisation "${slug}" — start the server once (npm start) to seed the demo`);
    process.exitCode = 1;
  } else {
    const { token } = await createAuthenticator(config, db).signDevToken(user);
    process.stdout.write(`${token}\n`);
  }
} finally {
  await db.close();
  await stopEmbedded?.();
}
