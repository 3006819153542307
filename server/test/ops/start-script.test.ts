import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../src/platform/db";
import { freePort } from "../more-helpers";

/**
 * `npm start` as a person runs it: the real scripts/start.mjs with an embedded PostgreSQL (in a
 * temp directory), stopped by a signal on its own PID, on npm's PID, or while still starting.
 * Afterwards no server and no PostgreSQL of that data directory may be left.
 */
describe("npm start stops what it started", () => {
  let dir: string;
  let pgDir: string;
  const started: ChildProcess[] = [];

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "postboxen-start-"));
    // 0755: as root, PostgreSQL runs as the unprivileged "postgres" user, who must reach the directory.
    chmodSync(dir, 0o755);
    pgDir = join(dir, "postgres");
  });
  afterAll(() => {
    // Whatever a failed test left behind.
    for (const child of started) if (child.pid) killGroup(child.pid);
    for (const pid of processesUsing(dir)) killQuietly(pid);
    rmSync(dir, { recursive: true, force: true });
  });

  async function env(extra: Record<string, string> = {}) {
    const port = await freePort();
    return {
      port,
      env: {
        PATH: process.env.PATH ?? "",
        HOME: process.env.HOME ?? "",
        DATABASE_URL: "",
        REDIS_URL: "",
        EMBEDDED_PG_DIR: pgDir,
        EMBEDDED_PG_PORT: String(await freePort()),
        HOST: "127.0.0.1",
        PORT: String(port),
        SERVE_CLIENT: "false",
        SEED_DEMO: "false",
        JOBS_SCHEDULES: "off",
        LOG_LEVEL: "warn",
        ...extra,
      },
    };
  }

  function launch(command: string[], environment: NodeJS.ProcessEnv): { child: ChildProcess; exited: Promise<number | null>; stderr: () => string } {
    // Its own process group, so afterAll can clean up even what an orphan left.
    const child = spawn(command[0]!, command.slice(1), { cwd: REPO_ROOT, env: environment, stdio: ["ignore", "ignore", "pipe"], detached: true });
    started.push(child);
    let stderr = "";
    child.stderr!.on("data", (d) => (stderr += String(d)));
    const exited = new Promise<number | null>((r) => child.on("exit", (code) => r(code)));
    return { child, exited, stderr: () => stderr };
  }

  async function healthy(port: number, stderr: () => string) {
    await waitFor(async () => {
      try {
        return (await fetch(`http://127.0.0.1:${port}/health`)).ok;
      } catch {
        return false;
      }
    }, 90_000, () => `server not healthy: ${stderr()}`);
  }

  it("stops the server and the embedded PostgreSQL on SIGTERM to its own PID", async () => {
    const { port, env: environment } = await env();
    const run = launch([process.execPath, "scripts/start.mjs"], environment);
    await healthy(port, run.stderr);
    const before = processesUsing(dir);
    expect(before.length, "PostgreSQL runs on the temp data directory").toBeGreaterThan(0);
    const server = serverPids().filter((pid) => descendantOf(pid, run.child.pid!));
    expect(server.length).toBe(1);

    run.child.kill("SIGTERM");
    expect(await withTimeout(run.exited, 40_000)).toBe(0);
    expect(processesUsing(dir)).toEqual([]);
    expect(server.filter(alive)).toEqual([]);
  }, 150_000);

  it("finds that running embedded database for npm run token without being told its port", async () => {
    const { port, env: environment } = await env({ SEED_DEMO: "true" });
    const run = launch([process.execPath, "scripts/start.mjs"], environment);
    await healthy(port, run.stderr);
    // No EMBEDDED_PG_PORT: the default port has nothing on it, the data directory says where it is.
    const { EMBEDDED_PG_PORT: _port, ...withoutPort } = environment;
    void _port;
    const token = spawnSync(process.execPath, ["--import", "tsx", "server/src/cli/token.ts", "--role", "editor"], { cwd: REPO_ROOT, env: { ...withoutPort, EMBEDDED_PG_PORT: String(await freePort()) }, encoding: "utf8", timeout: 60_000 });
    expect(token.stderr).toBe("");
    expect(token.status).toBe(0);
    const jwt = token.stdout.trim();
    expect(jwt.split(".")).toHaveLength(3);
    const viewer = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${jwt}` },
      body: JSON.stringify({ query: "{ viewer { role } }" }),
    });
    expect(await viewer.json()).toEqual({ data: { viewer: { role: "EDITOR" } } });

    run.child.kill("SIGINT");
    expect(await withTimeout(run.exited, 40_000)).toBe(0);
    expect(processesUsing(dir)).toEqual([]);
  }, 150_000);

  it("stops everything when npm's PID gets SIGTERM (npm's shell dies without passing it on)", async () => {
    const { port, env: environment } = await env();
    // What `npm start` runs: npm → sh -c "node scripts/start.mjs" → start.mjs → server → postgres.
    const run = launch(["npm", "start", "--silent"], environment);
    await healthy(port, run.stderr);
    const start = startPids().filter((pid) => descendantOf(pid, run.child.pid!));
    expect(start.length).toBe(1);

    run.child.kill("SIGTERM");
    await withTimeout(run.exited, 40_000);
    await waitFor(() => processesUsing(dir).length === 0 && !alive(start[0]!), 40_000, () => `left running: ${processesUsing(dir).join(", ")}`);
  }, 150_000);

  it("stops PostgreSQL too when SIGTERM arrives while the server is still starting", async () => {
    rmSync(pgDir, { recursive: true, force: true });
    const { env: environment } = await env();
    const run = launch([process.execPath, "scripts/start.mjs"], environment);
    // PostgreSQL is up (its pid file is written), the server has not finished starting.
    await waitFor(() => processesUsing(dir).length > 0, 90_000, () => `PostgreSQL did not start: ${run.stderr()}`);

    run.child.kill("SIGTERM");
    await withTimeout(run.exited, 40_000);
    expect(processesUsing(dir)).toEqual([]);
  }, 150_000);
});

/** Live (not zombie) processes whose command line names `path` (postgres -D <dir>). */
function processesUsing(path: string): number[] {
  return livePids().filter((pid) => cmdline(pid).includes(path));
}

function serverPids(): number[] {
  return livePids().filter((pid) => cmdline(pid).includes("server/src/main.ts"));
}

function startPids(): number[] {
  return livePids().filter((pid) => cmdline(pid).includes("scripts/start.mjs") && !cmdline(pid).startsWith("sh"));
}

function livePids(): number[] {
  return readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .map(Number)
    .filter((pid) => alive(pid));
}

function cmdline(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
  } catch {
    return "";
  }
}

/** Exists and is not a zombie. */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return false;
  }
}

function parentOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return 0;
  }
}

function descendantOf(pid: number, ancestor: number): boolean {
  for (let p = pid, i = 0; p > 1 && i < 20; p = parentOf(p), i++) if (p === ancestor) return true;
  return false;
}

function killGroup(pgid: number) {
  try {
    process.kill(-pgid, "SIGKILL");
  } catch {
    // gone
  }
}

function killQuietly(pid: number) {
  try {
    process.kill(pid, "SIGKILL");
  } catch {
    // gone
  }
}

/** Polls a condition (processes have no event to wait on) until it holds or `ms` pass. */
async function waitFor(check: () => boolean | Promise<boolean>, ms: number, message: () => string): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(message());
    await new Promise((r) => setTimeout(r, 100));
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`not within ${ms} ms`)), ms))]);
}


