import type { Labelled } from "./corpus";
import { DEFAULT_TRAIN, trainLogistic, type TrainOptions } from "./logistic";
import type { ExtractionModel, Thresholds } from "./model";
import { MODEL_VERSION } from "./train";

/** One reviewer verdict as a training row: the sentence's features and whether it was right. */
export interface OrgExample {
  kind: "decision" | "action";
  features: readonly string[];
  /** 1: accepted or corrected (the item was real); 0: rejected. */
  label: 0 | 1;
}

// Same pruning as the shipped model (train.ts): rare features memorise, tiny weights say nothing.
const MIN_COUNT = 4;
const PRUNE = 0.04;
/**
 * A reviewer's verdict counts as this many corpus rows: an organisation has tens of verdicts
 * against thousands of corpus sentences, and a person's explicit "not this" should move its
 * own model, while the corpus keeps it from forgetting everything else.
 */
export const ORG_EXAMPLE_WEIGHT = 20;

/**
 * Trains an organisation's model: the corpus meetings given (the caller passes the train slice and
 * the holdouts, never the test slice) plus the organisation's labelled examples, each classifier
 * on its own kind's examples. Deterministic: same meetings, examples (in the same order), seed →
 * same model, byte for byte. The thresholds are the shipped model's (chosen by cross-validation).
 */
export function fitOrganization(
  meetings: readonly Labelled[],
  examples: readonly OrgExample[],
  opts: { thresholds: Thresholds; trainedOn: string; train?: TrainOptions; weight?: number },
): ExtractionModel {
  const options = opts.train ?? DEFAULT_TRAIN;
  const weight = opts.weight ?? ORG_EXAMPLE_WEIGHT;
  const counts = new Map<string, number>();
  const count = (features: readonly string[], n: number) => {
    for (const f of new Set(features)) counts.set(f, (counts.get(f) ?? 0) + n);
  };
  for (const m of meetings) for (const r of m.analysis.rows) count(r.features, 1);
  for (const e of examples) count(e.features, weight);
  const vocabulary = [...counts.entries()].filter(([, n]) => n >= MIN_COUNT).map(([f]) => f).sort();
  const index = new Map(vocabulary.map((f, i) => [f, i]));
  const encode = (features: readonly string[]) => Int32Array.from([...new Set(features.flatMap((f) => (index.has(f) ? [index.get(f) as number] : [])))].sort((a, b) => a - b));

  const corpus: Int32Array[] = [];
  const dec: number[] = [];
  const act: number[] = [];
  for (const m of meetings)
    m.analysis.rows.forEach((r, i) => {
      corpus.push(encode(r.features));
      dec.push(m.labels[i]?.[0] ?? 0);
      act.push(m.labels[i]?.[1] ?? 0);
    });
  const head = (kind: OrgExample["kind"], base: number[]) => {
    const xs = [...corpus];
    const ys = [...base];
    for (const e of examples) {
      if (e.kind !== kind) continue;
      const x = encode(e.features);
      for (let k = 0; k < weight; k++) {
        xs.push(x);
        ys.push(e.label);
      }
    }
    return { xs, ys };
  };
  const d = head("decision", dec);
  const a = head("action", act);
  const wd = trainLogistic(d.xs, d.ys, vocabulary.length, options);
  const wa = trainLogistic(a.xs, a.ys, vocabulary.length, { ...options, seed: options.seed + 1 });
  const weights: Record<string, [number, number]> = {};
  vocabulary.forEach((f, i) => {
    const x = round(wd[i] ?? 0);
    const y = round(wa[i] ?? 0);
    if (f === "bias" || Math.abs(x) >= PRUNE || Math.abs(y) >= PRUNE) weights[f] = [x, y];
  });
  return { version: MODEL_VERSION, seed: options.seed, trainedOn: opts.trainedOn, thresholds: opts.thresholds, weights };
}

const round = (x: number) => Math.round(x * 1000) / 1000;
