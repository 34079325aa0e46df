/**
 * A cited sentence of two statements, one of which the source bears out: the other is taken at the writer's word
 * only when it states nothing checkable (the writer's reading, "though it is too early to tell what difference this is
 * making"); a second statement that states a fact the source does not give still gets "does not support". From the
 * studied probe3-tune claim p3-pc-03.
 */
import { otherReports, verdictSuite, type VerdictCase } from '../helpers/verdictCases.js';

const OTHERS = otherReports(30, (i) => [
  `Borough ${i} supports its foster carers and special guardians with training, and allowances are reviewed each year.`,
  `Recruitment of foster carers in Borough ${i} is a priority for leaders, who track the numbers recruited.`,
]);

const FILES = {
  ...OTHERS,
  '/corpus/eastshire-2023.txt': [
    'Inspection of Eastshire children\u2019s services',
    '',
    'Inspection dates: 9 to 13 January 2023',
    '',
    '41. Recently, the local authority has increased the allowances it pays to foster carers and special guardians.' +
      ' The impact of these changes is yet to be fully realised.',
    '',
  ].join('\n'),
};

const CASES: VerdictCase[] = [
  {
    name: 'a second statement that is the writer\u2019s reading is taken at the writer\u2019s word',
    draft:
      'Eastshire has recently increased the allowances it pays foster carers and special guardians, though it is too early' +
      ' to tell what difference this is making [@eastshire-2023].',
    codes: [],
  },
  {
    name: 'a second statement of fact the source does not give is not',
    draft:
      'Eastshire has recently increased the allowances it pays foster carers and special guardians, and it recruited 40' +
      ' new foster households last year [@eastshire-2023].',
    codes: ['citation-does-not-support'],
  },
];

verdictSuite(FILES, CASES);
