/**
 * What a figure in a source is of: the benchmark's figure in brackets ("compared to the England average (22%)") is
 * not the subject's; an exact count in words the sentence gives otherwise for the same thing ("two of the 30 pupils"
 * for "three of the 30 pupils") differs as digits do; the figure a change started from ("an increase from 61% to
 * 68%") is not the latest, for a claim that names no time; a number that names ("Key Stage 4") is looked for as a
 * name, in the paragraph; "gained five good GCSEs" is no rise. From the studied probe10-tune split.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { otherReports, verdictSuite, type VerdictCase } from '../helpers/verdictCases.js';
import { commaCounts } from '../../server/src/engine/evidence/claimAnalysis.js';

const OTHERS = otherReports(30, (i) => [
  `The re-referral rate in Borough ${i} is ${i + 10}%, and most children are helped at the first contact.`,
  `Care leavers in Borough ${i} are supported into education, employment or training by personal advisers.`,
  'Pupils in care make progress at school, and the virtual school tracks their attainment closely.',
]);

const FILES = {
  ...OTHERS,
  '/corpus/westshire-2018.txt': [
    'Inspection of Westshire children\u2019s services',
    '',
    [
      '16.',
      'At 31%, the re-referral rate remains high compared to the England average (22%) and that of statistical neighbours (21%).',
      'The local authority has analysed the causes.',
    ].join(' '),
    '',
    '40. Key Stage 4 results for that year were poor. Only two of the 30 pupils (7%) achieved five good GCSEs including English and mathematics.',
    '',
    [
      '49.',
      'Support has brought about a reduction in the proportion of care leavers who are not in education, employment or training.',
      'Over the past six months, there has been an increase from 61% to 68% of care leavers in education or employment.',
    ].join(' '),
    '',
    [
      '34.',
      'The number of children in care who have made a complaint has increased in the last year: 37 in 2016\u201317 compared with nine in',
      '2015\u201316.',
    ].join(' '),
    '',
    '52. 8% of pupils in care have special educational needs, compared with 20% and 16% nationally.',

    '',
    '60. The adoption service has improved, including doubling the number of approved adopters over the previous 12 months.',
    '',
    '62. At 31 May 2018, 1,986 children were being looked after by the local authority. This is an increase from 1,864 at 31 March 2017.',
    '',
  ].join('\n'),
  '/corpus/eastmoor-2019.txt': [
    'Inspection of Eastmoor children\u2019s services',
    '',
    '53. Placement stability is good, with only 7% of children in care having three or more moves in a year, compared with 11% nationally.',
    '',
  ].join('\n'),
};

const CASES: VerdictCase[] = [
  {
    name: 'the benchmark\u2019s figure in brackets is not the subject\u2019s: the subject\u2019s own is the answer',
    draft: 'Westshire\u2019s re-referral rate stood at 22% [@westshire-2018].',
    codes: ['citation-does-not-support'],
    on: 'citation-does-not-support',
    detail: /31%, not 22%/,
  },
  {
    name: 'the benchmark\u2019s figure in brackets, given as the benchmark\u2019s, is borne out',
    draft: 'At just under a third, Westshire\u2019s re-referral rate is well above the England average of 22% [@westshire-2018].',
    codes: [],
  },
  {
    name: 'an exact count in words the sentence gives otherwise for the same thing runs against the claim',
    draft: 'Only three of the 30 looked-after pupils in Westshire achieved five good GCSEs [@westshire-2018].',
    codes: ['contradicted-by-source'],
    on: 'contradicted-by-source',
    detail: /\u201ctwo\u201d, not \u201cthree\u201d/,
  },
  {
    name: '"Key Stage 4" names, and is found in the paragraph; "gained five good GCSEs" is no rise',
    draft:
      'Just two of Westshire\u2019s 30 looked-after pupils at Key Stage 4 gained five good GCSEs including English and mathematics [@westshire-2018].',
    codes: [],
  },
  {
    name: 'the figure a change started from is not the latest, for a claim that names no time',
    draft: 'Only 61% of Westshire\u2019s care leavers were in education or employment at the time of the inspection [@westshire-2018].',
    codes: ['citation-does-not-support'],
    on: 'citation-does-not-support',
    detail: /61% is where a change started, to 68%/,
  },
  {
    name: 'a claim that states the change from that figure is borne out',
    draft: 'In Westshire, 68% of care leavers are now in education or employment, up from 61% six months earlier [@westshire-2018].',
    codes: [],
  },
  {
    name: 'a quantity in words the sentence gives only for what it compares with is not the subject\u2019s',
    draft: 'Nine of Westshire\u2019s children in care made a complaint in 2016\u201317 [@westshire-2018].',
    codes: ['contradicted-by-source'],
    on: 'contradicted-by-source',
    detail: /\u201c37\u201d, not \u201cNine\u201d/,
  },
  {
    name: 'the same quantity given as the start of a change from it is borne out',
    draft: 'Complaints from Westshire\u2019s children in care rose from nine in 2015\u201316 to 37 in 2016\u201317 [@westshire-2018].',
    codes: [],
  },
  {
    name: 'benchmark quantities the claim lists as the benchmark\u2019s are borne out ("averages of a fifth and roughly one in six")',
    draft:
      'In Westshire 8% of pupils in care have special educational needs, against national averages of a fifth and roughly one in six [@westshire-2018].',
    codes: [],
  },
  {
    name: 'a benchmark the claim states with a hedge ("the national rate was roughly one in nine") is the benchmark\u2019s',
    draft:
      'About one in fourteen of Eastmoor\u2019s children in care had three or more moves in a year, when the national rate was roughly one in nine' +
      ' [@eastmoor-2019].',
    codes: [],
  },
  {
    name: '"trebled" is a multiple the source must say: "doubling" does not bear it out',
    draft: 'Westshire has trebled the number of approved adopters over the previous 12 months [@westshire-2018].',
    codes: ['citation-does-not-support'],
    on: 'citation-does-not-support',
    detail: /trebled/,
  },
  {
    name: 'a count written with a thousands comma is no year ("almost 2,000")',
    draft: 'By May 2018 the number of children in Westshire\u2019s care had risen from 1,864 to almost 2,000 [@westshire-2018].',
    codes: [],
  },
];

verdictSuite(FILES, CASES);

const COMMA_COUNTS: Array<[string, string[]]> = [
  ['rose from 1,864 to almost 2,000', ['1864', '2000']],
  ['1,986 children in 2018', ['1986']],
  ['2,000 children in 2000', []],
  ['in 2015 and 2016', []],
  ['12,345 referrals', ['12345']],
];
for (const [text, expected] of COMMA_COUNTS) {
  test(`commaCounts: ${text}`, () => assert.deepEqual([...commaCounts(text)].sort(), expected.sort()));
}
