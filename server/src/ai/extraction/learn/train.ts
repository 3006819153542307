import { createHash } from "node:crypto";
import { finish, prepareAnalysis } from "../extract";
import type { Labelled } from "./corpus";
import { DEFAULT_TRAIN, trainLogistic, type TrainOptions } from "./logistic";
import { scorerFor, type ExtractionModel, type Scorer, type Thresholds } from "./model";
import type { Prepared } from "./rescore";

export const MODEL_VERSION = "0.7.1";
// Features seen fewer times than this in training are dropped: they would only memorise a meeting.
const MIN_COUNT = 4;
// Weights smaller than this after training say nothing and would only grow the file.
const PRUNE = 0.04;

export interface FitOptions extends TrainOptions {
  thresholds: Thresholds;
  trainedOn: string;
}

export const DEFAULT_THRESHOLDS: Thresholds = { dropDecision: 0.1, addDecision: 0.6, dropAction: 0.1, addAction: 0.6 };

/** Trains both classifiers on the rows of the given meetings; the result is what model.json holds. */
export function fit(meetings: readonly Labelled[], options: FitOptions = { ...DEFAULT_TRAIN, thresholds: DEFAULT_THRESHOLDS, trainedOn: "" }): ExtractionModel {
  const counts = new Map<string, number>();
  for (const m of meetings) for (const r of m.analysis.rows) for (const f of new Set(r.features)) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocabulary = [...counts.entries()].filter(([, n]) => n >= MIN_COUNT).map(([f]) => f).sort();
  const index = new Map(vocabulary.map((f, i) => [f, i]));
  const examples: Int32Array[] = [];
  const dec: number[] = [];
  const act: number[] = [];
  for (const m of meetings)
    m.analysis.rows.forEach((r, i) => {
      const ids = [...new Set(r.features.flatMap((f) => (index.has(f) ? [index.get(f) as number] : [])))].sort((a, b) => a - b);
      examples.push(Int32Array.from(ids));
      dec.push(m.labels[i]?.[0] ?? 0);
      act.push(m.labels[i]?.[1] ?? 0);
    });
  const wd = averaged(examples, dec, vocabulary.length, options, 0);
  const wa = averaged(examples, act, vocabulary.length, options, 1);
  const weights: Record<string, [number, number]> = {};
  vocabulary.forEach((f, i) => {
    const d = round(wd[i] ?? 0);
    const a = round(wa[i] ?? 0);
    if (f === "bias" || Math.abs(d) >= PRUNE || Math.abs(a) >= PRUNE) weights[f] = [d, a];
  });
  return { version: MODEL_VERSION, seed: options.seed, trainedOn: options.trainedOn, thresholds: options.thresholds, weights };
}

// Runs of the same data in different (seeded) orders, averaged: one linear model without the
// luck of one order.
const RUNS = 5;
function averaged(examples: readonly Int32Array[], labels: readonly number[], dims: number, options: TrainOptions, offset: number): Float64Array {
  const sum = new Float64Array(dims);
  for (let run = 0; run < RUNS; run++) {
    const w = trainLogistic(examples, labels, dims, { ...options, seed: options.seed + offset + 2 * run });
    for (let i = 0; i < dims; i++) sum[i] = (sum[i] as number) + (w[i] as number) / RUNS;
  }
  return sum;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export const modelHash = (m: ExtractionModel) => createHash("sha256").update(JSON.stringify(m)).digest("hex");

export interface Fold {
  meeting: Labelled;
  prepared: Prepared;
}

/** Leave-one-writer-out: for each writer, train on the others (and the holdouts), prepare the writer's meetings. */
export function crossValidate(meetings: readonly Labelled[], writers: readonly string[], options: TrainOptions = DEFAULT_TRAIN): Map<string, Fold[]> {
  const out = new Map<string, Fold[]>();
  for (const w of writers) {
    const model = fit(meetings.filter((m) => m.writer !== w), { ...options, thresholds: { dropDecision: 0, addDecision: 0.3, dropAction: 0, addAction: 0.3 }, trainedOn: `cv-${w}` });
    const scorer = scorerFor(model);
    out.set(w, meetings.filter((m) => m.writer === w).map((meeting) => ({ meeting, prepared: prepareAnalysis(meeting.analysis, scorer) })));
  }
  return out;
}

export type ScoreModule = {
  emptyTotals(): unknown;
  scoreMeeting(gold: unknown, raw: string, output: unknown, totals: unknown): unknown;
  summarize(totals: unknown, files?: number): Summary;
  formatSummary(s: Summary): string;
  addTotals(into: unknown, from: unknown): unknown;
};
export interface Summary {
  files: number;
  decisions: { precision: number; recall: number; f1: number };
  actionItems: { precision: number; recall: number; f1: number };
  ownerAccuracy: number;
  dueAccuracy: number;
  actionTitleF1: number;
  decisionTextF1: number;
}

export function scoreFolds(score: ScoreModule, folds: readonly Fold[], t: Thresholds): { totals: unknown; summary: Summary } {
  const totals = score.emptyTotals();
  for (const { meeting, prepared } of folds) score.scoreMeeting(meeting.gold, meeting.raw, finish(meeting.analysis, prepared, t), totals);
  return { totals, summary: score.summarize(totals, folds.length) };
}

/** Thresholds that maximise pooled out-of-fold F1, decisions and actions chosen independently. */
export function chooseThresholds(score: ScoreModule, folds: readonly Fold[]): Thresholds {
  const drops = [0, 0.02, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4];
  const adds = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01];
  let best = { ...DEFAULT_THRESHOLDS };
  let bestDec = -1;
  let bestAct = -1;
  for (const drop of drops)
    for (const add of adds) {
      const s = scoreFolds(score, folds, { dropDecision: drop, addDecision: add, dropAction: drop, addAction: add }).summary;
      if (s.decisions.f1 > bestDec + 1e-9) {
        bestDec = s.decisions.f1;
        best = { ...best, dropDecision: drop, addDecision: add };
      }
      if (s.actionItems.f1 > bestAct + 1e-9) {
        bestAct = s.actionItems.f1;
        best = { ...best, dropAction: drop, addAction: add };
      }
    }
  return best;
}

export type { Scorer };
