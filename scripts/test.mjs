#!/usr/bin/env node
// `npm test`: lint, typecheck, schema and codegen drift, server unit + integration tests (vitest),
// client build, the E2E suite in Debian's Chromium, and the demo story (`npm run demo`). Ends with one
// line `N passed, N failed`.
// Every check counts; the E2E suite must run (zero E2E tests executed is a failure, not a pass).
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bin = (name) => join(root, "node_modules/.bin", name);
const tmp = mkdtempSync(join(tmpdir(), "postboxen-test-"));
const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];

function run(cmd, args, opts = {}) {
  const res = spawnSync(cmd, args, { cwd: opts.cwd ?? root, stdio: "inherit", env: { ...process.env, ...opts.env } });
  return res.status === 0;
}

function check(name, cmd, args, opts) {
  process.stderr.write(`\n── ${name}\n`);
  const ok = run(cmd, args, opts);
  totals[ok ? "passed" : "failed"] += 1;
  if (!ok) failures.push(name);
  return ok;
}

function vitestSuite(name, cwd, config, { required } = {}) {
  process.stderr.write(`\n── ${name}\n`);
  const out = join(tmp, `${name.replace(/\W+/g, "-")}.json`);
  const ok = run(bin("vitest"), ["run", "--config", config, "--reporter=default", "--reporter=json", `--outputFile.json=${out}`], { cwd });
  if (!existsSync(out)) {
    totals.failed += 1;
    failures.push(`${name} (no report)`);
    return;
  }
  const report = JSON.parse(readFileSync(out, "utf8"));
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests;
  totals.skipped += report.numPendingTests + report.numTodoTests;
  if (report.numFailedTests > 0 || report.numFailedTestSuites > 0 || !ok) {
    if (report.numFailedTests === 0) totals.failed += 1;
    failures.push(name);
  }
  if (required && report.numPassedTests === 0) {
    totals.failed += 1;
    failures.push(`${name}: no test ran`);
  }
}

check("lint (eslint)", bin("eslint"), [".", "--max-warnings=0"]);
check("typecheck server", bin("tsc"), ["-p", "server", "--noEmit"]);
check("typecheck client", bin("tsc"), ["-p", "client", "--noEmit"]);
check("codegen matches schema", process.execPath, ["--import", "tsx", "scripts/check-codegen.ts"]);
// docker-compose.yml as Debian's docker-compose reads it (no Docker engine needed to validate).
if (spawnSync("docker-compose", ["version"], { stdio: "ignore" }).status === 0) {
  check("docker-compose.yml valid", "docker-compose", ["-f", "docker-compose.yml", "config", "-q"], {
    env: { AUTH_SECRET: "compose-check-secret-0123456789abcdef", OIDC_ISSUER: "https://idp.example" },
  });
} else {
  process.stderr.write("\n── docker-compose.yml valid: skipped (no docker-compose; apt-get install docker-compose)\n");
  totals.skipped += 1;
}
vitestSuite("server unit + integration", join(root, "server"), "vitest.config.ts", { required: true });
vitestSuite("client unit", join(root, "client"), "vitest.config.ts", { required: true });
const built = check("client build", "npm", ["run", "-s", "-w", "client", "build"]);
if (built) {
  vitestSuite("e2e (chromium)", join(root, "client"), "e2e/vitest.config.ts", { required: true });
} else {
  totals.failed += 1;
  failures.push("e2e (not run: client build failed)");
}

// The demo story on a server of its own (--start-server: never a dev server on :4000), after the E2E
// suite so it cannot disturb the E2E tests. CI: on the E2E database, which the E2E server seeded.
// Elsewhere: on a fresh embedded PostgreSQL in a temp dir, never the developer's .data/postgres.
// Without Redis: its rate limits are its own, not what the E2E browser just spent on 127.0.0.1.
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}
const demoDir = process.env.E2E_DATABASE_URL ? undefined : mkdtempSync(join(tmpdir(), "postboxen-demo-"));
// 0755: embedded PostgreSQL may run initdb as an unprivileged user, who must reach the directory.
if (demoDir) chmodSync(demoDir, 0o755);
check("demo (npm run demo)", process.execPath, ["--import", "tsx", "server/src/cli/demo.ts", "--start-server"], {
  env: demoDir
    ? { DATABASE_URL: "", REDIS_URL: "", EMBEDDED_PG_DIR: join(demoDir, "postgres"), EMBEDDED_PG_PORT: String(await freePort()) }
    : { DATABASE_URL: process.env.E2E_DATABASE_URL, REDIS_URL: "" },
});
if (demoDir) rmSync(demoDir, { recursive: true, force: true });

rmSync(tmp, { recursive: true, force: true });
if (failures.length) process.stderr.write(`\nFailed: ${failures.join("; ")}\n`);
const skipped = totals.skipped ? `, ${totals.skipped} skipped` : "";
process.stdout.write(`\n${totals.passed} passed, ${totals.failed} failed${skipped}\n`);
process.exit(totals.failed > 0 ? 1 : 0);
