#!/usr/bin/env node
// Scores the extraction CLI against the shared development set with the shared scorer:
//   npm run eval:extraction [-- --json]
// The gold set lives beside the repository (../shared/fixtures/transcripts); it is not part of it.
// Then, for information only, the in-repo blind second set (server/src/ai/fixtures/holdout), which
// is never tuned on: the distance between the two is the honest estimate of overfitting.
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const fixtures = resolve(repoRoot, "..", "shared", "fixtures", "transcripts");
const scorer = join(fixtures, "score.mjs");
const devSet = join(fixtures, "dev");

if (!existsSync(scorer) || !existsSync(devSet)) {
  console.error(
    `eval:extraction: the shared evaluation set was not found at ${fixtures}.\n` +
      "It lives outside this repository (../shared/fixtures/transcripts with score.mjs and dev/); " +
      "check it out next to the repository and run again.",
  );
  process.exit(2);
}

const passThrough = process.argv.slice(2).filter((a) => a === "--json");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const run = spawnSync(
  process.execPath,
  [scorer, devSet, "--min-f1", "0.85", "--min-owner", "0.9", "--min-due", "0.9", ...passThrough, "--", npm, "run", "-s", "extract", "--"],
  { cwd: repoRoot, stdio: "inherit" },
);
if (run.error) {
  console.error(`eval:extraction: could not run the scorer: ${run.error.message}`);
  process.exit(2);
}
const holdout = join(repoRoot, "server/src/ai/fixtures/holdout");
if (existsSync(holdout) && !passThrough.length) {
  console.log("\nBlind second set (regression only, no goals):");
  spawnSync(process.execPath, [scorer, holdout, "--", npm, "run", "-s", "extract", "--"], { cwd: repoRoot, stdio: "inherit" });
}
process.exit(run.status ?? 2);
