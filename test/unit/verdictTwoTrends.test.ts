/**
 * A source sentence that says two things went opposite ways ("While the overall number of children in care is
 * decreasing, the proportion placed in residential care is increasing") runs against a claim whose trend clause is on
 * the first measure and says the other way ("The number of children in care is rising, and a growing share …"), and
 * not against a claim that says both the source's ways. From the studied probe16-tune pair p16-cd-01 / p16-tw-01.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { opensWithSubordinate, trendMentions } from '../../server/src/engine/evidence/trend.js';
import { otherReports, verdictSuite, type VerdictCase } from '../helpers/verdictCases.js';

const SOURCE = 'While the overall number of children in care is decreasing, the proportion placed in residential care is increasing.';

const OTHERS = otherReports(30, (i) => [
  `In Borough ${i}, social workers visit families at home, and ${i + 2} early help hubs opened.`,
  `Leaders in Borough ${i} review the quality of practice with partners every month.`,
]);

const FILES = {
  ...OTHERS,
  '/corpus/eastshire-2025.txt': ['Inspection of Eastshire children\u2019s services', '', SOURCE, ''].join('\n'),
};

const CASES: VerdictCase[] = [
  {
    name: 'the trend clause on the number says the other way',
    draft:
      'The number of children in Eastshire\u2019s care is rising, and a growing share of them live in residential homes [@eastshire-2025].',
    codes: ['contradicted-by-source'],
    on: 'contradicted-by-source',
    detail: /decreasing/,
  },
  {
    name: 'both of the source\u2019s ways is no contradiction',
    draft:
      'Although fewer children are now in Eastshire\u2019s care, a growing proportion of them are placed in residential care' +
      ' [@eastshire-2025].',
    codes: [],
  },
];

verdictSuite(FILES, CASES);

test('an opening "While …," clause is read apart only when asked', () => {
  assert.equal(opensWithSubordinate(SOURCE), true);
  assert.deepEqual(
    trendMentions(SOURCE).map((m) => m.clauseStart),
    [0, 0],
  );
  assert.deepEqual(
    trendMentions(SOURCE, true).map((m) => m.clauseStart),
    [0, 60],
  );
});
