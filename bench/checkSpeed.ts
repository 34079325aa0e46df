/**
 * Speed of draft checking against the 33 MB policy corpus: a 5,000-word
 * briefing built from corpus sentences (some cited, some quoted, some
 * changed), checked (1) by the built CLI as a user runs it, warm index
 * cache, wall-clock median of 3 each: a draft never checked before (a copy
 * at a new path each run, so the result cache has nothing for it), the same
 * draft checked again unchanged, and again after a one-paragraph edit (the
 * result cache, cli/checkResultCache.ts, re-checks only what changed);
 * (2) through the engine API after a one-paragraph edit, median and p95 of
 * 20 edits.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Corpus } from '../server/src/engine/corpus/corpus.js';
import { DraftChecker } from '../server/src/engine/check/checkDraft.js';
import { nodeWorkspaceReader } from '../server/src/node/nodeWorkspaceReader.js';
import { seeded } from './lib/random.js';
import { median, percentile, round } from './lib/stats.js';

const POLICY = fileURLToPath(new URL('../../shared/data/policy-corpus', import.meta.url));
const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

export interface CheckSpeedResult {
  words: number;
  sentences: number;
  /** A draft never checked before, warm index cache. */
  cliWarmMedianMs: number;
  /** The same draft checked again, unchanged (result cache). */
  cliRerunMedianMs: number;
  /** The same draft after a one-paragraph edit (result cache for the rest). */
  cliEditedMedianMs: number;
  cliFindings: number;
  editRecheckMedianMs: number;
  editRecheckP95Ms: number;
  fullCheckEngineMs: number;
}

/** `seed` picks the sentences: another seed gives another briefing of the same make. */
export function buildBriefing(corpus: Corpus, targetWords = 5000, seed = 7): string[] {
  const rnd = seeded(seed);
  const docs = corpus.documents();
  const paragraphs: string[] = [];
  let words = 0;
  while (words < targetWords) {
    const doc = docs[Math.floor(rnd() * docs.length)];
    const picked: string[] = [];
    for (let i = 0; i < 4; i++) {
      const s = doc.sentences[Math.floor(rnd() * doc.sentences.length)];
      if (!s || s.text.split(' ').length < 8 || s.text.split(' ').length > 40) continue;
      const r = rnd();
      if (r < 0.3) picked.push(`${s.text.replace(/\.$/, '')} [@${doc.sourceId}].`);
      else if (r < 0.45) picked.push(`The report said \u201c${s.text.replace(/[.]$/, '')}\u201d [@${doc.sourceId}].`);
      else if (r < 0.6) picked.push(s.text.replace(/\b(\d+)\b/, (n) => String(Number(n) + 1)));
      else picked.push(s.text);
      words += s.text.split(' ').length;
    }
    if (picked.length) paragraphs.push(picked.join(' '));
  }
  return paragraphs;
}

export async function runCheckSpeed(): Promise<CheckSpeedResult> {
  const cacheDir = mkdtempSync(join(tmpdir(), 'sourced-bench-check-'));
  const corpus = new Corpus(nodeWorkspaceReader, { roots: [POLICY] });
  await corpus.refresh();
  const paragraphs = buildBriefing(corpus);
  const draft = `${paragraphs.join('\n\n')}\n`;
  const dir = mkdtempSync(join(tmpdir(), 'sourced-bench-draft-'));
  const file = join(dir, 'briefing.md');
  writeFileSync(file, draft);
  const env = { ...process.env, SOURCED_CACHE_DIR: cacheDir };
  const runCli = (draftFile = file) => {
    const started = performance.now();
    let out = '';
    try {
      out = execFileSync(process.execPath, [CLI, 'check', draftFile, '--corpus', POLICY, '--format', 'json'], {
        env,
        maxBuffer: 1 << 28,
      }).toString();
    } catch (error) {
      out = String((error as { stdout?: Buffer }).stdout ?? '');
    }
    return { ms: performance.now() - started, findings: JSON.parse(out).files[0].diagnostics.length as number };
  };
  runCli(); // cold: builds the index cache (and the draft's result file)
  const fresh = (i: number) => {
    const copy = join(dir, `briefing-new-${i}.md`);
    writeFileSync(copy, draft);
    return runCli(copy);
  };
  const warm = [fresh(1), fresh(2), fresh(3)];
  const rerun = [runCli(), runCli(), runCli()];
  const edited = [0, 1, 2].map((i) => {
    const changed = [...paragraphs];
    const k = (i * 11) % changed.length;
    changed[k] = `${changed[k]} Inspectors found that ${i + 40} children waited too long.`;
    writeFileSync(file, `${changed.join('\n\n')}\n`);
    return runCli();
  });
  const checker = new DraftChecker(corpus);
  let started = performance.now();
  checker.check(draft);
  const fullCheckEngineMs = performance.now() - started;
  const edits: number[] = [];
  for (let i = 0; i < 20; i++) {
    const edited = [...paragraphs];
    const k = (i * 7) % edited.length;
    edited[k] = `${edited[k]} Inspectors found that ${i + 3} children waited too long.`;
    started = performance.now();
    checker.check(`${edited.join('\n\n')}\n`);
    edits.push(performance.now() - started);
  }
  return {
    words: draft.split(/\s+/).length,
    sentences: paragraphs.join(' ').split(/(?<=[.!?])\s+/).length,
    cliWarmMedianMs: round(median(warm.map((w) => w.ms)), 1),
    cliRerunMedianMs: round(median(rerun.map((w) => w.ms)), 1),
    cliEditedMedianMs: round(median(edited.map((w) => w.ms)), 1),
    cliFindings: warm[0].findings,
    editRecheckMedianMs: round(median(edits), 1),
    editRecheckP95Ms: round(percentile(edits, 95), 1),
    fullCheckEngineMs: round(fullCheckEngineMs, 1),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(JSON.stringify(await runCheckSpeed(), null, 2));
}
