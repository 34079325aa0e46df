/**
 * Which way a text compares its subject with a benchmark (server/src/engine/evidence/comparison.ts): up, down, or
 * neither when it says both or none; and when a passage stands opposite to a claim.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { comparisonOf, onlyBenchmarked, oppositeComparison } from '../../server/src/engine/evidence/comparison.js';

const CASES: Array<[string, -1 | 0 | 1]> = [
  ['Achievement is better than the national average at key stage 4.', 1],
  ['Attendance is above that of similar areas.', 1],
  ['Results are ahead of comparable councils.', 1],
  ['Results lag behind the national average.', -1],
  ['Attainment is below the national average in reading.', -1],
  ['Timeliness is worse than in similar authorities.', -1],
  ['The council falls short of the national average.', -1],
  ['Fewer children than in similar areas are adopted.', -1],
  ['Staff turnover is now less than the national and regional average.', -1],
  ['At 43%, the proportion is more than the national average of 55%.', 1],
  // only a benchmark counts: against the past it is a change, against a figure or a target it is no comparison
  ['Results are better than last year but below the national average.', -1],
  ['Results are better than expected.', 0],
  ['The council falls short of its own target.', 0],
  ['Timeliness, shown in the table below, compares well.', 0],
  ['Leaders understand the reasons behind the increase.', 0],
  ['As noted above, most children are seen alone.', 0],
  // a negated comparison says no direction
  ['The wait is no worse than the national average.', 0],
  ['The rate is not above the national average.', 0],
  ['Spending does not exceed the national average.', 0],
  ['Results no longer lag behind the national average.', 0],
  // both ways, or none: nothing is concluded
  ['Results are above the national average in reading but below it in writing, and below similar areas.', 0],
  ['Caseloads rose by 10% over the year.', 0],
  ['More than half of children attend good schools.', 0],
];

for (const [text, direction] of CASES) {
  test(`comparisonOf: ${text}`, () => assert.equal(comparisonOf(text).direction, direction));
}

test('oppositeComparison: only a passage that stands the other way', () => {
  assert.deepEqual(
    oppositeComparison(
      comparisonOf('Results lag behind the national average.'),
      comparisonOf('Results are better than the national average.'),
    ),
    {
      claim: 'lag behind',
      source: 'better than',
    },
  );
  assert.equal(
    oppositeComparison(
      comparisonOf('Results are ahead of the national average.'),
      comparisonOf('Results are better than the national average.'),
    ),
    undefined,
  );
  assert.equal(
    oppositeComparison(comparisonOf('Results lag behind the national average.'), comparisonOf('Results improved this year.')),
    undefined,
  );
});

test('onlyBenchmarked: comparatives set against a benchmark are no trend; a change, or a comparison with the past, is', () => {
  assert.ok(onlyBenchmarked('Caseloads are higher than the national average.', ['higher']));
  assert.ok(onlyBenchmarked('Fewer children than in similar areas are adopted.', ['Fewer']));
  assert.ok(!onlyBenchmarked('Caseloads rose and are higher than the national average.', ['rose', 'higher']));
  assert.ok(!onlyBenchmarked('Caseloads are higher than last year.', ['higher']));
  assert.ok(!onlyBenchmarked('More children than ever are in care.', ['More']));
  assert.ok(!onlyBenchmarked('Nothing moved.', []));
});
