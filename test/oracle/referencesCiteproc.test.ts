/**
 * Reference lists as citeproc renders them: `sourced references` against
 * `pandoc --citeproc`, entry by entry, for the three styles Sourced offers
 * (Harvard Cite Them Right, APA 7th, Chicago author-date: the same CSL XML,
 * written out for pandoc, with the vendored en-GB locale's terms) and both
 * bibliography formats (the same 69 works as BibTeX, referencesEntries.bib,
 * and as CSL-JSON, referencesEntries.json: organisations' reports, guidance,
 * Acts, articles with DOIs, books, chapters, web pages, theses, 1 to 10
 * authors, corporate authors, no date, same author and year, braced proper
 * nouns, acronyms, subtitles, accents, particles, editions, page ranges).
 *
 * At least 95% of the entries agree in every style and format, and every
 * difference left is named below with its reason: the test fails when a new
 * difference appears and when a named one disappears (then delete its row).
 * Where pandoc breaks a CSL rule, Sourced keeps the rule.
 *
 * Needs pandoc (test/oracle/setup.sh installs Debian's; written against
 * 2.17.1.1). Figures: `node --import tsx --test test/oracle/referencesCiteproc.test.ts`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../helpers/paths.js';
import { normalise, pandocEntries, pandocVersion, sourcedEntries, writeStyle, type BibFormat } from './referencesOracle.js';
import type { ReferenceStyle } from '../../server/src/engine/cite/referenceList.js';

const STYLES: ReferenceStyle[] = ['harvard', 'apa', 'chicago'];
const FILES: Record<BibFormat, string> = {
  bibtex: join(repoRoot, 'test', 'oracle', 'referencesEntries.bib'),
  'csl-json': join(repoRoot, 'test', 'oracle', 'referencesEntries.json'),
};
const AGREEMENT = 0.95;

interface NamedDifference {
  id: string;
  style: ReferenceStyle;
  formats: BibFormat[];
  /** Text in Sourced's entry and in pandoc's (normalised) that shows the difference is the one named. */
  sourced: string;
  pandoc: string;
  reason: string;
}

const LEGISLATION_LABEL =
  'pandoc pluralises the label of a number with one number in it ("Pub. L. Nos. C. 41"): CSL 1.0.2, cs:label, plural="contextual" ' +
  'makes a term plural only when the variable holds several numbers ("2-4", "2, 4", "2 & 4"); "c. 41" (an Act\'s chapter) holds one. ' +
  'Sourced (citeproc-js) writes "Pub. L. No. C. 41", as APA\'s label-number macro asks.';

const NAMED: NamedDifference[] = [
  {
    id: 'childrenact1989',
    style: 'apa',
    formats: ['bibtex', 'csl-json'],
    sourced: 'Pub. L. No. C. 41',
    pandoc: 'Pub. L. Nos. C. 41',
    reason: LEGISLATION_LABEL,
  },
  {
    id: 'familiesact2014',
    style: 'apa',
    formats: ['bibtex', 'csl-json'],
    sourced: 'Pub. L. No. C. 6',
    pandoc: 'Pub. L. Nos. C. 6',
    reason: LEGISLATION_LABEL,
  },
  {
    id: 'socialworkact2017',
    style: 'apa',
    formats: ['bibtex', 'csl-json'],
    sourced: 'Pub. L. No. C. 16',
    pandoc: 'Pub. L. Nos. C. 16',
    reason: LEGISLATION_LABEL,
  },
];

const version = pandocVersion();
const work = mkdtempSync(join(tmpdir(), 'sourced-references-oracle-'));

test('pandoc is installed (test/oracle/setup.sh)', () => {
  assert.ok(version, "pandoc is not on PATH: run test/oracle/setup.sh (Debian's pandoc) before npm run test:oracle");
});

test('the two bibliographies hold the same works, at least 60', () => {
  const bibKeys = [...readFileSync(FILES.bibtex, 'utf8').matchAll(/^@\w+\{([^,\s]+),/gm)].map((m) => m[1]).sort();
  const jsonKeys = (JSON.parse(readFileSync(FILES['csl-json'], 'utf8')) as Array<{ id: string }>).map((e) => e.id).sort();
  assert.ok(bibKeys.length >= 60, `${bibKeys.length} entries`);
  assert.deepEqual(bibKeys, jsonKeys);
});

for (const style of STYLES) {
  for (const format of ['bibtex', 'csl-json'] as BibFormat[]) {
    test(`${style} from ${format}: entries agree with pandoc --citeproc but for the named differences`, async (t) => {
      const csl = await writeStyle(work, style);
      const theirs = pandocEntries(FILES[format], csl, work);
      const ours = await sourcedEntries(FILES[format], format, style);
      const ids = [...new Set([...theirs.keys(), ...ours.keys()])].sort();
      const differing = new Map<string, { sourced: string; pandoc: string }>();
      for (const id of ids) {
        const pair = { sourced: normalise(ours.get(id) ?? '(no entry)'), pandoc: normalise(theirs.get(id) ?? '(no entry)') };
        if (pair.sourced !== pair.pandoc) differing.set(id, pair);
      }
      const agreement = (ids.length - differing.size) / ids.length;
      t.diagnostic(
        `${style} ${format}: ${ids.length - differing.size}/${ids.length} entries agree (${(agreement * 100).toFixed(1)}%), ${version}`,
      );

      const named = NAMED.filter((n) => n.style === style && n.formats.includes(format));
      const unexpected = [...differing].filter(([id]) => !named.some((n) => n.id === id));
      assert.deepEqual(
        unexpected.map(([id, d]) => `${id}\n  sourced: ${d.sourced}\n  pandoc:  ${d.pandoc}`),
        [],
        'a difference not named in NAMED: fix Sourced, or name it with its reason',
      );
      const gone = named.filter((n) => !differing.has(n.id)).map((n) => n.id);
      assert.deepEqual(gone, [], 'a named difference is gone: delete its row from NAMED');
      for (const n of named) {
        const d = differing.get(n.id)!;
        assert.ok(
          d.sourced.includes(n.sourced) && d.pandoc.includes(n.pandoc),
          `${n.id} differs otherwise than named:\n  sourced: ${d.sourced}\n  pandoc:  ${d.pandoc}`,
        );
      }
      assert.ok(
        ids.length >= 60 && theirs.size === ids.length && ours.size === ids.length,
        `pandoc rendered ${theirs.size}, Sourced ${ours.size} of ${ids.length}`,
      );
      assert.ok(agreement >= AGREEMENT, `${(agreement * 100).toFixed(1)}% agree, under ${AGREEMENT * 100}%`);
    });
  }
}
