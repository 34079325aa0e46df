/**
 * A passage's context read one sentence at a time from the cache
 * (sentenceAccessOf) is the context read from the fully decoded document:
 * for every sentence of the repository's sample corpus and of a Markdown
 * file with paragraphs, a lead-in list and a table, the window, head and
 * head years are the same, and the cached document is never decoded whole.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeCache, encodeCache, sentenceAccessOf, type CachedFile } from '../../server/src/engine/corpus/cacheCodec.js';
import { isSettled } from '../../server/src/engine/corpus/lazyField.js';
import { analyseFile } from '../../server/src/engine/ingest/analyseFile.js';
import { buildSegment } from '../../server/src/engine/index/segment.js';
import { passageContext } from '../../server/src/engine/evidence/passageContext.js';
import type { SourceDocument } from '../../server/src/engine/types.js';
import { repoRoot } from '../helpers/paths.js';
import { abbreviationDefinitions } from '../../server/src/engine/text/abbreviationDefinitions.js';

const MARKDOWN = `# Westshire County Council

Inspectors visited in March 2023. They met 41 children. Most were settled.

The review heard from:

- 12 care leavers
- 30 foster carers
- 8 social workers

| Provider | Homes |
| --- | --- |
| Holdco Ltd | 14 |
| Acme Care | 9 |

Placement stability improved by 5% in 2022. This was a 41% increase on 2021.
`;

const SAMPLE = join(repoRoot, 'corpus');
const FILES: Array<[string, Uint8Array]> = [
  ['/corpus/westshire.md', new TextEncoder().encode(MARKDOWN)],
  ...readdirSync(SAMPLE)
    .filter((name) => /\.(txt|md)$/.test(name))
    .map((name): [string, Uint8Array] => [`/corpus/${name}`, readFileSync(join(SAMPLE, name))]),
];

function cachedOf(file: string, bytes: Uint8Array): CachedFile {
  const analysed = analyseFile(file, bytes);
  const text = analysed.text ?? '';
  return {
    file,
    contentHash: analysed.contentHash,
    size: bytes.length,
    declared: analysed.declared,
    guessed: analysed.guessed,
    problems: analysed.problems,
    sentences: analysed.sentences,
    segment: buildSegment(analysed.sentences.map((s) => s.text)),
    text,
    textLength: text.length,
    abbreviations: abbreviationDefinitions(text),
  };
}

function docOf(cached: CachedFile): SourceDocument {
  return {
    sourceId: 'westshire-2023',
    file: cached.file,
    contentHash: cached.contentHash,
    text: '',
    metadata: { title: 'Inspection of Westshire', date: '2023-04-01', origin: {} },
    problems: [],
    sentences: cached.sentences,
  };
}

for (const [file, bytes] of FILES) {
  test(`context read one sentence at a time is the decoded document's: ${file}`, () => {
    const original = cachedOf(file, bytes);
    assert.ok(original.sentences.length > 0, 'the file has sentences');
    const [decoded] = decodeCache('v', encodeCache('v', [original]))!;
    const access = sentenceAccessOf(decoded);
    assert.equal(access.count, original.sentences.length);
    // A separate document object, so each side builds its own structure.
    const lazyDoc = { ...docOf(original), sentences: [] };
    for (const s of original.sentences) {
      const expected = passageContext(docOf(original), s.start);
      const actual = passageContext(lazyDoc, s.start, access);
      assert.ok(expected && actual, `a context for the sentence at ${s.start}`);
      assert.deepEqual(actual.sentence, expected.sentence);
      assert.deepEqual(actual.window, expected.window, `window of the sentence at ${s.start}`);
      assert.deepEqual([...actual.head], [...expected.head]);
      assert.deepEqual([...actual.headYears], [...expected.headYears]);
    }
    assert.equal(passageContext(lazyDoc, -1, access), undefined, 'no sentence starts there');
    assert.ok(!isSettled(decoded, 'sentences'), 'the cached sentences were never decoded whole');
  });
}

test("a sentence's page is read without decoding its text, and is the decoded sentence's page", () => {
  const paged = cachedOf('/corpus/paged.txt', new TextEncoder().encode('Page one says this.\fPage two says that.\fPage three.\n'));
  assert.ok(
    paged.sentences.some((s) => s.page === 3),
    'the file has pages',
  );
  const [decoded] = decodeCache('v', encodeCache('v', [paged]))!;
  const access = sentenceAccessOf(decoded);
  for (let i = 0; i < access.count; i++) assert.equal(access.pageOf(i), paged.sentences[i].page, `page of sentence ${i}`);
  assert.ok(!isSettled(decoded, 'sentences'), 'the cached sentences were never decoded whole');
  const plain = sentenceAccessOf(cachedOf(FILES[0][0], FILES[0][1]));
  assert.equal(plain.pageOf(0), undefined, 'a file without pages has none');
});

test('the Markdown file has a list with its lead-in and a table window, so the cases above exercise them', () => {
  const original = cachedOf(FILES[0][0], FILES[0][1]);
  const doc = docOf(original);
  const kinds = new Set(original.sentences.flatMap((s) => passageContext(doc, s.start)!.window.map((w) => w.kind)));
  assert.deepEqual([...kinds].sort(), ['lead-in', 'list', 'paragraph']);
});
