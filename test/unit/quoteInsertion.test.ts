/**
 * What Sourced writes into a draft: quotes with their citation (inline and
 * blockquote, with and without a page, spaced for where they land) and the
 * quick-fix edits for unsupported claims (cite, quote, ignore). Each result
 * is read back with the draft reader: the quotation must be the passage,
 * word for word, and the citation must belong to the claim.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  blockquote,
  citationText,
  inlineQuote,
  quoteInsertion,
  quoteText,
  type QuotedPassage,
} from '../../server/src/engine/cite/quoteInsertion.js';
import {
  applyEdits,
  blockquoteEdits,
  citationOffset,
  citeEdit,
  ignoreEdit,
  inlineQuoteEdit,
} from '../../server/src/engine/cite/claimEdits.js';
import { paragraphAt } from '../../server/src/engine/draft/cursorContext.js';
import { parseDraft } from '../../server/src/engine/draft/parseDraft.js';
import { normalizeWhitespace } from '../../server/src/engine/text/normalize.js';
import { stripCursor, stripMarkers } from '../helpers/markers.js';

const SHORTAGE: QuotedPassage = {
  text: 'The severe shortage of appropriate and available children\u2019s social care placements is detrimental to the placement process for children in care.',
  sourceId: 'ncercc-outsourcing-key-sentences',
};
const PAGED: QuotedPassage = { text: 'Respite breaks were offered to 40 families.', sourceId: 'kinship-pilot', page: 2 };
const WITH_QUOTES: QuotedPassage = { text: 'Officials called it "a postcode lottery" for families.', sourceId: 'x' };
const NO_STOP: QuotedPassage = { text: 'A classic example of councils not understanding social work', sourceId: 'basw' };

const FORMS: Array<{ name: string; passage: QuotedPassage; style: 'inline' | 'blockquote'; expected: string }> = [
  { name: 'inline, no page', passage: SHORTAGE, style: 'inline', expected: `"${SHORTAGE.text}" [@ncercc-outsourcing-key-sentences]` },
  {
    name: 'inline with a page',
    passage: PAGED,
    style: 'inline',
    expected: '"Respite breaks were offered to 40 families." [@kinship-pilot, p. 2]',
  },
  {
    name: 'inline, passage with straight quotes, uses curly ones',
    passage: WITH_QUOTES,
    style: 'inline',
    expected: '\u201cOfficials called it "a postcode lottery" for families.\u201d [@x]',
  },
  {
    name: 'blockquote with a page',
    passage: PAGED,
    style: 'blockquote',
    expected: '> Respite breaks were offered to 40 families.\n>\n> [@kinship-pilot, p. 2]',
  },
  { name: 'blockquote, no page', passage: NO_STOP, style: 'blockquote', expected: `> ${NO_STOP.text}\n>\n> [@basw]` },
];

for (const c of FORMS) {
  test(`quote form: ${c.name}`, () => {
    assert.equal(quoteText(c.passage, c.style), c.expected);
  });
}

test('citation text: a page only when there is one', () => {
  assert.equal(citationText('a'), '[@a]');
  assert.equal(citationText('a', 12), '[@a, p. 12]');
});

/** ‸ marks where the quote is inserted (replacing nothing). */
const PLACED: Array<{ name: string; marked: string; passage: QuotedPassage; style: 'inline' | 'blockquote'; expected: string }> = [
  {
    name: 'inline after a word gets a space',
    marked: 'As the research put it‸',
    passage: PAGED,
    style: 'inline',
    expected: `As the research put it ${inlineQuote(PAGED)}`,
  },
  {
    name: 'inline after a space gets none',
    marked: 'As the research put it: ‸',
    passage: PAGED,
    style: 'inline',
    expected: `As the research put it: ${inlineQuote(PAGED)}`,
  },
  {
    name: 'inline before a word gets a space after',
    marked: 'The study ‸shows this.',
    passage: PAGED,
    style: 'inline',
    expected: `The study ${inlineQuote(PAGED)} shows this.`,
  },
  { name: 'inline at a line start', marked: 'Intro.\n\n‸', passage: PAGED, style: 'inline', expected: `Intro.\n\n${inlineQuote(PAGED)}` },
  {
    name: 'blockquote on an empty line',
    marked: 'Intro paragraph.\n\n‸',
    passage: PAGED,
    style: 'blockquote',
    expected: `Intro paragraph.\n\n${blockquote(PAGED)}`,
  },
  {
    name: 'blockquote mid-line becomes its own block',
    marked: 'Respite was offered‸ to families.',
    passage: PAGED,
    style: 'blockquote',
    expected: `Respite was offered\n\n${blockquote(PAGED)}\n\n to families.`,
  },
  {
    name: 'blockquote before a paragraph leaves a blank line',
    marked: 'Intro.\n\n‸\nNext paragraph.',
    passage: PAGED,
    style: 'blockquote',
    expected: `Intro.\n\n${blockquote(PAGED)}\n\nNext paragraph.`,
  },
  {
    name: 'blockquote in a CRLF draft',
    marked: 'Intro.\r\n\r\n‸',
    passage: PAGED,
    style: 'blockquote',
    expected: `Intro.\r\n\r\n${blockquote(PAGED, '\r\n')}`,
  },
];

for (const c of PLACED) {
  test(`quote insertion: ${c.name}`, () => {
    const { text, cursor } = stripCursor(c.marked);
    const lineStart = text.lastIndexOf('\n', cursor - 1) + 1;
    const lineEnd = text.indexOf('\n', cursor) < 0 ? text.length : text.indexOf('\n', cursor);
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const after = text
      .slice(lineEnd)
      .replace(/^\r?\n/, '')
      .split(/\r?\n/)[0];
    const inserted = quoteInsertion(c.passage, c.style, {
      lineBefore: text.slice(lineStart, cursor),
      lineAfter: text.slice(cursor, lineEnd).replace(/\r$/, ''),
      nextLineHasText: lineEnd < text.length && after.trim() !== '',
      eol,
    });
    const result = text.slice(0, cursor) + inserted + text.slice(cursor);
    assert.equal(result, c.expected);
    assertQuotes(result, c.passage);
  });
}

/** The draft reader sees the passage, word for word, as a quotation citing its source (and page). */
function assertQuotes(draft: string, passage: QuotedPassage): void {
  const parsed = parseDraft(draft);
  const sentence = parsed.sentences.find((s) => s.quotations.some((q) => q.text === normalizeWhitespace(passage.text)));
  assert.ok(
    sentence,
    `no quotation of the passage in ${JSON.stringify(draft)}: ${JSON.stringify(parsed.sentences.map((s) => s.quotations))}`,
  );
  const cite = sentence.citations.find((c) => c.key === passage.sourceId);
  assert.ok(cite, `the quotation does not cite @${passage.sourceId}`);
  assert.equal(cite.page, passage.page);
}

for (const passage of [SHORTAGE, PAGED, WITH_QUOTES, NO_STOP]) {
  test(`the draft reader reads back the inline and blockquote forms of "${passage.text.slice(0, 30)}…"`, () => {
    assertQuotes(`Intro sentence here.\n\n${quoteText(passage, 'blockquote')}\n`, passage);
    assertQuotes(`The report said ${quoteText(passage, 'inline')}.\n`, passage);
  });
}

/** ⟦…⟧ marks the claim; `cite` is the text after citing it with @ons. */
const CITE: Array<{ name: string; marked: string; cited: string; page?: number }> = [
  { name: 'before the full stop', marked: '⟦Rates rose by 12%.⟧\n', cited: 'Rates rose by 12% [@ons].\n' },
  { name: 'before a question mark', marked: '⟦Did rates rise by 12%?⟧\n', cited: 'Did rates rise by 12% [@ons]?\n' },
  { name: 'before an ellipsis', marked: '⟦Rates rose and rose\u2026⟧\n', cited: 'Rates rose and rose [@ons]\u2026\n' },
  { name: 'after a closing quote mark', marked: '⟦He said "rates rose."⟧\n', cited: 'He said "rates rose." [@ons]\n' },
  { name: 'at the end without punctuation', marked: '- ⟦Rates rose by 12%⟧\n', cited: '- Rates rose by 12% [@ons]\n' },
  {
    name: 'in the middle of a paragraph',
    marked: 'Costs fell. ⟦Rates rose by 12%.⟧ Staff left.\n',
    cited: 'Costs fell. Rates rose by 12% [@ons]. Staff left.\n',
  },
  { name: 'with a page', marked: '⟦Rates rose by 12%.⟧\n', cited: 'Rates rose by 12% [@ons, p. 4].\n', page: 4 },
];

for (const c of CITE) {
  test(`cite edit: ${c.name}`, () => {
    const { text, ranges } = stripMarkers(c.marked);
    const [start, end] = ranges[0];
    const result = applyEdits(text, [citeEdit(text, start, end, 'ons', c.page)]);
    assert.equal(result, c.cited);
    const claim = parseDraft(result).sentences.find((s) => /ates r/.test(s.claimText));
    assert.deepEqual(
      claim?.citations.map((x) => x.key),
      ['ons'],
      'the citation belongs to the claim',
    );
  });
}

test('citation offset ignores trailing white space', () => {
  const text = 'Rates rose.  ';
  assert.equal(citationOffset(text, 0, text.length), 10);
});

const QUOTE_FIX: Array<{ name: string; marked: string; passage: QuotedPassage; expected: string }> = [
  {
    name: "a passage ending a sentence replaces the claim's full stop",
    marked: '⟦There is a severe shortage of placements.⟧\n',
    passage: SHORTAGE,
    expected: `There is a severe shortage of placements: "${SHORTAGE.text}" [@ncercc-outsourcing-key-sentences]\n`,
  },
  {
    name: "a passage without a full stop keeps the claim's",
    marked: '⟦Councils misunderstand social work.⟧ Next.\n',
    passage: NO_STOP,
    expected: `Councils misunderstand social work: "${NO_STOP.text}" [@basw]. Next.\n`,
  },
  {
    name: 'a claim ending in a quotation gets the quote after it',
    marked: '⟦He said "it works."⟧\n',
    passage: PAGED,
    expected: `He said "it works." ${inlineQuote(PAGED)}\n`,
  },
];

for (const c of QUOTE_FIX) {
  test(`insert supporting quote (inline): ${c.name}`, () => {
    const { text, ranges } = stripMarkers(c.marked);
    const result = applyEdits(text, [inlineQuoteEdit(text, ranges[0][0], ranges[0][1], c.passage)]);
    assert.equal(result, c.expected);
    assertQuotes(result, c.passage);
  });
}

test('insert supporting quote (blockquote): cites the claim and quotes after its paragraph', () => {
  const { text, ranges } = stripMarkers(
    'Intro.\n\nCosts fell. ⟦There is a severe shortage of placements.⟧\nMore text.\n\nNext paragraph.\n',
  );
  const [start, end] = ranges[0];
  const result = applyEdits(text, blockquoteEdits(text, start, end, paragraphAt(text, start)[1], SHORTAGE));
  assert.equal(
    result,
    `Intro.\n\nCosts fell. There is a severe shortage of placements [@ncercc-outsourcing-key-sentences].\n` +
      `More text.\n\n${blockquote(SHORTAGE)}\n\nNext paragraph.\n`,
  );
  assertQuotes(result, SHORTAGE);
});

const IGNORE: Array<{ name: string; marked: string; expected: string }> = [
  {
    name: 'a paragraph',
    marked: 'Intro.\n\nOur survey found that ⟦9 in 10 carers⟧ would foster.\n',
    expected: 'Intro.\n\n<!-- sourced-ignore -->\nOur survey found that 9 in 10 carers would foster.\n',
  },
  {
    name: 'the second line of a paragraph',
    marked: 'Intro.\n\nOur survey found that\n⟦9 in 10 carers⟧ would foster.\n',
    expected: 'Intro.\n\n<!-- sourced-ignore -->\nOur survey found that\n9 in 10 carers would foster.\n',
  },
  {
    name: 'an indented paragraph',
    marked: '- Item.\n\n  Our survey found ⟦9 in 10⟧.\n',
    expected: '- Item.\n\n  <!-- sourced-ignore -->\n  Our survey found 9 in 10.\n',
  },
];

for (const c of IGNORE) {
  test(`mark as not a claim: ${c.name}`, () => {
    const { text, ranges } = stripMarkers(c.marked);
    const result = applyEdits(text, [ignoreEdit(text, paragraphAt(text, ranges[0][0])[0])]);
    assert.equal(result, c.expected);
    assert.ok(!parseDraft(result).sentences.some((s) => s.text.includes('9 in 10')), 'the paragraph is no longer checked');
  });
}
