/**
 * Cross-topic evaluation for the check-worthiness trainer. CheckThat!
 * sentence ids follow the debates in time, and each stretch of debates has
 * its own subjects (Vietnam, Iraq, Obamacare, ...), so contiguous id blocks
 * are topic groups: a model scored on a block it was not trained on is
 * scored on debates, and mostly subjects, it has never seen, as the shipped
 * model is on a briefing. ct24-dev, a random sample of the training debates,
 * cannot show that (its sentences share debates with train).
 *
 * Also the calibration (Platt scaling of out-of-fold log-odds) and the
 * model + briefing-rules combination the threshold is chosen for.
 */
import { ruleVerdict } from '../../server/src/engine/claims/claimRules.js';
import { sigmoid } from './logistic.js';

/** Block (0..k-1) of each row: k contiguous runs of the rows sorted by sentence id, of equal size. */
export function idBlocks(ids: string[], k: number): Int32Array {
  const order = ids.map((_, i) => i).sort((a, b) => Number(ids[a]) - Number(ids[b]) || a - b);
  const out = new Int32Array(ids.length);
  order.forEach((row, rank) => {
    out[row] = Math.min(k - 1, Math.floor((rank * k) / ids.length));
  });
  return out;
}

/**
 * Out-of-fold log-odds: each block scored by a model fitted on the other
 * blocks (`fitScore(trainRows, testRows)` returns the test rows' log-odds).
 */
export function outOfFold(blocks: Int32Array, k: number, fitScore: (train: number[], test: number[]) => Float64Array): Float64Array {
  const out = new Float64Array(blocks.length);
  for (let b = 0; b < k; b++) {
    const train: number[] = [];
    const test: number[] = [];
    blocks.forEach((x, i) => (x === b ? test : train).push(i));
    const scores = fitScore(train, test);
    test.forEach((row, j) => {
      out[row] = scores[j];
    });
  }
  return out;
}

/**
 * Platt scaling: a and b of p = σ(a·z + b) that maximise the likelihood of
 * the labels given log-odds z (Newton's method on two parameters, with
 * Platt's smoothed targets so a separable set does not diverge).
 */
export function plattFit(z: ArrayLike<number>, labels: ArrayLike<number>): { a: number; b: number } {
  let pos = 0;
  for (let i = 0; i < labels.length; i++) pos += labels[i];
  const neg = labels.length - pos;
  const hi = (pos + 1) / (pos + 2);
  const lo = 1 / (neg + 2);
  let a = 1;
  let b = 0;
  for (let iter = 0; iter < 100; iter++) {
    let ga = 0;
    let gb = 0;
    let haa = 1e-9;
    let hab = 0;
    let hbb = 1e-9;
    for (let i = 0; i < labels.length; i++) {
      const p = sigmoid(a * z[i] + b);
      const t = labels[i] ? hi : lo;
      const d = p - t;
      const w = p * (1 - p);
      ga += d * z[i];
      gb += d;
      haa += w * z[i] * z[i];
      hab += w * z[i];
      hbb += w;
    }
    const det = haa * hbb - hab * hab;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    a -= da;
    b -= db;
    if (Math.abs(da) + Math.abs(db) < 1e-10) break;
  }
  return { a, b };
}

/**
 * What classifyClaim does with a model log-odds z for each sentence, as a
 * score to threshold: +∞ where a rule decides "claim", -∞ where one rules
 * it out, z plus the nudge where a weaker cue nudges, z elsewhere. So the
 * threshold can be chosen for the detector the writer gets, not for the
 * model alone. (claimRules.ts's DECIDED_MARGIN keeps decided sentences
 * beyond every threshold, which ±∞ stands for.)
 */
export function withRules(texts: string[], z: ArrayLike<number>): Float64Array {
  return Float64Array.from(texts, (text, i) => {
    const v = ruleVerdict(text);
    if (v?.decision === 'claim') return Infinity;
    if (v?.decision === 'not') return -Infinity;
    return z[i] + (v?.decision === 'nudge' ? v.delta : 0);
  });
}
