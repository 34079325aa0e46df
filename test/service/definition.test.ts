/**
 * Go to definition through the language service: the range's text in the
 * source is the passage meant (for `p. N` the page's first passage, else the
 * best match for the sentence; for a quotation the quoted span).
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createHarness, type Harness } from '../helpers/serviceHarness.js';
import { LineIndex } from '../../server/src/engine/text/lineIndex.js';
import { sampleCorpusDir } from '../helpers/paths.js';
import { PAGED_SOURCE } from '../helpers/lspWorkspace.js';

let h: Harness;
before(async () => {
  h = await createHarness({ sources: { 'kinship-pilot.txt': PAGED_SOURCE } });
});

function sourceText(uri: string): string {
  const name = uri.split('/').pop()!;
  return name === 'kinship-pilot.txt' ? PAGED_SOURCE : readFileSync(`${sampleCorpusDir}/${name}`, 'utf8');
}

const CASES: Array<{ name: string; draft: string; expect: RegExp | null }> = [
  {
    name: 'a citation: the best match',
    draft: 'Social workers are cowed by managers and councillors [@basw-out$$CURSOR$$sourcing-caution].',
    expect: /cowed by managers/,
  },
  {
    name: 'a citation with a page: the page',
    draft: 'Respite was offered to families [@kinship-pilot, p.$$CURSOR$$ 2].',
    expect: /^Second page/,
  },
  {
    name: 'a quotation: the quoted span',
    draft:
      'BASW warned that "local authorities tend to demonstrate a very $$CURSOR$$limited understanding ' +
      'of some of their most important services" [@basw-outsourcing-caution].',
    expect: /^Local authorities tend to demonstrate a very limited understanding of some of their most important services$/,
  },
  { name: 'an unknown key: nowhere', draft: 'Care is costly [@nob$$CURSOR$$ody].', expect: null },
  { name: 'plain prose: nowhere', draft: 'Care is $$CURSOR$$costly.', expect: null },
];

for (const c of CASES) {
  test(`definition of ${c.name}`, async () => {
    const { doc, offset } = h.open('definition.md', c.draft);
    const got = await h.service.definition(doc, offset);
    if (!c.expect) return assert.equal(got, null);
    assert.ok(got, 'a location');
    const text = sourceText(got.uri);
    const lines = new LineIndex(text);
    assert.match(text.slice(lines.offsetAt(got.range.start), lines.offsetAt(got.range.end)), c.expect);
  });
}
