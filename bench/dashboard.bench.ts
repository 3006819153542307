/**
 * `npm run bench`: the dashboard query under load through the whole stack (HTTP → Apollo → shield →
 * MikroORM → PostgreSQL), and in the same run a bare node:http + pg handler doing the same SQL.
 * Prints req/s and p99 for both and the ratio. Uses DATABASE_URL's server (a fresh database) or an
 * embedded PostgreSQL. BENCH_SECONDS and BENCH_CONNECTIONS tune the run.
 */
import { createServer } from "node:http";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { loadConfig } from "../server/src/config";
import { startApp } from "../server/src/app";
import { createLogger } from "../server/src/platform/logger";
import { createAuthenticator } from "../server/src/platform/auth";
import { startEphemeralPostgres } from "../server/src/platform/db";
import { Role, User } from "../server/src/platform/identity/user.entity";
import { Organization } from "../server/src/platform/identity/organization.entity";
import { DEMO_ORG } from "../server/src/modules/demo/demo-data";

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);

const DASHBOARD = `query Dashboard($from: DateTimeISO!) {
  meetings(first: 10, filter: { from: $from }, orderBy: { field: STARTS_AT, direction: ASC }) {
    totalCount nodes { id title startsAt location sensitivity }
  }
  actionItems(first: 20, filter: { status: [OPEN] }, orderBy: { field: DUE_DATE, direction: ASC }) {
    totalCount nodes { id title dueDate status isOverdue owner { id name } }
  }
}`;

const logger = createLogger("silent");
let adminUrl = process.env.DATABASE_URL;
let stopEmbedded: (() => Promise<void>) | undefined;
const tmp = mkdtempSync(join(tmpdir(), "postboxen-bench-"));
if (!adminUrl) {
  const embedded = await startEphemeralPostgres(tmp);
  adminUrl = embedded.url;
  stopEmbedded = embedded.stop;
}
const dbName = `postboxen_bench_${Date.now().toString(36)}`;
const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`create database "${dbName}"`);
const url = new URL(adminUrl);
url.pathname = `/${dbName}`;

const config = loadConfig({ NODE_ENV: "test", DATABASE_URL: url.toString(), PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "silent", SERVE_CLIENT: "false", RATE_LIMIT_PER_MINUTE: "100000000", DATABASE_POOL_MAX: "10" });
const app = await startApp(config, logger);
const em = app.db.system();
const org = await em.findOneOrFail(Organization, { slug: DEMO_ORG.slug });
const editor = await em.findOneOrFail(User, { organization: org, role: Role.EDITOR }, { filters: false, populate: ["organization"] });
const token = (await createAuthenticator(config, app.db).signDevToken(editor)).token;
const from = new Date().toISOString();

// The same SQL the dashboard needs, by hand: the floor the full stack is measured against.
const pool = new pg.Pool({ connectionString: url.toString(), max: 10 });
const bare = createServer(async (_req, res) => {
  const [meetings, meetingCount, items, itemCount] = await Promise.all([
    pool.query("select id, title, starts_at, location, sensitivity from meetings where organization_id = $1 and starts_at >= $2 order by starts_at asc, id asc limit 10", [org.id, from]),
    pool.query("select count(*) from meetings where organization_id = $1 and starts_at >= $2", [org.id, from]),
    pool.query(
      "select a.id, a.title, a.due_date, a.status, u.id as owner_id, u.name as owner_name from action_items a left join users u on u.id = a.owner_id where a.organization_id = $1 and a.status = 'OPEN' order by a.due_date asc nulls last, a.id asc limit 20",
      [org.id],
    ),
    pool.query("select count(*) from action_items where organization_id = $1 and status = 'OPEN'", [org.id]),
  ]);
  res.setHeader("content-type", "application/json");
  res.end(JSON.stringify({ meetings: meetings.rows, meetingCount: meetingCount.rows[0], items: items.rows, itemCount: itemCount.rows[0] }));
});
await new Promise<void>((r) => bare.listen(0, "127.0.0.1", () => r()));
const barePort = (bare.address() as { port: number }).port;

async function load(name: string, target: string, init: { method: "GET" | "POST"; headers?: Record<string, string>; body?: string }) {
  // Warm up (JIT, pools, caches) before measuring.
  await autocannon({ url: target, connections, duration: 2, ...init });
  const result = await autocannon({ url: target, connections, duration: seconds, ...init });
  const errors = result.errors + result.non2xx;
  console.log(`${name.padEnd(28)} ${result.requests.average.toFixed(0).padStart(7)} req/s   p99 ${String(result.latency.p99).padStart(4)} ms   errors ${errors}`);
  return result;
}

console.log(`dashboard query, ${connections} connections, ${seconds} s each, PostgreSQL ${process.env.DATABASE_URL ? "(DATABASE_URL)" : "(embedded)"}`);
const full = await load("postboxen /graphql", `http://127.0.0.1:${app.port}/graphql`, {
  method: "POST",
  headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
  body: JSON.stringify({ query: DASHBOARD, variables: { from } }),
});
const base = await load("bare node:http + pg", `http://127.0.0.1:${barePort}/`, { method: "GET" });
console.log(
  `ratio full/bare: throughput ${(full.requests.average / base.requests.average).toFixed(2)}x, p99 ${(full.latency.p99 / Math.max(1, base.latency.p99)).toFixed(1)}x`,
);

bare.close();
await pool.end();
await app.stop();
await admin.query(`drop database if exists "${dbName}" with (force)`);
await admin.end();
await stopEmbedded?.();
rmSync(tmp, { recursive: true, force: true });
