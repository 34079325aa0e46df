/**
 * Cursor context in drafts: ‸ is the cursor, ⟦…⟧ the range the completion
 * replaces (or, for locateInDraft, the citation or quotation found). Covers
 * every citation form, e-mail addresses, code, front matter, comments and
 * headings (nothing offered), the quote triggers (opening vs closing `"`, an
 * auto-closed pair, `>` and `> ` at a blockquote start), Ctrl+Space in and
 * after a paragraph, and the search query each yields.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { completionContext, locateInDraft, paragraphAt, type CompletionTrigger } from '../../server/src/engine/draft/cursorContext.js';
import { parseDraft } from '../../server/src/engine/draft/parseDraft.js';
import { stripCursor } from '../helpers/markers.js';

const invoked: CompletionTrigger = { kind: 'invoked' };
const typed = (character: string): CompletionTrigger => ({ kind: 'character', character });

interface Case {
  name: string;
  marked: string;
  trigger: CompletionTrigger;
  /** undefined: nothing is offered. */
  kind?: 'citation-key' | 'quote';
  prefix?: string;
  form?: 'inline' | 'blockquote';
  /** Words the search query must contain, and words it must not. */
  query?: string[];
  notInQuery?: string[];
}

const CASES: Case[] = [
  { name: 'typing a key after [@', marked: 'Rates rose [@⟦ofs‸⟧].', trigger: typed('@'), kind: 'citation-key', prefix: 'ofs' },
  { name: 'just after [@ (auto-closed bracket)', marked: 'Rates rose [@⟦‸⟧]', trigger: typed('@'), kind: 'citation-key', prefix: '' },
  {
    name: 'Ctrl+Space in the middle of an in-text key replaces the whole key',
    marked: 'As @⟦smi‸th2020⟧ shows, rates rose.',
    trigger: invoked,
    kind: 'citation-key',
    prefix: 'smi',
  },
  {
    name: 'a key after a prefix, before a locator',
    marked: 'Rates rose [see @⟦dfe‸⟧, p. 4].',
    trigger: invoked,
    kind: 'citation-key',
    prefix: 'dfe',
  },
  { name: 'the second key of a group', marked: 'Rates rose [@a; @⟦b‸⟧].', trigger: invoked, kind: 'citation-key', prefix: 'b' },
  { name: 'a suppressed-author key', marked: 'Rates rose [-@⟦sm‸⟧].', trigger: invoked, kind: 'citation-key', prefix: 'sm' },
  { name: 'an e-mail address is not a citation', marked: 'Write to jo@‸', trigger: typed('@') },
  { name: 'inline code', marked: 'Run `npm i @typ‸`', trigger: typed('@') },
  { name: 'a fenced code block', marked: 'Intro.\n\n```\n@decorator\nx = "‸\n```\n', trigger: typed('"') },
  { name: 'front matter', marked: '---\nauthor: "‸\n---\nText.\n', trigger: typed('"') },
  { name: 'an HTML comment', marked: 'Text.\n\n<!-- note [@ab‸ -->\n', trigger: typed('@') },
  { name: 'a heading', marked: '# Spending on placements rose sharply ‸', trigger: invoked },
  {
    name: 'an opening quote mark after a lead-in',
    marked: 'BASW warned that local authorities have a limited understanding of their services ⟦"‸⟧',
    trigger: typed('"'),
    kind: 'quote',
    form: 'inline',
    query: ['local authorities', 'limited understanding'],
  },
  {
    name: 'an auto-closed pair of quote marks is replaced whole',
    marked: 'Local authorities have a limited understanding of their services, BASW said ⟦"‸"⟧ in 2012.',
    trigger: typed('"'),
    kind: 'quote',
    form: 'inline',
    query: ['limited understanding'],
  },
  {
    name: 'a short lead-in searches with the sentence before it',
    marked: 'There is a severe shortage of placements for children in care. The research says ⟦"‸⟧',
    trigger: typed('"'),
    kind: 'quote',
    form: 'inline',
    query: ['severe shortage', 'research says'],
  },
  { name: 'a closing quote mark offers nothing', marked: 'He said "rates rose quickly in the county"‸ and left.', trigger: typed('"') },
  {
    name: '"> " opening a blockquote after a paragraph',
    marked: 'Caution is needed in regulating the sector going forward.\n\n⟦> ‸⟧',
    trigger: typed(' '),
    kind: 'quote',
    form: 'blockquote',
    query: ['Caution is needed'],
  },
  {
    name: '">" alone at a line start',
    marked: 'Caution is needed in regulating the sector going forward.\n\n⟦>‸⟧',
    trigger: typed('>'),
    kind: 'quote',
    form: 'blockquote',
    query: ['regulating the sector'],
  },
  { name: 'a space in prose offers nothing', marked: 'Rates rose ‸', trigger: typed(' ') },
  { name: '">" inside a sentence offers nothing', marked: 'If a >‸', trigger: typed('>') },
  { name: '"> " with nothing before it offers nothing', marked: '> ‸', trigger: typed(' ') },
  {
    name: 'Ctrl+Space at the end of a sentence',
    marked: 'Spending on residential placements rose by 38% between 2019 and 2023.⟦‸⟧',
    trigger: invoked,
    kind: 'quote',
    query: ['residential placements', '38%'],
  },
  {
    name: 'Ctrl+Space searches with the sentence at the cursor, not its neighbours',
    marked:
      'Referrals to children\u2019s services fell in most councils. ' +
      'Spending on resi‸dential placements rose by 38% between 2019 and 2023. Councils recruited more foster carers in the north.',
    trigger: invoked,
    kind: 'quote',
    query: ['Spending on residential placements'],
    notInQuery: ['Referrals', 'foster carers'],
  },
  {
    name: 'Ctrl+Space on the empty line after a paragraph',
    marked: 'Venture capitalists are taking millions out of social care budgets.\n\n⟦‸⟧',
    trigger: invoked,
    kind: 'quote',
    query: ['Venture capitalists'],
  },
  { name: 'Ctrl+Space in an empty draft', marked: '‸', trigger: invoked },
  {
    name: 'citations and the typed trigger stay out of the query',
    marked: 'Councils face a severe shortage of placements [@ncercc]. Residential care costs rose sharply in 2023 ⟦"‸⟧',
    trigger: typed('"'),
    kind: 'quote',
    form: 'inline',
    query: ['Residential care costs'],
    notInQuery: ['ncercc', '"'],
  },
  {
    name: 'a paragraph marked sourced-ignore still has a sentence to quote for',
    marked: '<!-- sourced-ignore -->\nOur survey found that nine in ten carers would recommend fostering.⟦‸⟧',
    trigger: invoked,
    kind: 'quote',
    query: ['nine in ten carers'],
  },
];

for (const c of CASES) {
  test(`completion context: ${c.name}`, () => {
    const { text, cursor, ranges } = stripCursor(c.marked);
    const got = completionContext(text, cursor, c.trigger);
    if (!c.kind) {
      assert.equal(got.kind, 'none', JSON.stringify(got));
      return;
    }
    assert.equal(got.kind, c.kind, JSON.stringify(got));
    assert.deepEqual([got.replaceStart, got.replaceEnd], ranges[0] ?? [cursor, cursor]);
    if (got.kind === 'citation-key') assert.equal(got.prefix, c.prefix);
    if (got.kind === 'quote') {
      assert.equal(got.form, c.form);
      for (const words of c.query ?? []) assert.ok(got.query.includes(words), `query "${got.query}" should contain "${words}"`);
      for (const words of c.notInQuery ?? []) assert.ok(!got.query.includes(words), `query "${got.query}" should not contain "${words}"`);
    }
  });
}

test("completion context: the text around the insertion and the draft's line break", () => {
  const { text, cursor } = stripCursor('Costs rose sharply in the county last year ‸ and more.\r\nNext line.\r\n');
  const got = completionContext(text, cursor, invoked);
  assert.equal(got.kind, 'quote');
  if (got.kind !== 'quote') return;
  assert.equal(got.lineBefore, 'Costs rose sharply in the county last year ');
  assert.equal(got.lineAfter, ' and more.');
  assert.equal(got.nextLineHasText, true);
  assert.equal(got.eol, '\r\n');
});

interface LocateCase {
  name: string;
  /** ⟦…⟧ marks what is expected: the whole citation, or the quotation's words. */
  marked: string;
  expect: 'citation' | 'quotation' | 'sentence' | 'nothing';
  key?: string;
}

const LOCATE: LocateCase[] = [
  { name: 'inside a bracketed key', marked: 'Rates rose ⟦[@ofs‸ted, p. 4]⟧.\n', expect: 'citation', key: 'ofsted' },
  { name: 'on the opening bracket', marked: 'Rates rose ⟦‸[@ofsted]⟧.\n', expect: 'citation', key: 'ofsted' },
  { name: 'just after the closing bracket', marked: 'Rates rose ⟦[@ofsted]⟧‸.\n', expect: 'citation', key: 'ofsted' },
  { name: 'the second key of a group', marked: 'Rates rose ⟦[@a; @b‸b]⟧.\n', expect: 'citation', key: 'a' },
  { name: 'an in-text key', marked: 'As ⟦@smi‸th⟧ shows, rates rose.\n', expect: 'citation', key: 'smith' },
  {
    name: "a footnote mark stands for its footnote's citation",
    marked: 'Rates rose by 5%.⟦[^‸1]⟧\n\n[^1]: From [@ons].\n',
    expect: 'citation',
    key: 'ons',
  },
  { name: 'inside quoted words', marked: 'BASW said "⟦councils do not ‸understand social work⟧" in 2012 [@basw].\n', expect: 'quotation' },
  { name: 'on the opening quote mark', marked: 'BASW said ‸"⟦councils do not understand social work⟧" in 2012.\n', expect: 'quotation' },
  { name: 'a sentence with neither', marked: 'Rates ‸rose by 5%.\n', expect: 'sentence' },
  { name: 'a heading', marked: '# Rates ‸rose\n', expect: 'nothing' },
];

for (const c of LOCATE) {
  test(`locate in draft: ${c.name}`, () => {
    const { text, cursor, ranges } = stripCursor(c.marked);
    const at = locateInDraft(parseDraft(text), cursor);
    if (c.expect === 'nothing') {
      assert.deepEqual(at, {});
      return;
    }
    assert.ok(at.sentence, 'a sentence');
    if (c.expect === 'citation') {
      assert.equal(at.citation?.key, c.key);
      assert.deepEqual([at.citation!.start, at.citation!.end], ranges[0]);
    } else assert.equal(at.citation, undefined);
    if (c.expect === 'quotation') assert.deepEqual([at.quotation?.start, at.quotation?.end], ranges[0]);
    else assert.equal(at.quotation, undefined);
  });
}

const PARAGRAPHS: Array<{ name: string; marked: string }> = [
  { name: 'one line', marked: 'Intro.\n\n⟦Rates ‸rose.⟧\n\nNext.\n' },
  { name: 'several lines', marked: '⟦Rates rose\nby 5% ‸in 2023\nand fell.⟧\n\nNext.' },
  { name: 'a blockquote paragraph ends at a bare ">" line', marked: '⟦> Caution is ‸needed.⟧\n>\n> \u2014 [@x]\n' },
  { name: 'CRLF', marked: 'Intro.\r\n\r\n⟦Rates ‸rose.\r\nAnd fell.⟧\r\n\r\nNext.' },
];

for (const c of PARAGRAPHS) {
  test(`paragraph bounds: ${c.name}`, () => {
    const { text, cursor, ranges } = stripCursor(c.marked);
    assert.deepEqual(paragraphAt(text, cursor), ranges[0]);
  });
}
