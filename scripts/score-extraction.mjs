#!/usr/bin/env node
// The in-repo scorer: the matching of ../shared/fixtures/transcripts/score.mjs (copied, so the
// corpus can be scored in a clone without ../shared), plus the title token F1 of matched items.
//
//   node scripts/score-extraction.mjs <gold-dir> [--json] -- <command...>
//
// As a module: `scoreMeeting(gold, transcriptRaw, output)` and `summarize(totals)` for callers that
// extract in process (the training CLI's cross-validation, eval:extraction).
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

// Transcript text as a reader sees it: cue payloads without tags, timestamps or cue numbers.
export const plain = (s) =>
  s
    .replace(/<\/?v[^>]*>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
export const tokens = (s) => plain(s).split(" ").filter(Boolean);

// A prediction matches a gold item when one quote contains the other, or when they share at least
// 60% of the shorter one's words; the predicted quote may not be more than 3x (+20 words) longer.
export function overlap(pred, gold) {
  const p = tokens(pred);
  const g = tokens(gold);
  if (p.length === 0 || g.length === 0 || p.length > 3 * g.length + 20) return 0;
  const ps = plain(pred);
  const gs = plain(gold);
  if (ps.includes(gs) || gs.includes(ps)) return 1;
  const bag = new Map();
  for (const t of g) bag.set(t, (bag.get(t) ?? 0) + 1);
  let shared = 0;
  for (const t of p) {
    const n = bag.get(t) ?? 0;
    if (n > 0) {
      shared += 1;
      bag.set(t, n - 1);
    }
  }
  const coefficient = shared / Math.min(p.length, g.length);
  return coefficient >= 0.6 ? coefficient : 0;
}

/** One-to-one matching by evidence overlap, best overlap first (as score.mjs). */
export function match(preds, golds, transcriptPlain) {
  const pairs = [];
  preds.forEach((p, i) => {
    const quote = typeof p?.evidence?.quote === "string" ? p.evidence.quote : "";
    if (!quote || !transcriptPlain.includes(plain(quote))) return;
    golds.forEach((g, j) => {
      const o = overlap(quote, g.evidence);
      if (o > 0) pairs.push({ i, j, o });
    });
  });
  pairs.sort((a, b) => b.o - a.o);
  const usedP = new Set();
  const usedG = new Set();
  const matched = [];
  for (const { i, j } of pairs) {
    if (usedP.has(i) || usedG.has(j)) continue;
    usedP.add(i);
    usedG.add(j);
    matched.push([preds[i], golds[j]]);
  }
  return matched;
}

/** Bag-of-words F1 between two texts, lowercased, punctuation stripped. */
export function tokenF1(predicted, gold) {
  const p = tokens(predicted ?? "");
  const g = tokens(gold ?? "");
  if (p.length === 0 || g.length === 0) return 0;
  const bag = new Map();
  for (const t of g) bag.set(t, (bag.get(t) ?? 0) + 1);
  let shared = 0;
  for (const t of p) {
    const n = bag.get(t) ?? 0;
    if (n > 0) {
      shared += 1;
      bag.set(t, n - 1);
    }
  }
  if (shared === 0) return 0;
  const precision = shared / p.length;
  const recall = shared / g.length;
  return (2 * precision * recall) / (precision + recall);
}

const norm = (v) => (v == null ? null : String(v).trim().toLowerCase());

export const emptyTotals = () => ({
  dec: { tp: 0, pred: 0, gold: 0 },
  act: { tp: 0, pred: 0, gold: 0 },
  owner: [0, 0],
  due: [0, 0],
  actTitle: [0, 0],
  decTitle: [0, 0],
});

/** Adds one meeting's figures to `totals`; returns its matched counts. */
export function scoreMeeting(gold, transcriptRaw, output, totals) {
  const transcriptPlain = plain(transcriptRaw);
  const decisions = Array.isArray(output?.decisions) ? output.decisions : [];
  const actions = Array.isArray(output?.actionItems) ? output.actionItems : [];
  const md = match(decisions, gold.decisions, transcriptPlain);
  const ma = match(actions, gold.actionItems, transcriptPlain);
  totals.dec.tp += md.length;
  totals.dec.pred += decisions.length;
  totals.dec.gold += gold.decisions.length;
  totals.act.tp += ma.length;
  totals.act.pred += actions.length;
  totals.act.gold += gold.actionItems.length;
  for (const [p, g] of ma) {
    totals.owner[0] += norm(p.owner) === norm(g.owner) ? 1 : 0;
    totals.owner[1] += 1;
    totals.due[0] += norm(p.due) === norm(g.due) ? 1 : 0;
    totals.due[1] += 1;
    totals.actTitle[0] += tokenF1(p.text, g.text);
    totals.actTitle[1] += 1;
  }
  for (const [p, g] of md) {
    totals.decTitle[0] += tokenF1(p.text, g.text);
    totals.decTitle[1] += 1;
  }
  return { decisions: `${md.length}/${decisions.length}/${gold.decisions.length}`, actions: `${ma.length}/${actions.length}/${gold.actionItems.length}` };
}

export function addTotals(into, from) {
  for (const k of ["dec", "act"]) for (const f of ["tp", "pred", "gold"]) into[k][f] += from[k][f];
  for (const k of ["owner", "due", "actTitle", "decTitle"]) {
    into[k][0] += from[k][0];
    into[k][1] += from[k][1];
  }
  return into;
}

const prf = ({ tp, pred, gold }) => {
  const p = pred ? tp / pred : 0;
  const r = gold ? tp / gold : 0;
  return { precision: p, recall: r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};
const ratio = ([a, b]) => (b ? a / b : 0);

export function summarize(totals, files) {
  return {
    files,
    decisions: prf(totals.dec),
    actionItems: prf(totals.act),
    ownerAccuracy: ratio(totals.owner),
    dueAccuracy: ratio(totals.due),
    actionTitleF1: ratio(totals.actTitle),
    decisionTextF1: ratio(totals.decTitle),
  };
}

const f = (x) => x.toFixed(3);
export function formatSummary(r) {
  return (
    `decisions P ${f(r.decisions.precision)} R ${f(r.decisions.recall)} F1 ${f(r.decisions.f1)} | ` +
    `actions P ${f(r.actionItems.precision)} R ${f(r.actionItems.recall)} F1 ${f(r.actionItems.f1)} | ` +
    `owner ${f(r.ownerAccuracy)} due ${f(r.dueAccuracy)} | title F1 ${f(r.actionTitleF1)} (decisions ${f(r.decisionTextF1)})` +
    (r.files === undefined ? "" : ` over ${r.files} meetings`)
  );
}

/** Gold files of a directory, each with its transcript beside it. */
export function goldMeetings(dir) {
  const names = readdirSync(dir);
  return names
    .filter((n) => n.endsWith(".json"))
    .sort()
    .flatMap((n) => {
      const gold = JSON.parse(readFileSync(join(dir, n), "utf8"));
      if (!Array.isArray(gold.decisions)) return [];
      const transcript = names.find((x) => x.startsWith(`${gold.id}.`) && !x.endsWith(".json"));
      return transcript && existsSync(join(dir, transcript)) ? [{ gold, path: join(dir, transcript) }] : [];
    });
}

function main(argv) {
  const dash = argv.indexOf("--");
  if (dash < 1 || dash === argv.length - 1) {
    console.error("usage: score-extraction.mjs <gold-dir> [--json] -- <command...>");
    process.exit(2);
  }
  const opts = argv.slice(0, dash);
  const command = argv.slice(dash + 1);
  const meetings = goldMeetings(opts[0]);
  if (meetings.length === 0) {
    console.error(`no gold files in ${opts[0]}`);
    process.exit(2);
  }
  const totals = emptyTotals();
  const perFile = [];
  for (const { gold, path } of meetings) {
    const run = spawnSync(command[0], [...command.slice(1), "--meeting-date", gold.meetingDate, path], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024, timeout: 120_000 });
    let out;
    try {
      out = JSON.parse(run.stdout);
    } catch {
      console.error(`${gold.id}: the command did not print one JSON object (exit ${run.status})`);
      out = { decisions: [], actionItems: [] };
    }
    perFile.push({ id: gold.id, ...scoreMeeting(gold, readFileSync(path, "utf8"), out, totals) });
  }
  const result = summarize(totals, meetings.length);
  if (opts.includes("--json")) console.log(JSON.stringify({ ...result, perFile }, null, 2));
  else for (const r of perFile) console.log(`${r.id}  decisions matched/predicted/gold ${r.decisions}  actions ${r.actions}`);
  console.log(formatSummary(result));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
