/**
 * `npm run bench:hostile`: `/health` latency of a real server process (ROLE=all, its own fresh
 * database) while four hostile clients send their worst, against the same probe with no attack in
 * the same run. The four, each in a loop for the whole attack window:
 *   1. before sign-in, a WebSocket whose connection_init is ~10 MB of nested arrays;
 *   2. before sign-in, a 9.5 MB HTTP body;
 *   3. signed in (a VIEWER), a 9.5 MB body of nested arrays;
 *   4. signed in (an EDITOR), attachTranscript with a transcript of 9,000 cues (~2 MB) to a meeting whose
 *      participants all consented (so it is parsed — off the event loop — before the speakers are refused).
 * Prints p50/p95/p99/max of /health per phase and the attack counts. DATABASE_URL's server is used
 * when set (a fresh database is created beside it), otherwise an embedded PostgreSQL.
 * BENCH_SECONDS (default 10) sets each phase's length.
 */
import { spawn } from "node:child_process";
import { cpus } from "node:os";
import pg from "pg";
import WebSocket from "ws";
import { freePort } from "../server/src/platform/net";
import { REPO_ROOT } from "../server/src/platform/db";
import { freshBenchDatabase } from "./bench-db";

const seconds = Number(process.env.BENCH_SECONDS ?? 10);

// Probe mode: this same file in its own process, so the probe's timings do not include the
// attackers' own event loop (writing megabytes) — only the server's answer.
if (process.argv[2] === "--probe") {
  const [, , , target, ms] = process.argv;
  const samples: number[] = [];
  const until = Date.now() + Number(ms);
  while (Date.now() < until) {
    const t = performance.now();
    await fetch(`${target}/health`).then((r) => r.arrayBuffer());
    samples.push(performance.now() - t);
    await new Promise((r) => setTimeout(r, 20));
  }
  process.stdout.write(JSON.stringify(samples));
  process.exit(0);
}
const bench = await freshBenchDatabase("bench-hostile");
const dbUrl = new URL(bench.url);

const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const server = spawn(process.execPath, ["--import", "tsx", "server/src/main.ts"], {
  cwd: REPO_ROOT,
  env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", NODE_ENV: "development", AUTH_MODE: "dev", DATABASE_URL: dbUrl.toString(), HOST: "127.0.0.1", PORT: String(port), SERVE_CLIENT: "false", LOG_LEVEL: "warn", RATE_LIMIT_PER_MINUTE: "1000000", AUTH_SECRET: "hostile-bench-secret-0123456789-abcdefghij" },
  stdio: ["ignore", "ignore", "inherit"],
});
const cleanup = async () => {
  server.kill("SIGKILL");
  await bench.cleanup();
};
process.on("SIGINT", () => void cleanup().then(() => process.exit(130)));

try {
  for (let i = 0; ; i++) {
    if (i > 300) throw new Error("server did not come up");
    try {
      if ((await fetch(`${base}/health`)).ok) break;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  // Tokens for seeded users, signed as the dev sign-in signs them (same secret, claims and issuer).
  const { SignJWT } = await import("jose");
  const users = await new pg.Client({ connectionString: dbUrl.toString() });
  await users.connect();
  const row = async (role: string) => (await users.query<{ id: string; organization_id: string }>(`select id, organization_id from users where role = $1 and active limit 1`, [role])).rows[0]!;
  const sign = async (role: string) => {
    const u = await row(role);
    return new SignJWT({ role, org: u.organization_id }).setProtectedHeader({ alg: "HS256" }).setSubject(u.id).setIssuer("postboxen-dev").setAudience("postboxen").setIssuedAt().setExpirationTime("1h").sign(new TextEncoder().encode("hostile-bench-secret-0123456789-abcdefghij"));
  };
  const viewer = await sign("VIEWER");
  const editor = await sign("EDITOR");
  const meeting = (await users.query<{ id: string }>(`select m.id from meetings m where exists (select 1 from participants p where p.meeting_id = m.id) and not exists (select 1 from participants p where p.meeting_id = m.id and p.consent <> 'GRANTED') order by m.starts_at limit 1`)).rows[0]!.id;
  await users.end();
  const meetingId = Buffer.from(`Meeting:${meeting}`).toString("base64url");

  const nested = (depth: number) => "[".repeat(depth) + "]".repeat(depth);
  const bigNested = `{"query":"{ __typename }","variables":{"x":${nested(4_700_000)}}}`;
  const bigFlat = JSON.stringify({ query: "{ __typename }", variables: { pad: "x".repeat(9_500_000) } });
  const lines = ["WEBVTT", ""];
  for (let i = 0; lines.length < 27_000; i++) lines.push(`00:${String(Math.floor(i / 60) % 60).padStart(2, "0")}:${String(i % 60).padStart(2, "0")}.000 --> 00:59:59.000`, `<v Talare ${i % 5}>Vi behöver besluta om budgeten för nästa år och jag tar det senast på fredag, tack. ${"text ".repeat(10)}</v>`, "");
  const transcript = lines.join("\n");
  const attach = JSON.stringify({ query: `mutation($m: ID!, $c: String!) { attachTranscript(input: { meetingId: $m, content: $c }) { run { id } } }`, variables: { m: meetingId, c: transcript } });

  const counts = { ws: 0, anonBody: 0, nestedBody: 0, transcript: 0 };
  const transcriptCodes = new Map<string, number>();
  let attacking = false;
  const post = (body: string, token?: string) =>
    fetch(`${base}/graphql`, { method: "POST", headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) }, body }).then((r) => r.arrayBuffer()).catch(() => undefined);
  const wsInit = `{"type":"connection_init","payload":{"x":${nested(5_000_000)}}}`;
  const wsAttack = () =>
    new Promise<void>((resolve) => {
      const ws = new WebSocket(`ws://127.0.0.1:${port}/graphql`, "graphql-transport-ws");
      ws.on("open", () => ws.send(wsInit));
      ws.on("close", () => resolve());
      ws.on("error", () => resolve());
    });
  const attackers = [
    async () => {
      while (attacking) {
        await wsAttack();
        counts.ws++;
      }
    },
    async () => {
      while (attacking) {
        await post(bigFlat);
        counts.anonBody++;
      }
    },
    async () => {
      while (attacking) {
        await post(bigNested, viewer);
        counts.nestedBody++;
      }
    },
    async () => {
      while (attacking) {
        const body = await post(attach, editor);
        const code = body ? ((JSON.parse(Buffer.from(body).toString("utf8")) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code ?? "OK") : "NETWORK";
        transcriptCodes.set(code, (transcriptCodes.get(code) ?? 0) + 1);
        counts.transcript++;
      }
    },
  ];

  const probe = (ms: number): Promise<number[]> =>
    new Promise((resolve, reject) => {
      const child = spawn(process.execPath, ["--import", "tsx", "bench/hostile.bench.ts", "--probe", base, String(ms)], { cwd: REPO_ROOT, stdio: ["ignore", "pipe", "inherit"] });
      let out = "";
      child.stdout.on("data", (d) => (out += String(d)));
      child.on("exit", (code) => (code === 0 ? resolve((JSON.parse(out) as number[]).sort((a, b) => a - b)) : reject(new Error(`probe exited ${code}`))));
    });
  const pct = (s: number[], p: number) => s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
  const show = (label: string, s: number[]) => `${label}: n=${s.length} p50 ${pct(s, 50).toFixed(1)} ms · p95 ${pct(s, 95).toFixed(1)} ms · p99 ${pct(s, 99).toFixed(1)} ms · max ${s.at(-1)!.toFixed(1)} ms`;

  console.log(`hostile bench: ${cpus().length} cores, ${seconds} s per phase, server in its own process`);
  const quiet = await probe(seconds * 1000);
  console.log(show("/health, no attack      ", quiet));
  attacking = true;
  // BENCH_ONLY=0..3 runs one attacker alone (to see which one costs what).
  const only = process.env.BENCH_ONLY;
  const running = (only === undefined ? attackers : [attackers[Number(only)]!]).map((a) => a());
  await new Promise((r) => setTimeout(r, 500));
  const hostile = await probe(seconds * 1000);
  attacking = false;
  await Promise.allSettled(running);
  console.log(show("/health, 4 hostile       ", hostile));
  console.log(`attacks sent: ${counts.ws} WebSocket inits of ~10 MB nested, ${counts.anonBody} anonymous 9.5 MB bodies, ${counts.nestedBody} signed-in 9.5 MB nested bodies, ${counts.transcript} transcripts of ${(Buffer.byteLength(transcript) / 1e6).toFixed(1)} MB`);
  console.log(`transcript answers: ${[...transcriptCodes].map(([c, n]) => `${c} ${n}`).join(", ")}`);
  console.log(`ratio p99 hostile/quiet: ${(pct(hostile, 99) / pct(quiet, 99)).toFixed(2)}x; goal p99 < 100 ms under attack: ${pct(hostile, 99) < 100 ? "met" : "NOT met"}`);
} finally {
  await cleanup();
}
