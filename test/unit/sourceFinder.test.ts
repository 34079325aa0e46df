/**
 * Fuzzy source lookup (fuse.js over keys, titles and authors) on the sample
 * corpus: typos in keys, words from titles and author names find the right
 * source first; nonsense finds nothing; an empty query lists all by key.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Corpus } from '../../server/src/engine/corpus/corpus.js';
import { SourceFinder } from '../../server/src/engine/search/sourceFinder.js';
import { MemoryWorkspace } from '../helpers/memoryWorkspace.js';
import { sampleCorpusFiles } from '../helpers/paths.js';

async function finder(): Promise<SourceFinder> {
  const corpus = new Corpus(new MemoryWorkspace(sampleCorpusFiles()), { roots: ['/corpus'] });
  await corpus.refresh();
  return new SourceFinder(corpus.documents());
}

const cases: Array<{ query: string; expected: string }> = [
  { query: 'tact-inovation', expected: 'tact-innovation' },
  { query: '@basw', expected: 'basw-outsourcing-caution' },
  { query: 'bsaw', expected: 'basw-outsourcing-caution' },
  { query: 'outcomes framework', expected: 'rees-outcomes-framework' },
  { query: 'Holmes', expected: 'rees-outcomes-framework' },
  { query: 'County Councils', expected: 'ccn-future-of-childrens-social-care' },
  { query: 'ncercc', expected: 'ncercc-outsourcing-key-sentences' },
];

for (const c of cases) {
  test(`source finder: "${c.query}" finds @${c.expected} first`, async () => {
    const matches = (await finder()).find(c.query);
    assert.equal(matches[0]?.sourceId, c.expected, `got ${matches.map((m) => m.sourceId).join(', ')}`);
  });
}

test('source finder: nonsense matches nothing', async () => {
  assert.deepEqual((await finder()).find('zzqxjv'), []);
});

test('source finder: an empty query lists every source in key order', async () => {
  const ids = (await finder()).find('').map((m) => m.sourceId);
  assert.deepEqual(ids, [...ids].sort());
  assert.equal(ids.length, 5);
});

test('source finder: closest keys for an unknown key', async () => {
  assert.equal((await finder()).closestKeys('ccn-future')[0], 'ccn-future-of-childrens-social-care');
});
