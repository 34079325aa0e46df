/**
 * Offline trainer for the check-worthiness model ("does this sentence state
 * something checkable?"), used by server/src/engine/claims/checkworthiness.ts.
 *
 *   npx tsx tools/train-checkworthiness.ts                 # cross-validate the shipped variant, fit, write the model
 *   npx tsx tools/train-checkworthiness.ts --search        # cross-validate every variant and λ of SEARCH (slow)
 *   npx tsx tools/train-checkworthiness.ts --search --only NAME [--lambda 1e-5] [--keep 20000]   # one variant of SEARCH
 *   npx tsx tools/train-checkworthiness.ts --dry-run       # everything except writing the file
 *
 * An OFFLINE step, run by a maintainer when the features or the data
 * change. Its output, server/src/engine/claims/checkworthinessModel.json, is
 * checked in; nothing is trained or downloaded at run time.
 *
 * Data (CheckThat! 2024 task 1, English; ../shared/data/checkworthy/):
 *  - ct24-train.tsv + ct24-dev.tsv: the pool the weights are fitted on and
 *    every choice (variant, λ, calibration, threshold) is made on, by
 *    cross-topic cross-validation (tools/checkworthiness/crossTopic.ts:
 *    five contiguous blocks of sentence ids, i.e. of debates and their
 *    subjects; each block scored by a model that never saw its debates);
 *  - ct24-dev-test.tsv: printed once at the end, never used for any choice.
 *
 * Model: NB-scaled, L2-regularised logistic regression (tools/checkworthiness/)
 * over claimFeatures.ts's blocks: words 1-2, characters 3-5, hand cues and
 * word shapes 1-3, pruned to the 40,000 strongest features inside every
 * fold as in the final fit. The out-of-fold log-odds are Platt-calibrated,
 * and the calibration is folded into the stored weights, so checkworthiness()
 * is a calibrated probability. The threshold maximises out-of-fold F1 of
 * model + briefing rules (classifyClaim), the detector writers get; the
 * rules (claimRules.ts) are not trained and not changed here.
 *
 * What the search found, out of fold (F1 model + rules; AP of the model):
 * shapes + hand alone 0.640 / 0.724 (no topic words at all, 0.03 below
 * words); words + hand 0.661 / 0.754; + shapes 0.664 / 0.757; NB + chars
 * (the previous model's design) 0.668 / 0.760; NB + chars + shapes 0.670 /
 * 0.766 (shipped; 40k features lose nothing, 20k lose 0.003). Dropping
 * features seen in fewer than 3 of 4 topic blocks and down-weighting word
 * and character blocks (blockScale 0.7) cost 0.003-0.006; up-weighting
 * shapes and hand cues (1.5) cost 0.004; λ 1e-5-3e-5 is best, 1e-4 and
 * above under-fit, 3e-6 over-fits.
 */
import { statSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadCt24 } from '../bench/lib/ct24.js';
import { featurize, type FeatureOptions } from '../server/src/engine/claims/claimFeatures.js';
import { idBlocks, outOfFold, plattFit, withRules } from './checkworthiness/crossTopic.js';
import { sigmoid } from './checkworthiness/logistic.js';
import { averagePrecision, bestFiniteThreshold, prf, type Prf } from './checkworthiness/metrics.js';
import { fit, logits, prune, type Variant } from './checkworthiness/model.js';

const MODEL_PATH = fileURLToPath(new URL('../server/src/engine/claims/checkworthinessModel.json', import.meta.url));
const argv = process.argv.slice(2);
const args = new Set(argv);

/** Topic blocks of the pool for cross-validation. */
const FOLDS = 5;
/** Significant digits kept in the stored weights. */
const WEIGHT_DIGITS = 3;

export interface TrainVariant extends Variant {
  /** Share of the training rows' topic blocks a feature must occur in (rounded up), 0 for none. */
  minBlockShare: number;
  /** Keep this many features (prune and refit, in every fold and in the final fit), or 0 for all. */
  keep: number;
}

const WORDS_HAND: FeatureOptions = { wordNgrams: 2, charNgrams: null, hand: true, blockNorm: true };
const ALL: FeatureOptions = { ...WORDS_HAND, charNgrams: [3, 5], shapeNgrams: 3 };

/** A --search variant: plain logistic regression over features seen twice, unless overrides say otherwise. */
function searched(name: string, features: FeatureOptions, overrides: Partial<TrainVariant> = {}): TrainVariant {
  return { name, features, minDf: 2, minBlocks: 0, minBlockShare: 0, keep: 0, nb: false, posWeight: 1, blockScale: {}, ...overrides };
}

/** Everything --search tries (see the report for the out-of-fold figures). */
const SEARCH: TrainVariant[] = [
  searched('nb-chars', { ...WORDS_HAND, charNgrams: [3, 5] }, { nb: true }),
  searched('words-hand', WORDS_HAND),
  searched('words-hand-shapes', { ...WORDS_HAND, shapeNgrams: 3 }),
  searched('shapes-hand', { ...WORDS_HAND, wordNgrams: 0, shapeNgrams: 3 }),
  searched(
    'words-hand-shapes-topicfree',
    { ...WORDS_HAND, shapeNgrams: 3 },
    { minDf: 3, minBlockShare: 0.75, blockScale: { w: 0.7, b: 0.7, s: 0.7 } },
  ),
  searched('all-topicfree', ALL, { minDf: 3, minBlockShare: 0.75, blockScale: { w: 0.7, b: 0.7, s: 0.7, c: 0.7 } }),
  searched('nb-chars-shapes', ALL, { nb: true }),
  searched('nb-chars-shapes-40k', ALL, { keep: 40000, nb: true }),
  searched('nb-chars-shapes-40k-up', ALL, { keep: 40000, nb: true, blockScale: { p: 1.5, h: 1.5 } }),
  searched('nb-chars-40k', { ...WORDS_HAND, charNgrams: [3, 5] }, { keep: 40000, nb: true }),
];
const SEARCH_LAMBDAS = [3e-6, 1e-5, 3e-5, 1e-4];

/** The shipped variant and λ (chosen with --search by out-of-fold F1 of model + rules and AP). */
const FINAL = { variant: SEARCH.find((v) => v.name === 'nb-chars-shapes-40k')!, lambda: 3e-5 };

interface Pool {
  texts: string[];
  ids: string[];
  labels: Uint8Array;
  blocks: Int32Array;
}

function select<T>(xs: T[], rows: number[]): T[] {
  return rows.map((i) => xs[i]);
}

function withMinBlocks(variant: TrainVariant, trainingBlocks: number): Variant {
  return { ...variant, minBlocks: variant.minBlockShare ? Math.ceil(variant.minBlockShare * trainingBlocks) : 0 };
}

interface CrossValidation {
  oof: Float64Array;
  ap: number;
  modelF1: number;
  rulesF1: number;
  /** F1 of model + rules per held-out block at the pooled out-of-fold threshold. */
  perBlock: number[];
  threshold: number;
  features: number;
}

/** fit, then (when the variant keeps fewer features) prune to the strongest and refit on them. */
function fitKept(
  rows: Array<Map<string, number>>,
  labels: Uint8Array,
  variant: TrainVariant,
  trainingBlocks: number,
  lambda: number,
  blocks: ArrayLike<number>,
) {
  const v = withMinBlocks(variant, trainingBlocks);
  const full = fit(rows, labels, v, lambda, { blocks });
  return variant.keep && full.vocab.length > variant.keep ? fit(rows, labels, v, lambda, { vocab: prune(full, variant.keep) }) : full;
}

function crossValidate(pool: Pool, rows: Array<Map<string, number>>, variant: TrainVariant, lambda: number): CrossValidation {
  let features = 0;
  const oof = outOfFold(pool.blocks, FOLDS, (train, test) => {
    const m = fitKept(
      select(rows, train),
      Uint8Array.from(select([...pool.labels], train)),
      variant,
      FOLDS - 1,
      lambda,
      select([...pool.blocks], train),
    );
    features += m.vocab.length / FOLDS;
    return logits(m, select(rows, test));
  });
  const combined = withRules(pool.texts, oof);
  const { threshold, f1 } = bestFiniteThreshold(combined, pool.labels);
  const perBlock = Array.from({ length: FOLDS }, (_, b) => {
    const idx = [...pool.blocks.keys()].filter((i) => pool.blocks[i] === b);
    return prf(select([...combined], idx), select([...pool.labels], idx), threshold).f1;
  });
  return {
    oof,
    ap: averagePrecision(oof, pool.labels),
    modelF1: bestFiniteThreshold(oof, pool.labels).f1,
    rulesF1: f1,
    perBlock,
    threshold,
    features: Math.round(features),
  };
}

function round(x: number, digits: number): number {
  return x === 0 ? 0 : Number(x.toPrecision(digits));
}

function line(label: string, p: Prf): string {
  return `${label.padEnd(24)} P ${p.precision.toFixed(3)}  R ${p.recall.toFixed(3)}  F1 ${p.f1.toFixed(3)}  (tp ${p.tp}, fp ${p.fp}, fn ${p.fn}, tn ${p.tn})`;
}

async function main(): Promise<void> {
  const started = performance.now();
  const train = loadCt24('ct24-train.tsv');
  const dev = loadCt24('ct24-dev.tsv');
  const all = [...train, ...dev];
  const pool: Pool = {
    texts: all.map((r) => r.text),
    ids: all.map((r) => r.id),
    labels: Uint8Array.from(all, (r) => r.label),
    blocks: idBlocks(
      all.map((r) => r.id),
      FOLDS,
    ),
  };
  console.log(
    `pool: train ${train.length} + dev ${dev.length} sentences, ${FOLDS} topic blocks by sentence id; dev-test is printed at the end only`,
  );

  const cache = new Map<string, Array<Map<string, number>>>();
  const featurized = (options: FeatureOptions) => {
    const key = JSON.stringify(options);
    if (!cache.has(key))
      cache.set(
        key,
        pool.texts.map((t) => featurize(t, options)),
      );
    return cache.get(key)!;
  };

  const lambdas = argv.includes('--lambda') ? [Number(argv[argv.indexOf('--lambda') + 1])] : SEARCH_LAMBDAS;
  const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : undefined;
  const keepArg = argv.includes('--keep') ? Number(argv[argv.indexOf('--keep') + 1]) : undefined;
  const grid = args.has('--search')
    ? SEARCH.filter((v) => !only || v.name === only).flatMap((variant) => lambdas.map((lambda) => ({ variant, lambda })))
    : [FINAL];
  if (keepArg !== undefined) for (const g of grid) g.variant = { ...g.variant, keep: keepArg };
  let best: { variant: TrainVariant; lambda: number; cv: CrossValidation } | undefined;
  for (const { variant, lambda } of grid) {
    const t0 = performance.now();
    const cv = crossValidate(pool, featurized(variant.features), variant, lambda);
    console.log(
      `${variant.name.padEnd(30)} λ=${lambda.toExponential(0)}  ~${String(cv.features).padStart(6)} features  out-of-fold AP ${cv.ap.toFixed(3)}` +
        `  F1 model ${cv.modelF1.toFixed(3)}  model+rules ${cv.rulesF1.toFixed(3)}  per block ${cv.perBlock.map((f) => f.toFixed(3)).join(' ')}` +
        `  (${((performance.now() - t0) / 1000).toFixed(0)} s)`,
    );
    if (!best || cv.rulesF1 > best.cv.rulesF1) best = { variant, lambda, cv };
  }
  if (args.has('--search')) {
    console.log(`best by out-of-fold F1 of model + rules: ${best!.variant.name}, λ=${best!.lambda}`);
    return;
  }

  // Calibration on the out-of-fold log-odds, the threshold for model + rules in calibrated log-odds.
  const { variant, lambda, cv } = best!;
  const { a, b } = plattFit(cv.oof, pool.labels);
  const calibrated = cv.oof.map((z) => a * z + b);
  const { threshold: cut, f1: cvF1 } = bestFiniteThreshold(withRules(pool.texts, calibrated), pool.labels);
  const threshold = round(sigmoid(cut), 4);
  console.log(`Platt a=${a.toFixed(4)} b=${b.toFixed(4)}; threshold ${threshold} (out-of-fold F1 model+rules ${cvF1.toFixed(3)})`);
  // The strictest cross-topic figure: each block at a threshold chosen on the other blocks only.
  const combinedOof = withRules(pool.texts, calibrated);
  const nested = Array.from({ length: FOLDS }, (_, block) => {
    const inside = [...pool.blocks.keys()].filter((i) => pool.blocks[i] === block);
    const outside = [...pool.blocks.keys()].filter((i) => pool.blocks[i] !== block);
    const t = bestFiniteThreshold(select([...combinedOof], outside), select([...pool.labels], outside)).threshold;
    const labels = select([...pool.labels], inside);
    const f = prf(select([...combinedOof], inside), labels, t);
    const yes = (100 * labels.reduce((x, y) => x + y, 0)) / labels.length;
    return `block ${block}: ${yes.toFixed(0)}% Yes, threshold ${sigmoid(t).toFixed(3)}, F1 ${f.f1.toFixed(3)}`;
  });
  console.log(`nested (threshold from the other blocks), model+rules: ${nested.join('; ')}`);

  // The final fit on the whole pool, calibrated, rounded.
  const rows = featurized(variant.features);
  const final = fitKept(rows, pool.labels, variant, FOLDS, lambda, pool.blocks);
  const names: string[] = [];
  const weights: number[] = [];
  final.vocab.forEach((name, j) => {
    const w = round(a * final.weights[j], WEIGHT_DIGITS);
    if (w !== 0) {
      names.push(name);
      weights.push(w);
    }
  });
  const bias = round(a * final.bias + b, 6);

  // Dev-test, once, with the shipped weights and threshold.
  const devTest = loadCt24('ct24-dev-test.tsv');
  const dtLabels = Uint8Array.from(devTest, (r) => r.label);
  const dtZ = logits(
    { vocab: names, weights: Float64Array.from(weights), bias },
    devTest.map((r) => featurize(r.text, variant.features)),
  );
  const logitCut = Math.log(threshold / (1 - threshold));
  const dtModel = prf(dtZ, dtLabels, logitCut);
  const dtRules = prf(
    withRules(
      devTest.map((r) => r.text),
      dtZ,
    ),
    dtLabels,
    logitCut,
  );
  const oofPrf = prf(withRules(pool.texts, calibrated), pool.labels, logitCut);
  const pr = (p: Prf) => ({ precision: round(p.precision, 4), recall: round(p.recall, 4), f1: round(p.f1, 4) });
  const yesCount = pool.labels.reduce((s, x) => s + x, 0);
  const model = {
    format: 'sourced-checkworthiness-1',
    description:
      'Platt-calibrated L2 logistic regression over claimFeatures.ts features; trained offline by tools/train-checkworthiness.ts',
    trainedOn: `CheckThat! 2024 task 1 English, ct24-train.tsv + ct24-dev.tsv (${all.length} sentences, ${yesCount} check-worthy)`,
    variant: variant.name,
    lambda,
    features: variant.features,
    bias,
    threshold,
    calibration: { a: round(a, 6), b: round(b, 6) },
    metrics: { crossTopic: pr(oofPrf), devTest: pr(dtModel), devTestWithRules: pr(dtRules) },
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
  console.log(line('cross-topic (out of fold)', oofPrf));
  console.log(line('dev-test, model', dtModel));
  console.log(line('dev-test, model+rules', dtRules));
  console.log(`elapsed ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
