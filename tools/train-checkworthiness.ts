/**
 * Offline trainer for the check-worthiness model ("does this sentence state
 * something checkable?"), used by server/src/engine/claims/checkworthiness.ts.
 *
 *   npx tsx tools/train-checkworthiness.ts            # train the shipped variant, tune, write the model (~2-3 min)
 *   npx tsx tools/train-checkworthiness.ts --search   # also try every variant in SEARCH_VARIANTS (~15 min)
 *   npx tsx tools/train-checkworthiness.ts --dry-run  # everything except writing the file
 *
 * This is an OFFLINE step, run by a maintainer when the features or the data
 * change. Its output, server/src/engine/claims/checkworthinessModel.json, is
 * checked in; nothing is ever trained or downloaded at run time.
 *
 * Data (CheckThat! 2024 task 1, English; ../shared/data/checkworthy/):
 *  - ct24-train.tsv     the only data the weights are fitted on;
 *  - ct24-dev.tsv       picks the variant, the regularisation and the threshold;
 *  - ct24-dev-test.tsv  printed, never used for any choice.
 *
 * Model: L2-regularised logistic regression over the features of
 * claimFeatures.ts, fitted by full-batch L-BFGS (deterministic: no sampling,
 * no random initialisation, fixed feature order). Variants differ in the
 * feature blocks, NB log-count-ratio scaling of the inputs (NB-LR, after
 * Wang & Manning 2012), the positive-class weight and the regularisation.
 * NB scaling is folded into the stored weights, so the run-time model is
 * always a plain dot product.
 *
 * Why a temporal hold-out as well as dev: ct24-dev is a random sample of the
 * same debates as the training set (its ids interleave with train's), so
 * the model is more confident on it than on debates it has never seen, and
 * dev's F1-optimal threshold is too high for new text. The training
 * debates after LATE_FROM_ID, which dev never samples, stand in for new
 * debates: a model fitted on the earlier debates decides how far below dev's
 * optimum to put the threshold (see chooseThreshold / evaluate). The
 * threshold itself is still read off dev.
 *
 * Steps: (1) for each variant and λ, fit, and rank by dev average precision
 * + hold-out average precision; (2) prune the vocabulary to the KEEP_FEATURES
 * features with the most weight mass and refit; (3) round weights to
 * WEIGHT_DIGITS significant digits and re-choose the threshold for the
 * rounded model; (4) write the JSON and print dev / dev-test figures.
 */
import { writeFileSync, statSync } from 'node:fs';
import { loadCt24, type Ct24Row } from '../bench/lib/ct24.js';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { featurize, type FeatureOptions } from '../server/src/engine/claims/claimFeatures.js';

const MODEL_PATH = fileURLToPath(new URL('../server/src/engine/claims/checkworthinessModel.json', import.meta.url));
const args = new Set(process.argv.slice(2));

// ---------------------------------------------------------------------------
// Data

/** One labelled sentence (see bench/lib/ct24.ts). */
export type Example = Ct24Row;

// ---------------------------------------------------------------------------
// Sparse matrices

export interface Csr {
  rows: number;
  indptr: Int32Array;
  indices: Int32Array;
  values: Float64Array;
}

export function toCsr(features: Array<Map<string, number>>, vocab: Map<string, number>): Csr {
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
export function buildVocab(features: Array<Map<string, number>>, minDf: number): string[] {
  const df = new Map<string, number>();
  for (const f of features) for (const name of f.keys()) df.set(name, (df.get(name) ?? 0) + 1);
  return [...df].filter(([, n]) => n >= minDf).map(([name]) => name).sort();
}

// ---------------------------------------------------------------------------
// Logistic regression by L-BFGS

export interface FitOptions {
  /** L2 strength on the mean loss (bias not penalised). */
  lambda: number;
  /** Weight of a positive example's loss relative to a negative one. */
  posWeight: number;
  maxIter: number;
  /** Per-feature input scale (NB log-count ratios), or null. */
  scale: Float64Array | null;
}

export interface LinearModel {
  weights: Float64Array; // in the scaled input space
  bias: number;
}

export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

function scaledValues(X: Csr, scale: Float64Array | null): Float64Array {
  if (!scale) return X.values;
  const out = new Float64Array(X.values.length);
  for (let k = 0; k < out.length; k++) out[k] = X.values[k] * scale[X.indices[k]];
  return out;
}

export function fitLogistic(X: Csr, y: Uint8Array, dim: number, opts: FitOptions): LinearModel {
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
export function nbRatios(X: Csr, y: Uint8Array, dim: number, alpha: number): Float64Array {
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
// Metrics and thresholds

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

/** F1 at every distinct cut: thresholds midway between consecutive distinct scores, descending. */
function f1Curve(scores: ArrayLike<number>, labels: ArrayLike<number>): Array<{ threshold: number; f1: number }> {
  const order = Array.from({ length: labels.length }, (_, i) => i).sort((a, b) => scores[b] - scores[a] || a - b);
  let positives = 0;
  for (let i = 0; i < labels.length; i++) positives += labels[i];
  const curve: Array<{ threshold: number; f1: number }> = [];
  let tp = 0;
  for (let r = 0; r < order.length; r++) {
    tp += labels[order[r]];
    const s = scores[order[r]];
    if (r + 1 < order.length && scores[order[r + 1]] === s) continue;
    const below = r + 1 < order.length ? scores[order[r + 1]] : s - 1e-6;
    curve.push({ threshold: (s + below) / 2, f1: (2 * tp) / (r + 1 + positives) });
  }
  return curve;
}

/**
 * The decision threshold: the LOWEST threshold whose F1 on (scores, labels)
 * is within `tolerance` of the best F1. With tolerance 0 this is the plain
 * F1-optimal threshold. A positive tolerance leans towards recall inside the
 * flat top of the F1 curve; how far to lean is chosen on a temporal hold-out
 * of the training data (see `chooseTolerance`), because ct24-dev is a random
 * sample of the training debates and its best threshold is too high for
 * debates the model has never seen.
 */
export function chooseThreshold(scores: ArrayLike<number>, labels: ArrayLike<number>, tolerance: number): { threshold: number; f1: number } {
  const curve = f1Curve(scores, labels);
  const best = Math.max(...curve.map((c) => c.f1));
  let threshold = Infinity;
  for (const c of curve) if (c.f1 >= best - tolerance - 1e-12) threshold = Math.min(threshold, c.threshold);
  return { threshold, f1: prf(scores, labels, threshold).f1 };
}

export function averagePrecision(scores: ArrayLike<number>, labels: ArrayLike<number>): number {
  const order = Array.from({ length: labels.length }, (_, i) => i).sort((a, b) => scores[b] - scores[a] || a - b);
  let tp = 0;
  let sum = 0;
  for (let r = 0; r < order.length; r++) {
    if (labels[order[r]]) {
      tp++;
      sum += tp / (r + 1);
    }
  }
  return tp ? sum / tp : 0;
}

// ---------------------------------------------------------------------------
// Variants and the training protocol

export interface Variant {
  name: string;
  features: FeatureOptions;
  minDf: number;
  nb: boolean;
  posWeight: number;
}

const WORDS: FeatureOptions = { wordNgrams: 2, charNgrams: null, hand: false, blockNorm: true };
const WORDS_HAND: FeatureOptions = { ...WORDS, hand: true };
const WORDS_CHARS_HAND: FeatureOptions = { ...WORDS_HAND, charNgrams: [3, 5] };

/** The variant and regularisation grid that is shipped (chosen with --search; see the log in the report). */
const FINAL_VARIANT: Variant = { name: 'NB-LR: words 1-2 + chars 3-5 + hand', features: WORDS_CHARS_HAND, minDf: 2, nb: true, posWeight: 1 };
const FINAL_LAMBDAS = [1e-5, 3e-5];

/** Everything --search tries. */
const SEARCH_VARIANTS: Variant[] = [
  { name: 'words 1-2', features: WORDS, minDf: 2, nb: false, posWeight: 1 },
  { name: 'words 1-2 + hand', features: WORDS_HAND, minDf: 2, nb: false, posWeight: 1 },
  { name: 'words 1-2 + hand, no block norm', features: { ...WORDS_HAND, blockNorm: false }, minDf: 2, nb: false, posWeight: 1 },
  { name: 'words 1-2 + hand, minDf 1', features: WORDS_HAND, minDf: 1, nb: false, posWeight: 1 },
  { name: 'words 1-3 + hand', features: { ...WORDS_HAND, wordNgrams: 3 }, minDf: 2, nb: false, posWeight: 1 },
  { name: 'words 1-2 + hand, positives x2', features: WORDS_HAND, minDf: 2, nb: false, posWeight: 2 },
  { name: 'NB-LR: words 1-2 + hand', features: WORDS_HAND, minDf: 2, nb: true, posWeight: 1 },
  { name: 'words 1-2 + chars 3-5 + hand', features: WORDS_CHARS_HAND, minDf: 2, nb: false, posWeight: 1 },
  FINAL_VARIANT,
];
const SEARCH_LAMBDAS = [1e-5, 3e-5, 1e-4];

/** Candidate tolerances for `chooseThreshold`. */
const TOLERANCES = [0, 0.005, 0.01, 0.02, 0.03, 0.05];

/**
 * Training sentences from this id on form the temporal hold-out. Sentence ids
 * follow the debates in time; ct24-dev's ids stop at 29,062, so the debates
 * from 30,000 on (about 2,000 sentences) are ones dev has never seen, like
 * the debates of dev-test and of the test sets.
 */
const LATE_FROM_ID = 30000;

export interface Split {
  examples: Example[];
  labels: Uint8Array;
}

export function split(examples: Example[]): Split {
  return { examples, labels: Uint8Array.from(examples, (e) => e.label) };
}

export function scoreAll(features: Array<Map<string, number>>, index: Map<string, number>, weights: Float64Array, bias: number): Float64Array {
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

interface Featurized {
  train: Array<Map<string, number>>;
  dev: Array<Map<string, number>>;
  devTest: Array<Map<string, number>>;
}

export interface Fitted {
  vocab: string[];
  /** Effective weights per vocabulary entry (NB scale folded in). */
  weights: Float64Array;
  bias: number;
  /** Document frequency of each vocabulary entry in the training rows used. */
  df: Int32Array;
}

/** Fits one model on the given training rows; the vocabulary comes from those rows unless given. */
export function fit(rows: Array<Map<string, number>>, labels: Uint8Array, variant: Variant, lambda: number, vocab?: string[]): Fitted {
  const names = vocab ?? buildVocab(rows, variant.minDf);
  const index = new Map(names.map((name, j) => [name, j]));
  const X = toCsr(rows, index);
  const df = new Int32Array(names.length);
  for (const j of X.indices) df[j]++;
  const scale = variant.nb ? nbRatios(X, labels, names.length, 1) : null;
  const model = fitLogistic(X, labels, names.length, { lambda, posWeight: variant.posWeight, maxIter: 400, scale });
  const weights = scale ? model.weights.map((w, j) => w * scale[j]) : model.weights;
  return { vocab: names, weights, bias: model.bias, df };
}

function scorer(model: Fitted): (rows: Array<Map<string, number>>) => Float64Array {
  const index = new Map(model.vocab.map((name, j) => [name, j]));
  return (rows) => scoreAll(rows, index, model.weights, model.bias);
}

export interface Evaluation {
  variant: Variant;
  lambda: number;
  full: Fitted;
  devAp: number;
  lateAp: number;
  /** Tolerance chosen on the temporal hold-out, and the dev threshold it gives. */
  tolerance: number;
  threshold: number;
  dev: Prf;
  devTest: Prf;
  lateF1: number;
}

/**
 * One (variant, λ): fits on all training data (scored on dev) and on the
 * training debates before LATE_FROM_ID (scored on dev and on the later
 * debates). The early model picks the threshold tolerance: the one whose
 * dev-chosen threshold gives the best F1 on the later, unseen debates. The
 * full model's threshold is then chosen on dev with that tolerance.
 * Dev-test is scored for the log only.
 */
function evaluate(
  variant: Variant,
  lambda: number,
  data: Featurized,
  train: Split,
  dev: Split,
  devTest: Split,
  fixed?: { vocab: string[]; tolerance: number },
): Evaluation {
  let tolerance = fixed?.tolerance ?? 0;
  let lateF1 = Number.NaN;
  let lateAp = Number.NaN;
  if (!fixed) {
    const isLate = train.examples.map((e) => Number(e.id) >= LATE_FROM_ID);
    const earlyRows = data.train.filter((_, i) => !isLate[i]);
    const earlyLabels = Uint8Array.from(train.labels.filter((_, i) => !isLate[i]));
    const lateRows = data.train.filter((_, i) => isLate[i]);
    const lateLabels = Uint8Array.from(train.labels.filter((_, i) => isLate[i]));
    const scoreEarly = scorer(fit(earlyRows, earlyLabels, variant, lambda));
    const earlyDev = scoreEarly(data.dev);
    const earlyLate = scoreEarly(lateRows);
    lateAp = averagePrecision(earlyLate, lateLabels);
    lateF1 = -1;
    for (const tol of TOLERANCES) {
      const f1 = prf(earlyLate, lateLabels, chooseThreshold(earlyDev, dev.labels, tol).threshold).f1;
      if (f1 > lateF1 + 1e-9) {
        lateF1 = f1;
        tolerance = tol;
      }
    }
  }

  const full = fit(data.train, train.labels, variant, lambda, fixed?.vocab);
  const scoreFull = scorer(full);
  const devScores = scoreFull(data.dev);
  const { threshold } = chooseThreshold(devScores, dev.labels, tolerance);
  return {
    variant,
    lambda,
    full,
    devAp: averagePrecision(devScores, dev.labels),
    lateAp,
    tolerance,
    threshold,
    dev: prf(devScores, dev.labels, threshold),
    devTest: prf(scoreFull(data.devTest), devTest.labels, threshold),
    lateF1,
  };
}

function fmt(e: Evaluation): string {
  return (
    `${e.variant.name.padEnd(38)} λ=${e.lambda.toExponential(0).padEnd(5)} n=${String(e.full.vocab.length).padStart(6)}` +
    `  dev AP=${e.devAp.toFixed(3)} late AP=${Number.isNaN(e.lateAp) ? '  -  ' : e.lateAp.toFixed(3)} tol=${e.tolerance.toFixed(3)} t=${e.threshold.toFixed(3)}` +
    `  dev P/R/F1=${e.dev.precision.toFixed(3)}/${e.dev.recall.toFixed(3)}/${e.dev.f1.toFixed(3)} late F1=${Number.isNaN(e.lateF1) ? '  -  ' : e.lateF1.toFixed(3)}` +
    `  | dev-test P/R/F1=${e.devTest.precision.toFixed(3)}/${e.devTest.recall.toFixed(3)}/${e.devTest.f1.toFixed(3)}`
  );
}

/**
 * Keeps the `keep` features with the largest total absolute contribution over
 * the training data (|weight| × document frequency): rare features with big
 * weights matter for few sentences, and frequent small ones add up.
 */
function prune(model: Fitted, keep: number): string[] {
  const order = model.vocab.map((_, j) => j).sort((a, b) => Math.abs(model.weights[b]) * model.df[b] - Math.abs(model.weights[a]) * model.df[a] || (model.vocab[a] < model.vocab[b] ? -1 : 1));
  return order.slice(0, keep).map((j) => model.vocab[j]).sort();
}

/** Rounds to `digits` significant digits (the JSON carries the shortest round-trip string). */
function round(x: number, digits: number): number {
  return x === 0 ? 0 : Number(x.toPrecision(digits));
}

// ---------------------------------------------------------------------------
// Main

const KEEP_FEATURES = 40000;
const WEIGHT_DIGITS = 3;

async function main(): Promise<void> {
  const started = performance.now();
  const train = split(loadCt24('ct24-train.tsv'));
  const dev = split(loadCt24('ct24-dev.tsv'));
  const devTest = split(loadCt24('ct24-dev-test.tsv'));
  const yes = train.labels.reduce((a, b) => a + b, 0);
  console.log(`train ${train.examples.length} (${yes} Yes), dev ${dev.examples.length}, dev-test ${devTest.examples.length} (dev-test is reported, never used to choose)`);

  const search = args.has('--search');
  const variants = search ? SEARCH_VARIANTS : [FINAL_VARIANT];
  const lambdas = search ? SEARCH_LAMBDAS : FINAL_LAMBDAS;
  const cache = new Map<string, Featurized>();
  const featurized = (options: FeatureOptions): Featurized => {
    const key = JSON.stringify(options);
    if (!cache.has(key)) {
      cache.set(key, {
        train: train.examples.map((e) => featurize(e.text, options)),
        dev: dev.examples.map((e) => featurize(e.text, options)),
        devTest: devTest.examples.map((e) => featurize(e.text, options)),
      });
    }
    return cache.get(key)!;
  };

  // 1. Variant and λ: the best ranking quality on dev and on the unseen later debates.
  let best: Evaluation | null = null;
  for (const variant of variants) {
    for (const lambda of lambdas) {
      const t0 = performance.now();
      const e = evaluate(variant, lambda, featurized(variant.features), train, dev, devTest);
      console.log(`${fmt(e)}  (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
      if (!best || e.devAp + e.lateAp > best.devAp + best.lateAp) best = e;
    }
  }
  const chosen = best!;
  console.log(`chosen: ${chosen.variant.name}, λ=${chosen.lambda}`);

  // 2. Prune the vocabulary and refit on it (both the early and the full model), which re-chooses the threshold.
  const data = featurized(chosen.variant.features);
  // The tolerance stays the one chosen before pruning: the pruned vocabulary
  // was picked by the full model, which has seen the hold-out debates.
  const keep = prune(chosen.full, KEEP_FEATURES);
  const final = evaluate(chosen.variant, chosen.lambda, data, train, dev, devTest, { vocab: keep, tolerance: chosen.tolerance });
  console.log(`pruned to ${keep.length}: ${fmt(final)}`);

  // 3. Round the weights, drop the ones that round to zero, and re-choose the
  //    threshold for the rounded model (what checkworthiness.ts will run), so
  //    the figures printed and stored are the shipped model's.
  const names: string[] = [];
  const weights: number[] = [];
  final.full.vocab.forEach((name, j) => {
    const w = round(final.full.weights[j], WEIGHT_DIGITS);
    if (w !== 0) {
      names.push(name);
      weights.push(w);
    }
  });
  const bias = round(final.full.bias, 6);
  const shipped = scorer({ vocab: names, weights: Float64Array.from(weights), bias, df: new Int32Array(names.length) });
  const devScores = shipped(data.dev);
  const threshold = round(chooseThreshold(devScores, dev.labels, final.tolerance).threshold, 4);
  const devPrf = prf(devScores, dev.labels, threshold);
  const devTestPrf = prf(shipped(data.devTest), devTest.labels, threshold);
  const pr = (p: Prf) => ({ precision: round(p.precision, 4), recall: round(p.recall, 4), f1: round(p.f1, 4) });
  const model = {
    format: 'sourced-checkworthiness-1',
    description: 'L2 logistic regression over claimFeatures.ts features; trained offline by tools/train-checkworthiness.ts',
    trainedOn: `CheckThat! 2024 task 1 English, ct24-train.tsv (${train.examples.length} sentences, ${yes} check-worthy)`,
    variant: chosen.variant.name,
    lambda: chosen.lambda,
    features: chosen.variant.features,
    bias,
    threshold,
    thresholdTolerance: final.tolerance,
    metrics: { dev: pr(devPrf), devTest: pr(devTestPrf) },
    names,
    weights,
  };
  const json = JSON.stringify(model);
  if (!args.has('--dry-run')) {
    writeFileSync(MODEL_PATH, json + '\n');
    console.log(`wrote ${MODEL_PATH} (${(statSync(MODEL_PATH).size / 1024 / 1024).toFixed(2)} MB, ${names.length} features)`);
  } else {
    console.log(`(dry run) model would be ${(json.length / 1024 / 1024).toFixed(2)} MB, ${names.length} features`);
  }

  const line = (label: string, p: Prf) =>
    `${label.padEnd(9)} precision ${p.precision.toFixed(3)}  recall ${p.recall.toFixed(3)}  F1 ${p.f1.toFixed(3)}  (tp ${p.tp}, fp ${p.fp}, fn ${p.fn}, tn ${p.tn})`;
  console.log(`threshold ${model.threshold} (tolerance ${final.tolerance})`);
  console.log(line('dev', devPrf));
  console.log(line('dev-test', devTestPrf));
  console.log(`elapsed ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
