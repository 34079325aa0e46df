/**
 * Figures a sentence gives for what it compares its subject with ("541 days compared with 606 for similar
 * authorities and 647 nationally": 606 and 647), which never bear out a claim that gives them as the subject's own.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { comparisonFigures } from '../../server/src/engine/evidence/benchmarkFigures.js';

const CASES: Array<[string, string[]]> = [
  ['In Barnsley, children take an average of 541 days compared with 606 for similar authorities and 647 nationally.', ['606', '647']],
  ['Performance is poor at 246 days, compared to similar authorities at 209 days and the England average of 210 days.', ['209', '210']],
  ['This is higher than the 12% England average.', ['12%']],
  ['It is still below the England average of 17%.', ['17%']],
  ['Turnover is 11%, against 16% nationally.', ['16%']],
  ['The rate is 15% in Wakefield and 9% in England.', ['9%']],
  ['One in ten moved three times, slightly fewer than the 11% in similar councils and nationally.', ['11%']],
  ['In 2014–15, 10% lived in three or more placements, compared to 11% for both similar local authorities and nationally.', ['11%']],
  ['It keeps in touch with 97% of its care leavers, against 88% across England.', ['88%']],
  ['Staff turnover was 14%, with 18% in comparable authorities.', ['18%']],
  ['It remains high at 33% compared to the England average (22%) and that of statistical neighbours (21%).', ['21%', '22%']],
  ['Children wait 672 days, over two months beyond the 608-day national threshold.', ['608']],
  ['Some 8% have special needs, against national averages of 20% and 16%.', ['16%', '20%']],
  ['Only 7% moved three times, well below the national rate of roughly 11%.', ['11%']],
  // The subject's own figures, and a figure the sentence also gives as its own.
  ['In 2013–14, 17% of children who ceased to be looked after were adopted.', []],
  ['Caseloads fell from 25 to 18 children per worker.', []],
  ['The rate fell to 12%, and 12% is lower than in any year since 2010.', []],
  ['More than 40% of care leavers are not in education, employment or training.', []],
];

for (const [text, expected] of CASES) {
  test(`comparisonFigures: ${text}`, () => assert.deepEqual([...comparisonFigures(text)].sort(), expected.sort()));
}
