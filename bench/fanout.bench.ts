/**
 * `npm run bench:fanout`: live-update fan-out of the real server process (as production runs the
 * api: NODE_ENV=production, ROLE=api, OIDC sign-in against a local JWKS endpoint; its own fresh
 * database, the demo organisation seeded) against a bare `ws` broadcast of the same bytes
 * (bench/fanout.bare.ts), at BENCH_CLIENTS WebSocket clients (default 1000,5000,10000).
 *
 * The clients live in two processes of their own (bench/fanout.clients.ts), neither the parent nor
 * the server. Against the server each speaks graphql-transport-ws — 9 in 10 signed in as a VIEWER,
 * every tenth as an EDITOR (the demo users in turn), so the server has two views — subscribed to
 * actionItemChanged. By default both sides' clients are lean sockets (fanout.clients.ts): their own
 * RFC 6455 framing that, while events arrive, reads frame headers, answers pings and keeps each
 * message's bytes with its arrival time, and JSON-parses and checks every message afterwards — so
 * on two shared cores the clients take as little CPU from the servers as a client can, the same on
 * both sides. BENCH_CLIENT_LIB=protocol: plain `ws` sockets that JSON.parse each message as it comes;
 * BENCH_CLIENT_LIB=graphql-ws: graphql-ws's own client against the server. Connections open in
 * batches of BENCH_BATCH (default 200, split over the two processes).
 *
 * Per side and size: one settle event (it shows every subscription is live), BENCH_WARMUP (default
 * 10) unmeasured events every BENCH_INTERVAL_MS / 2 so the event path is compiled, then BENCH_EVENTS
 * (default 20) events every BENCH_INTERVAL_MS (500): on the server an EDITOR's completeActionItem /
 * reopenActionItem over HTTP of one open demo action item; on the bare side an IPC "broadcast" of
 * the graphql-ws `next` message captured from the real server for that status. t0 is taken just
 * before the trigger, so the server's publish→receive includes the mutation (its own duration is
 * printed beside it). Reported: connect time and failures; publish→receive p50/p99/max over all
 * clients × events; completeness; server RSS per connection ((VmRSS with N connected − before) / N);
 * server CPU per event ((utime+stime) over the events phase / events) and the client processes' CPU.
 * Before each memory reading the measured process gets a full GC (the server through a loopback
 * `--inspect` port and HeapProfiler.collectGarbage, the bare one through --expose-gc), so the
 * baselines hold live memory rather than the last size's garbage; BENCH_GC=0 turns that off.
 *
 * DATABASE_URL's server is used when set (a fresh database beside it), otherwise an embedded
 * PostgreSQL. REDIS_URL, when set, is handed to the server (Redis pub/sub and rate limits);
 * otherwise it uses in-process pub/sub. Knobs: BENCH_BARE_SEND=string makes the bare server hand
 * the string to every socket (encoded per socket, as graphql-ws does) instead of one Buffer;
 * BENCH_SERVER_NODE_OPTIONS is the server's NODE_OPTIONS; BENCH_PROFILE=<dir> writes, per size, a
 * .cpuprofile of the server's connect phase and of its events phase and a .heapprofile of its live
 * objects with the clients connected, all taken through the inspector (Node 20 refuses --cpu-prof
 * in NODE_OPTIONS). The whole run is bounded by BENCH_TIMEOUT_S (default 480) and kills its
 * children on exit, error or signal.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import type { Readable } from "node:stream";
import pg from "pg";
import WebSocket from "ws";
import { startLocalIssuer } from "./oidc";
import { treeCpu, treeCpuMs, treeFdCount, treeRssKb } from "./proc";
import { freePort } from "../server/src/platform/net";
import { REPO_ROOT } from "../server/src/platform/db";
import { freshBenchDatabase } from "./bench-db";
import { SUBSCRIPTION, now, type BenchEvent, type ClientLib, type FromClients, type Mode, type ToClients } from "./fanout.clients";
import type { FromBare, ToBare } from "./fanout.bare";

const sizes = (process.env.BENCH_CLIENTS ?? "1000,5000,10000")
  .split(",")
  .map((s) => Number(s.trim()))
  .filter((n) => Number.isInteger(n) && n > 0);
const eventCount = Number(process.env.BENCH_EVENTS ?? 20);
const intervalMs = Number(process.env.BENCH_INTERVAL_MS ?? 500);
const warmupEvents = Number(process.env.BENCH_WARMUP ?? 10);
const batch = Number(process.env.BENCH_BATCH ?? 200);
const budgetS = Number(process.env.BENCH_TIMEOUT_S ?? 480);
const serverNodeOptions = process.env.BENCH_SERVER_NODE_OPTIONS ?? "";
/** Full GC in the measured process before each memory reading (BENCH_GC=0: off). */
const forceGc = process.env.BENCH_GC !== "0";
/** A directory: the server's connect and events phases are CPU-profiled (through the inspector) into it. */
const profileDir = process.env.BENCH_PROFILE;
/**
 * BENCH_API_PROCESSES: api processes of the server (its API_PROCESSES, default 1). Here the clients
 * share the two cores with the server, so a second api process only adds work (each process runs
 * the views of every event, and the Redis fan-out twice): p99 at 10,000 clients 327 ms with two
 * against 218 ms with one (docs/PERFORMANCE.md). CPU and RSS are summed over the supervisor and its
 * api processes; heap per connection and profiles need a single process.
 */
const apiProcesses = Number(process.env.BENCH_API_PROCESSES ?? 1);
if (!Number.isInteger(apiProcesses) || apiProcesses < 1) {
  console.error(`fanout bench: BENCH_API_PROCESSES must be a whole number ≥ 1 (got ${process.env.BENCH_API_PROCESSES})`);
  process.exit(2);
}
if (apiProcesses > 1 && !process.env.REDIS_URL) {
  console.error("fanout bench: BENCH_API_PROCESSES > 1 needs REDIS_URL (the api processes share live updates through Redis)");
  process.exit(2);
}
if (profileDir && apiProcesses > 1) {
  console.error("fanout bench: BENCH_PROFILE needs BENCH_API_PROCESSES=1 (one process to profile)");
  process.exit(2);
}
const useInspector = apiProcesses === 1 && (forceGc || !!profileDir);
const CLIENT_PROCESSES = 2;
/** BENCH_CLIENT_LIB=graphql-ws: the server's clients are graphql-ws's own client instead of plain protocol sockets (fanout.clients.ts). */
const clientLib: ClientLib = process.env.BENCH_CLIENT_LIB === "graphql-ws" ? "graphql-ws" : process.env.BENCH_CLIENT_LIB === "protocol" ? "protocol" : "lean";
const SECRET = "fanout-bench-secret-0123456789-abcdefghij";
const DEMO_SLUG = "sundsviks-kommun";
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));


// ---------------------------------------------------------------- children
const children = new Set<ChildProcess>();
const spawnTs = (file: string, stdio: "ipc-inherit" | "pipe", env: NodeJS.ProcessEnv, flags: string[] = []): ChildProcess => {
  const child = spawn(process.execPath, [...flags, "--import", "tsx", file], {
    cwd: REPO_ROOT,
    env,
    stdio: stdio === "pipe" ? ["ignore", "pipe", "pipe"] : ["ignore", "inherit", "inherit", "ipc"],
  });
  children.add(child);
  child.once("exit", () => children.delete(child));
  return child;
};

/** IPC with a child: send, and wait for the next message of a type (or fail on timeout / exit). */
class Peer<In extends { type: string }, Out> {
  private waiters = new Map<string, ((m: In) => void)[]>();
  private failers = new Set<(e: Error) => void>();
  constructor(
    readonly proc: ChildProcess,
    readonly name: string,
  ) {
    proc.on("message", (m) => this.waiters.get((m as In).type)?.shift()?.(m as In));
    proc.once("exit", (code, signal) => {
      for (const fail of this.failers) fail(new Error(`${name} exited (${code ?? signal})`));
    });
  }
  send(m: Out) {
    this.proc.send(m as object);
  }
  wait<T extends In["type"]>(type: T, timeoutMs: number): Promise<Extract<In, { type: T }>> {
    return new Promise((resolve, reject) => {
      const fail = (e: Error) => {
        clearTimeout(timer);
        this.failers.delete(fail);
        reject(e);
      };
      const timer = setTimeout(() => fail(new Error(`${this.name}: no "${type}" within ${timeoutMs} ms`)), timeoutMs);
      this.failers.add(fail);
      const list = this.waiters.get(type) ?? this.waiters.set(type, []).get(type)!;
      list.push((m) => {
        clearTimeout(timer);
        this.failers.delete(fail);
        resolve(m as Extract<In, { type: T }>);
      });
    });
  }
  ask<T extends In["type"]>(m: Out, type: T, timeoutMs: number): Promise<Extract<In, { type: T }>> {
    const answer = this.wait(type, timeoutMs);
    this.send(m);
    return answer;
  }
}

const exited = (child: ChildProcess, ms: number) =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve(true)
    : Promise.race([new Promise<boolean>((r) => child.once("exit", () => r(true))), sleep(ms).then(() => false)]);

// ---------------------------------------------------------------- database and server
const bench = await freshBenchDatabase("bench-fanout");
const dbUrl = new URL(bench.url);

const redisUrl = process.env.REDIS_URL;
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
// The inspector, on loopback, only to ask V8 for a full GC before a memory reading.
const inspectPort = useInspector ? await freePort() : 0;
// The api as production runs it: NODE_ENV=production, ROLE=api (no job runner in the measured
// process), sign-in through an identity provider (a local JWKS endpoint, bench/oidc.ts).
const issuer = await startLocalIssuer();
const server = spawnTs("server/src/main.ts", "pipe", {
  PATH: process.env.PATH ?? "",
  HOME: process.env.HOME ?? "",
  NODE_ENV: "production",
  NODE_OPTIONS: `${serverNodeOptions}${useInspector ? ` --inspect=127.0.0.1:${inspectPort}` : ""}`.trim(),
  ROLE: "api",
  API_PROCESSES: String(apiProcesses),
  ...issuer.env,
  AUTH_SECRET: SECRET,
  DATABASE_URL: dbUrl.toString(),
  ...(redisUrl ? { REDIS_URL: redisUrl } : {}),
  HOST: "127.0.0.1",
  PORT: String(port),
  SEED_DEMO: "true",
  SERVE_CLIENT: "false",
  LOG_LEVEL: "warn",
  RATE_LIMIT_PER_MINUTE: "1000000000",
  HTTP_MAX_CONNECTIONS_PER_ADDRESS: "100000",
});

// The server's log (JSON at warn and above on stdout, prose on stderr): counted by event, a few shown.
const logEvents = new Map<string, number>();
let shownLines = 0;
const lines = (stream: Readable | null, onLine: (line: string) => void) => {
  let buf = "";
  stream?.on("data", (d: Buffer) => {
    buf += d.toString("utf8");
    for (let i = buf.indexOf("\n"); i >= 0; i = buf.indexOf("\n")) {
      onLine(buf.slice(0, i));
      buf = buf.slice(i + 1);
    }
  });
};
const show = (line: string) => {
  if (!line.trim()) return;
  if (shownLines++ < 25) console.log(`  [server] ${line.slice(0, 400)}`);
};
lines(server.stdout, (line) => {
  try {
    const entry = JSON.parse(line) as { level?: number; event?: string; msg?: string };
    const key = `${entry.level ?? "?"}:${entry.event ?? entry.msg ?? "?"}`;
    logEvents.set(key, (logEvents.get(key) ?? 0) + 1);
  } catch {
    // not JSON
  }
  show(line);
});
let bannerSeen = false;
lines(server.stderr, (line) => {
  if (line.includes("Postboxen körs på")) bannerSeen = true;
  if (/Postboxen körs|Logga in|GraphQL:|Debugger listening|Debugger attached|Debugger ending|For help, see: https:\/\/nodejs.org\/en\/docs\/inspector/.test(line)) return;
  show(line);
});
server.once("exit", (code, signal) => {
  if (!cleaningUp) console.error(`  [server] EXITED (${code ?? signal}) in the middle of the bench`);
});

let cleaningUp = false;
let inspector: WebSocket | undefined;
const cleanup = async () => {
  if (cleaningUp) return;
  cleaningUp = true;
  inspector?.terminate();
  for (const child of children) if (child !== server) child.kill("SIGKILL");
  if (server.exitCode === null && server.signalCode === null) {
    // SIGTERM first: a --cpu-prof run writes its profile on the way out.
    server.kill("SIGTERM");
    if (!(await exited(server, 5_000))) server.kill("SIGKILL");
  }
  issuer.close();
  await bench.cleanup().catch(() => undefined);
};
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void cleanup().then(() => process.exit(130)));
const watchdog = setTimeout(() => {
  console.error(`fanout bench: over its ${budgetS} s budget, stopping`);
  void cleanup().finally(() => process.exit(2));
}, budgetS * 1000);
watchdog.unref();

// ---------------------------------------------------------------- helpers
const pct = (sorted: Float64Array, p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : NaN);
const median = (xs: number[]) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : NaN;
};
const f1 = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : "–");
const f2 = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : "–");

async function gql<T>(query: string, variables: Record<string, unknown>, token: string): Promise<T> {
  const res = await fetch(`${base}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(15_000),
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  if (body.errors?.length) throw new Error(`GraphQL ${res.status}: ${body.errors.map((e) => e.extensions?.code ?? e.message).join(", ")}`);
  return body.data!;
}

interface SideResult {
  side: "server" | "bare";
  n: number;
  ok: number;
  failed: number;
  failures: Record<string, number>;
  connectMs: number;
  settled: number;
  settleMs: number;
  p50: number;
  p99: number;
  max: number;
  received: number;
  expected: number;
  complete: number;
  events: number;
  rssBaseKb: number;
  rssKb: number;
  rssPerConnKb: number;
  /** Against the process's first baseline (before any client of any size): V8 keeps freed heap. */
  rssFreshPerConnKb: number;
  heapPerConnKb: number;
  cpuPerEventMs: number;
  sysPerEventMs: number;
  connectCpuMs: number;
  clientCpuPerEventMs: number;
  clientConnectCpuMs: number;
  triggerP50: number;
  allReachedP50: number;
  /** Per event: publish → its last receipt. */
  reached: number[];
  drops: number;
  stale: number;
  foreign: number;
  subscriptionErrors: number;
  errorSample?: string;
  eventFailures: number;
}

try {
  const t = now();
  for (;;) {
    if (now() - t > 120_000) throw new Error("server did not come up within 120 s");
    if (server.exitCode !== null) throw new Error(`server exited (${server.exitCode}) while starting`);
    try {
      if ((await fetch(`${base}/health`)).ok) break;
    } catch {
      // not yet
    }
    await sleep(200);
  }
  const serverPid = server.pid!;
  // /health is answered by the first api process up; the banner comes once every one is listening
  // (from the supervisor when there are several).
  for (const t = now(); !bannerSeen; await sleep(100)) if (now() - t > 120_000) throw new Error("the server's banner did not appear within 120 s");

  // Tokens for the demo organisation's users from the bench's identity provider: each user's subject is its id.
  const db = new pg.Client({ connectionString: dbUrl.toString() });
  await db.connect();
  const users = (
    await db.query<{ id: string; role: string; organization_id: string; email: string }>(
      `update users u set external_subject = u.id::text from organizations o where o.id = u.organization_id and o.slug = $1 and u.active returning u.id, u.role, u.organization_id, u.email`,
      [DEMO_SLUG],
    )
  ).rows.sort((x, y) => x.email.localeCompare(y.email));
  await db.end();
  const sign = (u: { id: string; role: string }) => issuer.sign(u.id, u.role);
  const viewers = await Promise.all(users.filter((u) => u.role === "VIEWER").map(sign));
  const editors = await Promise.all(users.filter((u) => u.role === "EDITOR").map(sign));
  if (!viewers.length || !editors.length) throw new Error(`the demo organisation needs VIEWER and EDITOR users (found ${users.map((u) => u.role).join(", ")})`);
  const editor = editors[0]!;

  const found = await gql<{ actionItems: { nodes: { id: string; title: string; status: string }[] } }>(
    `query { actionItems(first: 1, filter: { status: [OPEN] }) { nodes { id title status } } }`,
    {},
    editor,
  );
  const target = found.actionItems.nodes[0];
  if (!target) throw new Error("no open action item in the demo organisation");
  let status = target.status;

  /** One live event on the server: complete or reopen the target as an EDITOR; resolves to the new status. */
  const toggle = async (): Promise<string> => {
    const next = status === "OPEN" ? "DONE" : "OPEN";
    const field = next === "DONE" ? "completeActionItem" : "reopenActionItem";
    const data = await gql<Record<string, { actionItem: { status: string } }>>(`mutation($id: ID!) { ${field}(input: { id: $id }) { actionItem { id status } } }`, { id: target.id }, editor);
    status = data[field]!.actionItem.status;
    return status;
  };

  // One real graphql-ws `next` message per status, byte for byte, for the bare server to send.
  const captured = new Map<string, string>();
  {
    const ws = new WebSocket(`ws://127.0.0.1:${port}/graphql`, "graphql-transport-ws");
    const inbox: string[] = [];
    let wake: (() => void) | undefined;
    ws.on("message", (d) => {
      inbox.push(String(d));
      wake?.();
    });
    const nextMessage = async (ms: number) => {
      const until = now() + ms;
      while (!inbox.length) {
        if (now() > until) throw new Error("capture: no message from the server");
        await Promise.race([new Promise<void>((r) => (wake = r)), sleep(100)]);
      }
      return inbox.shift()!;
    };
    await new Promise<void>((resolve, reject) => {
      ws.once("open", () => resolve());
      ws.once("error", reject);
    });
    ws.send(JSON.stringify({ type: "connection_init", payload: { authorization: `Bearer ${viewers[0]}` } }));
    const ack = JSON.parse(await nextMessage(10_000)) as { type: string };
    if (ack.type !== "connection_ack") throw new Error(`capture: expected connection_ack, got ${ack.type}`);
    ws.send(JSON.stringify({ id: randomUUID(), type: "subscribe", payload: { query: SUBSCRIPTION } }));
    await sleep(500);
    for (let i = 0; i < 2; i++) {
      await toggle();
      const raw = await nextMessage(10_000);
      const msg = JSON.parse(raw) as { type: string; payload?: { data?: { actionItemChanged?: { status: string } } } };
      if (msg.type !== "next" || !msg.payload?.data?.actionItemChanged) throw new Error(`capture: unexpected message ${raw.slice(0, 200)}`);
      captured.set(msg.payload.data.actionItemChanged.status, raw);
    }
    ws.close();
  }

  console.log(`fan-out bench: ${cpus().length} cores, bare server sends ${process.env.BENCH_BARE_SEND === "string" ? "the string per socket (BENCH_BARE_SEND=string)" : "one Buffer"}, pub/sub ${redisUrl ? "Redis (REDIS_URL)" : "in-process (no REDIS_URL)"}, PostgreSQL ${process.env.DATABASE_URL ? "(DATABASE_URL)" : "(embedded)"}`);
  console.log(
    `  clients: ${
      clientLib === "lean"
        ? "lean sockets on both sides (own framing: headers read and pings answered while events arrive, every message JSON-parsed and checked afterwards; BENCH_CLIENT_LIB=protocol or graphql-ws for ws-based clients)"
        : clientLib === "graphql-ws"
          ? "graphql-ws's client against the server, plain ws sockets against the bare one (BENCH_CLIENT_LIB=graphql-ws)"
          : "plain ws sockets on both sides, JSON.parse per message (BENCH_CLIENT_LIB=protocol)"
    }`,
  );
  console.log(`  server: ${apiProcesses} api process${apiProcesses > 1 ? "es (BENCH_API_PROCESSES; CPU and RSS summed over them and their supervisor, no heap figure)" : " (BENCH_API_PROCESSES)"}; ${sizes.join(", ")} clients in ${CLIENT_PROCESSES} processes, batches of ${batch}; ${warmupEvents} warm-up and ${eventCount} measured events every ${intervalMs} ms; ${viewers.length} viewer and ${editors.length} editor tokens, 1 in 10 an editor`);
  console.log(`  event: ${[...captured.values()][0]!.length} bytes, e.g. ${[...captured.values()][0]!}`);

  // The mutation alone (no subscriber): what the server spends per event before any fan-out.
  {
    await sleep(500);
    const c0 = treeCpuMs(serverPid);
    const durations: number[] = [];
    for (let i = 0; i < 10; i++) {
      const t0 = now();
      await toggle();
      durations.push(now() - t0);
      await sleep(200);
    }
    const c1 = treeCpuMs(serverPid);
    console.log(`  no subscribers: mutation p50 ${f1(median(durations))} ms; server CPU ${f1((c1 - c0) / 10)} ms per mutation (incl. 200 ms idle each)`);
  }

  // Server memory: after a full GC (through the inspector) when BENCH_GC is on, else as /metrics sees it.
  let inspectorCall: ((method: string, params?: Record<string, unknown>) => Promise<Record<string, unknown>>) | undefined;
  if (useInspector) {
    const targets = (await (await fetch(`http://127.0.0.1:${inspectPort}/json/list`)).json()) as { webSocketDebuggerUrl: string }[];
    const session = new WebSocket(targets[0]!.webSocketDebuggerUrl);
    inspector = session;
    await new Promise<void>((resolve, reject) => {
      session.once("open", () => resolve());
      session.once("error", reject);
    });
    let seq = 0;
    const pending = new Map<number, (result: Record<string, unknown>) => void>();
    session.on("message", (d) => {
      const m = JSON.parse(String(d)) as { id?: number; result?: Record<string, unknown> };
      if (m.id !== undefined) pending.get(m.id)?.(m.result ?? {});
    });
    inspectorCall = (method, params) =>
      new Promise((resolve, reject) => {
        const id = ++seq;
        const timer = setTimeout(() => reject(new Error(`inspector: ${method} timed out`)), 60_000);
        pending.set(id, (r) => {
          clearTimeout(timer);
          pending.delete(id);
          resolve(r);
        });
        session.send(JSON.stringify({ id, method, params }));
      });
  }
  const serverHeapUsed = async () => {
    // Several api processes: /metrics answers for whichever one the connection reached.
    if (apiProcesses > 1) return NaN;
    if (inspectorCall && forceGc) {
      await inspectorCall("HeapProfiler.collectGarbage");
      return Number((await inspectorCall("Runtime.getHeapUsage")).usedSize);
    }
    return Number(/^nodejs_heap_size_used_bytes (\S+)$/m.exec(await (await fetch(`${base}/metrics`)).text())?.[1] ?? NaN);
  };
  await serverHeapUsed();
  const serverFreshRssKb = treeRssKb(serverPid);
  if (profileDir) {
    mkdirSync(profileDir, { recursive: true });
    await inspectorCall!("Profiler.enable");
  }
  const profileStart = async (side: string) => {
    if (profileDir && side === "server") await inspectorCall!("Profiler.start");
  };
  const heapProfileStart = async (side: string) => {
    if (profileDir && side === "server") await inspectorCall!("HeapProfiler.startSampling", { samplingInterval: 4096 });
  };
  /** Live allocations only: V8's sampling heap profile drops samples of collected objects. */
  const heapProfileStop = async (side: string, name: string) => {
    if (!profileDir || side !== "server") return;
    const { profile } = await inspectorCall!("HeapProfiler.getSamplingProfile");
    await inspectorCall!("HeapProfiler.stopSampling");
    const file = join(profileDir, `${name}.heapprofile`);
    writeFileSync(file, JSON.stringify(profile));
    console.log(`  heap profile: ${file}`);
  };
  const profileStop = async (side: string, name: string) => {
    if (!profileDir || side !== "server") return;
    const { profile } = await inspectorCall!("Profiler.stop");
    const file = join(profileDir, `${name}.cpuprofile`);
    writeFileSync(file, JSON.stringify(profile));
    console.log(`  profile: ${file}`);
  };

  // A fresh bare server for every size: a process that has held and freed the previous size's
  // sockets reuses that memory, and its RSS per connection would read too low (1.5 KB once).
  let bare!: Peer<FromBare, ToBare>;
  let barePort = 0;
  let barePid = 0;
  let bareFreshRssKb = NaN;
  let bareStatus = status;
  const heapUsed = async (side: "server" | "bare") => (side === "server" ? serverHeapUsed() : (await bare.ask({ type: "memory" }, "memory", 30_000)).heapUsed);
  const startBare = async () => {
    bare = new Peer<FromBare, ToBare>(spawnTs("bench/fanout.bare.ts", "ipc-inherit", { ...process.env, NODE_OPTIONS: "" }, ["--expose-gc"]), "bare server");
    barePort = (await bare.wait("listening", 60_000)).port;
    barePid = bare.proc.pid!;
    await heapUsed("bare");
    bareFreshRssKb = treeRssKb(barePid);
  };
  const stopBare = async () => {
    bare.proc.kill("SIGKILL");
    await exited(bare.proc, 10_000);
  };

  const runSide = async (side: "server" | "bare", n: number): Promise<SideResult> => {
    const pid = side === "server" ? serverPid : barePid;
    const url = side === "server" ? `ws://127.0.0.1:${port}/graphql` : `ws://127.0.0.1:${barePort}`;
    const mode: Mode = side === "server" ? "graphql" : "bare";
    await sleep(1_000);
    const heapBefore = await heapUsed(side);
    const rssBaseKb = treeRssKb(pid);
    const fdsBefore = treeFdCount(pid);
    const peers = Array.from({ length: CLIENT_PROCESSES }, (_, i) => new Peer<FromClients, ToClients>(spawnTs("bench/fanout.clients.ts", "ipc-inherit", { ...process.env, NODE_OPTIONS: "" }), `client process ${i + 1}`));
    try {
      await Promise.all(peers.map((p) => p.wait("ready", 60_000)));
      const clientCpu = () => peers.reduce((sum, p) => sum + treeCpuMs(p.proc.pid!), 0);
      const shares = peers.map((_, i) => Math.floor(n / CLIENT_PROCESSES) + (i < n % CLIENT_PROCESSES ? 1 : 0));
      const perBatch = Math.max(1, Math.ceil(batch / CLIENT_PROCESSES));

      // Connect.
      await heapProfileStart(side);
      await profileStart(side);
      const cpu0 = treeCpuMs(pid);
      const ccpu0 = clientCpu();
      const tc = now();
      let start = 0;
      const connected = await Promise.all(
        peers.map((p, i) => {
          const request: ToClients = { type: "connect", mode, client: clientLib, url, start, count: shares[i]!, batch: perBatch, timeoutMs: 30_000, targetId: target.id, viewers, editors };
          start += shares[i]!;
          return p.ask(request, "connected", Math.max(60_000, n * 15));
        }),
      );
      const connectMs = now() - tc;
      const connectCpuMs = treeCpuMs(pid) - cpu0;
      const clientConnectCpuMs = clientCpu() - ccpu0;
      await profileStop(side, `server-${n}-connect`);
      const ok = connected.reduce((s, c) => s + c.ok, 0);
      const failures: Record<string, number> = {};
      for (const c of connected) for (const [k, v] of Object.entries(c.failures)) failures[k] = (failures[k] ?? 0) + v;

      const counts = async () => {
        const cs = await Promise.all(peers.map((p) => p.ask({ type: "count" }, "count", 30_000)));
        return { received: cs.reduce((s, c) => s + c.received, 0), clientsWithAny: cs.reduce((s, c) => s + c.clientsWithAny, 0) };
      };
      let eventFailures = 0;
      const trigger = async (): Promise<string | undefined> => {
        if (side === "server") {
          try {
            return await toggle();
          } catch (error) {
            eventFailures++;
            console.log(`  [${side} ${n}] mutation failed: ${error instanceof Error ? error.message : String(error)}`);
            return undefined;
          }
        }
        bareStatus = bareStatus === "OPEN" ? "DONE" : "OPEN";
        await bare.ask({ type: "broadcast", data: captured.get(bareStatus)! }, "sent", 30_000);
        return bareStatus;
      };

      // Settle: one event that every live subscription must see before the measured ones.
      const ts = now();
      await trigger();
      let settled = 0;
      while (now() - ts < 30_000) {
        settled = (await counts()).clientsWithAny;
        if (settled >= ok) break;
        await sleep(100);
      }
      const settleMs = now() - ts;
      // Warm-up: BENCH_WARMUP unmeasured events, so the JIT has compiled the event path before the
      // first size is measured (a server in production is warm; without this the first size read
      // up to 2x slower than the next larger one).
      for (let k = 0; k < warmupEvents; k++) {
        await trigger();
        await sleep(intervalMs / 2);
      }
      for (const tw = now(); warmupEvents > 0 && now() - tw < 10_000; await sleep(100)) {
        if ((await counts()).received >= ok * (1 + warmupEvents)) break;
      }
      await sleep(300);
      const heapWithClients = await heapUsed(side);
      const rssWithClients = treeRssKb(pid);
      await heapProfileStop(side, `server-${n}-connected`);
      await Promise.all(peers.map((p) => p.ask({ type: "reset" }, "reset", 30_000)));

      // Events.
      const events: BenchEvent[] = [];
      const triggerMs: number[] = [];
      const ecpu0 = treeCpuMs(pid);
      const esys0 = treeCpu(pid).sys;
      const eccpu0 = clientCpu();
      await profileStart(side);
      const te = now();
      for (let k = 0; k < eventCount; k++) {
        const wait = te + k * intervalMs - now();
        if (wait > 0) await sleep(wait);
        const t0 = now();
        const s = await trigger();
        triggerMs.push(now() - t0);
        if (s) events.push({ t0, status: s });
      }
      // Drain: until everything arrived, or nothing more for 5 s (at most 60 s).
      const expected = ok * events.length;
      const td = now();
      let last = -1;
      let lastChange = now();
      while (now() - td < 60_000) {
        const { received } = await counts();
        if (received >= expected) break;
        if (received !== last) {
          last = received;
          lastChange = now();
        } else if (now() - lastChange > 5_000) break;
        await sleep(200);
      }
      const cpuPerEventMs = (treeCpuMs(pid) - ecpu0) / Math.max(1, events.length);
      const sysPerEventMs = (treeCpu(pid).sys - esys0) / Math.max(1, events.length);
      await profileStop(side, `server-${n}-events`);
      const clientCpuPerEventMs = (clientCpu() - eccpu0) / Math.max(1, events.length);

      const results = (await Promise.all(peers.map((p) => p.ask({ type: "results", events }, "results", 60_000)))) as Extract<FromClients, { type: "results" }>[];
      let total = 0;
      for (const r of results) total += r.latencies.length;
      const all = new Float64Array(total);
      let at = 0;
      for (const r of results) for (const x of r.latencies) all[at++] = x;
      all.sort();
      const reached = events.map((e, k) => {
        const lasts = results.map((r) => r.last[k] ?? NaN).filter((x) => Number.isFinite(x));
        return lasts.length ? Math.max(...lasts) - e.t0 : NaN;
      });
      const sum = (key: "complete" | "received" | "stale" | "foreign" | "drops" | "subscriptionErrors") => results.reduce((s, r) => s + r[key], 0);
      return {
        side,
        n,
        ok,
        failed: n - ok,
        failures,
        connectMs,
        settled,
        settleMs,
        p50: pct(all, 50),
        p99: pct(all, 99),
        max: all.length ? all[all.length - 1]! : NaN,
        received: sum("received"),
        expected,
        complete: sum("complete"),
        events: events.length,
        rssBaseKb,
        rssKb: rssWithClients,
        rssPerConnKb: (rssWithClients - rssBaseKb) / Math.max(1, ok),
        rssFreshPerConnKb: (rssWithClients - (side === "server" ? serverFreshRssKb : bareFreshRssKb)) / Math.max(1, ok),
        heapPerConnKb: (heapWithClients - heapBefore) / 1024 / Math.max(1, ok),
        cpuPerEventMs,
        sysPerEventMs,
        connectCpuMs,
        clientCpuPerEventMs,
        clientConnectCpuMs,
        triggerP50: median(triggerMs),
        allReachedP50: median(reached),
        reached,
        drops: sum("drops"),
        stale: sum("stale"),
        foreign: sum("foreign"),
        subscriptionErrors: sum("subscriptionErrors"),
        errorSample: results.find((r) => r.errorSample)?.errorSample,
        eventFailures,
      };
    } finally {
      // Close every client, and wait until the server has let go of their sockets.
      for (const p of peers) if (p.proc.exitCode === null) p.send({ type: "close" });
      await Promise.all(peers.map(async (p) => (await exited(p.proc, 10_000)) || p.proc.kill("SIGKILL")));
      const tw = now();
      while (now() - tw < 30_000 && treeFdCount(pid) > fdsBefore + 20) await sleep(200);
    }
  };

  const line = (r: SideResult) => {
    const failures = Object.entries(r.failures)
      .map(([k, v]) => `${k} ×${v}`)
      .join(", ");
    console.log(
      `${r.side.padEnd(6)} ${String(r.n).padStart(6)} clients: connect ${f1(r.connectMs / 1000)} s (${r.failed} failed${failures ? `: ${failures}` : ""}; server CPU ${f1(r.connectCpuMs / 1000)} s, clients ${f1(r.clientConnectCpuMs / 1000)} s)` +
        ` · settle event reached ${r.settled}/${r.ok} in ${f1(r.settleMs)} ms` +
        ` · publish→receive p50 ${f1(r.p50)} / p99 ${f1(r.p99)} / max ${f1(r.max)} ms (all reached p50 ${f1(r.allReachedP50)} ms, per event ${r.reached.map((x) => (Number.isFinite(x) ? x.toFixed(0) : "–")).join(" ")}; ${r.side === "server" ? "mutation" : "broadcast call"} p50 ${f1(r.triggerP50)} ms)` +
        ` · delivered ${r.received}/${r.expected} (${f2((100 * r.received) / Math.max(1, r.expected))}%), ${r.complete}/${r.ok} clients complete` +
        ` · RSS ${f1(r.rssBaseKb / 1024)} → ${f1(r.rssKb / 1024)} MB = ${f1(r.rssPerConnKb)} KB/conn (${f1(r.rssFreshPerConnKb)} vs the fresh process; V8 heap used +${f1(r.heapPerConnKb)} KB/conn)` +
        ` · CPU ${f1(r.cpuPerEventMs)} ms/event, ${f1(r.sysPerEventMs)} of it in the kernel (clients ${f1(r.clientCpuPerEventMs)} ms/event)` +
        (r.drops || r.stale || r.foreign || r.subscriptionErrors || r.eventFailures ? ` · drops ${r.drops}, stale ${r.stale}, foreign ${r.foreign}, subscription errors ${r.subscriptionErrors}${r.errorSample ? ` (${r.errorSample})` : ""}, failed triggers ${r.eventFailures}` : ""),
    );
  };

  const rows: SideResult[] = [];
  for (const n of sizes) {
    for (const side of ["server", "bare"] as const) {
      if (side === "bare") await startBare();
      const r = await runSide(side, n);
      if (side === "bare") await stopBare();
      rows.push(r);
      line(r);
    }
  }

  // Summary.
  console.log("");
  console.log(`server RSS: ${f1(serverFreshRssKb / 1024)} MB before any client; baselines per size ${rows.filter((r) => r.side === "server").map((r) => `${r.n}: ${f1(r.rssBaseKb / 1024)} MB`).join(", ")}. Bare: a fresh process per size, ${rows.filter((r) => r.side === "bare").map((r) => `${r.n}: ${f1(r.rssBaseKb / 1024)} MB`).join(", ")}.`);
  console.log(`summary (${eventCount} events every ${intervalMs} ms; latency = receive − t0 taken before the trigger; server side includes the mutation)`);
  const head = ["clients", "side", "connect s", "failed", "p50 ms", "p99 ms", "max ms", "delivered", "complete", "RSS KB/conn", "(vs fresh)", "heap KB/conn", "CPU ms/event", "(kernel)", "clients CPU ms/ev"];
  const widths = [7, 6, 9, 6, 8, 8, 8, 9, 14, 11, 10, 12, 12, 8, 17];
  const row = (cells: string[]) => console.log(cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  "));
  row(head);
  const delivered = (r: SideResult) => (100 * r.received) / Math.max(1, r.expected);
  for (const n of sizes) {
    const s = rows.find((r) => r.n === n && r.side === "server")!;
    const b = rows.find((r) => r.n === n && r.side === "bare")!;
    for (const r of [s, b]) row([String(n), r.side, f1(r.connectMs / 1000), String(r.failed), f1(r.p50), f1(r.p99), f1(r.max), `${f2(delivered(r))}%`, `${r.complete}/${r.n}`, f1(r.rssPerConnKb), f1(r.rssFreshPerConnKb), f1(r.heapPerConnKb), f1(r.cpuPerEventMs), f1(r.sysPerEventMs), f1(r.clientCpuPerEventMs)]);
    const ratio = (a: number, c: number) => (c > 0 ? `${f1(a / c)}x` : "–");
    row(["", "ratio", ratio(s.connectMs, b.connectMs), "", ratio(s.p50, b.p50), ratio(s.p99, b.p99), ratio(s.max, b.max), "", "", ratio(s.rssPerConnKb, b.rssPerConnKb), ratio(s.rssFreshPerConnKb, b.rssFreshPerConnKb), ratio(s.heapPerConnKb, b.heapPerConnKb), ratio(s.cpuPerEventMs, b.cpuPerEventMs), ratio(s.sysPerEventMs, b.sysPerEventMs), ratio(s.clientCpuPerEventMs, b.clientCpuPerEventMs)]);
  }
  console.log("");
  const goal = (label: string, n: number, check: (s: SideResult, b: SideResult) => [string, boolean]) => {
    const s = rows.find((r) => r.n === n && r.side === "server");
    const b = rows.find((r) => r.n === n && r.side === "bare");
    if (!s || !b) return console.log(`goal ${label}: not measured`);
    const [value, met] = check(s, b);
    console.log(`goal ${label}: ${value} — ${met ? "met" : "NOT met"}`);
  };
  goal("10,000 clients, p99 ≤ 250 ms", 10_000, (s) => [`${f1(s.p99)} ms`, s.p99 <= 250]);
  goal("10,000 clients, 100% delivered", 10_000, (s) => [`${f2(delivered(s))}% (${s.complete}/${s.n} clients complete, ${s.failed} failed to connect)`, s.failed === 0 && s.received === s.expected && s.complete === s.n]);
  goal("10,000 clients, RSS/conn ≤ 2× bare", 10_000, (s, b) => [
    `${f1(s.rssPerConnKb)} vs ${f1(b.rssPerConnKb)} KB = ${f2(s.rssPerConnKb / b.rssPerConnKb)}x against this size's baseline (against the fresh processes ${f1(s.rssFreshPerConnKb)} vs ${f1(b.rssFreshPerConnKb)} KB = ${f2(s.rssFreshPerConnKb / b.rssFreshPerConnKb)}x)`,
    s.rssPerConnKb <= 2 * b.rssPerConnKb && s.rssFreshPerConnKb <= 2 * b.rssFreshPerConnKb,
  ]);
  goal("1,000 clients, p99 ≤ 100 ms", 1_000, (s) => [`${f1(s.p99)} ms`, s.p99 <= 100]);
  if (logEvents.size) console.log(`server log lines (level:event ×count): ${[...logEvents].map(([k, v]) => `${k} ×${v}`).join(", ")}`);
} finally {
  await cleanup();
}
process.exit(0);
