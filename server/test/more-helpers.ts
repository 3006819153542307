import { spawn } from "node:child_process";
import { freePort } from "../src/platform/net";
import { randomUUID } from "node:crypto";
import { SignJWT } from "jose";
import WebSocket from "ws";
import type { Database } from "../src/platform/db";
import { REPO_ROOT } from "../src/platform/db";
import { toGlobalId } from "../src/platform/ids";

/** Raw SQL on the test database, bypassing the ORM and its tenant filter: the ground truth. */
export async function sql<T = Record<string, unknown>>(db: Database, query: string, params: unknown[] = []): Promise<T[]> {
  return db.orm.em.getConnection().execute<T[]>(query, params);
}

export async function countRows(db: Database, table: string, orgId: string): Promise<number> {
  const [row] = await sql<{ n: string }>(db, `select count(*) as n from "${table}" where organization_id = ?`, [orgId]);
  return Number(row?.n);
}

export async function rowById(db: Database, table: string, id: string): Promise<Record<string, unknown>> {
  const [row] = await sql(db, `select * from "${table}" where id = ?`, [id]);
  if (!row) throw new Error(`no ${table} row ${id}`);
  return row;
}

/** A global id of the given type that certainly does not exist. */
export const missingId = (type: string) => toGlobalId(type, randomUUID());

/** Whether a response body shows anything of a stack trace. */
export function looksLikeStackTrace(body: string): boolean {
  return /stacktrace|\bat [\w.<>]+ \(|\bat (file|node):|\.ts:\d+:\d+|\.js:\d+:\d+/i.test(body);
}

export const DEV_ISSUER = "postboxen-dev";
export const DEV_AUDIENCE = "postboxen";

/** A dev-mode JWT built by hand, so each test can break exactly one property of it. */
export async function devJwt(
  secret: string,
  sub: string,
  opts: { exp?: number | null; iss?: string; aud?: string } = {},
): Promise<string> {
  const jwt = new SignJWT({}).setProtectedHeader({ alg: "HS256" }).setSubject(sub).setIssuer(opts.iss ?? DEV_ISSUER).setAudience(opts.aud ?? DEV_AUDIENCE).setIssuedAt();
  if (opts.exp !== null) jwt.setExpirationTime(opts.exp ?? Math.floor(Date.now() / 1000) + 600);
  return jwt.sign(new TextEncoder().encode(secret));
}

/** An unsigned (`alg: none`) JWT with otherwise valid claims. */
export function unsignedJwt(sub: string): string {
  const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
  const now = Math.floor(Date.now() / 1000);
  return `${b64({ alg: "none", typ: "JWT" })}.${b64({ sub, iss: DEV_ISSUER, aud: DEV_AUDIENCE, iat: now, exp: now + 600 })}.`;
}

/** Opens a raw graphql-transport-ws connection, sends connection_init and reports how it closes. */
export function wsInitOutcome(port: number, payload: Record<string, unknown>, ms = 5_000): Promise<{ code: number; acked: boolean }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`ws://127.0.0.1:${port}/graphql`, "graphql-transport-ws");
    let acked = false;
    const timer = setTimeout(() => {
      socket.terminate();
      reject(new Error("websocket neither acknowledged nor closed"));
    }, ms);
    socket.on("open", () => socket.send(JSON.stringify({ type: "connection_init", payload })));
    socket.on("message", (data) => {
      if ((JSON.parse(String(data)) as { type: string }).type === "connection_ack") {
        acked = true;
        socket.close(1000);
      }
    });
    socket.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, acked });
    });
    socket.on("error", () => undefined);
  });
}

export { freePort };

/** A minimal environment for a child server: nothing inherited from the test run but PATH/HOME. */
function childEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env };
}

const MAIN = ["--import", "tsx", "server/src/main.ts"];

/** Runs `node --import tsx server/src/main.ts` to completion (for start-up failures). */
export function runMain(env: Record<string, string>, ms = 60_000): Promise<{ code: number | null; stderr: string; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, MAIN, { cwd: REPO_ROOT, env: childEnv(env), stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    let stdout = "";
    child.stderr.on("data", (d) => (stderr += String(d)));
    child.stdout.on("data", (d) => (stdout += String(d)));
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`server did not exit within ${ms} ms; stderr: ${stderr}`));
    }, ms);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, stderr, stdout });
    });
  });
}

export interface ChildServer {
  port: number;
  pid: number;
  url: string;
  /** Everything the process wrote on stdout (its JSON log lines). */
  logs(): string;
  /** SIGKILL, no shutdown: what a crash or an OOM kill looks like. */
  kill(): Promise<void>;
  stop(): Promise<void>;
}

/** Starts a real second server process and waits until GET /health answers. */
export async function spawnServer(env: Record<string, string>, ms = 60_000): Promise<ChildServer> {
  const port = await freePort();
  const child = spawn(process.execPath, MAIN, {
    cwd: REPO_ROOT,
    // A high rate limit: with REDIS_URL every process on the machine shares the per-address counter of 127.0.0.1.
    env: childEnv({ NODE_ENV: "test", HOST: "127.0.0.1", PORT: String(port), SEED_DEMO: "false", SERVE_CLIENT: "false", LOG_LEVEL: "warn", RATE_LIMIT_PER_MINUTE: "1000000", JOBS_SCHEDULES: "off", ...env }),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  let stdout = "";
  child.stderr.on("data", (d) => (stderr += String(d)));
  child.stdout.on("data", (d) => (stdout += String(d)));
  let exited = false;
  const exit = new Promise<void>((r) => child.on("exit", () => ((exited = true), r())));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + ms;
  for (;;) {
    if (exited) throw new Error(`second server exited early: ${stderr}`);
    try {
      if ((await fetch(`${url}/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`second server not healthy within ${ms} ms: ${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    port,
    pid: child.pid!,
    url,
    logs: () => stdout,
    async kill() {
      if (exited) return;
      child.kill("SIGKILL");
      await exit;
    },
    async stop() {
      if (exited) return;
      child.kill("SIGTERM");
      const killer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exit;
      clearTimeout(killer);
    },
  };
}

/** POST a GraphQL request to any server URL (for the child process). */
export async function gqlAt<T = Record<string, unknown>>(url: string, query: string, variables: Record<string, unknown>, token?: string) {
  const res = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, ...((await res.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] }) };
}

export const codes = (res: { errors?: { extensions?: { code?: string } }[] }) => (res.errors ?? []).map((e) => e.extensions?.code);

/**
 * Stakeholders named `db-failure-canary…` make PostgreSQL itself fail the insert (a trigger that
 * global-setup.ts installs once per run): how tests reach a database failure deep inside a
 * resolver now that validation refuses NUL bytes first.
 */
export const DB_FAILURE_CANARY = "db-failure-canary";
