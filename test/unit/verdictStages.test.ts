/**
 * The verdict's stages read a passage and a claim, never the corpus or the index: verdict.ts and the modules it runs
 * (passageReading, wordCoverage, figureChecks, polarityChecks, claimFacts) import nothing from engine/corpus/,
 * engine/check/ or engine/search/, and from engine/index/ only the analyzer (the terms a text is read as). So a
 * verdict can be judged on a passage and its context alone, as the in-memory tests and SciFact's bench do, and what
 * reads the index (gradedEvidence.ts, passageContext.ts) stays outside the judgement. ARCHITECTURE.md names this check.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { repoRoot } from '../helpers/paths.js';
import { importedSpecifiers } from '../helpers/importScan.js';

const EVIDENCE = join(repoRoot, 'server', 'src', 'engine', 'evidence');
const ENGINE = join(repoRoot, 'server', 'src', 'engine');
const STAGES = ['verdict', 'passageReading', 'wordCoverage', 'figureChecks', 'polarityChecks', 'claimFacts'];
const ALLOWED_INDEX = new Set(['index/analyzer.ts']);
const FORBIDDEN = /^(?:corpus|check|search|index)\//;

for (const stage of STAGES) {
  test(`${stage}.ts reads no corpus, index, check or search module`, () => {
    const file = join(EVIDENCE, `${stage}.ts`);
    const targets = importedSpecifiers(readFileSync(file, 'utf8'))
      .filter((s) => s.startsWith('.'))
      .map((s) => relative(ENGINE, resolve(dirname(file), s.replace(/\.js$/, '.ts'))).replace(/\\/g, '/'));
    assert.ok(targets.length > 0, `${stage}.ts imports nothing: the scan is broken`);
    assert.deepEqual(
      targets.filter((t) => FORBIDDEN.test(t) && !ALLOWED_INDEX.has(t)),
      [],
    );
  });
}
