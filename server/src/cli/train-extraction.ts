/**
 * Trains the extraction classifier and writes server/src/ai/extraction/learn/model.json.
 *
 *   npm run train:extraction [-- --cv] [-- --check]
 *
 * Data: the corpus train slice (manifest.json) and holdout…holdout5, all inside the repository, so
 * a clone reproduces the committed file byte for byte (fixed seed, deterministic order). The
 * thresholds are chosen on leave-one-writer-out predictions; `--cv` prints that cross-validation
 * per writer. `--check` trains and compares with the committed file instead of writing it.
 * `--score <train|test|dir>` scores a corpus slice (or a directory of gold files) in process with the
 * committed model (the test slice is scored once per release and never tuned on).
 * `--org <slug>` trains that organisation's own model from the same data plus its reviewers'
 * labelled examples (see modules/review) and stores it in the database (the committed file is not
 * touched); it prints one line with the model's hash.
 */
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import { fileURLToPath, pathToFileURL } from "node:url";
import { prepareAnalysis } from "../ai/extraction/extract";
import { loadHoldouts, loadMeeting, loadSlice, type Labelled } from "../ai/extraction/learn/corpus";
import { DEFAULT_TRAIN } from "../ai/extraction/learn/logistic";
import { committedScorer } from "../ai/extraction/learn/model";
import { chooseThresholds, crossValidate, fit, modelHash, scoreFolds, type ScoreModule } from "../ai/extraction/learn/train";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const modelPath = resolve(root, "server/src/ai/extraction/learn/model.json");
// Every writer of the corpus (manifest.json): each is left out once in the cross-validation.
const WRITERS = Object.keys((JSON.parse(readFileSync(resolve(root, "server/src/ai/fixtures/corpus/manifest.json"), "utf8")) as { writers: Record<string, string> }).writers);
// The first round of writers, whose figures earlier releases report.
const FIRST_ROUND = ["w1", "w2", "w3", "w4", "w5", "w6"];

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: { cv: { type: "boolean" }, check: { type: "boolean" }, score: { type: "string" }, json: { type: "boolean" }, org: { type: "string" } },
});

if (values.org) {
  // Imported only here: the plain trainer needs no database.
  const { trainForOrganization } = await import("./train-organization");
  process.exit(await trainForOrganization(root, values.org, { json: !!values.json }));
}
const score = (await import(pathToFileURL(resolve(root, "scripts/score-extraction.mjs")).href)) as ScoreModule;

function scoreWithCommitted(meetings: Labelled[], label: string): void {
  const scorer = committedScorer();
  const folds = meetings.map((meeting) => ({ meeting, prepared: prepareAnalysis(meeting.analysis, scorer) }));
  const { summary } = scoreFolds(score, folds, scorer.thresholds);
  if (values.json) console.log(JSON.stringify({ set: label, ...summary }));
  else console.log(`${label}: ${score.formatSummary(summary)}`);
}

if (values.score) {
  const what = values.score;
  if (what === "train" || what === "test") scoreWithCommitted(loadSlice(root, what), `corpus ${what} (committed model, pooled)`);
  else {
    const dir = resolve(what);
    const files = readdirSync(dir).filter((f) => f.endsWith(".json")).sort();
    scoreWithCommitted(files.map((f) => loadMeeting(dir, f.replace(/\.json$/, ""), "dir")).filter((m) => Array.isArray(m.gold.decisions)), basename(dir));
  }
  process.exit(0);
}

const started = Date.now();
const train = loadSlice(root, "train");
const holdouts = loadHoldouts(root);
const all = [...train, ...holdouts];
const folds = crossValidate(all, WRITERS);
const pooled = WRITERS.flatMap((w) => folds.get(w) ?? []);
const thresholds = chooseThresholds(score, pooled);

if (values.cv) {
  console.log(`leave-one-writer-out on the corpus train slice (${train.length} meetings; holdouts always in training), thresholds ${JSON.stringify(thresholds)}:`);
  const totals = score.emptyTotals();
  for (const w of WRITERS) {
    const r = scoreFolds(score, folds.get(w) ?? [], thresholds);
    score.addTotals(totals, r.totals);
    console.log(values.json ? JSON.stringify({ writer: w, ...r.summary }) : `  ${w}: ${score.formatSummary(r.summary)}`);
  }
  const rules = scoreFolds(score, pooled, { dropDecision: 0, addDecision: 2, dropAction: 0, addAction: 2 }).summary;
  const s = score.summarize(totals, pooled.length);
  console.log(values.json ? JSON.stringify({ writer: "all", ...s }) : `  all: ${score.formatSummary(s)}`);
  if (!values.json) console.log(`  (rules alone, same meetings: ${score.formatSummary(rules)})`);
  const first = scoreFolds(score, FIRST_ROUND.flatMap((w) => folds.get(w) ?? []), thresholds).summary;
  console.log(values.json ? JSON.stringify({ writer: "w1-w6", ...first }) : `  w1-w6 (the writers earlier releases report): ${score.formatSummary(first)}`);
}

const model = fit(all, { ...DEFAULT_TRAIN, thresholds, trainedOn: `corpus train slice (${train.length}) + ${holdouts.length} holdout meetings` });
const text = `${JSON.stringify(model)}\n`;
const hash = modelHash(model);
if (values.check) {
  const same = readFileSync(modelPath, "utf8") === text;
  console.log(`model ${hash.slice(0, 16)}: ${same ? "identical to" : "DIFFERS from"} the committed model.json`);
  process.exit(same ? 0 : 1);
}
writeFileSync(modelPath, text);
console.log(`wrote ${modelPath} (${Object.keys(model.weights).length} features, ${(text.length / 1024).toFixed(0)} KiB, sha256 ${hash.slice(0, 16)}) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
