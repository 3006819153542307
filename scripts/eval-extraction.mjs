#!/usr/bin/env node
// Scores the extraction CLI against the shared development set with the shared scorer:
//   npm run eval:extraction [-- --json]
// The gold set lives beside the repository (../shared/fixtures/transcripts); it is not part of it.
// Then, for information, the in-repo second and third sets (server/src/ai/fixtures/holdout*), each
// written blind to the same rules and scored blind once before it was used for tuning (their
// READMEs keep those blind figures: the honest estimate of how the rules generalise).
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
for (const [set, label] of [
  ["holdout", "Second set (written blind, since used for tuning)"],
  ["holdout2", "Third set (written blind, since used for tuning)"],
  ["holdout3", "Fourth set (written blind, since used for tuning)"],
  ["holdout4", "Fifth set (written blind, since used for tuning)"],
  ["holdout5", "Sixth set (written blind, never tuned on)"],
]) {
  const dir = join(repoRoot, "server/src/ai/fixtures", set);
  if (!existsSync(dir) || passThrough.length) continue;
  console.log(`\n${label}, for regression only:`);
  spawnSync(process.execPath, [scorer, dir, "--", npm, "run", "-s", "extract", "--"], { cwd: repoRoot, stdio: "inherit" });
}
process.exit(run.status ?? 2);
