/**
 * Word documents: generated .docx files (helpers/documents.ts) through the
 * extractor (mammoth) and the corpus. Headings, paragraphs and list-like
 * paragraphs stay separate blocks, never glued; core properties give title,
 * author and date below a bibliography and front matter; the provenance
 * invariant holds on the extracted text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractDocx } from '../../server/src/engine/ingest/extract/docxText.js';
import { Corpus } from '../../server/src/engine/corpus/corpus.js';
import { MemoryWorkspace } from '../helpers/memoryWorkspace.js';
import { makeDocx } from '../helpers/documents.js';
import { provenanceViolations } from '../helpers/provenance.js';

const REVIEW = {
  paragraphs: [
    { text: 'Review of Kinship Care', style: 'Title' },
    { text: 'Summary', style: 'Heading1' },
    { text: 'Kinship carers in Northshire received new allowances in 2023. Placements became more stable.' },
    { text: 'Findings', style: 'Heading2' },
    { text: 'The number of children in kinship care rose by 12% between 2021 and 2023.' },
    { text: 'Carers said the allowance & training helped <most> of all.' },
  ],
  core: { title: 'Kinship care review', creator: 'Jane Smith', created: '2023-04-05T10:00:00Z' },
};

test('DOCX: every heading and paragraph is its own block, in order, with offsets into the extracted text', async () => {
  const extracted = await extractDocx('/c/review.docx', await makeDocx(REVIEW));
  assert.deepEqual(extracted.problems, []);
  const blocks = (extracted.blocks ?? []).map(([s, e]) => extracted.text!.slice(s, e));
  assert.deepEqual(
    blocks,
    REVIEW.paragraphs.map((p) => p.text),
  );
  assert.deepEqual(extracted.properties, { title: 'Kinship care review', author: 'Jane Smith', date: '2023-04-05' });
});

test('DOCX through the corpus: sentences, headings apart, metadata from core properties, provenance', async () => {
  const workspace = new MemoryWorkspace({ '/c/review.docx': await makeDocx(REVIEW) });
  const corpus = new Corpus(workspace, { roots: ['/c'] });
  const summary = await corpus.refresh();
  assert.deepEqual(summary.problems, []);
  const doc = corpus.document('review');
  assert.ok(doc);
  assert.deepEqual(
    doc.sentences.map((s) => s.text),
    [
      'Review of Kinship Care',
      'Summary',
      'Kinship carers in Northshire received new allowances in 2023.',
      'Placements became more stable.',
      'Findings',
      'The number of children in kinship care rose by 12% between 2021 and 2023.',
      'Carers said the allowance & training helped <most> of all.',
    ],
  );
  assert.equal(new Set(doc.sentences.map((s) => s.block)).size, 6, 'one block per paragraph');
  assert.ok(
    doc.sentences.every((s) => s.page === undefined),
    'Word files have no pages',
  );
  assert.deepEqual(provenanceViolations(doc.file, doc.text, doc.sentences), []);
  assert.deepEqual(
    { title: doc.metadata.title, author: doc.metadata.author, date: doc.metadata.date },
    { title: 'Kinship care review', author: 'Jane Smith', date: '2023-04-05' },
  );
  assert.equal(corpus.search('kinship care rose by 12%', 1)[0]?.sourceId, 'review');
});

test('DOCX: a bibliography entry beats the core properties', async () => {
  const workspace = new MemoryWorkspace({
    '/c/review.docx': await makeDocx(REVIEW),
    '/c/references.json': JSON.stringify([
      { id: 'review', type: 'report', title: 'The bibliography title', author: [{ literal: 'Northshire Council' }] },
    ]),
  });
  const corpus = new Corpus(workspace, { roots: ['/c'] });
  await corpus.refresh();
  const meta = corpus.document('review')?.metadata;
  assert.equal(meta?.title, 'The bibliography title');
  assert.equal(meta?.author, 'Northshire Council');
  assert.equal(meta?.origin.title, 'bibliography');
  assert.equal(meta?.date, '2023-04-05');
  assert.equal(meta?.origin.date, 'heuristic');
});
