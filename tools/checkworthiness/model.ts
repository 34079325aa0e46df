/**
 * One check-worthiness model fit: a variant (feature blocks, NB scaling,
 * per-block input scale, vocabulary rules, class weight) and an L2 strength
 * turn featurized sentences into named weights. Input scales (NB ratios and
 * block scales) are folded into the returned weights, so the shipped model
 * is a plain dot product over claimFeatures.ts's feature values.
 */
import type { FeatureOptions } from '../../server/src/engine/claims/claimFeatures.js';
import { fitLogistic, nbRatios } from './logistic.js';
import { buildVocab, toCsr } from './sparse.js';

export interface Variant {
  name: string;
  features: FeatureOptions;
  /** A feature must occur in at least this many training sentences. */
  minDf: number;
  /**
   * A feature must occur in at least this many of the training rows' topic
   * blocks (see crossTopic.ts), or 0 for no such rule: words of one debate's
   * subject do not survive, grammar and figures do.
   */
  minBlocks: number;
  nb: boolean;
  posWeight: number;
  /**
   * Input scale per feature prefix ("w", "b", "c", "h", "p", "s"), default 1.
   * Under one L2 penalty, a block scaled by α is regularised as if its
   * penalty were divided by α²: below 1 down-weights a block (topic words),
   * above 1 lets it speak more (shapes, hand cues).
   */
  blockScale: Record<string, number>;
}

export interface Fitted {
  vocab: string[];
  /** Effective weights per vocabulary entry (input scales folded in). */
  weights: Float64Array;
  bias: number;
  /** Document frequency of each vocabulary entry in the training rows used. */
  df: Int32Array;
}

/** The vocabulary of `rows` under the variant's minDf and minBlocks rules, sorted. */
export function vocabulary(rows: Array<Map<string, number>>, variant: Variant, blocks?: ArrayLike<number>): string[] {
  const names = buildVocab(rows, variant.minDf);
  if (!variant.minBlocks || !blocks) return names;
  const seen = new Map<string, Set<number>>();
  rows.forEach((f, i) => {
    for (const name of f.keys()) {
      let s = seen.get(name);
      if (!s) seen.set(name, (s = new Set()));
      s.add(blocks[i]);
    }
  });
  return names.filter((n) => (seen.get(n)?.size ?? 0) >= variant.minBlocks);
}

/** Fits one model on `rows`; the vocabulary comes from those rows unless given. */
export function fit(
  rows: Array<Map<string, number>>,
  labels: Uint8Array,
  variant: Variant,
  lambda: number,
  options: { vocab?: string[]; blocks?: ArrayLike<number> } = {},
): Fitted {
  const names = options.vocab ?? vocabulary(rows, variant, options.blocks);
  const index = new Map(names.map((name, j) => [name, j]));
  const X = toCsr(rows, index);
  const df = new Int32Array(names.length);
  for (const j of X.indices) df[j]++;
  const nb = variant.nb ? nbRatios(X, labels, names.length, 1) : null;
  const scale = new Float64Array(names.length);
  names.forEach((name, j) => {
    scale[j] = (variant.blockScale[name.slice(0, name.indexOf(':'))] ?? 1) * (nb ? nb[j] : 1);
  });
  const model = fitLogistic(X, labels, names.length, { lambda, posWeight: variant.posWeight, maxIter: 400, scale });
  return { vocab: names, weights: model.weights.map((w, j) => w * scale[j]), bias: model.bias, df };
}

/** Log-odds of each row under a fitted model. */
export function logits(model: Pick<Fitted, 'vocab' | 'weights' | 'bias'>, rows: Array<Map<string, number>>): Float64Array {
  const index = new Map(model.vocab.map((name, j) => [name, j]));
  const out = new Float64Array(rows.length);
  rows.forEach((f, i) => {
    let s = model.bias;
    for (const [name, v] of f) {
      const j = index.get(name);
      if (j !== undefined) s += model.weights[j] * v;
    }
    out[i] = s;
  });
  return out;
}

/**
 * The `keep` features with the largest total absolute contribution over the
 * training rows (|weight| × document frequency): rare features with big
 * weights matter for few sentences, and frequent small ones add up.
 */
export function prune(model: Fitted, keep: number): string[] {
  const order = model.vocab
    .map((_, j) => j)
    .sort(
      (a, b) =>
        Math.abs(model.weights[b]) * model.df[b] - Math.abs(model.weights[a]) * model.df[a] || (model.vocab[a] < model.vocab[b] ? -1 : 1),
    );
  return order
    .slice(0, keep)
    .map((j) => model.vocab[j])
    .sort();
}
