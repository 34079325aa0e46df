/**
 * What a report dates by its previous inspection: "has changed since the last inspection" bears out "had changed since
 * 2016" where the report says the last inspection was in 2016, and no other year; and a month after a place is no part
 * of the place's name ("inspected East Riding in December 2019" names East Riding); a claim dated by the inspection
 * ("the year before its December 2019 inspection") reads the report's inspection dates line, and "not a single" is a
 * denial's emphasis. From the studied probe14-tune claim p14-pc-09 and probe17-tune p17-pu-07.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseClaim } from '../../server/src/engine/evidence/claimAnalysis.js';
import { namePhrases } from '../../server/src/engine/evidence/placePhrases.js';
import { memoryChecker, otherReports, verdictSuite, type VerdictCase } from '../helpers/verdictCases.js';
import { passageContext } from '../../server/src/engine/evidence/passageContext.js';
import { analyze } from '../../server/src/engine/index/analyzer.js';

const OTHERS = otherReports(30, (i) => [
  `Since the last inspection in ${2010 + (i % 8)}, the social work workforce in Borough ${i} has been stable.`,
  `Leaders in Borough ${i} know their services well, and managers oversee practice.`,
]);

const FILES = {
  ...OTHERS,
  '/corpus/east-moor-2020.txt': [
    'Inspection of East Moor children\u2019s services',
    '',
    'Inspection dates: 2 to 6 December 2019',
    '',
    '1. Leaders in East Moor know their services well, and children are visited by social workers who know them.',
    '',
    '38. Since the last inspection in 2016, when services were rated as good overall, leadership has changed.' +
      ' A new director was appointed, and managers now meet weekly to review the quality of practice across the service.',
    '',
    '44. Approximately a third of the social work workforce has changed since the last inspection.' +
      ' Leaders have used agency staff to cover vacancies while they recruit permanent social workers.',
    '',
    '17. No children have been identified as young carers during a child and family assessment in the last 12 months.',
    '',
  ].join('\n'),
};

const CASES: VerdictCase[] = [
  {
    name: '"since the last inspection" is "since 2016" where the report dates that inspection 2016',
    draft: 'About a third of the social work workforce in East Moor had changed since 2016 [@east-moor-2020].',
    codes: [],
  },
  {
    name: 'not another year',
    draft: 'About a third of the social work workforce in East Moor had changed since 2014 [@east-moor-2020].',
    codes: ['citation-does-not-support'],
    on: 'citation-does-not-support',
    message: /2014/,
  },
  {
    name: 'a claim dated by the inspection reads the report\u2019s inspection dates line ("before East Moor\u2019s December 2019 inspection")',
    draft:
      'Over the year before East Moor\u2019s December 2019 inspection, not a single child was identified as a young carer through a' +
      ' child and family assessment [@east-moor-2020].',
    codes: [],
  },
];

verdictSuite(FILES, CASES);

test('a month after a place is no part of its name', () => {
  const claim = analyseClaim('When Ofsted inspected East Riding in December 2019, its leaders were new.', () => 5);
  assert.deepEqual(namePhrases(claim), [['east', 'ride']]);
});

test('the inspection dates line is read apart from the head', async () => {
  const { corpus } = await memoryChecker(FILES);
  const doc = corpus.document('east-moor-2020')!;
  const context = passageContext(doc, doc.sentences.at(-1)!.start)!;
  const [december] = analyze('December');
  assert.ok(context.inspectionDates.has(december) && context.inspectionDates.has('2019'), [...context.inspectionDates].join(' '));
  assert.ok(!context.head.has(december));
});

test('"not a single" is a denial\u2019s emphasis: "single" is no word a source must hold', () => {
  const claim = analyseClaim('Not a single child was identified as a young carer, and single carers were not asked.', () => 5);
  assert.ok(claim.words.includes('singl'), 'a word said twice stays');
  assert.ok(!analyseClaim('Not a single child was identified as a young carer.', () => 5).words.includes('singl'));
});
