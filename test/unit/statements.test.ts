/**
 * A sentence that sums several statements of its source is judged statement by statement (clauseSupport.ts), each
 * case a fault found on probe7-tune: a cited summary of two sentences is borne out when each statement is, and
 * partly supported (saying which statement is not) when one is not; a causal sentence is never cut. Figures: a
 * figure a sentence gives for a national threshold is the comparison's, not its subject's; and a claim that gives
 * the subject's figure in words ("almost a quarter") may give the comparison's figure too ("the 11% of the year before").
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { checkCase, memoryChecker, otherReports, type VerdictCase } from '../helpers/verdictCases.js';
import type { DraftChecker } from '../../server/src/engine/check/checkDraft.js';
import { statementsOf } from '../../server/src/engine/check/clauseSupport.js';
import { comparisonFigures } from '../../server/src/engine/evidence/figureMatch.js';

const FILES = {
  ...otherReports(30, (i) => [
    'Children in care go to school and are rated well.',
    `Borough ${i} has ${i + 3} schools rated outstanding.`,
    'Meetings are held and plans are reviewed.',
  ]),
  '/corpus/westvale-pack.txt': [
    'Westvale safeguarding information pack',
    '',
    'Once a child has been assessed as in need, a multi-agency child in need meeting must take place within 10 days of',
    'the assessment being completed. Review meetings should then be held every 8 weeks to review the impact of the',
    'support being offered.',
    '',
    'Children on child in need plans will be seen every 3 weeks by their social worker.',
    '',
  ].join('\n'),
  '/corpus/eastvale-2014.txt': [
    'Inspection of Eastvale children\u2019s services',
    '',
    '40. The number of children subject to child protection plans has increased from 190 to 263. Of these, 23% had a',
    '    repeat child protection plan compared with 11% during the preceding year.',
    '',
    '41. Care proceedings are completed within an average period of 25 weeks. This is below the national threshold of',
    '    26 weeks.',
    '',
  ].join('\n'),
};

let checker: DraftChecker;
before(async () => {
  ({ checker } = await memoryChecker(FILES));
});

const CASES: VerdictCase[] = [
  {
    name: 'a cited summary of two sentences is borne out when each of its statements is',
    draft:
      'A child assessed as in need should have a first multi-agency meeting within ten days of the assessment, ' +
      'then reviews every eight weeks and a visit from their social worker every three weeks [@westvale-pack].',
    codes: [],
  },
  {
    name: 'and only partly supported, saying which statement is not, when one is not',
    draft:
      'A child assessed as in need should have a first multi-agency meeting within ten days of the assessment, ' +
      'then a weekly phone call from an independent advocate [@westvale-pack].',
    codes: ['citation-does-not-support'],
    on: 'citation-does-not-support',
    verdict: 'partial',
    detail: /does not bear out \u201ca weekly phone call/,
  },
  {
    name: 'a figure given for a national threshold is not the subject\u2019s',
    draft: 'Eastvale\u2019s care proceedings are completed in an average of 26 weeks [@eastvale-2014].',
    codes: ['contradicted-by-source'],
    on: 'contradicted-by-source',
    detail: /25/,
  },
  {
    name: 'the subject\u2019s figure in words, and the comparison\u2019s in digits, are both borne out',
    draft:
      'Almost a quarter of Eastvale\u2019s child protection plans were repeat plans, more than double the 11% of the year before ' +
      '[@eastvale-2014].',
    codes: [],
  },
];

for (const c of CASES) test(c.name, () => checkCase(checker, c));

const STATEMENTS: Array<{ sentence: string; parts?: string[] }> = [
  {
    sentence: 'Reviews are held every eight weeks, and visits happen every three weeks.',
    parts: ['Reviews are held every eight weeks', 'visits happen every three weeks.'],
  },
  {
    sentence: 'York completes care proceedings in 25 weeks, with the courts accepting most of its evidence.',
    parts: ['York completes care proceedings in 25 weeks', 'the courts accepting most of its evidence.'],
  },
  { sentence: 'Placements broke down more often because too few foster carers were recruited in the county.' },
  { sentence: 'Stability improved, leading to better school attendance for children in care.' },
  { sentence: 'Children were seen, and then more.' },
];

for (const s of STATEMENTS)
  test(`"${s.sentence}" ${s.parts ? 'makes several statements' : 'is judged whole'}`, () => {
    assert.deepEqual(statementsOf(s.sentence), s.parts);
  });

test('a national threshold\u2019s figure is a comparison figure', () => {
  assert.deepEqual([...comparisonFigures('This is below the national threshold of 26 weeks.')], ['26']);
  assert.deepEqual([...comparisonFigures('Care proceedings are completed within an average period of 25 weeks.')], []);
});
