/**
 * A source that judges ("continuity of worker has improved", "improved performance …, with 67% of children waiting
 * less than 18 months") bears out a claim that counts the same change the better way ("keep the same social worker
 * more often", "up from under half"), and only that way: more delay is no improvement, and a claim counted the worse
 * way is not borne out (nor contradicted: measureValence.ts is read only to bear a claim out). From the studied
 * probe5-tune and probe12 agreeing twins, whose correct citations were "does not say it 'up'" / "'more'".
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { betterWhenMore } from '../../server/src/engine/evidence/measureValence.js';
import { otherReports, verdictSuite, type VerdictCase } from '../helpers/verdictCases.js';

const OTHERS = otherReports(30, (i) => [
  `Children in Borough ${i} are visited by social workers, and adoption is considered for children who need it.`,
  `Borough ${i} reports how many children wait for adoption and how often children change social worker.`,
  'Children in care often keep the same school as before, and far more of them are seen at home than at the last visit.',
]);

const FILES = {
  ...OTHERS,
  '/corpus/eastshire-2025.txt': [
    'Inspection of Eastshire children\u2019s services',
    '',
    [
      '40.',
      'For children in care, the continuity of their social worker has improved significantly since the last inspection.',
      'This provides children with a consistent and trusted adult who understands their history.',
    ].join(' '),
    '',
    [
      '41.',
      'The local authority data show improved performance in 2012 to 2015, with 67% of children waiting less than 18 months',
      'between entering care and moving in with their adoptive family.',
    ].join(' '),
    '',
  ].join('\n'),
};

const CASES: VerdictCase[] = [
  {
    name: 'more of something better ("the same social worker") is what "continuity has improved" says',
    draft:
      'Eastshire\u2019s children in care keep the same social worker far more often than at the last inspection, which gives them' +
      ' a consistent, trusted adult who understands their history [@eastshire-2025].',
    codes: [],
  },
  {
    name: 'a share of a timely outcome "up" is the "improved performance" its figure states',
    draft:
      'Eastshire\u2019s data for 2012 to 2015 show 67% of children moving in with their adoptive family less than 18 months after' +
      ' entering care, up from earlier years [@eastshire-2025].',
    codes: [],
  },
  {
    name: 'the worse way (fewer of them) is not borne out by an improvement',
    draft:
      'Eastshire\u2019s children in care keep the same social worker far less often than at the last inspection, which gives them' +
      ' a consistent, trusted adult who understands their history [@eastshire-2025].',
    codes: ['citation-does-not-support'],
    on: 'citation-does-not-support',
    message: /does not say it/,
  },
  {
    name: 'more of something worse (changing social workers) is no improvement',
    draft: 'Eastshire\u2019s children in care are changing social workers more often than at the last inspection [@eastshire-2025].',
    codes: ['citation-does-not-support'],
  },
];

verdictSuite(FILES, CASES);

const VALENCE: Array<[string, -1 | 0 | 1]> = [
  ['More children are seen within 15 days', 1],
  ['Children keep the same social worker more often', 1],
  ['Caseloads have risen', -1],
  ['More children are placed out of area', -1],
  ['Delays in care proceedings have grown', -1],
  ['Delays for children waiting for adoption have grown', 0],
  ['Children now move in with adopters sooner', 1],
  // a negation, or words both ways, is not read
  ['Fewer children are not seen within 15 days', 0],
  ['Changing social workers less often gives children consistency', 0],
  ['More children are in care', 0],
];

for (const [claim, way] of VALENCE) test(`betterWhenMore: ${claim}`, () => assert.equal(betterWhenMore(claim), way));
