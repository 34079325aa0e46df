/**
 * The four real PDFs in ../shared/data/pdf (two Ofsted inspection reports,
 * Ofsted's largest-providers release and its enforcement policy), indexed
 * the way the CLI and the server do (Node reader, worker-thread
 * extraction): every page counted and numbered, the provenance invariant
 * on the extracted text, running headers, footers and page numbers out of
 * the passages, paragraphs joined across lines and page breaks, titles
 * from the title page, and quotes taken from known pages found on those
 * pages through Corpus.search and verifyQuote. Fails, never skips, when
 * ../shared is missing.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Corpus } from '../../server/src/engine/corpus/corpus.js';
import { verifyQuote } from '../../server/src/engine/verify/quoteVerifier.js';
import { nodeWorkspaceReader } from '../../server/src/node/nodeWorkspaceReader.js';
import { sharedRoot } from '../helpers/paths.js';
import { provenanceViolations } from '../helpers/provenance.js';

const PDF_DIR = join(sharedRoot, 'data', 'pdf');

const DOCUMENTS: Array<{ key: string; pages: number; title: string }> = [
  {
    key: 'ofsted-ilacs-bcp-2025-01-29',
    pages: 11,
    title: 'Inspection of Bournemouth, Christchurch and Poole local authority children\u2019s services',
  },
  { key: 'ofsted-ilacs-dorset-2021-11-19', pages: 9, title: 'Inspection of Dorset local authority children\u2019s services' },
  {
    key: 'ofsted-largest-national-providers-2024-03',
    pages: 20,
    title: 'Largest national providers of private and voluntary social care (March 2024)',
  },
  { key: 'ofsted-social-care-enforcement-policy', pages: 61, title: 'Social care enforcement policy' },
];

/** Sentences as they stand on known pages (checked by eye against the PDFs). */
const QUOTES: Array<{ key: string; page: number; quote: string }> = [
  {
    key: 'ofsted-ilacs-bcp-2025-01-29',
    page: 5,
    quote:
      'Unaccompanied asylum-seeking children receive tailored support to ensure their health, ' +
      'safety, education and cultural and religious needs are catered for effectively.',
  },
  {
    key: 'ofsted-ilacs-bcp-2025-01-29',
    page: 5,
    quote:
      'Children with a disability receive personalised support from dedicated social workers ' +
      'and other professionals as appropriate to their needs.',
  },
  { key: 'ofsted-ilacs-dorset-2021-11-19', page: 5, quote: 'Most children in care live in foster families.' },
  // Runs over a line break with a hyphen ("well-" / "attended").
  {
    key: 'ofsted-ilacs-bcp-2025-01-29',
    page: 2,
    quote:
      'Social workers respond quickly to allegations of significant harm, ' +
      'holding well-attended strategy meetings and conducting timely, thorough investigations.',
  },
];

let corpus: Corpus;
before(async () => {
  assert.ok(existsSync(PDF_DIR), `${PDF_DIR} is missing: the real PDFs live in ../shared/data/pdf beside the checkout.`);
  corpus = new Corpus(nodeWorkspaceReader, { roots: [PDF_DIR] });
  const summary = await corpus.refresh();
  assert.deepEqual(summary.problems, []);
});

for (const { key, pages, title } of DOCUMENTS) {
  test(`real PDF ${key}: ${pages} pages, every sentence paged, provenance, title`, () => {
    const doc = corpus.document(key);
    assert.ok(doc, `${key} is indexed`);
    assert.equal(doc.text.split('\f').length, pages);
    assert.ok(doc.sentences.length > 50, `${doc.sentences.length} sentences`);
    assert.ok(doc.sentences.every((s) => s.page !== undefined && s.page >= 1 && s.page <= pages));
    assert.deepEqual(provenanceViolations(doc.file, doc.text, doc.sentences), []);
    assert.equal(doc.metadata.title, title);
    // Page furniture: no passage is a running footer or a bare page number.
    assert.ok(!doc.sentences.some((s) => /^(\d+|Page \d+( of \d+)?)$/.test(s.text)));
  });
}

test('real PDF: the inspection reports\u2019 running footers are masked on every page', () => {
  for (const key of ['ofsted-ilacs-bcp-2025-01-29', 'ofsted-ilacs-dorset-2021-11-19']) {
    const doc = corpus.document(key)!;
    const footer = doc.sentences.filter(
      (s) => /local authority children\u2019s services \d/.test(s.text) || /^\d+ (to|September)/.test(s.text),
    );
    assert.deepEqual(
      footer.map((s) => `${s.page}: ${s.text}`),
      [],
      key,
    );
  }
});

test('real PDF: a paragraph cut by a page break is one passage, on the page where it starts', () => {
  const doc = corpus.document('ofsted-ilacs-bcp-2025-01-29')!;
  const joined = doc.sentences.find((s) => s.text.startsWith('Child protection investigations are comprehensive'));
  assert.ok(joined, 'the sentence exists');
  assert.match(joined.text, /recommending appropriate, necessary actions\.$/);
  assert.equal(joined.page, 2);
});

for (const { key, page, quote } of QUOTES) {
  test(`real PDF: "${quote.slice(0, 50)}\u2026" is found on page ${page} of ${key}`, () => {
    const [hit] = corpus.search(quote, 1);
    assert.equal(hit?.sourceId, key);
    assert.equal(hit.page, page);
    assert.equal(hit.text, quote);
    const check = verifyQuote(corpus, quote.replace(/\.$/, ''), { sourceIds: new Set([key]) });
    assert.equal(check.status, 'exact', check.message);
    assert.equal(check.page, page);
  });
}
