/**
 * A claim that names a council is searched in that council's documents too: an inspection report names its council
 * in its title, seldom in the sentence that holds the evidence, and a dozen other councils' shorter sentences on the
 * same subject outrank it corpus-wide. Also the name table itself: a key's or title's terms, and no table entry for a
 * word that heads too many documents to be a name.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import type { Corpus } from '../../server/src/engine/corpus/corpus.js';
import type { DraftChecker } from '../../server/src/engine/check/checkDraft.js';
import { memoryChecker } from '../helpers/verdictCases.js';

/** More councils than a name may head (see MAX_DOCUMENTS), each with a shorter sentence on the same subject. */
const DECOYS = Array.from({ length: 25 }, (_, i) => `town${String.fromCharCode(97 + i)}`);

const FILES: Record<string, string> = {
  '/corpus/sutton-inspection.txt': [
    'Inspection of Sutton children\u2019s services',
    '',
    'Leaders know their services well. However, at the time of the inspection, some brothers and sisters were ' +
      'placed apart against their best interests, and several children were living in residential settings due to a ' +
      'shortage of foster homes.',
    '',
  ].join('\n'),
};
for (const place of DECOYS)
  FILES[`/corpus/${place}-inspection.txt`] = [
    `Inspection of ${place[0].toUpperCase()}${place.slice(1)} children\u2019s services`,
    '',
    'Children were living in residential settings due to a shortage of foster homes.',
    '',
  ].join('\n');

// Other documents on other subjects, so that the claim's words are as rare as they are in a real corpus: then the
// shorter sentences outrank the Sutton one, and only the name sends the search to Sutton's report.
for (let i = 0; i < 300; i++)
  FILES[`/corpus/note-${i}.txt`] = `Note ${i}\n\nLeaders reviewed case file ${i} with the team manager on a Tuesday.\n`;

let corpus: Corpus;
let checker: DraftChecker;
before(async () => {
  ({ corpus, checker } = await memoryChecker(FILES));
});

test('an uncited claim naming a council finds the passage in its report, though others outrank it', () => {
  const [finding] = checker.check('In Sutton, children were living in residential settings due to a shortage of foster homes.\n');
  assert.equal(finding?.code, 'unsupported-claim');
  const best = finding.evidence[0];
  assert.equal(best?.sourceId, 'sutton-inspection', JSON.stringify(finding.evidence.map((e) => [e.sourceId, e.verdict])));
  assert.equal(best.verdict, 'supports');
  assert.match(finding.message, /^This states something checkable.*Supported by \[@sutton-inspection\]/);
});

test('the name table: a key or title term names its documents; a word heading every document names none', () => {
  assert.deepEqual([...(corpus.documentsNaming('sutton') ?? [])], ['sutton-inspection']);
  assert.deepEqual([...(corpus.documentsNaming('towna') ?? [])], ['towna-inspection']);
  assert.equal(corpus.documentsNaming('inspect'), undefined, 'in 26 heads: a word of the domain');
  assert.equal(corpus.documentsNaming('westshire'), undefined);
});
