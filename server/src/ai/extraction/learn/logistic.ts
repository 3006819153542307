/**
 * Binary logistic regression over sparse binary features, trained with AdaGrad and L2. Seeded:
 * the same examples, seed and options give the same weights, bit for bit.
 */
export interface TrainOptions {
  seed: number;
  epochs: number;
  learningRate: number;
  l2: number;
  /** Weight of a positive example's gradient: positives are rare (a few per meeting). */
  positiveWeight: number;
}

export const DEFAULT_TRAIN: TrainOptions = { seed: 12, epochs: 10, learningRate: 0.03, l2: 5e-4, positiveWeight: 3 };

/** mulberry32: a small, fast, seedable PRNG (deterministic across platforms). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-Math.max(-30, Math.min(30, z))));

/** Returns one weight per feature index; examples are lists of active feature indexes. */
export function trainLogistic(examples: readonly Int32Array[], labels: readonly number[], dims: number, options: TrainOptions): Float64Array {
  const w = new Float64Array(dims);
  const g2 = new Float64Array(dims).fill(1e-8);
  const order = examples.map((_, i) => i);
  const random = prng(options.seed);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    // Fisher–Yates with the seeded generator.
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const t = order[i] as number;
      order[i] = order[j] as number;
      order[j] = t;
    }
    for (const i of order) {
      const x = examples[i] as Int32Array;
      const y = labels[i] as number;
      let z = 0;
      for (const f of x) z += w[f] as number;
      const weight = y === 1 ? options.positiveWeight : 1;
      const grad = (sigmoid(z) - y) * weight;
      for (const f of x) {
        const g = grad + options.l2 * (w[f] as number);
        g2[f] = (g2[f] as number) + g * g;
        w[f] = (w[f] as number) - (options.learningRate * g) / Math.sqrt(g2[f] as number);
      }
    }
  }
  return w;
}
