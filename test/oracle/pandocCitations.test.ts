/**
 * Differential test: every draft in test/oracle/citations is read by pandoc
 * (`pandoc -f markdown -t json`) and by Sourced's parseDraft, and both must
 * find the same citations in the same order, with the same key, mode,
 * prefix, suffix and locator (mapping and normalisation: citationOracle.ts).
 * Needs pandoc on PATH: `npm run test:oracle` installs it (setup.sh).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDraft } from '../../server/src/engine/draft/parseDraft.js';
import { loadDrafts, pandocReadings, show, sourcedReading } from './citationOracle.js';

const drafts = loadDrafts();
const readings = await pandocReadings(drafts.map((d) => d.text));

test('the citation corpus holds at least 220 drafts, most of them with citations', () => {
  assert.ok(drafts.length >= 220, `${drafts.length} drafts`);
  assert.ok(readings.filter((r) => r.length > 0).length >= 180);
});

for (const [i, draft] of drafts.entries()) {
  test(`Sourced reads citations as pandoc does: ${draft.file} / ${draft.name}`, () => {
    const pandoc = readings[i];
    const sourced = sourcedReading(parseDraft(draft.text).citations, draft.text);
    assert.deepEqual(sourced, pandoc, `draft:\n${draft.text}\npandoc reads:\n${show(pandoc)}\nSourced reads:\n${show(sourced)}`);
  });
}
