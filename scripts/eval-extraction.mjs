#!/usr/bin/env node
// Scores the local extractor on every labelled set:
//   npm run eval:extraction [-- --json] [-- --quick]
// 1. The shared development set (../shared/fixtures/transcripts, outside the repository) with the
//    shared scorer; the exit code is tied to its minimums (F1 ≥ 0.85, owner and due ≥ 0.9).
// 2. With the in-repo scorer (scripts/score-extraction.mjs, the same matching plus title token F1),
//    in process: the dev set again for its title F1, every regression set (holdout…holdout5),
//    the corpus train slice pooled and as leave-one-writer-out cross-validation (retrains; skipped
//    with --quick), and the test slice, which is never tuned on.
// `--provider openai` runs the same sets against the configured OpenAI-compatible server instead
// (server/src/cli/eval-remote-extraction.ts: AI_BASE_URL, AI_MODEL, AI_API_KEY, AI_CHUNK_CHARS…;
// `--sets dev,holdout,train,test`, `--limit N`, `--concurrency N`); `--provider local` is the default.
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const fixtures = resolve(repoRoot, "..", "shared", "fixtures", "transcripts");
const scorer = join(fixtures, "score.mjs");
const devSet = join(fixtures, "dev");
const args = process.argv.slice(2);
const json = args.includes("--json");
const quick = args.includes("--quick");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const providerAt = args.findIndex((a) => a === "--provider" || a.startsWith("--provider="));
const provider = providerAt < 0 ? "local" : args[providerAt].includes("=") ? args[providerAt].split("=")[1] : args[providerAt + 1];
if (provider === "openai") {
  const rest = args.filter((a, i) => i !== providerAt && !(i === providerAt + 1 && !args[providerAt].includes("=")));
  const run = spawnSync(process.execPath, ["--import", "tsx", "server/src/cli/eval-remote-extraction.ts", ...rest], { cwd: repoRoot, stdio: "inherit" });
  process.exit(run.status ?? 2);
}
if (provider !== "local" || args.some((a) => /^--(sets|limit|concurrency)\b/.test(a))) {
  console.error(provider !== "local" ? `eval:extraction: unknown --provider ${provider} (local or openai)` : "eval:extraction: --sets, --limit and --concurrency go with --provider openai");
  process.exit(2);
}
const train = ["--import", "tsx", "server/src/cli/train-extraction.ts"];
const inRepo = (label, ...extra) => {
  if (!json) console.log(`\n${label}:`);
  const run = spawnSync(process.execPath, [...train, ...extra, ...(json ? ["--json"] : [])], { cwd: repoRoot, stdio: "inherit" });
  return run.status ?? 2;
};

let status = 0;
const shared = existsSync(scorer) && existsSync(devSet);
if (shared) {
  if (!json) console.log("Development set (shared scorer, minimums F1 0.85, owner 0.9, due 0.9):");
  const run = spawnSync(
    process.execPath,
    [scorer, devSet, "--min-f1", "0.85", "--min-owner", "0.9", "--min-due", "0.9", ...(json ? ["--json"] : []), "--", npm, "run", "-s", "extract", "--"],
    { cwd: repoRoot, stdio: "inherit" },
  );
  if (run.error) {
    console.error(`eval:extraction: could not run the scorer: ${run.error.message}`);
    process.exit(2);
  }
  status = run.status ?? 2;
  inRepo("Development set, in-repo scorer (title F1)", "--score", devSet);
} else {
  console.error(`eval:extraction: the shared development set was not found at ${fixtures}; scoring the in-repo sets only.`);
}
for (const [set, label] of [
  ["holdout", "Second set (written blind, since used for tuning and training)"],
  ["holdout2", "Third set (written blind, since used for tuning and training)"],
  ["holdout3", "Fourth set (written blind, since used for tuning and training)"],
  ["holdout4", "Fifth set (written blind, since used for tuning and training)"],
  ["holdout5", "Sixth set (written blind, since used for training)"],
]) {
  const dir = join(repoRoot, "server/src/ai/fixtures", set);
  if (existsSync(dir)) inRepo(`${label}, for regression only`, "--score", dir);
}
inRepo("Corpus train slice, pooled (trained on, so optimistic)", "--score", "train");
if (!quick) inRepo("Corpus train slice, leave-one-writer-out (the honest train figure)", "--cv", "--check");
inRepo("Corpus test slice (never tuned on)", "--score", "test");
process.exit(shared ? status : 2);
