/**
 * The quotation checker on the sample corpus (corpus/, in an in-memory
 * workspace): exact quotes (across a line break, curly quotes in the source
 * and straight ones in the quote, over two sentences, with ellipses, as a
 * blockquote), misquotes (a changed, dropped or added word, a changed
 * number) with the source's verbatim wording, place and word diff, quotes
 * from nowhere, and quotes checked only against a source they are not from.
 * Then Markdown and HTML sources, whose sentences have gaps (markup,
 * entities), for the offsets; and the pure helpers underneath.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { Corpus } from '../../server/src/engine/corpus/corpus.js';
import { spanText } from '../../server/src/engine/text/normalize.js';
import { verifyQuote, type QuoteCheck, type QuoteDifference } from '../../server/src/engine/verify/quoteVerifier.js';
import { quoteWords, tokenize } from '../../server/src/engine/verify/quoteText.js';
import { alignWords } from '../../server/src/engine/verify/wordDiff.js';
import { MemoryWorkspace } from '../helpers/memoryWorkspace.js';
import { sampleCorpusFiles } from '../helpers/paths.js';

const files = sampleCorpusFiles();
let corpus: Corpus;
before(async () => {
  corpus = new Corpus(new MemoryWorkspace(files), { roots: ['/corpus'] });
  assert.equal((await corpus.refresh()).documents, 5, 'the sample corpus has five documents');
});

interface Case {
  name: string;
  quote: string;
  sourceIds?: string[];
  status: QuoteCheck['status'];
  sourceId?: string;
  sentences?: number[];
  sourceText?: string;
  differences?: QuoteDifference[];
  message?: RegExp;
}

const BASW = 'basw-outsourcing-caution';
const TACT = 'tact-innovation';
const NCERCC = 'ncercc-outsourcing-key-sentences';
const CCN = 'ccn-future-of-childrens-social-care';

const CASES: Case[] = [
  {
    name: 'exact, in straight double quotes',
    quote: '"caution is needed in terms of regulating the sector going forward"',
    status: 'exact',
    sourceId: NCERCC,
    sentences: [17],
    sourceText: 'caution is needed in terms of regulating the sector going forward',
  },
  {
    name: 'exact across a line break in the source',
    quote: '\u201cduplication of efforts and competition for scarce specialist skills\u201d',
    status: 'exact',
    sourceId: CCN,
    sentences: [5],
    sourceText: 'duplication of efforts and competition for scarce specialist skills',
  },
  {
    name: 'exact: curly apostrophe in the source, straight in the quote',
    quote: '"many local authorities don\'t understand the role and significance of social work"',
    status: 'exact',
    sourceId: BASW,
    sentences: [6],
    sourceText: 'many local authorities don\u2019t understand the role and significance of social work',
  },
  {
    name: 'exact over two sentences',
    quote: '"that ship sailed years ago. Residential and foster care have been provided by private profit-making companies"',
    status: 'exact',
    sourceId: TACT,
    sentences: [6, 7],
    sourceText: 'that ship sailed years ago. Residential and foster care have been provided by private profit-making companies',
  },
  {
    name: 'exact with an ellipsis for omitted words',
    quote: '"Venture capitalists \u2026 are taking millions a year out of shrinking children\'s social care budgets."',
    status: 'exact',
    sourceId: TACT,
    sentences: [8],
    sourceText:
      'Venture capitalists, private investors and even overseas pensions funds are taking millions a year out of shrinking children\u2019s social care budgets',
  },
  {
    name: 'exact blockquote with "[...]" and leading "..."',
    quote: '> ... BASW chief executive Hilton Dawson said: [...] but have doubts about its successful\n> implementation.',
    status: 'exact',
    sourceId: BASW,
    sentences: [4],
    sourceText:
      'BASW chief executive Hilton Dawson said: \u201cWe agree with the principle, but have doubts about its successful implementation',
  },
  {
    name: 'exact blockquote with its attribution line',
    quote:
      '> Caution is needed in terms of regulating the sector going forward, as the role of for-profit provision cannot be replaced\n' +
      '>\n> \u2014 [@ncercc-outsourcing-key-sentences]',
    status: 'exact',
    sourceId: NCERCC,
    sentences: [17],
  },
  {
    name: 'misquote: a changed word',
    quote: '"In many local authorities, social workers are bullied by managers, directors and councillors"',
    status: 'misquote',
    sourceId: BASW,
    sentences: [8],
    sourceText: 'In many local authorities, social workers are cowed by managers, directors and councillors',
    differences: [{ kind: 'changed', quote: 'bullied', source: 'cowed' }],
    message: /^differs from the source: "bullied" where the source has "cowed"$/,
  },
  {
    name: 'misquote: a dropped word',
    quote: '"Venture capitalists, private investors and overseas pensions funds are taking millions a year"',
    status: 'misquote',
    sourceId: TACT,
    sentences: [8],
    sourceText: 'Venture capitalists, private investors and even overseas pensions funds are taking millions a year',
    differences: [{ kind: 'missing', source: 'even' }],
    message: /leaves out "even"/,
  },
  {
    name: 'misquote: an added word',
    quote:
      '"Designing commissioning practices that facilitate local, stable, and high-quality care should be a top policy and research priority going forward."',
    status: 'misquote',
    sourceId: NCERCC,
    sentences: [11],
    sourceText:
      'Designing commissioning practices that facilitate local, stable, and high-quality care should be a policy and research priority going forward',
    differences: [{ kind: 'added', quote: 'top' }],
    message: /"top" is not in the source/,
  },
  {
    name: 'misquote: a changed number',
    quote: '"There is much to be optimistic about in children\u2019s social work in 2016."',
    status: 'misquote',
    sourceId: TACT,
    sentences: [21],
    sourceText: 'There is much to be optimistic about in children\u2019s social work in 2015',
    differences: [{ kind: 'changed', quote: '2016', source: '2015' }],
    message: /"2016" where the source has "2015"/,
  },
  {
    name: 'misquote: "do not" for "don\u2019t" is one change',
    quote: '"many local authorities do not understand the role and significance of social work"',
    status: 'misquote',
    sourceId: BASW,
    sentences: [6],
    differences: [{ kind: 'changed', quote: 'do not', source: 'don\u2019t' }],
  },
  {
    name: 'misquote: an editorial insertion in square brackets counts as changed words',
    quote: '"[Councils] don\'t understand the role and significance of social work and therefore don\'t commission it properly"',
    status: 'misquote',
    sourceId: BASW,
    sentences: [6],
    differences: [{ kind: 'changed', quote: 'Councils', source: 'authorities', editorial: true }],
    message: /editorial insertion/,
  },
  {
    name: 'not found: a quote from nowhere',
    quote: '"Ministers promised to abolish all fees for residential care by the end of the decade"',
    status: 'not-found',
    message: /^not found in the corpus$/,
  },
  {
    name: 'not found: only a few shared words',
    quote: '"the local authority has been transformed beyond recognition by its new leaders"',
    status: 'not-found',
  },
  // The verifier looks only in the cited sources: the BASW sentence is not in TACT's article, and
  // nothing there is close, so it is 'not-found' (not a misquote of some unrelated TACT sentence).
  {
    name: 'not found in the wrong cited source',
    quote: '"many local authorities don\'t understand the role and significance of social work"',
    sourceIds: [TACT],
    status: 'not-found',
    message: /not found in the cited source \(tact-innovation\)/,
  },
  {
    name: 'exact in the right cited source',
    quote: '"many local authorities don\'t understand the role and significance of social work"',
    sourceIds: [TACT, BASW],
    status: 'exact',
    sourceId: BASW,
    sentences: [6],
  },
  {
    name: 'misquote within the cited source',
    quote: '"social workers are cowed by councillors"',
    sourceIds: [BASW],
    status: 'misquote',
    sourceId: BASW,
    sentences: [8],
    differences: [{ kind: 'missing', source: 'managers, directors and' }],
  },
  { name: 'no words at all', quote: '"\u2026 !"', status: 'not-found' },
];

for (const c of CASES) {
  test(`quote check: ${c.name}`, () => {
    const check = verifyQuote(corpus, c.quote, c.sourceIds ? { sourceIds: new Set(c.sourceIds) } : {});
    assert.equal(check.status, c.status, `${c.quote}\n${JSON.stringify(check, null, 1)}`);
    if (c.sourceId) assert.equal(check.sourceId, c.sourceId);
    if (c.sentences) assert.deepEqual(check.sentences, c.sentences);
    if (c.sourceText) assert.equal(check.sourceText, c.sourceText);
    if (c.differences) assert.deepEqual(check.differences, c.differences);
    if (c.message) assert.match(check.message, c.message);
    if (c.status === 'exact') assert.deepEqual(check.differences, []);
    if (c.status === 'exact') assert.equal(check.similarity, 1);
    if (c.status === 'misquote') assert.ok(check.similarity >= 0.65 && check.similarity < 1, `similarity ${check.similarity}`);
    if (c.status === 'not-found') assert.equal(check.sourceId, undefined);
    else assertLocated(check);
  });
}

/** The reported span is the source's own text at the reported place, in the file as stored. */
function assertLocated(check: QuoteCheck): void {
  const doc = corpus.document(check.sourceId!);
  assert.ok(doc, check.sourceId);
  assert.equal(check.file, doc.file);
  const { start, end } = check as Required<QuoteCheck>;
  assert.ok(start >= 0 && end > start, `offsets [${start}, ${end})`);
  // Offsets are of the matched words themselves, inside the reported sentences.
  const sentences = check.sentences!.map((i) => doc.sentences[i]);
  assert.ok(start >= sentences[0].start && end <= sentences[sentences.length - 1].end);
  check.sentences!.forEach((i, k) => k === 0 || assert.equal(i, check.sentences![k - 1] + 1, 'consecutive sentences'));
  const fileText = new TextDecoder().decode(files[doc.file]);
  assert.equal(spanText(fileText, start, end), check.sourceText, 'sourceText is the file text at [start, end), white space normalised');
  assert.deepEqual(check.range, corpus.lineIndex(doc.sourceId)!.rangeOf(start, end));
  assert.equal(check.sourceText!.slice(-1).match(/[\p{L}\p{N}]/u)?.length, 1, 'the span ends on a word');
}

test('a quote across a line break maps to a two-line range', () => {
  const check = verifyQuote(corpus, 'duplication of efforts and competition for scarce specialist skills');
  assert.ok(check.range && check.range.end.line === check.range.start.line + 1, JSON.stringify(check.range));
  const text = corpus.document(CCN)!.text.slice(check.start, check.end);
  assert.equal(text, 'duplication of efforts and competition\nfor scarce specialist skills');
});

test('sources with markup and entities: offsets go through the gaps', async () => {
  const md = 'The **council** said it would cut 45% of &amp; the budget in 2019.\n';
  const html = '<p>The council&rsquo;s plan &amp; budget were <b>cut</b> by 45% in 2019.</p>';
  const small = new Corpus(new MemoryWorkspace({ '/c/a.md': md, '/c/b.html': html }), { roots: ['/c'] });
  await small.refresh();
  const misquote = verifyQuote(small, '"the council said it would cut 54% of the budget in 2019"');
  assert.equal(misquote.status, 'misquote');
  assert.deepEqual(misquote.differences, [{ kind: 'changed', quote: '54%', source: '45%' }]);
  assert.equal(misquote.sourceText, 'The council said it would cut 45% of & the budget in 2019');
  assert.equal(md.slice(misquote.start, misquote.end), 'The **council** said it would cut 45% of &amp; the budget in 2019');
  const exact = verifyQuote(small, '"council\'s plan & budget were cut by 45%"');
  assert.equal(exact.status, 'exact');
  assert.equal(exact.sourceId, 'b');
  assert.equal(exact.sourceText, 'council\u2019s plan & budget were cut by 45%');
  assert.equal(html.slice(exact.start, exact.end), 'council&rsquo;s plan &amp; budget were <b>cut</b> by 45%');
  const doc = small.document('b')!;
  const gaps = doc.sentences[0].gaps!.filter(([s, e]) => s >= exact.start! && e <= exact.end!);
  assert.equal(spanText(doc.text, exact.start!, exact.end!, gaps), exact.sourceText);
});

test('quote words: folding, numbers, footnote markers, ellipses', () => {
  assert.deepEqual(
    tokenize('Don\u2019t cut 1,234 places \u2013 45% by 2019.').map((t) => t.norm),
    ["don't", 'cut', '1234', 'places', '45%', 'by', '2019'],
  );
  const marked = tokenize('as set out in statutory guidance.2 It is');
  assert.deepEqual(
    marked.filter((t) => t.footnote).map((t) => t.norm),
    ['2'],
  );
  assert.deepEqual(
    tokenize('in 2019.5 of them').map((t) => t.norm),
    ['in', '2019.5', 'of', 'them'],
  );
  const q = quoteWords('\u2026 one two ... three [\u2026] four. . .');
  assert.deepEqual(
    q.tokens.map((t) => t.norm),
    ['one', 'two', 'three', 'four'],
  );
  assert.deepEqual(q.fragmentStart, [false, false, true, true]);
});

test('word alignment: local, ellipsis gaps free, footnotes skippable, mixed runs are one change', () => {
  // source: 0 a 1 b 2 c 3 d 4 e ; quote ids are the same numbers
  const inside = alignWords([1, 2, 3], [0, 1, 2, 3, 4]);
  assert.deepEqual([inside.cost, inside.sourceStart, inside.sourceEnd, inside.similarity], [0, 1, 4, 1]);
  const gap = alignWords([0, 1, 4], [0, 1, 2, 3, 4], { fragmentStart: [false, false, true] });
  assert.equal(gap.cost, 0);
  const noGap = alignWords([0, 1, 4], [0, 1, 2, 3, 4]);
  assert.deepEqual(noGap.diffs, [{ kind: 'missing', quoteFrom: -1, quoteTo: -1, sourceFrom: 2, sourceTo: 4 }]);
  assert.equal(alignWords([0, 1, 3], [0, 1, 9, 3], { skippable: [false, false, true, false] }).cost, 0);
  const mixed = alignWords([0, 7, 8, 3], [0, 1, 3]);
  assert.deepEqual(mixed.diffs, [{ kind: 'changed', quoteFrom: 1, quoteTo: 3, sourceFrom: 1, sourceTo: 2 }]);
  // Stray single matches do not count towards similarity: only matches next to another match do.
  const stray = alignWords([0, 5, 2, 6, 4], [0, 1, 2, 3, 4]);
  assert.equal(stray.matched, 3);
  assert.equal(stray.similarity, 0);
});
