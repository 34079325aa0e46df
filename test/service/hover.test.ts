/**
 * Hover through the language service, in memory: each case is a draft with
 * the cursor at $$CURSOR$$, whether the draft is checked first, and what
 * the Markdown must (and must not) say.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { createHarness, type Harness } from '../helpers/serviceHarness.js';

let h: Harness;
before(async () => {
  h = await createHarness();
});

const CASES: Array<{ name: string; draft: string; check: boolean; expect: RegExp[]; not?: RegExp[] }> = [
  {
    name: 'a citation: the source card with the matching passage',
    draft: 'In many councils social workers are cowed by managers and councillors [@basw-out$$CURSOR$$sourcing-caution].',
    check: false,
    expect: [
      /^\*\*BASW\u2019s caution/,
      /basw\\-outsourcing\\-caution\.txt, line 8\]\(file:\/\/\/corpus\/basw-outsourcing-caution\.txt#L8\)/,
      /Cited once in this draft/,
    ],
  },
  {
    name: 'an unknown key: not a source, with the suggestion',
    draft: 'Private companies have provided care for years [@tact-inov$$CURSOR$$ation].',
    check: true,
    expect: [/\\@tact\\-inovation is not a source in the corpus\. Did you mean \\@tact\\-innovation\?/],
  },
  {
    name: 'an exact quotation: quoted exactly, bold in its context',
    draft:
      'BASW warned that "local authorities tend to demonstrate a very $$CURSOR$$limited understanding ' +
      'of some of their most important services" [@basw-outsourcing-caution].',
    check: true,
    expect: [/^\*\*Quoted exactly\*\* from/, /\*\*Local authorities tend to demonstrate a very limited understanding/],
  },
  {
    name: 'a quotation that is nowhere: not found in the cited source',
    draft: 'BASW said "purple $$CURSOR$$elephants dance on the town hall roof every Tuesday" [@basw-outsourcing-caution].',
    check: true,
    expect: [/^\*\*Quotation not found\*\* in \\@basw\\-outsourcing\\-caution\./],
  },
  {
    name: 'an unsupported claim with evidence: verdict and source first, the passage once, the fix',
    draft:
      'There is a severe shortage of appropriate and available $$CURSOR$$placements for children in care, and this harms the placement process.',
    check: true,
    expect: [/^\*\*Evidence\*\* \u00b7 /, /\n\n> The severe shortage of appropriate/, /cites no source/, /Quick fix \(Ctrl\+\.\): Cite /],
    not: [/severe shortage of appropriate[\s\S]*severe shortage of appropriate/],
  },
  {
    name: 'a flagged claim without evidence still shows its finding',
    draft: 'In 2023, 47% of lighthouse keepers in Ruritania were $$CURSOR$$paid less than the minimum wage.',
    check: true,
    expect: [
      /^\*\*This states something checkable/,
      /nothing in the corpus supports it|cites no source/,
      /Quick fix \(Ctrl\+\.\): Mark as not a claim/,
    ],
  },
  {
    name: 'plain prose: nothing',
    draft: 'We recommend that the council $$CURSOR$$reviews its strategy.',
    check: true,
    expect: [],
  },
];

for (const c of CASES) {
  test(`hover on ${c.name}`, async () => {
    const { doc, offset } = h.open(`hover-${c.name.length}-${c.expect.length}.md`, c.draft);
    if (c.check) await h.service.diagnostics(doc);
    const got = await h.service.hover(doc, offset);
    if (c.expect.length === 0) return assert.equal(got, null);
    assert.ok(got, 'a hover');
    for (const re of c.expect) assert.match(got.markdown, re);
    for (const re of c.not ?? []) assert.doesNotMatch(got.markdown, re);
  });
}

test("a source's markup in a hover is escaped", async () => {
  const hostile = await createHarness({
    sources: { 'hostile.txt': 'Hostile\n\nPanels should [click](command:x.y) review special guardianship orders every year.\n' },
  });
  const { doc, offset } = hostile.open('h.md', 'Panels should review special guardianship orders every year [@hos$$CURSOR$$tile].');
  const got = await hostile.service.hover(doc, offset);
  assert.ok(got);
  assert.doesNotMatch(got.markdown, /\]\(command:/);
  assert.match(got.markdown, /\\\[click\\\]\\\(command\\:x\.y\\\)/);
});
