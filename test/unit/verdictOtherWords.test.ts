/**
 * A source's passage in the other words a briefing uses for it is offered as support: "fewer than half" for "less than
 * half", "in work, education or training" for "in employment, education or training", "a current care plan" for "an
 * up-to-date care plan", "According to the council's records" for "records show", "one child in four" for "a
 * quarter", "five more homes" for "five new homes", "more than a hundred" for 106, "without any qualifications" for "do
 * not have any qualifications". From the studied probe16-tune claims p16-pu-07, p16-tw-03 and p16-pc-01, and probe18-tune.
 * Each has a twin the source does not bear out, so the rules cannot pass by accepting everything: "more than half"
 * names the source's figure but bounds it the other way, which runs against the source where the measure is its own.
 */
import { otherReports, verdictSuite, type VerdictCase } from '../helpers/verdictCases.js';

const OTHERS = otherReports(30, (i) => [
  `In Borough ${i}, care leavers are supported by personal advisers, and ${30 + i}% are in education.`,
  `Children in care in Borough ${i} have care plans that are reviewed, and ${i + 3} children\u2019s homes are run locally.`,
]);

const FILES = {
  ...OTHERS,
  '/corpus/eastshire-2018.txt': [
    'Inspection of Eastshire children\u2019s services',
    '',
    'Less than half of care leavers are in employment, education or training (EET). The range of opportunities available to' +
      ' care leavers is not sufficient.',
    '',
    'Local authority records show only a quarter of children in care have an up-to-date care plan as of April 2018.',
    '',
    'Leaders have made some progress, opening five new children\u2019s homes in the last three years.',
    '',
    'Our Voice Listen Up is the name chosen for the children in care council. They have produced welcome packs and' +
      ' postcards for children when they first come into care.',
    '',
  ].join('\n'),
  '/corpus/eastshire-2019.txt': [
    'Inspection of Eastshire children\u2019s services',
    '',
    [
      'Personal advisers know care leavers well. Currently 65 care leavers are at university and 106 are in further education.',
      'Although some care leavers are helped back into learning, many care leavers (more than 35% compared with 11% of all' +
        ' year 11s) do not have any qualifications by the age of 19.',
    ].join(' '),
    '',
  ].join('\n'),
};

const UNCITED = 'unsupported-claim' as const;

const CASES: VerdictCase[] = [
  {
    name: '"fewer than half … in work, education or training" is "less than half … in employment, education or training"',
    draft: 'Fewer than half of Eastshire\u2019s care leavers were in work, education or training.',
    codes: [UNCITED],
    on: UNCITED,
    verdict: 'supports',
  },
  {
    name: 'but not "more than half": the source bounds the same figure the other way',
    draft: 'More than half of Eastshire\u2019s care leavers were in work, education or training.',
    codes: [UNCITED],
    on: UNCITED,
    verdict: 'partial',
  },
  {
    name: '"more than half" against the source\u2019s "less than half" of the same measure is a contradiction',
    draft: 'More than half of Eastshire\u2019s care leavers were in employment, education or training [@eastshire-2018].',
    codes: ['contradicted-by-source'],
    on: 'contradicted-by-source',
    detail: /Less than half.*More than half/,
  },
  {
    name: '"according to its records, one child in four … a current care plan" is "records show only a quarter … up-to-date"',
    draft: 'According to Eastshire\u2019s records, just one child in four in its care had a current care plan in April 2018.',
    codes: [UNCITED],
    on: UNCITED,
    verdict: 'supports',
  },
  {
    name: 'but not one child in three',
    draft: 'According to Eastshire\u2019s records, just one child in three in its care had a current care plan in April 2018.',
    codes: [UNCITED],
    on: UNCITED,
    verdict: 'partial',
  },
  {
    name: '"five more children\u2019s homes" is no trend the source must state',
    draft: 'Eastshire has opened five more children\u2019s homes in the last three years [@eastshire-2018].',
    codes: [],
  },
  {
    // The source's one sentence on it, one way only (verdictPlainOpposite.test.ts): another figure for the same measure.
    name: 'but "six more" is another figure, which the source contradicts',
    draft: 'Eastshire has opened six more children\u2019s homes in the last three years [@eastshire-2018].',
    codes: ['contradicted-by-source'],
    on: 'contradicted-by-source',
    detail: /five/,
  },
  {
    name: '"more than a hundred" is borne out by 106, and "when Ofsted inspected" by an inspection report (probe18-tune p18-pu-01)',
    draft:
      'Sixty-five of Eastshire\u2019s care leavers were at university when Ofsted inspected in 2019, and more than a hundred' +
      ' others were in further education.',
    codes: [UNCITED],
    on: UNCITED,
    verdict: 'supports',
  },
  {
    name: 'but not "more than two hundred"',
    draft:
      'Sixty-five of Eastshire\u2019s care leavers were at university when Ofsted inspected in 2019, and more than two hundred' +
      ' others were in further education.',
    codes: [UNCITED],
    on: UNCITED,
    verdict: 'partial',
  },
  {
    name: '"reached 19 without any qualifications" denies what "do not have any qualifications" denies (probe18-tune p18-tw-04)',
    draft:
      'More than a third of Eastshire\u2019s care leavers reached 19 without any qualifications, against 11% of all Year 11' +
      ' pupils [@eastshire-2019].',
    codes: [],
  },
];

verdictSuite(FILES, CASES);
