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
  let tp = 0;
  let fp = 0;
  let fn = 0;
  rows.forEach((r, i) => {
    const hit = flagged.has(files[i]);
    if (hit && r.yes) tp++;
    else if (hit) fp++;
    else if (r.yes) fn++;
  });
  const precision = tp / Math.max(tp + fp, 1);
  const recall = tp / Math.max(tp + fn, 1);
  const round = (n: number) => Math.round(n * 10000) / 10000;
  return {
    split,
    sentences: rows.length,
    precision: round(precision),
    recall: round(recall),
    f1: round((2 * precision * recall) / Math.max(precision + recall, 1e-9)),
    tp,
    fp,
    fn,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const split of ['ct24-dev.tsv', 'ct24-dev-test.tsv']) console.log(JSON.stringify(runClaimDetectionCli(split)));
}
