/**
 * Check-worthiness: how likely a sentence is to state something checkable (a
 * figure, a fact, a change, a cause, a finding) rather than an opinion, a
 * question, a proposal or a pleasantry. The `unsupported-claim` diagnostic
 * asks this of every uncited sentence; claimRules.ts adds briefing-specific
 * rules on top.
 *
 * The model is a Platt-calibrated logistic regression trained OFFLINE by
 * tools/train-checkworthiness.ts on the CheckThat! 2024 English data
 * (train + dev, every choice made by cross-topic cross-validation) and
 * shipped as checkworthinessModel.json beside this file; nothing is trained
 * or downloaded at run time. Pure: the JSON is bundled by the import, so
 * there is no file-system access here (the engine must stay free of it).
 *
 * Scoring is a dot product of claimFeatures.ts's features with the stored
 * weights, using the feature options stored in the model, so training and
 * inference featurize identically (both start from featureBlocks).
 */
import model from './checkworthinessModel.json' with { type: 'json' };
import { blockValue, featureBlocks, type FeatureOptions } from './claimFeatures.js';

/** What the model file holds (see tools/train-checkworthiness.ts). */
export interface CheckworthinessModel {
  format: string;
  variant: string;
  features: FeatureOptions;
  bias: number;
  /** Probability threshold chosen by cross-topic cross-validation on ct24-train + dev (at sensitivity 0). */
  threshold: number;
  /** Precision / recall / F1 recorded by the trainer: cross-topic (out of fold), dev-test (model alone, and with the rules). */
  metrics: Record<string, { precision: number; recall: number; f1: number }>;
  names: string[];
  weights: number[];
}

/**
 * How far sensitivity ±1 moves the threshold, in log-odds. At the shipped
 * threshold (~0.32), +1 lowers it to ~0.06 (flag nearly anything with a
 * claim-like cue) and -1 raises it to ~0.77 (flag only confident claims).
 */
export const SENSITIVITY_LOGIT_RANGE = 2;

function loadModel(raw: typeof model): { info: CheckworthinessModel; weights: Map<string, number> } {
  const f = raw.features;
  const chars = f.charNgrams;
  const features: FeatureOptions = {
    wordNgrams: f.wordNgrams,
    charNgrams: Array.isArray(chars) && chars.length === 2 ? [chars[0], chars[1]] : null,
    hand: f.hand,
    blockNorm: f.blockNorm,
    shapeNgrams: 'shapeNgrams' in f && typeof f.shapeNgrams === 'number' ? f.shapeNgrams : 0,
  };
  if (raw.format !== 'sourced-checkworthiness-1' || raw.names.length !== raw.weights.length) {
    throw new Error(
      `checkworthinessModel.json: unexpected format ${raw.format} (${raw.names.length} names, ${raw.weights.length} weights)`,
    );
  }
  const weights = new Map<string, number>();
  for (let i = 0; i < raw.names.length; i++) weights.set(raw.names[i], raw.weights[i]);
  return { info: { ...raw, features }, weights };
}

// Built lazily on first use: a Map of ~40k entries costs a few milliseconds,
// which start-up should not pay when no draft is checked.
let loaded: ReturnType<typeof loadModel> | undefined;
function getModel(): ReturnType<typeof loadModel> {
  loaded ??= loadModel(model);
  return loaded;
}

/** The model's metadata: variant, threshold and its dev / dev-test figures. */
export function checkworthinessModelInfo(): Omit<CheckworthinessModel, 'names' | 'weights'> & { featureCount: number } {
  const { info, weights } = getModel();
  const { names: _names, weights: _weights, ...rest } = info;
  return { ...rest, featureCount: weights.size };
}

function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

function logit(p: number): number {
  const q = Math.min(Math.max(p, 1e-9), 1 - 1e-9);
  return Math.log(q / (1 - q));
}

/**
 * The model's log-odds that `sentence` is check-worthy: the weights of
 * featurize's vector summed in its order (block by block, each name once, in
 * first-seen order), without building the vector, so the sum is the same
 * number to the last bit.
 */
export function checkworthinessLogit(sentence: string): number {
  const { info, weights } = getModel();
  let z = info.bias;
  for (const block of featureBlocks(sentence, info.features)) {
    const unique = new Set(block);
    const value = blockValue(unique.size, info.features.blockNorm);
    for (const name of unique) {
      const w = weights.get(name);
      if (w !== undefined) z += w * value;
    }
  }
  return z;
}

/** Probability (0..1) that `sentence` states something checkable. */
export function checkworthiness(sentence: string): number {
  return sigmoid(checkworthinessLogit(sentence));
}

/**
 * The probability threshold for a sensitivity in [-1, 1] (clamped): 0 is the
 * tuned threshold, positive values flag more sentences (looser), negative
 * fewer (stricter). The shift is in log-odds so it behaves the same whatever
 * the tuned threshold is.
 */
export function checkworthinessThreshold(sensitivity = 0): number {
  const s = Number.isFinite(sensitivity) ? Math.min(1, Math.max(-1, sensitivity)) : 0;
  return sigmoid(logit(getModel().info.threshold) - SENSITIVITY_LOGIT_RANGE * s);
}

/** Whether the model alone judges `sentence` check-worthy at this sensitivity. */
export function isCheckworthy(sentence: string, sensitivity = 0): boolean {
  return checkworthiness(sentence) >= checkworthinessThreshold(sensitivity);
}
