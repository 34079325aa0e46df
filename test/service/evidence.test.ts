/**
 * Show evidence through the language service: for each sentence of the
 * paragraph at the cursor, its best passages, those that support it first;
 * ranked once per version (a second request searches nothing).
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { createHarness, type Harness } from '../helpers/serviceHarness.js';

let h: Harness;
before(async () => {
  h = await createHarness();
});

const DRAFT =
  '# Title\n\nThere is a severe shortage of placements for children in care. ' +
  'Social workers are $$CURSOR$$cowed by managers.\n\nAnother paragraph about budgets.\n';

test('evidence for the paragraph at the cursor: its sentences, supporting passages first', async () => {
  const { doc, offset } = h.open('evidence.md', DRAFT);
  const got = await h.service.evidence(doc, offset);
  assert.ok(got);
  assert.deepEqual(
    got.claims.map((c) => c.text),
    ['There is a severe shortage of placements for children in care.', 'Social workers are cowed by managers.'],
  );
  assert.equal(got.paragraph.start.line, 2);
  for (const claim of got.claims) {
    assert.ok(claim.evidence.length > 0 && claim.evidence.length <= 5);
    const firstRelated = claim.evidence.findIndex((e) => !e.supports);
    if (firstRelated >= 0)
      assert.ok(
        claim.evidence.slice(firstRelated).every((e) => !e.supports),
        'supporting passages first',
      );
    for (const e of claim.evidence) assert.match(e.insertText, new RegExp(`\\[@${e.sourceId}`));
  }
  assert.equal(got.claims[1].evidence[0].sourceId, 'basw-outsourcing-caution');
});

test('a second request for the same version searches nothing', async () => {
  const { doc, offset } = h.open('evidence-twice.md', DRAFT);
  await h.service.evidence(doc, offset);
  h.resetCounts();
  await h.service.evidence(doc, offset);
  assert.equal(h.counts.search, 0);
});
