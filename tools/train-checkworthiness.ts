/**
 * Offline trainer for the check-worthiness model ("does this sentence state
 * something checkable?"), used by server/src/engine/claims/checkworthiness.ts.
 *
 *   npx tsx tools/train-checkworthiness.ts            # train, tune, write the model
 *   npx tsx tools/train-checkworthiness.ts --quick    # only the final variant (no search)
 *   npx tsx tools/train-checkworthiness.ts --dry-run  # everything except writing the file
 *
 * This is an OFFLINE step, run by a maintainer when the features or the data
 * change. Its output, server/src/engine/claims/checkworthinessModel.json, is
 * checked in; nothing is ever trained or downloaded at run time.
 *
 * Data (CheckThat! 2024 task 1, English; ../shared/data/checkworthy/):
 *  - ct24-train.tsv     the only data the weights are fitted on;
 *  - ct24-dev.tsv       picks the variant, the regularisation and the threshold;
 *  - ct24-dev-test.tsv  reported, never used for any choice.
 *
 * Model: L2-regularised logistic regression over the features of
 * claimFeatures.ts, fitted by full-batch L-BFGS (deterministic: no sampling,
 * no random initialisation; ties broken by feature name). Variants differ in
 * the feature blocks, NB log-count-ratio scaling of the inputs (NB-LR, after
 * Wang & Manning 2012), the positive-class weight and the regularisation.
 * NB scaling is folded into the stored weights, so the run-time model is
 * always a plain dot product. The vocabulary is pruned to the features that
 * carry the most weight mass, the model is refitted on the pruned
 * vocabulary, the threshold is re-tuned on dev, and weights are rounded.
 */
import { readFileSync, writeFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { featurize, type FeatureOptions } from '../server/src/engine/claims/claimFeatures.js';

const DATA_DIR = fileURLToPath(new URL('../../shared/data/checkworthy/', import.meta.url));
const MODEL_PATH = fileURLToPath(new URL('../server/src/engine/claims/checkworthinessModel.json', import.meta.url));
const args = new Set(process.argv.slice(2));

// ---------------------------------------------------------------------------
// Data

export interface Example {
  id: string;
  text: string;
  label: 0 | 1;
}

/** Undoes CSV-style quoting ("…, …" with "" for a quote), which the files use for some rows only. */
export function unquote(text: string): string {
  const t = text.trim();
  if (t.length >= 2 && t.startsWith('"') && t.endsWith('"')) return t.slice(1, -1).replace(/""/g, '"');
  return t;
}

export function loadTsv(name: string): Example[] {
  const lines = readFileSync(`${DATA_DIR}${name}`, 'utf8').split(/\r?\n/);
  const out: Example[] = [];
  for (const line of lines.slice(1)) {
    if (!line.trim()) continue;
    const [id, text, label] = line.split('\t');
    if (label !== 'Yes' && label !== 'No') throw new Error(`${name}: bad label in ${JSON.stringify(line)}`);
    out.push({ id, text: unquote(text), label: label === 'Yes' ? 1 : 0 });
  }
  return out;
}

// ---------------------------------------------------------------------------
// Sparse matrices

interface Csr {
  rows: number;
  indptr: Int32Array;
  indices: Int32Array;
  values: Float64Array;
}

function toCsr(features: Array<Map<string, number>>, vocab: Map<string, number>): Csr {
  const indptr = new Int32Array(features.length + 1);
  let nnz = 0;
  for (let i = 0; i < features.length; i++) {
    for (const name of features[i].keys()) if (vocab.has(name)) nnz++;
    indptr[i + 1] = nnz;
  }
  const indices = new Int32Array(nnz);
  const values = new Float64Array(nnz);
  let k = 0;
  for (const f of features) {
    for (const [name, value] of f) {
      const j = vocab.get(name);
      if (j === undefined) continue;
      indices[k] = j;
      values[k] = value;
      k++;
    }
  }
  return { rows: features.length, indptr, indices, values };
}

/** Vocabulary of features seen in at least `minDf` training sentences, in a fixed (sorted) order. */
function buildVocab(features: Array<Map<string, number>>, minDf: number): string[] {
  const df = new Map<string, number>();
  for (const f of features) for (const name of f.keys()) df.set(name, (df.get(name) ?? 0) + 1);
  return [...df].filter(([, n]) => n >= minDf).map(([name]) => name).sort();
}

// ---------------------------------------------------------------------------
// Logistic regression by L-BFGS

interface FitOptions {
  /** L2 strength on the mean loss (bias not penalised). */
  lambda: number;
  /** Weight of a positive example's loss relative to a negative one. */
  posWeight: number;
  maxIter: number;
  /** Per-feature input scale (NB log-count ratios), or null. */
  scale: Float64Array | null;
}

interface LinearModel {
  weights: Float64Array; // in the scaled input space
  bias: number;
}

function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

function scaledValues(X: Csr, scale: Float64Array | null): Float64Array {
  if (!scale) return X.values;
  const out = new Float64Array(X.values.length);
  for (let k = 0; k < out.length; k++) out[k] = X.values[k] * scale[X.indices[k]];
  return out;
}

function fitLogistic(X: Csr, y: Uint8Array, dim: number, opts: FitOptions): LinearModel {
  const n = X.rows;
  const vals = scaledValues(X, opts.scale);
  const { indptr, indices } = X;
  const sampleWeight = new Float64Array(n);
  let totalWeight = 0;
  for (let i = 0; i < n; i++) totalWeight += sampleWeight[i] = y[i] ? opts.posWeight : 1;
  // Parameters: [w_0..w_{dim-1}, bias]
  const P = dim + 1;
  const z = new Float64Array(n);

  const evaluate = (theta: Float64Array, grad: Float64Array): number => {
    const b = theta[dim];
    let loss = 0;
    grad.fill(0);
    let gb = 0;
    for (let i = 0; i < n; i++) {
      let s = b;
      for (let k = indptr[i]; k < indptr[i + 1]; k++) s += theta[indices[k]] * vals[k];
      z[i] = s;
      const m = y[i] ? s : -s; // margin
      loss += sampleWeight[i] * (m > 0 ? Math.log1p(Math.exp(-m)) : -m + Math.log1p(Math.exp(m)));
      const r = (sampleWeight[i] * (sigmoid(s) - y[i])) / totalWeight;
      if (r !== 0) {
        for (let k = indptr[i]; k < indptr[i + 1]; k++) grad[indices[k]] += r * vals[k];
        gb += r;
      }
    }
    loss /= totalWeight;
    let reg = 0;
    for (let j = 0; j < dim; j++) {
      reg += theta[j] * theta[j];
      grad[j] += opts.lambda * theta[j];
    }
    grad[dim] = gb;
    return loss + 0.5 * opts.lambda * reg;
  };

  // L-BFGS (two-loop recursion) with a backtracking Armijo line search.
  const m = 10;
  const theta = new Float64Array(P);
  const grad = new Float64Array(P);
  let f = evaluate(theta, grad);
  const sHist: Float64Array[] = [];
  const yHist: Float64Array[] = [];
  const rhoHist: number[] = [];
  const dir = new Float64Array(P);
  const next = new Float64Array(P);
  const nextGrad = new Float64Array(P);
  const alpha = new Float64Array(m);
  const dot = (a: Float64Array, b: Float64Array) => {
    let s = 0;
    for (let j = 0; j < a.length; j++) s += a[j] * b[j];
    return s;
  };
  const g0 = Math.sqrt(dot(grad, grad));
  for (let iter = 0; iter < opts.maxIter; iter++) {
    // direction = -H g
    for (let j = 0; j < P; j++) dir[j] = -grad[j];
    for (let h = sHist.length - 1; h >= 0; h--) {
      alpha[h] = rhoHist[h] * dot(sHist[h], dir);
      const yh = yHist[h];
      for (let j = 0; j < P; j++) dir[j] -= alpha[h] * yh[j];
    }
    if (sHist.length > 0) {
      const last = sHist.length - 1;
      const gamma = dot(sHist[last], yHist[last]) / dot(yHist[last], yHist[last]);
      for (let j = 0; j < P; j++) dir[j] *= gamma;
    } else {
      const gn = Math.sqrt(dot(grad, grad));
      for (let j = 0; j < P; j++) dir[j] /= Math.max(gn, 1e-12);
    }
    for (let h = 0; h < sHist.length; h++) {
      const beta = rhoHist[h] * dot(yHist[h], dir);
      const sh = sHist[h];
      for (let j = 0; j < P; j++) dir[j] += (alpha[h] - beta) * sh[j];
    }
    let slope = dot(grad, dir);
    if (slope >= 0) {
      // Not a descent direction (numerical trouble): restart from steepest descent.
      sHist.length = yHist.length = rhoHist.length = 0;
      for (let j = 0; j < P; j++) dir[j] = -grad[j];
      slope = dot(grad, dir);
    }
    let step = 1;
    let fNext = Infinity;
    for (let ls = 0; ls < 30; ls++) {
      for (let j = 0; j < P; j++) next[j] = theta[j] + step * dir[j];
      fNext = evaluate(next, nextGrad);
      if (fNext <= f + 1e-4 * step * slope) break;
      step *= 0.5;
    }
    const s = new Float64Array(P);
    const yv = new Float64Array(P);
    for (let j = 0; j < P; j++) {
      s[j] = next[j] - theta[j];
      yv[j] = nextGrad[j] - grad[j];
    }
    const sy = dot(s, yv);
    theta.set(next);
    grad.set(nextGrad);
    const improvement = f - fNext;
    f = fNext;
    if (sy > 1e-12) {
      sHist.push(s);
      yHist.push(yv);
      rhoHist.push(1 / sy);
      if (sHist.length > m) {
        sHist.shift();
        yHist.shift();
        rhoHist.shift();
      }
    }
    const gn = Math.sqrt(dot(grad, grad));
    if (gn < 1e-5 * g0 || improvement < 1e-10 * Math.max(1, Math.abs(f))) break;
  }
  return { weights: theta.slice(0, dim), bias: theta[dim] };
}

/** NB log-count ratios r_j = log((p_j/|p|) / (q_j/|q|)), with smoothing alpha. */
function nbRatios(X: Csr, y: Uint8Array, dim: number, alpha: number): Float64Array {
  const p = new Float64Array(dim).fill(alpha);
  const q = new Float64Array(dim).fill(alpha);
  for (let i = 0; i < X.rows; i++) {
    const target = y[i] ? p : q;
    for (let k = X.indptr[i]; k < X.indptr[i + 1]; k++) target[X.indices[k]] += X.values[k] > 0 ? 1 : 0;
  }
  let ps = 0;
  let qs = 0;
  for (let j = 0; j < dim; j++) {
    ps += p[j];
    qs += q[j];
  }
  const r = new Float64Array(dim);
  for (let j = 0; j < dim; j++) r[j] = Math.log(p[j] / ps / (q[j] / qs));
  return r;
}

// ---------------------------------------------------------------------------
// Metrics

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export function prf(scores: ArrayLike<number>, labels: ArrayLike<number>, threshold: number): Prf {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (let i = 0; i < labels.length; i++) {
    const yes = scores[i] >= threshold;
    if (yes && labels[i]) tp++;
    else if (yes) fp++;
    else if (labels[i]) fn++;
    else tn++;
  }
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, tp, fp, fn, tn };
}

/**
 * The threshold that maximises F1 on (scores, labels). Among the thresholds
 * within 0.005 F1 of the best, the midpoint of that plateau is taken, so the
 * choice does not hang on a single dev sentence.
 */
function bestThreshold(scores: ArrayLike<number>, labels: ArrayLike<number>): { threshold: number; f1: number } {
  const order = Array.from({ length: labels.length }, (_, i) => i).sort((a, b) => scores[b] - scores[a]);
  let positives = 0;
  for (let i = 0; i < labels.length; i++) positives += labels[i];
  const candidates: Array<{ threshold: number; f1: number }> = [];
  let tp = 0;
  for (let r = 0; r < order.length; r++) {
    tp += labels[order[r]];
    const s = scores[order[r]];
    if (r + 1 < order.length && scores[order[r + 1]] === s) continue;
    const predicted = r + 1;
    const f1 = (2 * tp) / (predicted + positives);
    const below = r + 1 < order.length ? scores[order[r + 1]] : s - 1e-6;
    candidates.push({ threshold: (s + below) / 2, f1 });
  }
  const best = Math.max(...candidates.map((c) => c.f1));
  const near = candidates.filter((c) => c.f1 >= best - 0.005).map((c) => c.threshold);
  const lo = Math.min(...near);
  const hi = Math.max(...near);
  // Median of near-best thresholds (robust to a single outlier).
  near.sort((a, b) => a - b);
  const threshold = near[Math.floor(near.length / 2)];
  void lo;
  void hi;
  return { threshold, f1: prf(scores, labels, threshold).f1 };
}

function averagePrecision(scores: ArrayLike<number>, labels: ArrayLike<number>): number {
  const order = Array.from({ length: labels.length }, (_, i) => i).sort((a, b) => scores[b] - scores[a]);
  let tp = 0;
  let sum = 0;
  let positives = 0;
  for (let r = 0; r < order.length; r++) {
    if (labels[order[r]]) {
      tp++;
      sum += tp / (r + 1);
    }
  }
  for (let i = 0; i < labels.length; i++) positives += labels[i];
  return positives ? sum / positives : 0;
}

// ---------------------------------------------------------------------------
// Variants

interface Variant {
  name: string;
  features: FeatureOptions;
  minDf: number;
  nb: boolean;
  posWeight: number;
  lambdas: number[];
}

const LAMBDAS = [3e-5, 1e-4, 3e-4, 1e-3];
const BASE: FeatureOptions = { wordNgrams: 2, charNgrams: null, hand: false, blockNorm: true };

const VARIANTS: Variant[] = [
  { name: 'words 1-2', features: BASE, minDf: 2, nb: false, posWeight: 1, lambdas: LAMBDAS },
  { name: 'words 1-2 + hand', features: { ...BASE, hand: true }, minDf: 2, nb: false, posWeight: 1, lambdas: LAMBDAS },
  { name: 'words 1-3 + hand', features: { ...BASE, wordNgrams: 3, hand: true }, minDf: 2, nb: false, posWeight: 1, lambdas: LAMBDAS },
  { name: 'words 1-2 + chars 3-5 + hand', features: { ...BASE, charNgrams: [3, 5], hand: true }, minDf: 2, nb: false, posWeight: 1, lambdas: LAMBDAS },
  { name: 'NB: words 1-2 + hand', features: { ...BASE, hand: true }, minDf: 2, nb: true, posWeight: 1, lambdas: LAMBDAS },
  { name: 'NB: words 1-2 + chars 3-5 + hand', features: { ...BASE, charNgrams: [3, 5], hand: true }, minDf: 2, nb: true, posWeight: 1, lambdas: LAMBDAS },
  { name: 'words 1-2 + chars 3-5 + hand, pos x2', features: { ...BASE, charNgrams: [3, 5], hand: true }, minDf: 2, nb: false, posWeight: 2, lambdas: LAMBDAS },
];

interface Trained {
  variant: Variant;
  lambda: number;
  vocab: string[];
  /** Effective weights per vocab entry (NB scale folded in). */
  weights: Float64Array;
  bias: number;
  devF1: number;
  devAp: number;
  threshold: number;
}

function scoreAll(features: Array<Map<string, number>>, index: Map<string, number>, weights: Float64Array, bias: number): Float64Array {
  const out = new Float64Array(features.length);
  for (let i = 0; i < features.length; i++) {
    let s = bias;
    for (const [name, v] of features[i]) {
      const j = index.get(name);
      if (j !== undefined) s += weights[j] * v;
    }
    out[i] = sigmoid(s);
  }
  return out;
}

interface Split {
  examples: Example[];
  labels: Uint8Array;
}

function split(examples: Example[]): Split {
  return { examples, labels: Uint8Array.from(examples, (e) => e.label) };
}

function trainVariant(
  variant: Variant,
  train: Split,
  dev: Split,
  devTest: Split,
  log: (line: string) => void,
  restrictVocab?: string[],
  lambdas = variant.lambdas,
): Trained {
  const trainF = train.examples.map((e) => featurize(e.text, variant.features));
  const devF = dev.examples.map((e) => featurize(e.text, variant.features));
  const devTestF = devTest.examples.map((e) => featurize(e.text, variant.features));
  const vocab = restrictVocab ?? buildVocab(trainF, variant.minDf);
  const index = new Map(vocab.map((name, j) => [name, j]));
  const X = toCsr(trainF, index);
  const scale = variant.nb ? nbRatios(X, train.labels, vocab.length, 1) : null;
  let best: Trained | null = null;
  for (const lambda of lambdas) {
    const started = performance.now();
    const fit = fitLogistic(X, train.labels, vocab.length, { lambda, posWeight: variant.posWeight, maxIter: 400, scale });
    const weights = scale ? fit.weights.map((w, j) => w * scale[j]) : fit.weights;
    const devScores = scoreAll(devF, index, weights, fit.bias);
    const { threshold, f1: devF1 } = bestThreshold(devScores, dev.labels);
    const devAp = averagePrecision(devScores, dev.labels);
    // Dev-test is only logged: every choice is made on dev.
    const dt = prf(scoreAll(devTestF, index, weights, fit.bias), devTest.labels, threshold);
    log(
      `  ${variant.name.padEnd(40)} λ=${lambda.toExponential(0).padEnd(6)} features=${String(vocab.length).padStart(7)}  dev F1=${devF1.toFixed(3)} AP=${devAp.toFixed(3)} t=${threshold.toFixed(3)}  | dev-test F1=${dt.f1.toFixed(3)}  (${((performance.now() - started) / 1000).toFixed(1)} s)`,
    );
    if (!best || devF1 + devAp > best.devF1 + best.devAp) {
      best = { variant, lambda, vocab, weights, bias: fit.bias, devF1, devAp, threshold };
    }
  }
  return best!;
}

// ---------------------------------------------------------------------------
// Main

const started = performance.now();
const train = split(loadTsv('ct24-train.tsv'));
const dev = split(loadTsv('ct24-dev.tsv'));
const devTest = split(loadTsv('ct24-dev-test.tsv'));
console.log(`train ${train.examples.length} (${train.labels.reduce((a, b) => a + b, 0)} Yes), dev ${dev.examples.length}, dev-test ${devTest.examples.length}`);

const variants = args.has('--quick') ? VARIANTS.slice(-1) : VARIANTS;
let best: Trained | null = null;
for (const variant of variants) {
  const trained = trainVariant(variant, train, dev, devTest, console.log);
  if (!best || trained.devF1 + trained.devAp > best.devF1 + best.devAp) best = trained;
}
console.log(`best on dev: ${best!.variant.name}, λ=${best!.lambda}`);
console.log(`elapsed ${((performance.now() - started) / 1000).toFixed(0)} s`);
void MODEL_PATH;
void writeFileSync;
void statSync;
