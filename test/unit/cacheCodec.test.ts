/**
 * The index cache's binary form, file by file: whatever a file holds
 * (multi-byte and astral characters, lone surrogates that UTF-8 cannot
 * carry, CRLF, no sentences at all) comes back exactly, whether read whole
 * or one sentence at a time (passageOf), and line positions come back
 * without decoding the text. A decoded file that is saved again without
 * being read encodes to the same bytes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeCache, encodeCache, lineIndexOf, passageOf, type CachedFile } from '../../server/src/engine/corpus/cacheCodec.js';
import { isSettled } from '../../server/src/engine/corpus/lazyField.js';
import { buildSegment } from '../../server/src/engine/index/segment.js';
import { LineIndex } from '../../server/src/engine/text/lineIndex.js';
import type { Sentence } from '../../server/src/engine/types.js';
import { abbreviationDefinitions } from '../../server/src/engine/text/abbreviationDefinitions.js';

/** A file whose sentences are the given spans of `text`, each sentence text as given (or the span itself). */
function cachedFile(name: string, text: string, spans: Array<[number, number, string?]>, extra: Partial<CachedFile> = {}): CachedFile {
  const sentences: Sentence[] = spans.map(([start, end, own], index) => ({
    index,
    start,
    end,
    text: own ?? text.slice(start, end),
    block: index,
  }));
  return {
    file: `/corpus/${name}`,
    contentHash: `hash-${name}`,
    size: text.length,
    mtimeMs: 1_600_000_000_000.25,
    declared: { title: name },
    guessed: {},
    problems: [],
    sentences,
    segment: buildSegment(sentences.map((s) => s.text)),
    text,
    textLength: text.length,
    abbreviations: abbreviationDefinitions(text),
    ...extra,
  };
}

const CASES: CachedFile[] = [
  cachedFile('plain.txt', 'One sentence here. Another one.\n', [
    [0, 18],
    [19, 31],
  ]),
  cachedFile('accents.txt', 'Café à la crème — “quoted”. Ça va.\n', [
    [0, 27],
    [28, 34],
  ]),
  cachedFile('astral.txt', 'Emoji 😀 and 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 text. 中文句子。\n', [
    [0, 29],
    [30, 35],
  ]),
  cachedFile('crlf.txt', 'First line.\r\nSecond line.\r\n\r\nThird.', [
    [0, 11],
    [13, 25],
    [29, 35],
  ]),
  cachedFile('lone-in-text.txt', 'Broken \ud800 glyph. Fine sentence.', [
    [0, 15],
    [16, 30],
  ]),
  cachedFile('lone-in-sentence.txt', 'Odd \udc00 mark here. And more.', [
    [0, 17],
    [18, 27],
  ]),
  cachedFile('newline-in-sentence.txt', 'A\nB. C.', [
    [0, 4, 'A\nB.'],
    [5, 7],
  ]),
  cachedFile('empty.txt', '', []),
  cachedFile('abbreviations.txt', 'Personal advisers (PAs) help. Some PAs visit (weekly).', [
    [0, 29],
    [30, 54],
  ]),
  cachedFile(
    'paged.txt',
    'Page one.\fPage two.',
    [
      [0, 9],
      [10, 19],
    ],
    {},
  ),
];
CASES[CASES.length - 1].sentences.forEach((s, i) => {
  s.page = i + 1;
  if (i === 1) s.gaps = [[10, 11, ' ']];
});
// A decoded entity after a multi-byte character: the sentence is its span with the gap's replacement put in.
const entity = cachedFile('entity.html', 'Ça: le caf&eacute; est ouvert.', [[4, 30, 'le café est ouvert.']]);
entity.sentences[0].gaps = [[10, 18, '\u00e9']];
CASES.push(entity);

/** A decoded segment also says where its terms sit in the cache's dictionary (termRefs); the rest must be as saved. */
const plain = (f: CachedFile) => {
  const { termRefs: _refs, ...segment } = f.segment;
  return { ...f, segment };
};

for (const original of CASES) {
  test(`cache round trip: ${original.file}`, () => {
    const [decoded] = decodeCache('v', encodeCache('v', [original]))!;
    assert.ok(!isSettled(decoded, 'text') && !isSettled(decoded, 'sentences'), 'nothing decoded before it is read');
    for (let i = 0; i < original.sentences.length; i++)
      assert.deepEqual(passageOf(decoded, i), original.sentences[i], `sentence ${i} alone`);
    assert.equal(passageOf(decoded, original.sentences.length), undefined);
    const lines = lineIndexOf(decoded);
    const reference = new LineIndex(original.text);
    for (let offset = 0; offset <= original.text.length; offset++)
      assert.deepEqual(lines.positionAt(offset), reference.positionAt(offset), `offset ${offset}`);
    assert.ok(!isSettled(decoded, 'text'), 'positions need no text');
    assert.deepEqual(encodeCache('v', [decoded]), encodeCache('v', [original]), 'an unread file encodes to the same bytes');
    assert.deepEqual(plain(decoded), plain(original));
    for (let line = 0; line < reference.lineCount; line++)
      assert.equal(lines.offsetAt({ line, character: 999 }), reference.offsetAt({ line, character: 999 }));
  });
}

test('several files in one cache keep their own texts and arrays', () => {
  const decoded = decodeCache('v', encodeCache('v', CASES))!;
  assert.deepEqual(decoded.map(plain), CASES.map(plain));
});

test('the files of a cache share one term dictionary, and each segment names its terms by their places in it', () => {
  const decoded = decodeCache('v', encodeCache('v', CASES))!;
  const dictionary = decoded[0].segment.termRefs!.dictionary;
  for (const f of decoded) {
    const refs = f.segment.termRefs!;
    assert.equal(refs.dictionary, dictionary, `${f.file}: the same dictionary`);
    assert.deepEqual(
      Array.from(refs.ids, (id) => refs.dictionary[id]),
      f.segment.terms,
      `${f.file}: terms[i] is dictionary[ids[i]]`,
    );
  }
  // Each term once: the dictionary holds no more terms than the files have between them, distinct.
  assert.equal(dictionary.length, new Set(CASES.flatMap((f) => f.segment.terms)).size);
});

test('a cache of another version, or cut short, decodes to undefined', () => {
  const bytes = encodeCache('v', CASES);
  assert.equal(decodeCache('w', bytes), undefined);
  for (const cut of [1, 100, bytes.length - 1]) assert.equal(decodeCache('v', bytes.subarray(0, cut)), undefined, `cut at ${cut}`);
});

test('sentence texts are stored only where their spans of the text would not give them back', () => {
  const count = (bytes: Uint8Array, what: string) => new TextDecoder().decode(bytes).split(what).length - 1;
  // Read from the text: in the cache once, as part of it.
  assert.equal(count(encodeCache('v', [CASES[0]]), 'Another one.'), 1);
  assert.equal(count(encodeCache('v', [entity]), 'le café est ouvert.'), 0);
  // A sentence text that is not its span normalised is kept as it is.
  const own = cachedFile('own.txt', 'One sentence here. Another one.\n', [
    [0, 18],
    [19, 31, 'Not the span at all.'],
  ]);
  const bytes = encodeCache('v', [own]);
  assert.equal(count(bytes, 'Not the span at all.'), 1);
  const [decoded] = decodeCache('v', bytes)!;
  assert.equal(passageOf(decoded, 1)?.text, 'Not the span at all.');
  assert.equal(passageOf(decoded, 0)?.text, 'One sentence here.');
});
