/**
 * The generated References section: each entry's format (missing fields,
 * Markdown characters in titles, unsafe URLs written as text), sorting,
 * where it goes (appended after a blank line whatever the draft's ending;
 * replacing its own earlier section, and only that, so running it twice
 * changes nothing), and that the draft reader neither checks the list nor
 * counts its keys as citations.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  buildReferencesSection,
  findGeneratedSection,
  referenceLine,
  referencesEdit,
  sortEntries,
  type ReferenceEntry,
} from '../../server/src/engine/cite/referencesSection.js';
import { applyEdits } from '../../server/src/engine/cite/claimEdits.js';
import { parseDraft } from '../../server/src/engine/draft/parseDraft.js';

const TACT: ReferenceEntry = {
  sourceId: 'tact-innovation',
  title: 'Innovation in children\u2019s services',
  author: 'Andy Elvin',
  publisher: 'The Guardian',
  date: '2015-02-02',
  url: 'http://www.theguardian.com/x',
};
const CCN: ReferenceEntry = {
  sourceId: 'ccn',
  title: 'The Future of Children\u2019s Social Care',
  publisher: 'County Councils Network',
  date: '2021',
};

const LINES: Array<{ name: string; entry: ReferenceEntry; expected: string }> = [
  {
    name: 'every field',
    entry: TACT,
    expected:
      '- Andy Elvin (2015-02-02). *Innovation in children\u2019s services*. The Guardian. <http://www.theguardian.com/x> `@tact-innovation`',
  },
  {
    name: 'publisher standing in for the author',
    entry: CCN,
    expected: '- County Councils Network (2021). *The Future of Children\u2019s Social Care*. `@ccn`',
  },
  { name: 'only a key', entry: { sourceId: 'bare' }, expected: '- *bare*. `@bare`' },
  { name: 'a date but no author', entry: { sourceId: 'd', title: 'T', date: '2020' }, expected: '- (2020). *T*. `@d`' },
  { name: 'a title ending in a question mark', entry: { sourceId: 'q', title: 'Is care working?' }, expected: '- *Is care working?* `@q`' },
  {
    name: 'Markdown and HTML in metadata are escaped',
    entry: { sourceId: 'evil', title: 'Evil <b>title</b> [x](command:foo) *now*', author: 'A_B' },
    expected: '- A\\_B. *Evil \\<b\\>title\\</b\\> \\[x\\](command:foo) \\*now\\**. `@evil`',
  },
  {
    name: 'a command URL is text, not a link',
    entry: { sourceId: 'u', title: 'T', url: 'command:workbench.action.terminal.new' },
    expected: '- *T*. command:workbench.action.terminal.new `@u`',
  },
];

for (const c of LINES) {
  test(`reference line: ${c.name}`, () => {
    assert.equal(referenceLine(c.entry), c.expected);
  });
}

test('entries sort by author (or publisher), then title', () => {
  const sorted = sortEntries([TACT, CCN, { sourceId: 'z', title: 'Alpha' }, { sourceId: 'b', author: 'Andy Elvin', title: 'Another' }]);
  assert.deepEqual(
    sorted.map((e) => e.sourceId),
    ['b', 'tact-innovation', 'ccn', 'z'],
  );
});

const APPEND: Array<{ name: string; draft: string; separator: string }> = [
  { name: 'a draft without a final line break', draft: 'Text.', separator: '\n\n' },
  { name: 'a draft with one', draft: 'Text.\n', separator: '\n' },
  { name: 'a draft ending in a blank line', draft: 'Text.\n\n', separator: '' },
  { name: 'an empty draft', draft: '', separator: '' },
];

for (const c of APPEND) {
  test(`references are appended after a blank line: ${c.name}`, () => {
    const result = applyEdits(c.draft, [referencesEdit(c.draft, [TACT])]);
    assert.equal(result, `${c.draft}${c.separator}${buildReferencesSection([TACT])}`);
  });
}

test('running it again replaces the generated section, leaving what follows', () => {
  const first = applyEdits('Text [@tact-innovation].\n', [referencesEdit('Text [@tact-innovation].\n', [TACT])]);
  const withMore = `${first}\n## Annex\n\nMore text.\n`;
  const again = applyEdits(withMore, [referencesEdit(withMore, [TACT, CCN])]);
  assert.equal(again, `Text [@tact-innovation].\n\n${buildReferencesSection([TACT, CCN])}\n## Annex\n\nMore text.\n`);
  assert.equal(applyEdits(again, [referencesEdit(again, [TACT, CCN])]), again, 'idempotent');
});

test('a hand-written References section is kept; the generated one goes after it', () => {
  const draft = 'Text.\n\n## References\n\n- My own list.\n';
  assert.equal(findGeneratedSection(draft), undefined);
  const result = applyEdits(draft, [referencesEdit(draft, [TACT])]);
  assert.ok(result.startsWith(draft), 'the hand-written section is untouched');
  assert.ok(result.endsWith(buildReferencesSection([TACT])));
});

test('a generated section whose enable comment was deleted ends at the next heading', () => {
  const draft = `Text.\n\n## References\n\n<!-- sourced-references -->\n- old\n\n## Annex\n\nKeep.\n`;
  const found = findGeneratedSection(draft);
  assert.deepEqual(found && draft.slice(found.start, found.end), '## References\n\n<!-- sourced-references -->\n- old\n\n');
});

test('CRLF drafts get CRLF sections', () => {
  const draft = 'Text.\r\n';
  const result = applyEdits(draft, [referencesEdit(draft, [TACT])]);
  assert.ok(!/[^\r]\n/.test(result), JSON.stringify(result));
});

test('the draft reader neither checks the list nor counts its keys as citations', () => {
  const draft = 'Rates rose by 12% in 2015 [@tact-innovation].\n';
  const before = parseDraft(draft);
  const after = parseDraft(applyEdits(draft, [referencesEdit(draft, [TACT, CCN])]));
  assert.deepEqual(
    after.sentences.map((s) => s.text),
    before.sentences.map((s) => s.text),
  );
  assert.deepEqual(
    after.citations.map((c) => c.key),
    ['tact-innovation'],
  );
});
