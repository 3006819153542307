/**
 * `npm run token -- --role viewer|editor|admin [--org slug]`: prints a bare dev token for a seeded
 * user of that role and nothing else on stdout. Refused unless AUTH_MODE=dev (never in production).
 */
import { ConfigError, loadConfig } from "../config";
import { createLogger } from "../platform/logger";
import { openAppDatabase } from "../registry";
import { cliDatabaseUrl } from "./database";
import { createAuthenticator } from "../platform/auth";
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

const logger = createLogger("silent");
const { url, stop: stopEmbedded } = await cliDatabaseUrl(config, logger, "token");
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
