import { readFileSync } from "node:fs";
import { sigmoid } from "./logistic";

/** Where a probability turns a candidate into an item, per kind; chosen by cross-validation. */
export interface Thresholds {
  /** A rule's decision below this is dropped. */
  dropDecision: number;
  /** A sentence no rule took becomes a decision at or above this. */
  addDecision: number;
  dropAction: number;
  addAction: number;
}

/** The committed model: two logistic regressions sharing one pruned vocabulary. */
export interface ExtractionModel {
  version: string;
  seed: number;
  trainedOn: string;
  thresholds: Thresholds;
  /** feature → [decision weight, action weight]; bias is the feature "bias". */
  weights: Record<string, [number, number]>;
}

export interface Scorer {
  thresholds: Thresholds;
  /** P(decision), P(action) for one sentence's features. */
  score(features: readonly string[]): [number, number];
}

export function scorerFor(model: ExtractionModel): Scorer {
  const weights = new Map(Object.entries(model.weights));
  return {
    thresholds: model.thresholds,
    score(features) {
      let d = 0;
      let a = 0;
      for (const f of features) {
        const w = weights.get(f);
        if (w) {
          d += w[0];
          a += w[1];
        }
      }
      return [sigmoid(d), sigmoid(a)];
    },
  };
}

let committed: Scorer | null = null;

/** The model in learn/model.json, read once. */
export function committedScorer(): Scorer {
  if (!committed) {
    const raw = readFileSync(new URL("./model.json", import.meta.url), "utf8");
    committed = scorerFor(JSON.parse(raw) as ExtractionModel);
  }
  return committed;
}
