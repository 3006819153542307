/**
 * `npm run bench`: the client's real dashboard query through the whole stack (a real server
 * process: HTTP → our /graphql handler → shield → type-graphql → read path → PostgreSQL) against a bare node:http +
 * pg server process answering the same data with hand-written SQL (the two bodies are compared
 * before anything is measured). The api runs in production mode with OIDC sign-in against a local
 * JWKS endpoint; CPU per request of both servers and of PostgreSQL is read from /proc. The load generator (autocannon)
 * is this process, separate from both servers. Interleaved rounds, median ratio; then the same
 * again with 20 neighbour organisations of the same size in the database. Also `{ __typename }`
 * with a token against a bare hello world (the floor, `npm run bench:floor` runs only that). The
 * full stack runs BENCH_API_PROCESSES api processes (default: one per core when REDIS_URL is set).
 * DATABASE_URL's server (a fresh database beside it) or an embedded PostgreSQL. BENCH_SECONDS (per
 * round, default 5), BENCH_ROUNDS (default 5), BENCH_CONNECTIONS (default 10), BENCH_PROFILE=<dir>
 * (a .cpuprofile of the one api process), BENCH_POOL_MAX (the api's DATABASE_POOL_MAX, default 10),
 * BENCH_BARE_PREPARED=true (the bare server's statements prepared, as the read path's are),
 * BENCH_SERVER_LOG=<file> and BENCH_SERVER_NODE_ARGS (the api's output, its node flags).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream } from "node:fs";
import { cpus } from "node:os";
import { isDeepStrictEqual } from "node:util";
import autocannon from "autocannon";
import { print } from "graphql";
import { startLocalIssuer } from "./oidc";
import { postgresCpuMs, treeCpuMs } from "./proc";
import pg from "pg";
import { DashboardDocument } from "../client/src/gql/graphql";
import { REPO_ROOT } from "../server/src/platform/db";
import { freshBenchDatabase } from "./bench-db";
import { freePort } from "../server/src/platform/net";

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const floorOnly = process.argv.includes("--floor");
const redisUrl = process.env.REDIS_URL;
/** BENCH_API_PROCESSES (default: the number of cores with REDIS_URL, else 1). */
const apiProcesses = Number(process.env.BENCH_API_PROCESSES ?? (redisUrl ? cpus().length : 1));
const SECRET = "dashboard-bench-secret-0123456789-abcdefghij";

const bench = await freshBenchDatabase("bench-dashboard");
const url = new URL(bench.url);
const children: ChildProcess[] = [];
let closeJwks: (() => void) | undefined;

/** BENCH_BARE_PREPARED=true: the bare server names its statements too (the full stack's read path does). */
const barePrepared = process.env.BENCH_BARE_PREPARED === "true";
/** BENCH_SERVER_LOG=<file>: the api's output (JSON logs, banner) appended there; BENCH_SERVER_NODE_ARGS: node flags of the api ("--trace-gc"). */
const serverLog = process.env.BENCH_SERVER_LOG;
const serverNodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? "").split(" ").filter(Boolean);
/** BENCH_PROFILE=<dir>: the api process (one: BENCH_API_PROCESSES=1) writes a .cpuprofile there when it stops. */
const profileDir = process.env.BENCH_PROFILE;
if (profileDir && apiProcesses !== 1) {
  console.error("dashboard bench: BENCH_PROFILE needs BENCH_API_PROCESSES=1 (one process to profile)");
  process.exit(2);
}

async function startProcess(args: string[], env: Record<string, string>, ready: (line: string) => boolean, nodeArgs: string[] = []): Promise<ChildProcess> {
  const child = spawn(process.execPath, [...nodeArgs, "--import", "tsx", ...args], { cwd: REPO_ROOT, env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env }, stdio: ["ignore", "pipe", "pipe"] });
  children.push(child);
  if (serverLog && args[0] === "server/src/main.ts") {
    const log = createWriteStream(serverLog, { flags: "a" });
    child.stdout?.pipe(log);
    child.stderr?.pipe(log);
  }
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${args[0]} did not start`)), 90_000);
    const check = (d: Buffer) => String(d).split("\n").some(ready) && (clearTimeout(timer), resolve());
    child.stdout?.on("data", check);
    child.stderr?.on("data", check);
    child.once("exit", (code) => reject(new Error(`${args[0]} exited ${code}`)));
  });
  return child;
}

try {
  const apiPort = await freePort();
  // The server as production runs it: NODE_ENV=production (graphql-js without its development
  // checks) and sign-in through an identity provider — here a local JWKS endpoint with the bench's
  // own RS256 key, as an OIDC provider publishes it. API_PROCESSES as production would run it on
  // this machine (one per core, which needs Redis), and with Redis ROLE=api as in the compose file:
  // jobs belong to the worker (with ROLE=all the first api process also polled and ran the demo's
  // scheduled jobs between the measured requests).
  const issuer = await startLocalIssuer();
  closeJwks = issuer.close;
  const api = await startProcess(["server/src/main.ts"], { NODE_ENV: "production", ...issuer.env, AUTH_SECRET: SECRET, DATABASE_URL: url.toString(), HOST: "127.0.0.1", PORT: String(apiPort), SERVE_CLIENT: "false", LOG_LEVEL: "warn", RATE_LIMIT_PER_MINUTE: "100000000", SEED_DEMO: "true", DATABASE_POOL_MAX: process.env.BENCH_POOL_MAX ?? "10", ...(process.env.DATABASE_PREPARED_STATEMENTS && { DATABASE_PREPARED_STATEMENTS: process.env.DATABASE_PREPARED_STATEMENTS }), API_PROCESSES: String(apiProcesses), ...(redisUrl && { REDIS_URL: redisUrl, ROLE: "api" }), ...(process.env.BENCH_NODE_OPTIONS && { NODE_OPTIONS: process.env.BENCH_NODE_OPTIONS }) }, (l) => l.includes("Postboxen körs på"), [...(profileDir ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : []), ...serverNodeArgs]);
  const db = new pg.Client({ connectionString: url.toString() });
  await db.connect();
  db.on("error", () => undefined); // dropped with the bench database at the end
  const { rows: [editor] } = await db.query<{ id: string; organization_id: string }>(`update users set external_subject = 'bench-editor' where id = (select u.id from users u join organizations o on o.id = u.organization_id where o.slug = 'sundsviks-kommun' and u.role = 'EDITOR' order by u.id limit 1) returning id, organization_id`);
  const token = await issuer.sign("bench-editor", "EDITOR");
  const barePort = await freePort();
  const variables = { now: new Date().toISOString(), meetingsFirst: 5, itemsFirst: 8 };
  const bare = await startProcess(["bench/dashboard.bare.ts"], { DATABASE_URL: url.toString(), ORG_ID: editor!.organization_id, PORT: String(barePort), NOW: variables.now, MEETINGS_FIRST: String(variables.meetingsFirst), ITEMS_FIRST: String(variables.itemsFirst), CAN_EDIT: "true", PREPARED: String(barePrepared) }, (l) => l === "ready");

  /** CPU (ms) of a process and its descendants (the api's cluster workers), or of PostgreSQL's processes. */
  const cpuMs = (root: number | undefined) => (root === undefined ? postgresCpuMs() : treeCpuMs(root));
  const load = async (target: string, init: { method: "GET" | "POST"; headers?: Record<string, string>; body?: string }, duration: number) => {
    const server = target.includes(`:${apiPort}/`) ? api.pid : bare.pid;
    const before = { server: cpuMs(server), pg: cpuMs(undefined) };
    const r = await autocannon({ url: target, connections, duration, ...init });
    const requests = Math.max(1, r.requests.total);
    return { rps: r.requests.average, p99: r.latency.p99, errors: r.errors + r.non2xx, serverCpu: (cpuMs(server) - before.server) / requests, pgCpu: (cpuMs(undefined) - before.pg) / requests };
  };
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const gql = (body: string) => ({ method: "POST" as const, headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, body });
  const dashboard = gql(JSON.stringify({ query: print(DashboardDocument), variables }));
  // The baseline must answer the same data: compare the two bodies before measuring anything.
  const sameData = async (label: string) => {
    const full = (await (await fetch(`http://127.0.0.1:${apiPort}/graphql`, { method: "POST", headers: dashboard.headers, body: dashboard.body })).json()) as { data?: unknown; errors?: unknown };
    const bareBody = (await (await fetch(`http://127.0.0.1:${barePort}/`)).json()) as { data: unknown };
    if (full.errors || !isDeepStrictEqual(full.data, bareBody.data)) {
      console.error(`${label}: the bare handler does not answer what the GraphQL dashboard answers\nfull: ${JSON.stringify(full)}\nbare: ${JSON.stringify(bareBody)}`);
      process.exitCode = 1;
      throw new Error("baseline differs");
    }
  };
  const floor = gql(JSON.stringify({ query: "{ __typename }" }));

  const compare = async (label: string, full: () => ReturnType<typeof load>, bare: () => ReturnType<typeof load>) => {
    await full();
    await bare(); // warm-up round, not counted
    const ratios: number[] = [];
    const p99s: number[] = [];
    const rows: string[] = [];
    const cpu = { full: [] as number[], fullPg: [] as number[], bare: [] as number[], barePg: [] as number[] };
    for (let r = 0; r < rounds; r++) {
      const f = await full();
      const b = await bare();
      ratios.push(f.rps / b.rps);
      p99s.push(f.p99 / Math.max(1, b.p99));
      cpu.full.push(f.serverCpu);
      cpu.fullPg.push(f.pgCpu);
      cpu.bare.push(b.serverCpu);
      cpu.barePg.push(b.pgCpu);
      rows.push(`  round ${r + 1}: full ${f.rps.toFixed(0)} req/s p99 ${f.p99} ms (errors ${f.errors}) · bare ${b.rps.toFixed(0)} req/s p99 ${b.p99} ms`);
    }
    const ms = (xs: number[]) => median(xs).toFixed(3);
    console.log(`${label}\n${rows.join("\n")}\n  median ratio: throughput ${median(ratios).toFixed(2)}x, p99 ${median(p99s).toFixed(2)}x\n  CPU per request (median): full server ${ms(cpu.full)} ms + PostgreSQL ${ms(cpu.fullPg)} ms · bare server ${ms(cpu.bare)} ms + PostgreSQL ${ms(cpu.barePg)} ms`);
    return { throughput: median(ratios), p99: median(p99s) };
  };

  console.log(`dashboard bench: ${cpus().length} cores, ${apiProcesses} api process(es)${redisUrl ? " with Redis" : ""}, ${connections} connections, ${rounds} interleaved rounds of ${seconds} s, servers and load generator in separate processes; bare statements ${barePrepared ? "prepared (named)" : "unnamed"}`);
  const floorResult = await compare("{ __typename } with a token vs bare hello world", () => load(`http://127.0.0.1:${apiPort}/graphql`, floor, seconds), () => load(`http://127.0.0.1:${barePort}/hello`, { method: "GET" }, seconds));
  if (!floorOnly) {
    await sameData("dashboard, one organisation");
    const one = await compare("dashboard, one organisation", () => load(`http://127.0.0.1:${apiPort}/graphql`, dashboard, seconds), () => load(`http://127.0.0.1:${barePort}/`, { method: "GET" }, seconds));
    // 20 neighbours the size of the demo organisation: the same rows copied under new organisations.
    await db.query(`
      with orgs as (insert into organizations (id, name, slug) select gen_random_uuid(), 'Granne ' || g, 'granne-' || g from generate_series(1, 20) g returning id),
      src as (select id from organizations where slug = 'sundsviks-kommun'),
      m as (insert into meetings (id, organization_id, title, starts_at, ends_at, location, status, sensitivity, agenda_items, created_at, updated_at)
            select gen_random_uuid(), o.id, mt.title, mt.starts_at, mt.ends_at, mt.location, mt.status, mt.sensitivity, mt.agenda_items, now(), now()
            from orgs o cross join meetings mt where mt.organization_id = (select id from src) returning id, organization_id)
      insert into action_items (id, organization_id, meeting_id, title, status, due_date, source, edited_by_human, created_at, updated_at)
      select gen_random_uuid(), m.organization_id, m.id, a.title, a.status, a.due_date, a.source, a.edited_by_human, now(), now()
      from m join lateral (select * from action_items a where a.organization_id = (select id from src) limit 3) a on true`);
    await db.query("analyze");
    await sameData("dashboard, with 20 neighbours");
    const twenty = await compare("dashboard, with 20 neighbour organisations", () => load(`http://127.0.0.1:${apiPort}/graphql`, dashboard, seconds), () => load(`http://127.0.0.1:${barePort}/`, { method: "GET" }, seconds));
    console.log(`\nsummary: dashboard ${one.throughput.toFixed(2)}x of bare (p99 ${one.p99.toFixed(2)}x), with 20 neighbours ${twenty.throughput.toFixed(2)}x (p99 ${twenty.p99.toFixed(2)}x); floor ${floorResult.throughput.toFixed(2)}x`);
    console.log(`goals: dashboard ≥ 0.5x: ${one.throughput >= 0.5 ? "met" : "NOT met"}; p99 ≤ 2x: ${one.p99 <= 2 ? "met" : "NOT met"}; floor ≥ 0.3x: ${floorResult.throughput >= 0.3 ? "met" : "NOT met"}`);
  } else {
    console.log(`\nsummary: floor ${floorResult.throughput.toFixed(2)}x of bare hello world; goal ≥ 0.3x: ${floorResult.throughput >= 0.3 ? "met" : "NOT met"}`);
  }
  await db.end();
} finally {
  for (const c of children) c.kill("SIGTERM");
  closeJwks?.();
  // A profiled process writes its profile on the way out: give it time to.
  const grace = Date.now() + (profileDir ? 15_000 : 500);
  while (Date.now() < grace && children.some((c) => c.exitCode === null && c.signalCode === null)) await new Promise((r) => setTimeout(r, 50));
  for (const c of children) if (c.exitCode === null) c.kill("SIGKILL");
  await bench.cleanup();
}
