/**
 * Prints an organisation's labelled examples (reviewers' verdicts on suggestions) as JSON Lines:
 *
 *   npm run -s export:labels -- --org <slug> > labels.jsonl
 *
 * stdout carries only the examples, one JSON object per line, oldest first; logs and problems go
 * to stderr. An unknown organisation: a message on stderr, exit 1. Bad arguments: exit 2.
 */
import { parseArgs } from "node:util";
import { ConfigError, loadConfig } from "../config";
import { Organization } from "../platform/identity/organization.entity";
import { createLogger } from "../platform/logger";
import { openAppDatabase } from "../registry";
import { labelledExamples } from "../modules/review/labelled-examples.read";
import { cliDatabaseUrl } from "./database";

const USAGE = "usage: npm run -s export:labels -- --org <slug>";
const fail = (code: number, message: string): never => {
  console.error(message);
  process.exit(code);
};

let slug: string | undefined;
try {
  slug = parseArgs({ args: process.argv.slice(2), options: { org: { type: "string" } } }).values.org;
} catch {
  fail(2, USAGE);
}
if (!slug) fail(2, USAGE);

let config;
try {
  config = loadConfig();
} catch (error) {
  fail(1, error instanceof ConfigError ? error.message : String(error));
}
if (!config) process.exit(1);

const logger = createLogger(config.log.level === "info" ? "warn" : config.log.level, { write: (line) => void process.stderr.write(line) });
const { url, stop } = await cliDatabaseUrl(config, logger, "export:labels");
const db = await openAppDatabase(url, logger, 2);
let exitCode = 0;
try {
  const org = await db.system().findOne(Organization, { slug: slug as string });
  if (!org) {
    console.error(`export:labels: no organisation with slug "${slug}"`);
    exitCode = 1;
  } else {
    const em = db.forOrg(org.id);
    let count = 0;
    for await (const example of labelledExamples(em, org.id)) {
      if (!process.stdout.write(`${JSON.stringify(example)}\n`)) await new Promise((r) => process.stdout.once("drain", r));
      count++;
    }
    console.error(`export:labels: ${count} examples of ${slug}`);
  }
} finally {
  await db.close();
  await stop?.();
}
process.exit(exitCode);
