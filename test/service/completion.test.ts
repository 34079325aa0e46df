/**
 * Completion through the language service: keys after `[@` (fuzzy, the
 * typed part replaced), quotes after `"` or on request (verbatim passage with
 * its citation, supporting ones first), nothing in headings or code.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { createHarness, type Harness } from '../helpers/serviceHarness.js';
import type { CompletionTrigger } from '../../server/src/service/completion.js';

let h: Harness;
before(async () => {
  h = await createHarness();
});

const CASES: Array<{ name: string; draft: string; trigger: CompletionTrigger; first?: RegExp; insert?: RegExp; none?: boolean }> = [
  {
    name: 'a key after [@',
    draft: 'Care is costly [@innov$$CURSOR$$',
    trigger: { kind: 'character', character: '@' },
    first: /^tact-innovation$/,
    insert: /^tact-innovation$/,
  },
  { name: 'a key by its title', draft: 'As @basw$$CURSOR$$', trigger: { kind: 'invoked' }, first: /^basw-outsourcing-caution$/ },
  {
    name: 'a quote on request',
    draft: 'There is a severe shortage of placements for children in care $$CURSOR$$',
    trigger: { kind: 'invoked' },
    insert: /^\u201c?"?.*severe shortage.*" \[@ncercc-outsourcing-key-sentences/,
  },
  { name: 'nothing in a heading', draft: '# Severe shortage of $$CURSOR$$', trigger: { kind: 'invoked' }, none: true },
  { name: 'nothing after a plain space', draft: 'Care is $$CURSOR$$', trigger: { kind: 'character', character: ' ' }, none: true },
];

for (const c of CASES) {
  test(`completion: ${c.name}`, async () => {
    const { doc, offset } = h.open('completion.md', c.draft);
    const list = await h.service.completion(doc, offset, c.trigger);
    if (c.none) return assert.ok(list === null || list.items.length === 0, JSON.stringify(list));
    assert.ok(list && list.items.length > 0, 'items');
    const first = list.items[0];
    if (c.first) assert.match(first.label, c.first);
    if (c.insert) assert.match(first.edit.newText, c.insert);
    // The edit replaces what was typed of the key (or the trigger), ending at the cursor.
    assert.deepEqual(first.edit.range.end, { line: 0, character: offset });
  });
}
