import { IsolationForest } from 'ml-isolation-forest';

/**
 * An isolation forest (ml-isolation-forest, from the mljs project) over the feature vectors of
 * past checkouts: unsupervised, so it needs no labels, and scores how easily an attempt is set
 * apart from the rest (0.5 typical, towards 1 anomalous).
 */
export interface AnomalyModel {
  score(vector: number[]): number;
  trainedOn: number;
}

/** mulberry32, so that a forest trained twice on the same history is the same forest. */
function seeded(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Trees, and the sample each is grown on (the paper's ψ = 256: small samples isolate anomalies best). */
export const FOREST_TREES = 100;
export const FOREST_SAMPLE = 256;

/**
 * The library draws its splits from Math.random and grows each tree on the whole set it is given,
 * so each tree here is its own one-tree forest grown on a sample, with Math.random swapped for a
 * seeded generator while it grows (synchronous: nothing else runs meanwhile).
 */
export function trainAnomalyModel(vectors: readonly number[][], seed = 42): AnomalyModel | null {
  if (vectors.length < 32) return null;
  const random = seeded(seed);
  const original = Math.random;
  Math.random = random;
  const trees: IsolationForest[] = [];
  try {
    for (let t = 0; t < FOREST_TREES; t++) {
      const sample = Array.from({ length: Math.min(FOREST_SAMPLE, vectors.length) }, () => vectors[Math.floor(random() * vectors.length)]!);
      const tree = new IsolationForest({ nEstimators: 1 });
      tree.train(sample);
      trees.push(tree);
    }
  } finally {
    Math.random = original;
  }
  return {
    trainedOn: vectors.length,
    // Each one-tree forest returns 2^(-path / c(ψ)); the geometric mean over trees is the forest's 2^(-E[path] / c(ψ)).
    score: (vector) => 2 ** (trees.reduce((sum, tree) => sum + Math.log2(tree.predict([vector])[0]!), 0) / trees.length),
  };
}
