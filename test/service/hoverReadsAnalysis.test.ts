/**
 * Features read the draft's analysis: once a draft version is checked, a
 * hover (or definition) on its citations, quotations and flagged sentences
 * runs no corpus search and no quote verification; the checker recorded
 * the citation sources, quote checks and cited passages. The corpus's
 * `search` and the service's quote verifier are wrapped to count calls.
 * Before the check, the same hover does search (the counter can fail).
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { createHarness, withCursor, type Harness } from '../helpers/serviceHarness.js';

const DRAFT = [
  'There is a severe shortage of appropriate and available placements for children in care, and this harms the placement process.',
  '',
  'In many councils social workers are cowed by managers and councillors [@basw-outsourcing-caution].',
  '',
  'BASW warned that "local authorities tend to demonstrate a very limited understanding of some of their most important services" [@basw-outsourcing-caution].',
  '',
  'BASW said "purple elephants dance on the town hall roof every Tuesday" [@basw-outsourcing-caution].',
  '',
  'Private companies have provided care for years [@tact-inovation].',
  '',
].join('\n');

/** Where the cursor goes, by a word it lands in. */
const SPOTS: Array<{ name: string; at: string }> = [
  { name: 'a flagged claim', at: 'available placements' },
  { name: 'a citation without a page', at: '@basw-outsourcing-caution]. \n' },
  { name: 'an exact quotation', at: 'very limited' },
  { name: 'a quotation that is not found', at: 'purple elephants' },
  { name: 'the citation after a quotation', at: '@basw-outsourcing-caution].\n\nBASW said' },
  { name: 'an unknown key', at: 'tact-inovation' },
];

function cursorAt(spot: string): number {
  const at = DRAFT.indexOf(spot.trim());
  assert.ok(at >= 0, `fixture has ${spot}`);
  return withCursor(`${DRAFT.slice(0, at + 3)}$$CURSOR$$${DRAFT.slice(at + 3)}`).offset;
}

let h: Harness;
before(async () => {
  h = await createHarness();
});

test('before the check, a hover on a quotation verifies it (the counter counts)', async () => {
  const { doc } = h.open('unchecked.md', DRAFT);
  h.resetCounts();
  await h.service.hover(doc, cursorAt('very limited'));
  assert.ok(h.counts.verify > 0, 'the unchecked draft needed a quote check');
});

for (const spot of SPOTS) {
  test(`after the check, hover and definition on ${spot.name} run no search and no quote check`, async () => {
    const { doc } = h.open('checked.md', DRAFT);
    const result = await h.service.diagnostics(doc);
    assert.equal(result.kind, 'checked');
    h.resetCounts();
    const hover = await h.service.hover(doc, cursorAt(spot.at));
    await h.service.definition(doc, cursorAt(spot.at));
    assert.ok(hover, 'a hover');
    assert.deepEqual(h.counts, { search: 0, verify: 0 });
  });
}

test('the same version is analysed once: a second check of it reuses the analysis', async () => {
  const { doc } = h.open('once.md', DRAFT);
  const first = h.service.analysis(doc);
  await h.service.diagnostics(doc);
  assert.equal(h.service.analysis(doc), first);
  const edited = h.open('once.md', `${DRAFT}More text.\n`).doc;
  assert.notEqual(h.service.analysis(edited), first);
});

test('quote completion on a sentence the check graded offers its finding’s passages, with no search', async () => {
  const claim = DRAFT.split('\n')[0];
  const draft = `${claim} $$CURSOR$$\n`;
  const unchecked = h.open('completion-unchecked.md', draft);
  h.resetCounts();
  const searched = await h.service.completion(unchecked.doc, unchecked.offset, { kind: 'invoked' });
  assert.ok(h.counts.search > 0, 'an unchecked draft is searched');
  const { doc, offset } = h.open('completion-checked.md', draft);
  const result = await h.service.diagnostics(doc);
  assert.equal(result.kind, 'checked');
  const finding = result.kind === 'checked' ? result.findings.find((d) => d.code === 'unsupported-claim') : undefined;
  assert.ok(finding && finding.evidence.length > 0, 'the claim is flagged with evidence');
  h.resetCounts();
  const list = await h.service.completion(doc, offset, { kind: 'invoked' });
  assert.deepEqual(h.counts, { search: 0, verify: 0 });
  assert.ok(list && searched, 'both offer quotes');
  assert.equal(list.items[0].data?.sourceId, finding.evidence[0].sourceId);
  assert.match(list.items[0].edit.newText, new RegExp(finding.evidence[0].text.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
});
