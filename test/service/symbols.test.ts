/**
 * Symbols through the language service: workspace symbols search passages
 * (at least three characters); document symbols list a draft's citations by
 * the source they resolve to.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { createHarness, type Harness } from '../helpers/serviceHarness.js';

let h: Harness;
before(async () => {
  h = await createHarness();
});

const QUERIES: Array<{ query: string; container?: RegExp; none?: boolean }> = [
  { query: 'severe shortage of placements', container: /^@ncercc-outsourcing-key-sentences/ },
  { query: 'cowed by managers', container: /^@basw-outsourcing-caution/ },
  { query: 'ab', none: true },
];

for (const q of QUERIES) {
  test(`workspace symbols for "${q.query}"`, async () => {
    const found = await h.service.workspaceSymbols(q.query);
    if (q.none) return assert.deepEqual(found, []);
    assert.ok(found.length > 0);
    assert.match(found[0].containerName, q.container!);
    assert.match(found[0].location.uri, /^file:\/\/\/corpus\//);
  });
}

test('document symbols: one per citation, named by its source', async () => {
  const { doc } = h.open(
    'symbols.md',
    'Care [@basw-outsourcing-caution] and [@tact-inovation].\n\nSee [the report](/corpus/tact-innovation.txt).\n',
  );
  const symbols = await h.service.documentSymbols(doc);
  assert.deepEqual(
    symbols.map((s) => [s.name, s.detail]),
    [
      ['@basw-outsourcing-caution', 'BASW\u2019s caution about increase in service outsourcing'],
      ['@tact-inovation', 'not in the corpus'],
      ['@tact-innovation', symbols[2]?.detail],
    ],
  );
  assert.notEqual(symbols[2].detail, 'not in the corpus');
});
