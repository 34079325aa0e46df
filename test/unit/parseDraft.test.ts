/**
 * Reading drafts: which sentences are analysed and their exact ranges
 * (⟦…⟧ markers in the fixtures), each citation form and where its key is,
 * footnotes, blockquotes, quotations across soft line breaks and emphasis,
 * tables, suppression comments, front matter, CRLF, and a 10,000-line draft.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDraft } from '../../server/src/engine/draft/parseDraft.js';
import { stripMarkers } from '../helpers/markers.js';

/** Each ⟦…⟧ marks one analysed sentence, in order; nothing else may be analysed. */
const SENTENCE_CASES: Array<{ name: string; marked: string }> = [
  { name: 'paragraph with two sentences', marked: '⟦Referrals rose by 12% in 2023.⟧ ⟦The council should act.⟧\n' },
  { name: 'soft line break inside a sentence', marked: '⟦Referrals rose\nby 12% in 2023.⟧\n' },
  { name: 'emphasis, links and inline code inside', marked: '⟦Referrals **rose** by [12%](https://x.org) in `2023`.⟧\n' },
  {
    name: 'headings and code blocks are skipped',
    marked: '# Referrals rose by 12%\n\n```\nReferrals rose by 12%.\n```\n\n⟦Spending fell.⟧\n',
  },
  { name: 'list items', marked: '- ⟦Referrals rose by 12%.⟧\n- ⟦Spending fell by 3%.⟧\n' },
  { name: 'table cells', marked: '| ⟦Year⟧ | ⟦Rate⟧ |\n|---|---|\n| ⟦2023⟧ | ⟦Rates fell by 5%.⟧ |\n' },
  { name: 'blockquote', marked: '> ⟦Caution is needed in regulating the sector.⟧\n' },
  { name: 'CRLF line ends', marked: '⟦Referrals rose\r\nby 12%.⟧ ⟦Spending fell.⟧\r\n\r\n⟦Next paragraph.⟧\r\n' },
  { name: 'citation after the full stop belongs to the sentence', marked: '⟦Referrals rose by 12%. [@ofsted]⟧ ⟦Spending fell.⟧\n' },
  { name: 'sourced-ignore skips the next paragraph only', marked: '<!-- sourced-ignore -->\nReferrals rose by 12%.\n\n⟦Spending fell.⟧\n' },
  {
    name: 'sourced-disable region',
    marked: '⟦One.⟧\n\n<!-- sourced-disable -->\n\nTwo rose 5%.\n\nThree fell 4%.\n\n<!-- sourced-enable -->\n\n⟦Four.⟧\n',
  },
  { name: 'front matter sourced: false disables the file', marked: '---\nsourced: false\n---\nReferrals rose by 12%.\n' },
  { name: 'only front matter', marked: '---\ntitle: Nothing here\n---\n' },
  {
    name: 'HTML comments and images are not prose',
    marked: '<!-- a note: rates rose 5% -->\n\n![Rates rose by 50%](chart.png)\n\n⟦Rates rose.⟧\n',
  },
];

for (const c of SENTENCE_CASES) {
  test(`draft sentences: ${c.name}`, () => {
    const { text, ranges } = stripMarkers(c.marked);
    const draft = parseDraft(text);
    assert.deepEqual(
      draft.sentences.map((s) => [s.start, s.end]),
      ranges,
      `sentences: ${JSON.stringify(draft.sentences.map((s) => text.slice(s.start, s.end)))}`,
    );
  });
}

/** ⟦…⟧ mark each citation key (or footnote mark / link) in order. */
const CITATION_CASES: Array<{
  name: string;
  marked: string;
  keys: Array<string | undefined>;
  locators?: Array<string | undefined>;
  pages?: Array<number | undefined>;
}> = [
  { name: 'bracketed key', marked: 'Rates rose [@⟦ofsted-2023⟧].\n', keys: ['ofsted-2023'] },
  { name: 'key with page locator', marked: 'Rates rose [@⟦ofsted⟧, p. 4].\n', keys: ['ofsted'], locators: ['p. 4'], pages: [4] },
  { name: 'two keys', marked: 'Rates rose [@⟦a⟧; @⟦b⟧].\n', keys: ['a', 'b'] },
  { name: 'prefix and page range', marked: 'Rates rose [see @⟦dfe⟧, pp. 3-5].\n', keys: ['dfe'], locators: ['pp. 3-5'], pages: [3] },
  { name: 'in-text key', marked: 'As @⟦smith2020⟧ shows, rates rose.\n', keys: ['smith2020'] },
  { name: 'an e-mail address is not a citation', marked: 'Write to jo@example.org about rates.\n', keys: [] },
  { name: 'link to a corpus file', marked: 'See ⟦[the report](corpus/report.txt)⟧ for rates.\n', keys: [undefined] },
  { name: 'a web link is not a source citation', marked: 'See [the site](https://example.org) for rates.\n', keys: [] },
  { name: 'footnote with a citation', marked: 'Rates rose by 5%.⟦[^1]⟧\n\n[^1]: From [@ons].\n', keys: ['ons'] },
  {
    name: 'a handle inside a quotation is quoted text',
    marked: 'The centre said "follow the work on Twitter: @ReesCentre" [@⟦rees⟧].\n',
    keys: ['rees'],
  },
  {
    name: 'a handle inside a blockquote is quoted text',
    marked: '> Follow the research on Twitter: @ReesCentre\n>\n> [@⟦rees⟧]\n',
    keys: ['rees'],
  },
];

for (const c of CITATION_CASES) {
  test(`draft citations: ${c.name}`, () => {
    const { text, ranges } = stripMarkers(c.marked);
    const [sentence] = parseDraft(text).sentences;
    const cites = sentence?.citations ?? [];
    assert.deepEqual(
      cites.map((x) => x.key),
      c.keys,
    );
    assert.deepEqual(
      cites.map((x) => [x.keyStart, x.keyEnd]),
      ranges,
    );
    if (c.locators)
      assert.deepEqual(
        cites.map((x) => x.locator),
        c.locators,
      );
    if (c.pages)
      assert.deepEqual(
        cites.map((x) => x.page),
        c.pages,
      );
  });
}

/** ⟦…⟧ mark each citation's page part, the span a page fix rewrites; pages are [first, last]. */
const PAGE_CASES: Array<{ name: string; marked: string; pages: Array<[number, number]> }> = [
  { name: 'p. 4', marked: 'Rates rose [@a, ⟦p. 4⟧].\n', pages: [[4, 4]] },
  { name: 'p 4, no full stop', marked: 'Rates rose [@a, ⟦p 4⟧].\n', pages: [[4, 4]] },
  { name: 'pp. 3-5 after a prefix', marked: 'Rates rose [see @a, ⟦pp. 3-5⟧].\n', pages: [[3, 5]] },
  { name: 'an en-dash range', marked: 'Rates rose [@a, ⟦pp. 3\u20135⟧].\n', pages: [[3, 5]] },
  { name: 'an abbreviated range: pp. 123-5 is 123 to 125', marked: 'Rates rose [@a, ⟦pp. 123-5⟧].\n', pages: [[123, 125]] },
  { name: 'a backwards range is one page', marked: 'Rates rose [@a, ⟦pp. 9-3⟧].\n', pages: [[9, 9]] },
  { name: 'a chapter before the page', marked: 'Rates rose [@a, chapter 2, ⟦p. 7⟧].\n', pages: [[7, 7]] },
  {
    name: 'each citation of a group its own',
    marked: 'Rates rose [@a, ⟦p. 1⟧; @b, ⟦pp. 2-3⟧].\n',
    pages: [
      [1, 1],
      [2, 3],
    ],
  },
  { name: 'in a footnote definition', marked: 'Rates rose.[^1]\n\n[^1]: See [@a, ⟦p. 12⟧].\n', pages: [[12, 12]] },
];

for (const c of PAGE_CASES) {
  test(`citation page locator: ${c.name}`, () => {
    const { text, ranges } = stripMarkers(c.marked);
    const cites = parseDraft(text).sentences.flatMap((s) => s.citations);
    assert.deepEqual(
      cites.map((x) => [x.pageStart, x.pageStop]),
      ranges,
    );
    assert.deepEqual(
      cites.map((x) => [x.page, x.pageEnd]),
      c.pages,
    );
  });
}

test('claim text drops bracketed citations and footnote marks but keeps the words', () => {
  const draft = parseDraft('Referrals rose by 12% in 2023 [@ofsted, p. 4].[^n]\n\n[^n]: [@dfe].\n');
  assert.equal(draft.sentences[0].claimText, 'Referrals rose by 12% in 2023.');
  assert.deepEqual(
    draft.sentences[0].citations.map((c) => c.key),
    ['ofsted', 'dfe'],
  );
});

/** ⟦…⟧ marks each quotation's words. */
const QUOTE_CASES: Array<{ name: string; marked: string; texts: string[] }> = [
  {
    name: 'straight quotes',
    marked: 'BASW said "⟦councils do not understand social work⟧" in 2012.\n',
    texts: ['councils do not understand social work'],
  },
  {
    name: 'curly quotes',
    marked: 'BASW said \u201c⟦councils do not understand social work⟧\u201d in 2012.\n',
    texts: ['councils do not understand social work'],
  },
  {
    name: 'across a soft line break',
    marked: 'BASW said "⟦councils do not\nunderstand social work⟧" in 2012.\n',
    texts: ['councils do not understand social work'],
  },
  {
    name: 'nested emphasis inside',
    marked: 'BASW said "⟦councils *do **not*** understand social work⟧" in 2012.\n',
    texts: ['councils do not understand social work'],
  },
  { name: 'three words are not a quotation', marked: 'The so-called "market for care" is small.\n', texts: [] },
];

for (const c of QUOTE_CASES) {
  test(`draft quotations: ${c.name}`, () => {
    const { text, ranges } = stripMarkers(c.marked);
    const quotes = parseDraft(text).sentences.flatMap((s) => s.quotations);
    assert.deepEqual(
      quotes.map((q) => q.text),
      c.texts,
    );
    assert.deepEqual(
      quotes.map((q) => [q.start, q.end]),
      ranges,
    );
  });
}

test('a blockquote is one quotation, and its citation applies to every sentence in it', () => {
  const draft = parseDraft('> Caution is needed in regulating the sector. It cannot be replaced quickly.\n>\n> \u2014 [@ncercc]\n');
  assert.equal(draft.sentences.length >= 2, true);
  for (const s of draft.sentences) {
    assert.deepEqual(
      s.citations.map((c) => c.key),
      ['ncercc'],
    );
    assert.equal(s.quotations[0]?.kind, 'blockquote');
    assert.equal(s.quotations[0]?.text, 'Caution is needed in regulating the sector. It cannot be replaced quickly.');
  }
});

test('a 10,000-line draft is read whole, every range inside the text', () => {
  const text = Array.from({ length: 5000 }, (_, i) => `Referrals rose by ${i % 97}% in ${2000 + (i % 25)} [@src${i % 7}].\n`).join('\n');
  const draft = parseDraft(text);
  assert.equal(draft.sentences.length, 5000);
  for (const s of draft.sentences) assert.ok(s.start >= 0 && s.end <= text.length && s.start < s.end);
  assert.equal(draft.citations.length, 5000);
});

test('a paragraph with 10,000 citations is read whole, each citation on its own sentence', () => {
  const text = `${Array.from({ length: 10000 }, (_, i) => `Claim ${i} rose by ${i % 90}% [@source-${i % 7}].`).join(' ')}\n`;
  const draft = parseDraft(text);
  assert.equal(draft.citations.length, 10000);
  assert.equal(draft.sentences.length, 10000);
  assert.ok(draft.sentences.every((s, i) => s.citations.length === 1 && s.citations[0].key === `source-${i % 7}`));
});

test('deeply nested lists and blockquotes are read without overflowing', () => {
  const lists = Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}- item ${i} rose by ${i}%`).join('\n');
  const quotes = `${'> '.repeat(300)}Deep quote says rates rose by 5%.`;
  const mixed = `${Array.from({ length: 60 }, (_, i) => `${'> '.repeat(i + 1)}- `).join('')}mixed`;
  const draft = parseDraft(`${lists}\n\n${quotes}\n\n${mixed}\n`);
  assert.ok(draft.sentences.length > 0);
  assert.ok(draft.sentences.every((s) => s.start >= 0 && s.end <= draft.text.length));
});

test('a draft with 1,600 footnotes: every footnote citation reaches its sentence', () => {
  const body = Array.from({ length: 1600 }, (_, i) => `Rates rose by ${i % 90}% in area ${i}.[^n${i}]`).join('\n\n');
  const notes = Array.from({ length: 1600 }, (_, i) => `[^n${i}]: From [@source-${i % 5}].`).join('\n');
  const draft = parseDraft(`${body}\n\n${notes}\n`);
  assert.equal(draft.sentences.length, 1600);
  assert.ok(draft.sentences.every((s, i) => s.citations.length === 1 && s.citations[0].key === `source-${i % 5}`));
});
