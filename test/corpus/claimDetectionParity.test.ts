/**
 * `sourced check` flags exactly what `classifyClaim` flags: every sentence of
 * CheckThat! 2024 dev and dev-test (../shared/data/checkworthy), written as
 * a one-line draft the way bench/claimDetectionCli.ts writes it, is checked
 * by the DraftChecker the CLI uses (on the sample corpus), and gets
 * `unsupported-claim` if and only if classifyClaim finds one of its
 * sentences check-worthy (the draft reader splits a few rows in two; see
 * ct24DraftSentences), at three sensitivities. The restates path and any
 * Markdown escaping would show here as a difference. So the in-process F1 (bench/claimDetection.ts) and
 * the CLI F1 are one figure. Fails, never skips, when ../shared is missing.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { Corpus } from '../../server/src/engine/corpus/corpus.js';
import { DraftChecker } from '../../server/src/engine/check/checkDraft.js';
import { classifyClaim } from '../../server/src/engine/claims/claimRules.js';
import { CT24_DIR, ct24Draft, ct24DraftSentences, loadCt24 } from '../../bench/lib/ct24.js';
import { MemoryWorkspace } from '../helpers/memoryWorkspace.js';
import { sampleCorpusFiles } from '../helpers/paths.js';

let checker: DraftChecker;
before(async () => {
  const corpus = new Corpus(new MemoryWorkspace(sampleCorpusFiles()), { roots: ['/corpus'] });
  await corpus.refresh();
  checker = new DraftChecker(corpus);
});

test('the CheckThat! 2024 data is present', () => {
  assert.ok(existsSync(CT24_DIR), `missing ${CT24_DIR}`);
});

const CASES: Array<{ split: string; sensitivity: number }> = [
  { split: 'ct24-dev-test.tsv', sensitivity: 0 },
  { split: 'ct24-dev.tsv', sensitivity: 0 },
  { split: 'ct24-dev-test.tsv', sensitivity: 0.5 },
  { split: 'ct24-dev-test.tsv', sensitivity: -0.5 },
];

for (const { split, sensitivity } of CASES) {
  test(`check flags what classifyClaim flags: ${split}, sensitivity ${sensitivity}`, () => {
    const rows = loadCt24(split);
    const differ: string[] = [];
    let flagged = 0;
    for (const row of rows) {
      const expected = ct24DraftSentences(row.text).some((s) => classifyClaim(s, sensitivity).checkworthy);
      const got = checker.check(ct24Draft(row.text), { sensitivity }).some((d) => d.code === 'unsupported-claim');
      if (got) flagged++;
      if (got !== expected) differ.push(`${row.id} check=${got} classifyClaim=${expected}: ${row.text}`);
    }
    assert.deepEqual(differ, [], `${differ.length} of ${rows.length} differ`);
    // Not vacuous: both outcomes occur, and the split rows are few (the row-level figure is nearly the same).
    const splitRows = rows.filter((r) => ct24DraftSentences(r.text).length !== 1).length;
    assert.ok(splitRows < rows.length * 0.02, `${splitRows} rows split`);
    assert.ok(flagged > 0 && flagged < rows.length, `${flagged} of ${rows.length} flagged`);
  });
}
