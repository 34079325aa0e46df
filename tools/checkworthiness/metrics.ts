/**
 * Figures for the check-worthy (Yes) class: precision / recall / F1 at a
 * threshold, the F1-optimal finite threshold and average precision.
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
