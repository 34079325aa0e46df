/**
 * Quick fixes through the language service, from the findings it published
 * (with their data, or without it as some clients send them back): each
 * code's first fix and what it writes; and the references section.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { createHarness, type Harness } from '../helpers/serviceHarness.js';
import { LineIndex } from '../../server/src/engine/text/lineIndex.js';
import { InsertReferencesKind } from '../../server/src/protocol.js';

let h: Harness;
before(async () => {
  h = await createHarness();
});

function apply(
  text: string,
  edits: Array<{ range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }>,
): string {
  const lines = new LineIndex(text);
  const spans = edits
    .map((e) => ({ start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end), newText: e.newText }))
    .sort((a, b) => b.start - a.start);
  return spans.reduce((t, e) => t.slice(0, e.start) + e.newText + t.slice(e.end), text);
}

const CASES: Array<{ name: string; draft: string; code: string; title: RegExp; after: RegExp }> = [
  {
    name: 'unsupported claim: cite the source',
    draft:
      'There is a severe shortage of appropriate and available placements for children in care, and this harms the placement process.\n',
    code: 'unsupported-claim',
    title: /^Cite .*\(@ncercc-outsourcing-key-sentences\)$/,
    after: /placement process \[@ncercc-outsourcing-key-sentences\]\.\n$/,
  },
  {
    name: "misquote: the source's wording",
    draft:
      'BASW warned that "local authorities tend to demonstrate a limited understanding ' +
      'of some of their most important services" [@basw-outsourcing-caution].\n',
    code: 'misquote',
    title: /^Replace with the source's wording/,
    after: /"Local authorities tend to demonstrate a very limited understanding of some of their most important services"/,
  },
  {
    name: 'unknown key: the close key',
    draft: 'Private companies have provided care for years [@tact-inovation].\n',
    code: 'unknown-source',
    title: /^Change to @tact-innovation$/,
    after: /\[@tact-innovation\]/,
  },
];

for (const c of CASES) {
  for (const withData of [true, false]) {
    test(`code action for ${c.name}${withData ? '' : ' (the client dropped the data)'}`, async () => {
      const { doc } = h.open(`actions-${c.code}.md`, c.draft);
      const result = await h.service.diagnostics(doc);
      assert.ok(result.kind === 'checked');
      const finding = result.findings.find((f) => f.code === c.code);
      assert.ok(finding, `a ${c.code} finding`);
      const data = withData ? { evidence: finding.evidence, suggestions: finding.suggestions, ...(finding.data ?? {}) } : undefined;
      const actions = await h.service.codeActions(doc, { findings: [{ code: c.code, range: finding.range, data }], lazyEdits: false });
      const first = actions.find((a) => a.kind === 'quickfix');
      assert.ok(first?.edits, JSON.stringify(actions));
      assert.match(first.title, c.title);
      assert.equal(first.fixes, 0);
      assert.match(apply(doc.text, first.edits), c.after);
    });
  }
}

test('the references section: offered lazily, resolved to a list of the cited sources', async () => {
  const { doc } = h.open('references.md', 'Social workers are cowed by managers [@basw-outsourcing-caution].\n');
  const lazy = await h.service.codeActions(doc, { findings: [], lazyEdits: true });
  const offered = lazy.find((a) => a.kind === InsertReferencesKind);
  assert.ok(offered && !offered.edits && offered.data?.version === doc.version);
  const resolved = await h.service.resolveReferences(doc);
  assert.ok(resolved?.edits);
  assert.match(apply(doc.text, resolved.edits), /## References[\s\S]*BASW/);
});
