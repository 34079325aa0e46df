/**
 * Figures for the check-worthy (Yes) class: precision / recall / F1 at a
 * threshold, the F1-optimal threshold (with a tolerance that leans towards
 * recall) and average precision.
 */

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
export function f1Curve(scores: ArrayLike<number>, labels: ArrayLike<number>): Array<{ threshold: number; f1: number }> {
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
export function chooseThreshold(
  scores: ArrayLike<number>,
  labels: ArrayLike<number>,
  tolerance: number,
): { threshold: number; f1: number } {
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

/**
 * The F1-optimal threshold over finite cuts only, for scores where rules
 * put decided sentences at ±∞ (crossTopic.ts's withRules): those are on
 * their side of every threshold.
 */
export function bestFiniteThreshold(scores: ArrayLike<number>, labels: ArrayLike<number>): { threshold: number; f1: number } {
  let best = { threshold: 0, f1: -1 };
  for (const c of f1Curve(scores, labels)) if (Number.isFinite(c.threshold) && c.f1 > best.f1) best = c;
  return { threshold: best.threshold, f1: prf(scores, labels, best.threshold).f1 };
}
