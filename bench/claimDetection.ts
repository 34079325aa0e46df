/**
 * Claim detection quality on the CheckThat! 2024 English check-worthiness
 * data (../shared/data/checkworthy): precision, recall and F1 of the
 * check-worthy (Yes) class, and the confusion matrix, for the bare model
 * (`isCheckworthy`, on each row) and for the model with the briefing rules
 * (`classifyClaim`, on each sentence `sourced check` finds in the row, so
 * this figure and bench/claimDetectionCli.ts's are the same), on
 * ct24-dev.tsv (part of the training pool since the cross-topic trainer, so
 * an in-sample figure) and ct24-dev-test.tsv (never used for any choice).
 *
 *   npx tsx bench/claimDetection.ts          # prints a table
 *   import { runClaimDetection } from './claimDetection.js'   # the figures as an object
 *
 * The rules target policy briefings, not debates, so on this data they are
 * expected to cost a little; the table shows how much.
 */
import { ct24DraftSentences, loadCt24 } from './lib/ct24.js';
import { pathToFileURL } from 'node:url';
import { checkworthiness, checkworthinessModelInfo, checkworthinessThreshold } from '../server/src/engine/claims/checkworthiness.js';
import { classifyClaim } from '../server/src/engine/claims/claimRules.js';
import { prf, type Prf } from '../tools/checkworthiness/metrics.js';

/** Precision, recall, F1 and the confusion matrix of the Yes class (tools/checkworthiness/metrics.ts's, which the trainer reports). */
export type ClaimDetectionFigures = Prf;

export interface ClaimDetectionResult {
  threshold: number;
  modelVariant: string;
  featureCount: number;
  splits: Record<
    'dev' | 'devTest',
    { sentences: number; positives: number; model: ClaimDetectionFigures; rules: ClaimDetectionFigures; ms: number }
  >;
}

/** Rows of a CT24 TSV, as booleans. */
function load(name: string): Array<{ text: string; yes: boolean }> {
  return loadCt24(name).map((r) => ({ text: r.text, yes: r.label === 1 }));
}

function figures(predicted: boolean[], gold: boolean[]): ClaimDetectionFigures {
  return prf(predicted.map(Number), gold.map(Number), 1);
}

export function runClaimDetection(): ClaimDetectionResult {
  const threshold = checkworthinessThreshold(0);
  const info = checkworthinessModelInfo();
  const splits = {} as ClaimDetectionResult['splits'];
  for (const [key, file] of [
    ['dev', 'ct24-dev.tsv'],
    ['devTest', 'ct24-dev-test.tsv'],
  ] as const) {
    const rows = load(file);
    const gold = rows.map((r) => r.yes);
    const started = performance.now();
    const model = rows.map((r) => checkworthiness(r.text) >= threshold);
    // As `sourced check` does: each sentence the draft reader finds in the row (see ct24DraftSentences).
    const rules = rows.map((r) => ct24DraftSentences(r.text).some((s) => classifyClaim(s).checkworthy));
    splits[key] = {
      sentences: rows.length,
      positives: gold.filter(Boolean).length,
      model: figures(model, gold),
      rules: figures(rules, gold),
      ms: performance.now() - started,
    };
  }
  return { threshold, modelVariant: info.variant, featureCount: info.featureCount, splits };
}

function printReport(r: ClaimDetectionResult): void {
  console.log(`check-worthiness model: ${r.modelVariant}, ${r.featureCount} features, threshold ${r.threshold.toFixed(4)}`);
  console.log('split      detector        P      R     F1     tp   fp   fn   tn');
  for (const [name, s] of Object.entries(r.splits)) {
    for (const [label, f] of [
      ['model', s.model],
      ['model+rules', s.rules],
    ] as const) {
      console.log(
        `${name.padEnd(10)} ${label.padEnd(12)} ${f.precision.toFixed(3)}  ${f.recall.toFixed(3)}  ${f.f1.toFixed(3)}  ` +
          [f.tp, f.fp, f.fn, f.tn].map((n) => String(n).padStart(4)).join(' '),
      );
    }
  }
  for (const [name, s] of Object.entries(r.splits)) {
    console.log(
      `\nconfusion matrix, ${name} (${s.sentences} sentences, ${s.positives} Yes; ${(s.ms / s.sentences).toFixed(2)} ms per sentence for both detectors)`,
    );
    console.log('                      predicted Yes  predicted No');
    for (const [label, f] of [
      ['model', s.model],
      ['model+rules', s.rules],
    ] as const) {
      console.log(`  ${label.padEnd(12)} gold Yes  ${String(f.tp).padStart(11)}  ${String(f.fn).padStart(12)}`);
      console.log(`  ${''.padEnd(12)} gold No   ${String(f.fp).padStart(11)}  ${String(f.tn).padStart(12)}`);
    }
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) printReport(runClaimDetection());
