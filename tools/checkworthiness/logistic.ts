/**
 * L2-regularised logistic regression fitted by full-batch L-BFGS (two-loop
 * recursion, backtracking Armijo line search): deterministic, no sampling,
 * no random initialisation. Also the NB log-count ratios of NB-LR (Wang &
 * Manning 2012), which scale the inputs before the fit.
 */
import type { Csr } from './sparse.js';

export interface FitOptions {
  /** L2 strength on the mean loss (bias not penalised). */
  lambda: number;
  /** Weight of a positive example's loss relative to a negative one. */
  posWeight: number;
  maxIter: number;
  /** Per-feature input scale (NB log-count ratios, block scales), or null. */
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
