/**
 * Which passage a citation points at (go to definition, hover links): the
 * first passage on the cited page, else the cited source's best match for
 * the sentence, else the start of the document; and the sentence lookup by
 * offset that maps search results back to sentences.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { Corpus } from '../../server/src/engine/corpus/corpus.js';
import { citedPassage, sentenceIndexAt } from '../../server/src/engine/cite/passageLookup.js';
import { spanText } from '../../server/src/engine/text/normalize.js';
import { MemoryWorkspace } from '../helpers/memoryWorkspace.js';
import { sampleCorpusFiles } from '../helpers/paths.js';

const PAGED = [
  'Kinship carers report.',
  '',
  'Kinship carers received an allowance of 120 pounds a week in the pilot.',
  '\fSecond page text here about respite breaks for kinship carers.',
  'Respite breaks were offered to 40 families.',
  '\fThird page: evaluation of kinship support.',
  '',
].join('\n');

let corpus: Corpus;
before(async () => {
  corpus = new Corpus(new MemoryWorkspace({ ...sampleCorpusFiles(), '/corpus/kinship-pilot.txt': PAGED }), { roots: ['/corpus'] });
  await corpus.refresh();
});

const CASES: Array<{ name: string; sourceId: string; page?: number; claim?: string; how: string; text?: string }> = [
  {
    name: 'a page locator: the first passage on that page',
    sourceId: 'kinship-pilot',
    page: 2,
    how: 'page',
    text: 'Second page text here about respite breaks for kinship carers.',
  },
  {
    name: 'a page locator wins over the sentence',
    sourceId: 'kinship-pilot',
    page: 3,
    claim: 'Respite breaks were offered to 40 families.',
    how: 'page',
    text: 'Third page: evaluation of kinship support.',
  },
  {
    name: 'a page the source does not have: the best match',
    sourceId: 'kinship-pilot',
    page: 9,
    claim: 'Forty families were offered respite breaks.',
    how: 'best-match',
    text: 'Respite breaks were offered to 40 families.',
  },
  {
    name: 'no page: the best match in the cited source only',
    sourceId: 'basw-outsourcing-caution',
    claim: 'social workers are cowed by managers',
    how: 'best-match',
  },
  {
    name: 'nothing matches: the start of the document',
    sourceId: 'tact-innovation',
    claim: 'zebra quantum xylophone',
    how: 'document-start',
  },
  { name: 'no sentence at all: the start of the document', sourceId: 'tact-innovation', how: 'document-start' },
];

for (const c of CASES) {
  test(`cited passage: ${c.name}`, () => {
    const found = citedPassage(corpus, c.sourceId, { page: c.page, claim: c.claim });
    assert.ok(found);
    assert.equal(found.how, c.how);
    const doc = corpus.document(c.sourceId)!;
    const lines = corpus.lineIndex(c.sourceId)!;
    if (found.how === 'document-start') {
      assert.deepEqual(found.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
      return;
    }
    // The range reads the passage in the file (the provenance invariant).
    const s = found.sentence!;
    assert.equal(spanText(doc.text, lines.offsetAt(found.range.start), lines.offsetAt(found.range.end), s.gaps), s.text);
    if (c.text) assert.equal(s.text, c.text);
    if (c.sourceId === 'basw-outsourcing-caution') assert.match(s.text, /cowed by managers/);
  });
}

test('an unknown source has no cited passage', () => {
  assert.equal(citedPassage(corpus, 'no-such-source'), undefined);
});

test('sentence index by offset: starts, insides, gaps and ends', () => {
  const sentences = corpus.document('kinship-pilot')!.sentences;
  for (const [i, s] of sentences.entries()) {
    assert.equal(sentenceIndexAt(sentences, s.start), i);
    assert.equal(sentenceIndexAt(sentences, s.end - 1), i);
  }
  assert.equal(sentenceIndexAt(sentences, sentences[0].start - 1), -1);
  assert.equal(sentenceIndexAt(sentences, sentences[sentences.length - 1].end + 5), -1);
});
