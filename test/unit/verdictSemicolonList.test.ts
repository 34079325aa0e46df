/**
 * A data list that pdftotext flattened into blocks whose items end in semicolons ("In the last 12 months there have
 * been:" / "75 adoptions;" / "11 children became subject of special guardianship orders; 312 children … ;") is a list
 * however long an item is, so one item lends its figure to a claim that sums two of them; so is a long one-sentence
 * item between two short ones. From the studied probe14-tune list-figures claims p14-lf-03 and p14-lf-01.
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

/** A long item between two short ones is an item that runs on (studied probe14-tune p14-lf-01). */
const RUN_ON = [
  'Of the 633 children looked after at 31 December 2013:',
  '',
  '332 (52.4%) were placed out of City',
  '',
  '4 (0.6%) were unaccompanied asylum seeking children',
  '',
  '455 (71.9%) were placed in foster care, of whom 235 (51.6%) were out of City, with 197 of these less than 20 miles from' +
    ' home and 38 local children (8.3%) placed in foster care more than 20 miles from home',
  '',
  'a small number of children (26) were placed with parents',
  '',
];

const FILES = {
  ...OTHERS,
  '/corpus/eastshire-2014.txt': ['Inspection of Eastshire children\u2019s services', '', ...ITEMS].join('\n'),
  '/corpus/westshire-2014.txt': ['Inspection of Westshire children\u2019s services', '', ...RUN_ON].join('\n'),
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
  {
    name: 'a long item between short ones reads with the list\u2019s lead-in',
    draft: 'Of the 633 children Westshire looked after at 31 December 2013, almost three quarters were in foster care [@westshire-2014].',
    codes: [],
  },
];

verdictSuite(FILES, CASES);
