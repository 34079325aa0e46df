/**
 * A gap in percentage points is the difference of the two shares a source gives ("slipped by ten percentage points,
 * from 68% … to 58%" against "68% … This decreased to 58%"). From the studied probe14-tune agreeing twin p14-tw-03, which
 * is still flagged for its "two years or more" (read as a trend "more"; reading such bounds as none measured worse).
 * And the same change told from its start "the year before": the sentence dated by that year gives the start, not
 * another period's figure, and the source's end ("This decreased to 58%") is the figure it gives for the claim's
 * (changeFromStart.ts; the studied probe14-tune contradiction p14-cf-01).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { numberMentions } from '../../server/src/engine/evidence/numberWords.js';
import { pointsBetween } from '../../server/src/engine/evidence/pointsDifference.js';
import { otherReports, verdictSuite, type VerdictCase } from '../helpers/verdictCases.js';

const OTHERS = otherReports(30, (i) => [
  `In Borough ${i}, ${40 + i}% of children looked after had lived in the same placement for at least two years.`,
  `Placement stability in Borough ${i} is monitored by managers, and children in care stayed with carers from ${i + 2} years old.`,
]);

const FILES = {
  ...OTHERS,
  '/corpus/eastshire-2017.txt': [
    'Inspection of Eastshire children\u2019s services',
    '',
    [
      '40.',
      'In 2014\u201315, 68% of children looked after under 16 years had lived in the same placement for at least two years.',
      'This decreased to 58% in 2015\u201316.',
    ].join(' '),
    '',
  ].join('\n'),
};

const CLAIM = (points: string) =>
  `Placement stability for Eastshire\u2019s under-16s in care slipped by ${points} percentage points, from 68% having stayed in the` +
  ' same placement for at least two years in 2014\u201315 to 58% in 2015\u201316 [@eastshire-2017].';

const CASES: VerdictCase[] = [
  { name: 'ten points between 68% and 58% is what the source gives', draft: CLAIM('ten'), codes: [] },
  { name: 'in digits too', draft: CLAIM('10'), codes: [] },
  {
    name: 'fifteen points is not',
    draft: CLAIM('fifteen'),
    codes: ['citation-does-not-support'],
    on: 'citation-does-not-support',
    message: /fifteen/,
  },
  {
    name: 'a start "the year before" is the sentence dated by that year',
    draft:
      'In 2015\u201316 only 58% of Eastshire\u2019s children in care under 16 had lived in the same placement for at least two' +
      ' years, down from 68% the year before [@eastshire-2017].',
    codes: [],
  },
  {
    name: 'another end from the same start runs against the source',
    draft:
      'In 2015\u201316 only 48% of Eastshire\u2019s children looked after under 16 had lived in the same placement for at least two' +
      ' years, down from 68% the year before [@eastshire-2017].',
    codes: ['contradicted-by-source'],
    on: 'contradicted-by-source',
    detail: /58%, not 48%/,
  },
];

verdictSuite(FILES, CASES);

const ROWS: Array<[string, string, boolean]> = [
  ['fell by ten percentage points', '68% then 58%', true],
  ['about 12 points below', '55% against 66.5%', true],
  ['fell by ten percentage points', '68% then 48%', false],
  // a count that is no points: "ten children"
  ['ten children more', '68% then 58%', false],
];

for (const [claim, source, expected] of ROWS)
  test(`pointsBetween: "${claim}" against "${source}"`, () => {
    const mention = numberMentions(claim)[0];
    assert.equal(pointsBetween(claim, mention, numberMentions(source)), expected);
  });
