/**
 * `citation-page-mismatch`: a citation with `p. N` / `pp. N-M` whose exact
 * quotation, or the passage that all but restates the sentence, is on
 * another page of the cited source. The finding covers the citation, says
 * the right page, and carries it in `data` for a quick fix. Sources are a
 * generated PDF and form-feed paged text; unpaged sources never get it.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { Corpus } from '../../server/src/engine/corpus/corpus.js';
import { DraftChecker, citedPages } from '../../server/src/engine/check/checkDraft.js';
import { DEFAULT_SEVERITY, DIAGNOSTIC_CODES } from '../../server/src/engine/check/diagnostics.js';
import { findCitations } from '../../server/src/engine/draft/citations.js';
import { MemoryWorkspace } from '../helpers/memoryWorkspace.js';
import { makePdf } from '../helpers/documents.js';

const PAGE_1 = 'Northshire reviewed its fostering service in 2023.';
const PAGE_2 = 'Foster carers received an allowance increase of twelve percent across the county.';
const PAGE_3 = 'Placement stability improved for children aged under five years.';

let checker: DraftChecker;
before(async () => {
  const corpus = new Corpus(
    new MemoryWorkspace({
      '/c/review.pdf': makePdf({ pages: [[PAGE_1], [PAGE_2], [PAGE_3]] }),
      '/c/paged.txt': `Kinship carers were visited every month by social workers.\n\fAdoption panels met weekly during the winter months.\n`,
      '/c/flat.txt': 'Respite care was offered to every family on the waiting list.\n',
    }),
    { roots: ['/c'] },
  );
  await corpus.refresh();
  checker = new DraftChecker(corpus);
});

const mismatches = (draft: string) => checker.check(draft).filter((d) => d.code === 'citation-page-mismatch');

const CASES: Array<{
  name: string;
  draft: string;
  expected?: { message: string; data: { page: number; pageEnd?: number }; cited: string };
}> = [
  {
    name: 'a quotation on page 2 cited as p. 1',
    draft: `The council said "foster carers received an allowance increase of twelve percent" [@review, p. 1].\n`,
    expected: { message: 'The quotation is on p. 2 of [@review], not p. 1.', data: { page: 2 }, cited: '[@review, p. 1]' },
  },
  { name: 'the right page', draft: `The council said "foster carers received an allowance increase of twelve percent" [@review, p. 2].\n` },
  {
    name: 'a page range that holds the quotation',
    draft: `The council said "foster carers received an allowance increase of twelve percent" [@review, pp. 1-3].\n`,
  },
  {
    name: 'a page range that does not',
    draft: `Officials noted "placement stability improved for children aged under five" [@review, pp. 1\u20132].\n`,
    expected: { message: 'The quotation is on p. 3 of [@review], not pp. 1\u20132.', data: { page: 3 }, cited: '[@review, pp. 1\u20132]' },
  },
  {
    name: 'no page in the citation',
    draft: `The council said "foster carers received an allowance increase of twelve percent" [@review].\n`,
  },
  {
    name: 'a sentence that restates a passage on another page (no quotation)',
    draft: `Foster carers received an allowance increase of twelve percent across the county [@review, p. 3].\n`,
    expected: { message: 'The passage is on p. 2 of [@review], not p. 3.', data: { page: 2 }, cited: '[@review, p. 3]' },
  },
  {
    name: 'form-feed paged text counts its pages too',
    draft: `The team said "adoption panels met weekly during the winter months" [@paged, p. 1].\n`,
    expected: { message: 'The quotation is on p. 2 of [@paged], not p. 1.', data: { page: 2 }, cited: '[@paged, p. 1]' },
  },
  { name: 'a source without pages is never mismatched', draft: `Staff said "respite care was offered to every family" [@flat, p. 7].\n` },
];

for (const { name, draft, expected } of CASES) {
  test(`citation-page-mismatch: ${name}`, () => {
    const found = mismatches(draft);
    if (!expected) {
      assert.deepEqual(found, []);
      return;
    }
    assert.equal(found.length, 1, JSON.stringify(checker.check(draft).map((d) => [d.code, d.message])));
    const [d] = found;
    assert.equal(d.message, expected.message);
    assert.deepEqual(d.data, expected.data);
    assert.equal(d.severity, 'information');
    assert.equal(draft.slice(d.start, d.end), expected.cited);
    assert.equal(d.evidence[0]?.page, expected.data.page);
  });
}

test('citation-page-mismatch is a diagnostic code with default severity information, and can be turned off', () => {
  assert.ok(DIAGNOSTIC_CODES.includes('citation-page-mismatch'));
  assert.equal(DEFAULT_SEVERITY['citation-page-mismatch'], 'information');
  const draft = CASES[0].draft;
  assert.deepEqual(
    checker.check(draft, { severities: { 'citation-page-mismatch': 'off' } }).filter((d) => d.code === 'citation-page-mismatch'),
    [],
  );
});

const PAGES: Array<[string, [number, number]]> = [
  ['[@k, p. 4]', [4, 4]],
  ['[@k, pp. 4-6]', [4, 6]],
  ['[@k, pp. 4\u20136]', [4, 6]],
  ['[@k, pp. 123-5]', [123, 125]],
  ['[@k, p. 9, para. 3]', [9, 9]],
];

for (const [citation, expected] of PAGES) {
  test(`cited pages of ${citation}`, () => {
    assert.deepEqual(citedPages(findCitations(citation, 0, citation.length)[0]), expected);
  });
}
