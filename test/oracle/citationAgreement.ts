/**
 * Figures for the citation oracle: how far a draft reader agrees with pandoc
 * on the corpus, per citation (keys matched per draft as multisets; modes and
 * locators over the citations whose key matches, in order).
 * `node --import tsx test/oracle/citationAgreement.ts [module exporting parseDraft]`
 */
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import type { Citation } from '../../server/src/engine/draft/draftTypes.js';
import { loadDrafts, pandocReadings, sourcedReading } from './citationOracle.js';

const modulePath = process.argv[2] ? pathToFileURL(resolve(process.argv[2])).href : '../../server/src/engine/draft/parseDraft.js';
const { parseDraft } = (await import(modulePath)) as { parseDraft: (t: string) => { citations: Citation[] } };
const drafts = loadDrafts();
const readings = await pandocReadings(drafts.map((d) => d.text));
let pandoc = 0;
let sourced = 0;
let keys = 0;
let modes = 0;
let locators = 0;
let whole = 0;
for (const [i, draft] of drafts.entries()) {
  const p = readings[i];
  const s = sourcedReading(
    parseDraft(draft.text).citations.map((c) => (c.mode || c.key === undefined ? c : { ...c, mode: legacyMode(c, draft.text) })),
    draft.text,
  );
  pandoc += p.length;
  sourced += s.length;
  const left = [...s];
  for (const r of p) {
    const k = left.findIndex((x) => x.key === r.key);
    if (k < 0) continue;
    keys++;
    if (left[k].mode === r.mode) modes++;
    if (left[k].locator === r.locator) locators++;
    left.splice(k, 1);
  }
  if (JSON.stringify(p.map((r) => [r.key, r.mode, r.locator])) === JSON.stringify(s.map((r) => [r.key, r.mode, r.locator]))) whole++;
}
const pct = (n: number, d: number) => `${((100 * n) / Math.max(d, 1)).toFixed(1)}%`;
console.log(`drafts ${drafts.length}, agreeing wholly ${whole} (${pct(whole, drafts.length)})`);
console.log(
  `pandoc citations ${pandoc}, Sourced citations ${sourced}, keys matched ${keys}: missed ${pandoc - keys}, invented ${sourced - keys}`,
);
console.log(`key agreement ${pct(keys, pandoc + sourced - keys)} (matched / union)`);
console.log(`modes agree on ${modes} of ${keys} matched (${pct(modes, keys)}), locators on ${locators} (${pct(locators, keys)})`);

/** A reader from before modes were reported: a citation starting at `[` is bracketed, `-@` suppresses the author. */
function legacyMode(c: Citation, text: string): Citation['mode'] {
  if (text[c.start] !== '[') return 'author-in-text';
  return text[c.keyStart - 2] === '-' ? 'suppress-author' : 'normal';
}
