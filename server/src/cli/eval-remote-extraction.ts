/**
 * `npm run eval:extraction -- --provider openai`: the extraction evaluation against the configured
 * OpenAI-compatible server (Ollama, vLLM, llama.cpp server, OpenAI…), so an organisation can
 * measure its own model before trusting it with meetings.
 *
 *   npm run eval:extraction -- --provider openai [--sets dev,holdout,holdout2,train,test] [--limit N] [--concurrency N] [--json]
 *
 * The server comes from the variables the app reads (AI_BASE_URL, AI_MODEL, AI_API_KEY,
 * AI_CHUNK_CHARS, AI_CHUNK_OVERLAP_CUES, AI_MAX_CONCURRENCY; AI_PROVIDER is implied) and the
 * provider is the app's own (createConfiguredProvider). Sets: the shared development set when
 * ../shared exists, every regression set, the corpus train slice and the test slice, each scored in
 * process by scripts/score-extraction.mjs (the shared scorer's matching plus title token F1), with
 * the same figures as the local run and, per set, what the provider did. No leave-one-writer-out
 * cross-validation: that retrains the local model, and a remote model is not trained here.
 * Only the labelled fixture files are sent (fictional meetings); the app itself never sends a
 * SENSITIVE meeting to a remote provider (Fort Knox in the extract-meeting job).
 *
 * Exit code: 0 when every meeting was extracted, 1 when some failed (scored as empty), 2 on bad
 * configuration or arguments.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, resolve, dirname } from "node:path";
import { parseArgs } from "node:util";
import { fileURLToPath, pathToFileURL } from "node:url";
import { ExtractionProviderError, parseTranscript, type ExtractionResult, type RemoteExtractionDiagnostics } from "../ai/index";
import { ConfigError, loadConfig } from "../config";
import { createLogger } from "../platform/logger";
import { createConfiguredProvider } from "../modules/transcripts/provider-selection";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const fixtures = join(root, "server/src/ai/fixtures");
const sharedDev = resolve(root, "..", "shared", "fixtures", "transcripts", "dev");
const REGRESSION_SETS = ["holdout", "holdout2", "holdout3", "holdout4", "holdout5"];
const ALL_SETS = ["dev", ...REGRESSION_SETS, "train", "test"];

interface GoldItem {
  text: string;
  evidence: string;
  owner?: string | null;
  due?: string | null;
}
interface Gold {
  id: string;
  meetingDate: string;
  decisions: GoldItem[];
  actionItems: GoldItem[];
}
interface Meeting {
  gold: Gold;
  path: string;
}
type Totals = Record<string, unknown>;
interface Summary {
  files: number;
  decisions: { precision: number; recall: number; f1: number };
  actionItems: { precision: number; recall: number; f1: number };
  ownerAccuracy: number;
  dueAccuracy: number;
  actionTitleF1: number;
  decisionTextF1: number;
}
interface ScoreModule {
  emptyTotals(): Totals;
  scoreMeeting(gold: Gold, transcriptRaw: string, output: Pick<ExtractionResult, "decisions" | "actionItems">, totals: Totals): unknown;
  summarize(totals: Totals, files: number): Summary;
  formatSummary(summary: Summary): string;
  goldMeetings(dir: string): Meeting[];
}

function usage(message: string): never {
  console.error(`eval:extraction --provider openai: ${message}`);
  process.exit(2);
}

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    sets: { type: "string" },
    limit: { type: "string" },
    concurrency: { type: "string" },
    json: { type: "boolean" },
    // Accepted for symmetry with the local run; there is no cross-validation to skip here.
    quick: { type: "boolean" },
  },
  strict: true,
});
const sets = values.sets ? values.sets.split(",").map((s) => s.trim()).filter(Boolean) : ALL_SETS;
const unknown = sets.filter((s) => !ALL_SETS.includes(s));
if (unknown.length) usage(`unknown set(s) ${unknown.join(", ")}; choose from ${ALL_SETS.join(", ")}`);
const positive = (name: string, raw: string | undefined) => {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) usage(`--${name} wants a whole number ≥ 1, not ${raw}`);
  return n;
};
const limit = positive("limit", values.limit);
const concurrency = positive("concurrency", values.concurrency);

// The app's variables for the AI provider, and only those: the rest of the app's configuration
// (database, auth…) has no say here.
const aiEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => k.startsWith("AI_")));
let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig({ ...aiEnv, AI_PROVIDER: "openai" });
} catch (error) {
  if (error instanceof ConfigError) usage(`${error.message}\n(set them as for the app: see the README's configuration table)`);
  throw error;
}
const remote = config.ai.remote;
if (!remote) usage("AI_BASE_URL and AI_MODEL are required");
if (concurrency) remote.maxConcurrency = concurrency;
const provider = createConfiguredProvider(config.ai, createLogger("silent"));
const score = (await import(pathToFileURL(join(root, "scripts/score-extraction.mjs")).href)) as ScoreModule;

function corpusSlice(slice: "train" | "test"): Meeting[] {
  const corpus = join(fixtures, "corpus");
  const manifest = JSON.parse(readFileSync(join(corpus, "manifest.json"), "utf8")) as Record<string, string[]>;
  return (manifest[slice] ?? []).map((id) => {
    const [writer, file] = id.split("/") as [string, string];
    const dir = join(corpus, writer);
    const transcript = readdirSync(dir).find((x) => x.startsWith(`${file}.`) && !x.endsWith(".json"));
    if (!transcript) throw new Error(`no transcript for ${id}`);
    return { gold: JSON.parse(readFileSync(join(dir, `${file}.json`), "utf8")) as Gold, path: join(dir, transcript) };
  });
}

const LABELS: Record<string, string> = {
  dev: "Development set (shared, in-repo scorer: the shared scorer's matching)",
  holdout: "Second set (regression only)",
  holdout2: "Third set (regression only)",
  holdout3: "Fourth set (regression only)",
  holdout4: "Fifth set (regression only)",
  holdout5: "Sixth set (regression only)",
  train: "Corpus train slice (the local model is trained on it; a remote model is not, unless it was trained on this corpus)",
  test: "Corpus test slice (never tuned on)",
};

interface RemoteCounts {
  requests: number;
  chunks: number;
  inventedQuotesDropped: number;
  invalidOutputs: number;
  duplicatesMerged: number;
  ownersUnmapped: number;
  invalidDueDates: number;
  failedMeetings: number;
  failures: Record<string, number>;
  seconds: number;
}

function addDiagnostics(into: RemoteCounts, d: RemoteExtractionDiagnostics | undefined) {
  if (!d) return;
  into.requests += d.requests;
  into.chunks += d.chunks;
  into.inventedQuotesDropped += d.inventedQuotesDropped;
  into.invalidOutputs += d.invalidOutputs;
  into.duplicatesMerged += d.duplicatesMerged;
  into.ownersUnmapped += d.ownersUnmapped;
  into.invalidDueDates += d.invalidDueDates;
}

async function evaluate(set: string, meetings: Meeting[]): Promise<{ summary: Summary; counts: RemoteCounts }> {
  const started = Date.now();
  const counts: RemoteCounts = { requests: 0, chunks: 0, inventedQuotesDropped: 0, invalidOutputs: 0, duplicatesMerged: 0, ownersUnmapped: 0, invalidDueDates: 0, failedMeetings: 0, failures: {}, seconds: 0 };
  // Every meeting at once: the provider keeps at most AI_MAX_CONCURRENCY requests in flight.
  const outputs = await Promise.all(
    meetings.map(async ({ gold, path }) => {
      const bytes = readFileSync(path);
      try {
        const result = await provider.extract(parseTranscript(bytes), { meetingDate: gold.meetingDate });
        addDiagnostics(counts, (result as Partial<{ diagnostics: RemoteExtractionDiagnostics }>).diagnostics);
        return { raw: bytes.toString("utf8"), output: result };
      } catch (error) {
        const code = error instanceof ExtractionProviderError ? error.code : error instanceof Error ? error.name : "ERROR";
        if (error instanceof ExtractionProviderError) addDiagnostics(counts, error.diagnostics);
        counts.failedMeetings++;
        counts.failures[code] = (counts.failures[code] ?? 0) + 1;
        return { raw: bytes.toString("utf8"), output: { decisions: [], actionItems: [] } };
      }
    }),
  );
  const totals = score.emptyTotals();
  meetings.forEach(({ gold }, i) => score.scoreMeeting(gold, outputs[i]?.raw ?? "", outputs[i]?.output ?? { decisions: [], actionItems: [] }, totals));
  counts.seconds = (Date.now() - started) / 1000;
  return { summary: score.summarize(totals, meetings.length), counts: counts };
}

const formatCounts = (c: RemoteCounts) =>
  `requests ${c.requests}, chunks ${c.chunks}, invented quotes dropped ${c.inventedQuotesDropped}, invalid outputs ${c.invalidOutputs}, ` +
  `duplicates merged ${c.duplicatesMerged}, owners not participants ${c.ownersUnmapped}, invalid due dates ${c.invalidDueDates}, ` +
  `failed meetings ${c.failedMeetings}${c.failedMeetings ? ` (${Object.entries(c.failures).map(([k, n]) => `${k} ${n}`).join(", ")})` : ""}, ${c.seconds.toFixed(1)} s`;

const host = (() => {
  try {
    const u = new URL(remote.baseUrl);
    return `${u.protocol}//${u.host}${u.pathname}`;
  } catch {
    return "(AI_BASE_URL)";
  }
})();
if (!values.json) {
  console.log(`Remote provider: model ${provider.name} at ${host}; parts of ${remote.chunking.maxChars} characters of cues with ${remote.chunking.overlapCues} cues of overlap; ${remote.maxConcurrency} request(s) in flight, ${remote.timeoutMs / 1000} s each at most.`);
  console.log("Leave-one-writer-out cross-validation: not run for a remote provider (it retrains the local model; a remote model is not trained here).");
  if (limit) console.log(`--limit ${limit}: the first ${limit} meeting(s) of each set only, so the figures are not comparable with a full run.`);
}

const rows: { set: string; summary: Summary; counts: RemoteCounts }[] = [];
let failed = 0;
for (const set of sets) {
  let meetings: Meeting[];
  if (set === "dev") {
    if (!existsSync(sharedDev)) {
      console.error(`eval:extraction: the shared development set was not found at ${sharedDev}; scoring the in-repo sets only.`);
      continue;
    }
    meetings = score.goldMeetings(sharedDev);
  } else if (set === "train" || set === "test") meetings = corpusSlice(set);
  else {
    const dir = join(fixtures, set);
    if (!existsSync(dir)) continue;
    meetings = score.goldMeetings(dir);
  }
  if (limit) meetings = meetings.slice(0, limit);
  if (!values.json) console.log(`\n${LABELS[set]}:`);
  const { summary, counts } = await evaluate(set, meetings);
  failed += counts.failedMeetings;
  rows.push({ set, summary, counts });
  if (values.json) console.log(JSON.stringify({ set, provider: provider.name, ...summary, remote: counts }));
  else {
    console.log(`${set} (${provider.name}): ${score.formatSummary(summary)}`);
    console.log(`  ${formatCounts(counts)}`);
  }
}

if (!values.json && rows.length) {
  const f = (x: number) => x.toFixed(3);
  const prf = (x: Summary["decisions"]) => `${f(x.precision)} / ${f(x.recall)} / ${f(x.f1)}`;
  console.log(`\nSummary (${provider.name}):\n`);
  console.log("| set | meetings | decisions P / R / F1 | actions P / R / F1 | owner | due | title F1 | requests | chunks | invented quotes dropped | invalid outputs | failed | time |");
  console.log("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
  for (const { set, summary: s, counts: c } of rows) {
    console.log(
      `| ${set} | ${s.files} | ${prf(s.decisions)} | ${prf(s.actionItems)} | ${f(s.ownerAccuracy)} | ${f(s.dueAccuracy)} | ${f(s.actionTitleF1)} | ${c.requests} | ${c.chunks} | ${c.inventedQuotesDropped} | ${c.invalidOutputs} | ${c.failedMeetings} | ${c.seconds.toFixed(1)} s |`,
    );
  }
}
process.exit(failed ? 1 : 0);
