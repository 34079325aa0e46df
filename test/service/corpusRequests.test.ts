/**
 * The corpus requests through the language service: search (limits,
 * too-short queries, the quote in the configured style), the Sources list
 * with citation counts from open and on-disk drafts, and a source's text.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createHarness, type Harness } from '../helpers/serviceHarness.js';
import { sampleCorpusDir } from '../helpers/paths.js';

let h: Harness;
before(async () => {
  h = await createHarness({
    diskDrafts: { 'draft.md': 'Care [@tact-innovation] and [@tact-innovation].\n' },
    settings: { quotes: { insertStyle: 'blockquote' } },
  });
});

const SEARCHES: Array<{ query: unknown; limit?: unknown; count: (n: number) => boolean }> = [
  { query: 'children social care services', limit: 2, count: (n) => n === 2 },
  { query: 'children social care services', limit: 'lots', count: (n) => n > 2 && n <= 20 },
  { query: 'ab', count: (n) => n === 0 },
  { query: 42, count: (n) => n === 0 },
];

for (const s of SEARCHES) {
  test(`search ${JSON.stringify(s.query)} limit ${JSON.stringify(s.limit)}`, async () => {
    const hits = await h.service.search(s.query, s.limit, undefined);
    assert.ok(s.count(hits.length), `${hits.length} hits`);
    for (const hit of hits) assert.match(hit.insertText, /^> /, 'blockquote style from the settings');
  });
}

test('sources: every document, sorted, with citation counts from open and on-disk drafts', async () => {
  h.open('open.md', 'Open [@tact-innovation].\n');
  const sources = await h.service.sources();
  assert.deepEqual(
    sources.map((s) => s.sourceId),
    [...sources.map((s) => s.sourceId)].sort(),
  );
  assert.equal(sources.find((s) => s.sourceId === 'tact-innovation')?.citationCount, 3);
  assert.equal(sources.find((s) => s.sourceId === 'basw-outsourcing-caution')?.citationCount, 0);
});

test('source text by URI; an unknown URI gets null', async () => {
  const got = await h.service.sourceText('file:///corpus/tact-innovation.txt');
  assert.equal(got?.text, readFileSync(`${sampleCorpusDir}/tact-innovation.txt`, 'utf8'));
  assert.equal(await h.service.sourceText('file:///corpus/nothing.txt'), null);
  assert.equal(await h.service.sourceText('not a uri'), null);
});
