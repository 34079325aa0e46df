/**
 * A data list that pdftotext flattened into blocks whose items end in semicolons ("In the last 12 months there have
 * been:" / "75 adoptions;" / "11 children became subject of special guardianship orders; 312 children … ;") is a list
 * however long an item is, so one item lends its figure to a claim that sums two of them. From the studied
 * probe14-tune list-figures claim p14-lf-03.
 */
import { otherReports, verdictSuite, type VerdictCase } from '../helpers/verdictCases.js';

const OTHERS = otherReports(30, (i) => [
  `In the last year Borough ${i} completed ${20 + i} adoptions and children became subject of special guardianship orders.`,
  `Children who have ceased to be looked after in Borough ${i} are supported, and some moved on to independent living.`,
]);

const ITEMS = [
  'In the last 12 months there have been:',
  '',
  '75 adoptions;',
  '',
  '11 children became subject of special guardianship orders; 312 children who have ceased to be looked after, of whom' +
    ' 6.4% subsequently returned to be looked after; 63 children and young people who have ceased to be looked after and' +
    ' moved on to independent living;',
  '',
  '13 children and young people are now living in houses of multiple occupation.',
  '',
];

const FILES = {
  ...OTHERS,
  '/corpus/eastshire-2014.txt': ['Inspection of Eastshire children\u2019s services', '', ...ITEMS].join('\n'),
};

const CASES: VerdictCase[] = [
  {
    name: 'two items of a semicolon list bear out one sentence',
    draft:
      'In the last year Eastshire completed 75 adoptions, while only 11 children became subject to special guardianship orders' +
      ' [@eastshire-2014].',
    codes: [],
  },
  {
    name: 'a figure no item gives is still not borne out',
    draft:
      'In the last year Eastshire completed 85 adoptions, while only 11 children became subject to special guardianship orders' +
      ' [@eastshire-2014].',
    codes: ['citation-does-not-support'],
    on: 'citation-does-not-support',
    message: /85/,
  },
];

verdictSuite(FILES, CASES);
