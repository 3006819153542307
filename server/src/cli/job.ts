/**
 * `npm run -s job -- run <job-name> [--org <slug>] [--data '<json>']`: runs one job once, now, in
 * this process, against the configured database (DATABASE_URL, or the embedded one), through the
 * same bookkeeping as the queue (a failure lands in the dead letters). Prints exactly one JSON
 * line on stdout: { job, key, outcome, attempt, durationMs, errorCode? }. Exit 0 when it
 * succeeded or had nothing to do, 1 when it failed, 2 for bad usage.
 * `npm run -s job -- list` prints the registered jobs, one JSON line each.
 */
import { ConfigError, loadConfig } from "../config";
import { systemClock } from "../platform/clock";
import { Organization } from "../platform/identity/organization.entity";
import { createJobRuntime } from "../platform/jobs/runtime";
import type { JobData } from "../platform/jobs/types";
import { createLogger } from "../platform/logger";
import { createOutboundClient } from "../platform/outbound";
import { createMailer } from "../platform/delivery/email";
import { createMemoryPubSub, createRedisPubSub } from "../platform/pubsub";
import { openAppDatabase, REGISTRY } from "../registry";
import { createConfiguredProvider } from "../modules/transcripts/provider-selection";
import { cliDatabaseUrl } from "./database";

const USAGE = "usage: npm run -s job -- run <job-name> [--org <slug>] [--data '<json>']\n       npm run -s job -- list";
const args = process.argv.slice(2);
const arg = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const fail = (code: number, message: string): never => {
  console.error(message);
  process.exit(code);
};

const [command, name] = args;
if (command === "list") {
  for (const def of REGISTRY.jobs) process.stdout.write(`${JSON.stringify({ job: def.name, description: def.description, schedule: def.schedule?.cron ?? null })}\n`);
  process.exit(0);
}
if (command !== "run" || !name || name.startsWith("--")) fail(2, USAGE);
const def = REGISTRY.jobs.find((d) => d.name === name) ?? fail(2, `job: no job named "${name}" (npm run -s job -- list shows them)`);

let data: JobData = { ...(def.schedule?.data ?? {}) };
const rawData = arg("--data");
if (rawData !== undefined) {
  try {
    const parsed: unknown = JSON.parse(rawData);
    if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) throw new Error("not an object");
    data = { ...data, ...(parsed as JobData) };
  } catch {
    fail(2, "job: --data must be a JSON object");
  }
}

let config;
try {
  config = loadConfig();
} catch (error) {
  fail(1, error instanceof ConfigError ? error.message : String(error));
}
if (!config) process.exit(1);

// Logs go to stderr: stdout carries the one result line scripts read.
const logger = createLogger(config.log.level === "info" ? "warn" : config.log.level, { write: (line) => void process.stderr.write(line) });
const { url, stop: stopEmbedded } = await cliDatabaseUrl(config, logger, "job");
const db = await openAppDatabase(url, logger, 2);
const pubsub = config.redis.url ? createRedisPubSub(config.redis.url, logger) : createMemoryPubSub();
let exitCode: number;
try {
  const slug = arg("--org");
  if (slug) {
    const org = await db.system().findOne(Organization, { slug });
    if (!org) fail(2, `job: no organisation with slug "${slug}"`);
    data = { ...data, orgId: org?.id };
  }
  const parsedData = def.data.safeParse(data);
  if (!parsedData.success) {
    fail(2, `job: invalid data for ${def.name}: ${parsedData.error.issues.map((i) => `${i.path.join(".") || "(data)"} ${i.message}`).join("; ")}`);
  }
  const mailer = createMailer(config.smtp, logger);
  const runtime = await createJobRuntime({
    url,
    queue: config.jobs.queue,
    definitions: REGISTRY.jobs,
    deps: { db, pubsub, logger, clock: systemClock, provider: createConfiguredProvider(config.ai, logger), outbound: createOutboundClient({ allowlist: config.outbound.allowlist }), mailer, publicUrl: config.http.publicUrl ?? `http://localhost:${config.http.port}` },
    logger,
  });
  try {
    const result = await runtime.runNow(def.name, data);
    process.stdout.write(`${JSON.stringify({ job: def.name, ...result })}\n`);
    exitCode = result.outcome === "succeeded" || result.outcome === "skipped" ? 0 : 1;
  } finally {
    await runtime.stop(0);
    await mailer.close();
  }
} finally {
  await pubsub.close();
  await db.close();
  await stopEmbedded?.();
}
process.exit(exitCode);
