/**
 * Citations read as Pandoc reads them (pandocCitations.ts through parseDraft):
 * each key's exact span (⟦…⟧ in the fixture, in order), its mode, prefix,
 * suffix and locator, and why a citation Sourced reads is not checked. The
 * Pandoc oracle (test/oracle) compares the same reader with pandoc itself.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDraft } from '../../server/src/engine/draft/parseDraft.js';
import type { Citation } from '../../server/src/engine/draft/draftTypes.js';
import { stripMarkers } from '../helpers/markers.js';

type Expect = Partial<Pick<Citation, 'key' | 'mode' | 'prefix' | 'suffix' | 'locator' | 'page' | 'form' | 'unchecked'>>;

/** ⟦…⟧ marks each key of `model.citations`, in order; `cites` gives what is expected of each. */
const CASES: Array<{ name: string; marked: string; cites: Expect[] }> = [
  { name: 'normal', marked: 'Costs rose [@⟦a⟧].\n', cites: [{ key: 'a', mode: 'normal', form: 'bracket' }] },
  {
    name: 'suppress author',
    marked: 'Costs rose [-@⟦a⟧, p. 4].\n',
    cites: [{ key: 'a', mode: 'suppress-author', suffix: ', p. 4', locator: 'p. 4', page: 4 }],
  },
  { name: 'author in text', marked: 'As @⟦a⟧ shows, costs rose.\n', cites: [{ key: 'a', mode: 'author-in-text', form: 'in-text' }] },
  {
    name: 'prefix and suffix',
    marked: 'Costs rose [see @⟦a⟧, pp. 3-5 and elsewhere].\n',
    cites: [{ prefix: 'see', suffix: ', pp. 3-5 and elsewhere', locator: 'pp. 3-5 and elsewhere', page: 3 }],
  },
  {
    name: 'in-text with a bracketed locator',
    marked: 'As @⟦a⟧ [p. 45] shows.\n',
    cites: [{ key: 'a', mode: 'author-in-text', suffix: 'p. 45', locator: 'p. 45', page: 45 }],
  },
  {
    name: 'in-text followed by a group',
    marked: '@⟦a⟧ [-@⟦b⟧; @⟦c⟧] says so.\n',
    cites: [{ mode: 'author-in-text' }, { mode: 'suppress-author' }, { mode: 'normal' }],
  },
  { name: 'a key ends before a doubled hyphen', marked: 'As @⟦smith⟧--jones shows.\n', cites: [{ key: 'smith' }] },
  { name: 'a trailing full stop is not in the key', marked: 'So says @⟦smith2020⟧.\n', cites: [{ key: 'smith2020' }] },
  { name: 'internal punctuation is', marked: 'So says @⟦a:b.c/d⟧.\n', cites: [{ key: 'a:b.c/d' }] },
  {
    name: 'a braced key, inside its braces',
    marked: 'See @{⟦https://example.org/report--2⟧}.\n',
    cites: [{ key: 'https://example.org/report--2' }],
  },
  { name: 'a braced key with a space is none', marked: 'See @{Key_with spaces}.\n', cites: [] },
  { name: 'an escaped at sign is none', marked: 'Write \\@a to cite.\n', cites: [] },
  { name: 'an e-mail address is none', marked: 'Write to team@example.org.\n', cites: [] },
  { name: 'a handle inside an autolink is none', marked: 'See <https://example.org/@team/post>.\n', cites: [] },
  { name: 'code is none', marked: 'Type `[@a]` or\n\n```\n@b\n```\n', cites: [] },
  {
    name: 'example labels and references are none',
    marked: '(@good) Costs rose.\n\nAs (@good) shows [@⟦good⟧].\n',
    cites: [{ key: 'good', mode: 'normal' }],
  },
  {
    name: 'an item without a key: no group, an in-text citation',
    marked: 'Costs rose [@⟦key⟧; write to team@example.org].\n',
    cites: [{ key: 'key', mode: 'author-in-text', form: 'in-text' }],
  },
  { name: 'a semicolon in a prefix: no group', marked: 'Costs rose [by 5%; see @⟦key⟧, p. 2].\n', cites: [{ mode: 'author-in-text' }] },
  {
    name: 'a bracket broken across a line',
    marked: 'Costs rose [see\n@⟦a⟧, p.\n5].\n',
    cites: [{ prefix: 'see', locator: 'p. 5', page: 5 }],
  },
  { name: 'escaped brackets in a locator', marked: 'Costs rose [@⟦a⟧, p. \\[89\\]].\n', cites: [{ suffix: ', p. \\[89\\]' }] },
  {
    name: 'an inline note: two in-text citations',
    marked: 'Costs rose.^[See @⟦a⟧, p. 9, and @⟦b⟧.]\n',
    cites: [
      { key: 'a', form: 'footnote' },
      { key: 'b', form: 'footnote' },
    ],
  },
  { name: 'a heading: read, not checked', marked: '# Findings of @⟦a⟧\n\nCosts rose.\n', cites: [{ key: 'a', unchecked: 'heading' }] },
  {
    name: 'an image description: read, in no sentence',
    marked: '![Costs, says @⟦a⟧](c.png)\n',
    cites: [{ key: 'a', unchecked: 'no-sentence' }],
  },
  {
    name: 'a handle in a quotation: read, not checked',
    marked: 'They said "follow the work on Twitter: @⟦Rees⟧" [@⟦rees⟧].\n',
    cites: [{ unchecked: 'quoted' }, { key: 'rees' }],
  },
  {
    name: 'an ignored paragraph: read, suppressed',
    marked: '<!-- sourced-ignore -->\nCosts rose [@⟦a⟧].\n',
    cites: [{ unchecked: 'suppressed' }],
  },
  { name: 'a footnote no mark refers to is dropped, as by Pandoc', marked: 'Costs rose.\n\n[^x]: See [@a].\n', cites: [] },
  {
    name: 'a link definition that starts with a key is a citation',
    marked: '[@⟦a⟧, V.9]: https://example.org\n',
    cites: [{ key: 'a', suffix: ', V.9' }],
  },
];

for (const c of CASES) {
  test(`Pandoc citation: ${c.name}`, () => {
    const { text, ranges } = stripMarkers(c.marked);
    const cites = parseDraft(text).citations.filter((x) => x.key !== undefined);
    assert.deepEqual(
      cites.map((x) => [x.keyStart, x.keyEnd]),
      ranges,
      JSON.stringify(cites),
    );
    assert.equal(cites.length, c.cites.length);
    c.cites.forEach((want, i) => {
      const got = Object.fromEntries(Object.keys(want).map((k) => [k, cites[i][k as keyof Citation]]));
      assert.deepEqual(got, want, `citation ${i}: ${JSON.stringify(cites[i])}`);
    });
  });
}

test('an inline note cites its sentence, and its words are not the claim', () => {
  const [first, second] = parseDraft('Costs rose by 5%.^[See @a, p. 9.] Spending fell.\n').sentences;
  assert.deepEqual(
    first.citations.map((c) => c.key),
    ['a'],
  );
  assert.equal(first.claimText.includes('See'), false);
  assert.deepEqual(second.citations, []);
});

test('an in-text locator gives the page span a page fix rewrites', () => {
  const { text, ranges } = stripMarkers('As @a [⟦p. 45⟧] shows, costs rose.\n');
  const [c] = parseDraft(text).sentences[0].citations;
  assert.deepEqual([[c.pageStart, c.pageStop]], ranges);
});

test('a footnote definition citation keeps its own locator span and reports at its mark', () => {
  const { text, ranges } = stripMarkers('Costs rose.⟦[^1]⟧\n\n[^1]: @a [⟦p. 12⟧].\n');
  const [c] = parseDraft(text).sentences[0].citations;
  assert.deepEqual(
    [
      [c.keyStart, c.keyEnd],
      [c.pageStart, c.pageStop],
    ],
    ranges,
  );
  assert.equal(c.mode, 'author-in-text');
});
