/**
 * E2E global setup.
 *
 * - E2E_BASE_URL set: test against that running server, start nothing.
 * - Otherwise: build the client unless client/dist is newer than its sources (E2E_SKIP_BUILD=1
 *   never builds, E2E_BUILD=1 always does), start the real server from the repo root with
 *   `node --import tsx server/src/main.ts` on free ports, wait for GET /health and
 *   GET /api/health to answer 2xx, and stop the server (SIGTERM) after the run.
 *
 * Server environment: PORT=<free>, HOST=127.0.0.1, AUTH_MODE=dev, SEED_DEMO=true, SERVE_CLIENT=true,
 * NODE_ENV unset (vitest's "test" is not passed on). The database is a fresh embedded Postgres in
 * a temp dir (EMBEDDED_PG_DIR, EMBEDDED_PG_PORT=<free>; DATABASE_URL is not passed on, so the
 * E2E data is the demo seed alone), unless E2E_DATABASE_URL is set, which becomes DATABASE_URL.
 * REDIS_URL and everything else pass through. E2E_SERVER_LOG=1 echoes the server's output.
 *
 * Tests get `baseUrl`, and `databaseUrl` (the server's database, for arranging states the API
 * cannot make, such as dead letters; "" for an external server without E2E_DATABASE_URL) and
 * `jobsQueue` (the server's JOBS_QUEUE).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    databaseUrl: string;
    jobsQueue: string;
  }
}

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const HEALTH_TIMEOUT_MS = Number(process.env.E2E_SERVER_TIMEOUT_MS ?? 180_000);

const clientDir = join(repoRoot, "client");

/** Newest modification time under a path (files only). */
function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function clientBuildIsFresh(): boolean {
  const index = join(clientDir, "dist", "index.html");
  if (!existsSync(index)) return false;
  const sources = ["src", "index.html", "vite.config.ts", "package.json"].map((p) => join(clientDir, p)).filter(existsSync);
  return statSync(index).mtimeMs >= Math.max(...sources.map(newestMtime));
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, output: () => string, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`The server exited (${child.exitCode ?? child.signalCode}) before it was healthy:\n${output()}`);
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The server did not answer ${url} within ${HEALTH_TIMEOUT_MS} ms:\n${output()}`);
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | void> {
  // Its own queue, which also keeps its rate-limit counts apart from other servers on the same Redis.
  const jobsQueue = process.env.JOBS_QUEUE ?? `e2e-${process.pid}-${Date.now().toString(36)}`;
  project.provide("jobsQueue", jobsQueue);
  const external = process.env.E2E_BASE_URL;
  if (external) {
    project.provide("baseUrl", external.replace(/\/+$/, ""));
    project.provide("databaseUrl", process.env.E2E_DATABASE_URL ?? "");
    return;
  }

  const build = process.env.E2E_BUILD === "1" || (process.env.E2E_SKIP_BUILD !== "1" && !clientBuildIsFresh());
  if (build) {
    // Vitest sets NODE_ENV=test; the bundle must be a production build.
    const result = spawnSync("npm", ["run", "-w", "client", "build"], {
      cwd: repoRoot,
      stdio: "inherit",
      env: { ...process.env, NODE_ENV: "production" },
    });
    if (result.status !== 0) throw new Error("The client build failed");
  }

  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: "127.0.0.1",
    AUTH_MODE: "dev",
    SEED_DEMO: "true",
    SERVE_CLIENT: "true",
    JOBS_QUEUE: jobsQueue,
  };
  // Vitest's NODE_ENV=test is not meant for the server: let it use its own default.
  delete env.NODE_ENV;
  // The E2E database holds the demo seed and nothing else (not the server tests' data).
  delete env.DATABASE_URL;
  let dataDir: string | undefined;
  let databaseUrl: string;
  if (process.env.E2E_DATABASE_URL) {
    env.DATABASE_URL = process.env.E2E_DATABASE_URL;
    databaseUrl = process.env.E2E_DATABASE_URL;
  } else {
    // A fresh, freshly seeded database per run, apart from any dev server's.
    dataDir = mkdtempSync(join(tmpdir(), "postboxen-e2e-"));
    // mkdtemp makes it 0700; embedded Postgres may run initdb as an unprivileged user.
    chmodSync(dataDir, 0o755);
    env.EMBEDDED_PG_DIR = join(dataDir, "postgres");
    env.EMBEDDED_PG_PORT = String(await freePort());
    // What the server's embedded PostgreSQL answers on (server/src/platform/db.ts: startEmbeddedPostgres).
    databaseUrl = `postgres://postgres:postgres@127.0.0.1:${env.EMBEDDED_PG_PORT}/postboxen`;
  }
  let log = "";
  const child = spawn(process.execPath, ["--import", "tsx", "server/src/main.ts"], {
    cwd: repoRoot,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const collect = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000);
    if (process.env.E2E_SERVER_LOG === "1") process.stderr.write(chunk);
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);

  const cleanup = async () => {
    await stop(child);
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const deadline = Date.now() + HEALTH_TIMEOUT_MS;
    await waitForHealth(`${baseUrl}/health`, child, () => log, deadline);
    // Readiness: database reachable and migrations applied.
    await waitForHealth(`${baseUrl}/api/health`, child, () => log, deadline);
  } catch (error) {
    await cleanup();
    throw error;
  }
  project.provide("baseUrl", baseUrl);
  project.provide("databaseUrl", databaseUrl);
  return cleanup;
}
