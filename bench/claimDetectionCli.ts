/**
 * Claim detection measured the way the issue defines it: every sentence of
 * a CheckThat! 2024 split becomes a one-line draft, one `sourced check` run
 * (the built CLI, JSON output) checks them all against the sample corpus,
 * and a sentence counts as flagged when it gets `unsupported-claim`.
 * Reports precision, recall and F1 of the check-worthy (Yes) class.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { ct24Draft, loadCt24 } from './lib/ct24.js';
import { round } from './lib/stats.js';
import { prf } from '../tools/checkworthiness/metrics.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const CORPUS = fileURLToPath(new URL('../corpus', import.meta.url));

export interface DetectionResult {
  split: string;
  sentences: number;
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

export function runClaimDetectionCli(split = 'ct24-dev-test.tsv'): DetectionResult {
  const rows = loadCt24(split).map((r) => ({ id: r.id, text: r.text, yes: r.label === 1 }));
  const dir = mkdtempSync(join(tmpdir(), 'sourced-ct24-'));
  const files = rows.map((r) => {
    const file = join(dir, `${r.id}.md`);
    writeFileSync(file, ct24Draft(r.text));
    return file;
  });
  let out: string;
  try {
    out = execFileSync(process.execPath, [CLI, 'check', ...files, '--corpus', CORPUS, '--format', 'json'], {
      env: { ...process.env, SOURCED_CACHE_DIR: mkdtempSync(join(tmpdir(), 'sourced-ct24-cache-')) },
      maxBuffer: 1 << 28,
    }).toString();
  } catch (error) {
    const e = error as { status?: number; stdout?: Buffer };
    if (e.status !== 1) throw error;
    out = String(e.stdout);
  }
  const flagged = new Set(
    (JSON.parse(out) as { files: Array<{ file: string; diagnostics: Array<{ code: string }> }> }).files
      .filter((f) => f.diagnostics.some((d) => d.code === 'unsupported-claim'))
      .map((f) => f.file),
  );
  const { precision, recall, f1, tp, fp, fn } = prf(
    files.map((f) => Number(flagged.has(f))),
    rows.map((r) => Number(r.yes)),
    1,
  );
  return {
    split,
    sentences: rows.length,
    precision: round(precision, 4),
    recall: round(recall, 4),
    f1: round(f1, 4),
    tp,
    fp,
    fn,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const split of ['ct24-dev.tsv', 'ct24-dev-test.tsv']) console.log(JSON.stringify(runClaimDetectionCli(split)));
}
