/**
 * Verdicts on a report set in two columns, as pdftotext -layout writes it into a text file (each line: the left
 * column's, a wide gap, the right column's). Read line by line, the columns interleave and no sentence survives; read
 * column by column (ingest/columns.ts), each sentence is whole, so it can support, and contradict, a claim. With the
 * sentences whole, two rules matter that garbled text hid: a concession ("despite increasing need", "even as need
 * grew") speaks of another measure, on either side; and "rise by 54%" and "(44% increase)" count in one unit, the rise.
 * Each contradiction has its agreeing twin, which is never flagged.
 */
import { test, before } from 'node:test';
import type { DraftChecker } from '../../server/src/engine/check/checkDraft.js';
import { checkCase, memoryChecker, otherReports, type VerdictCase } from '../helpers/verdictCases.js';

/** Two columns side by side, the left padded to column 64, as pdftotext -layout sets them. */
function twoColumns(left: string[], right: string[]): string {
  return Array.from({ length: Math.max(left.length, right.length) }, (_, i) =>
    `${(left[i] ?? '').padEnd(64)}${right[i] ?? ''}`.trimEnd(),
  ).join('\n');
}

const FILES = {
  ...otherReports(20, (i) => [
    `Borough ${i} spends more on children\u2019s care each year, and its total expenditure on placements is rising.`,
    'Need for mental health treatment is increasing. Beds and placements are hard to find for teenagers.',
    // Common words, as in a real corpus, so that the claims' hedges ("expects", "around", "reaching") weigh little.
    `The council expects around ${30 + i} children to need a placement this year, reaching a peak in the spring.`,
  ]),
  '/corpus/kingsmoor-sufficiency-strategy.txt': [
    'Kingsmoor Placement Sufficiency Strategy 2024 to 2028',
    '',
    twoColumns(
      [
        'In preparing our medium-term financial plan we have',
        'forecast the demand for placements and the cost of',
        'children\u2019s care services over four years. Total',
        'expenditure is projected to rise from \u00a321.0m in 2023/24',
        'to \u00a330.2m in 2027/28 (44% increase), leaving a gap of',
        '\u00a39.1m by 2027/28 unless the costs are brought down.',
        'The increase is driven by more children coming into',
        'care and needing placements with higher costs.',
      ],
      [
        'Mental health provision for children has been under',
        'strain over the past several years. The number of',
        'inpatient mental health beds for teenagers fell by 20',
        'per cent between 2017 and 2022, a reduction of 325',
        'beds, despite increasing need for treatment. This',
        'means that councils are increasingly having to find',
        'placements for children with complex mental health',
        'needs in settings that were not designed for them.',
      ],
    ),
    '',
  ].join('\n'),
};

const CITE = '[@kingsmoor-sufficiency-strategy]';

const CASES: VerdictCase[] = [
  {
    name: 'a sentence of the left column, read whole, supports the claim',
    draft: `Kingsmoor projects that its total expenditure will rise by 44% to \u00a330.2m in 2027/28 ${CITE}.`,
    codes: [],
  },
  {
    name: 'another percentage for the same rise contradicts ("rise by 54%" against "(44% increase)")',
    draft: `Kingsmoor projects that its total expenditure will rise by 54% to \u00a330.2m in 2027/28 ${CITE}.`,
    codes: ['contradicted-by-source'],
    on: 'contradicted-by-source',
    verdict: 'contradicts',
    detail: /44%, not 54%/,
  },
  {
    name: 'a sentence of the right column, read whole, runs against the opposite trend',
    draft: `The number of inpatient mental health beds for teenagers increased by 20 per cent between 2017 and 2022 ${CITE}.`,
    codes: ['contradicted-by-source'],
    on: 'contradicted-by-source',
    verdict: 'contradicts',
  },
  {
    name: 'its agreeing twin: the concession ("despite increasing need") is not the beds\u2019 trend',
    draft: `Inpatient mental health beds for teenagers were cut by a fifth between 2017 and 2022 ${CITE}.`,
    codes: [],
  },
  {
    name: 'a concession in the claim ("even as need grew") is not its trend either',
    draft: `Teenagers lost a fifth of their inpatient mental health beds between 2017 and 2022, some 325 beds, even as need grew ${CITE}.`,
    codes: [],
  },
];

let checker: DraftChecker;
before(async () => {
  ({ checker } = await memoryChecker(FILES));
});
for (const c of CASES) test(`verdicts in two columns: ${c.name}`, () => checkCase(checker, c));
