/**
 * The guards a review of this round's verdict rules asked for, each a case that a looser rule gets wrong: a list
 * item lends a figure only with its words, another place's report is never taken for this one, a sentence that
 * starts a new statement is no pair, a negated trend is not the opposite one, a count after a month is a count,
 * a common first word is no name, a subgroup's figure does not contradict, "brought down" is a fall, the end of a
 * change beats a target that happens to match, and a year with a footnote mark is a year.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { Corpus } from '../../server/src/engine/corpus/corpus.js';
import { DraftChecker } from '../../server/src/engine/check/checkDraft.js';
import type { DraftDiagnostic } from '../../server/src/engine/check/diagnostics.js';
import { MemoryWorkspace } from '../helpers/memoryWorkspace.js';
import { analyseClaim } from '../../server/src/engine/evidence/claimAnalysis.js';
import { analyze } from '../../server/src/engine/index/analyzer.js';
import { datedByOtherYears, yearsNamed } from '../../server/src/engine/evidence/monthDates.js';

const FILES = {
  '/corpus/westshire-inspection.txt': [
    'Westshire County Council',
    '',
    'There are not enough homes for children with complex needs. Leaders are recruiting more foster carers.',
    '',
    'The proportion of care leavers in education, training or employment was 41% in 2014.',
    '',
    'The review found that 120 children were placed out of area. It also found that 30% of staff were agency workers.',
    '',
    'Referrals to children\u2019s social care did not rise in 2015.',
    '',
    'In March 12 children were adopted from care in the county.',
    '',
    'The council employed 35 agency social workers in 2014, and had 120 qualified practitioners in its children\u2019s services.',
    '',
    'The council has brought down the number of children waiting for adoption.',
    '',
    'Government targets of 26 weeks are not being met, but the length of proceedings has reduced from 41 to 34 weeks.',
    '',
    'This is an increase from 277 at 31 March 2014.10 As at May 2015, 329 children were subject to a plan.',
    '',
  ].join('\n'),
  '/corpus/fostering-in-england.txt': [
    'Fostering in England 2023',
    '',
    'The number of households with children fell by 5% in 2023.',
    '',
  ].join('\n'),
};

let checker: DraftChecker;
before(async () => {
  const corpus = new Corpus(new MemoryWorkspace(FILES), { roots: ['/corpus'] });
  await corpus.refresh();
  checker = new DraftChecker(corpus);
});

const CASES: Array<{ name: string; draft: string; codes: Array<DraftDiagnostic['code']> }> = [
  {
    name: 'another paragraph\u2019s figure is not lent to a sentence about something else',
    draft: 'In Westshire, 41% of foster carers left the service in 2014 [@westshire-inspection].',
    codes: ['citation-does-not-support'],
  },
  {
    name: 'a cited report about another place is not accepted',
    draft: 'In Northshire there are not enough homes for children with complex needs [@westshire-inspection].',
    codes: ['citation-does-not-support'],
  },
  {
    name: 'a sentence with a subject of its own is not the previous one carried on',
    draft: 'In Westshire, 30% of children were placed out of area [@westshire-inspection].',
    codes: ['citation-does-not-support'],
  },
  {
    name: '"did not rise" does not bear out "fell"',
    draft: 'Referrals to children\u2019s social care in Westshire fell in 2015 [@westshire-inspection].',
    codes: ['citation-does-not-support'],
  },
  {
    name: 'a count after a month is a count',
    draft: 'In March 30 children were adopted from care in Westshire [@westshire-inspection].',
    codes: ['contradicted-by-source'],
  },
  {
    name: 'a subgroup\u2019s figure does not contradict, and the right passage bears the claim out',
    draft: 'Westshire employed 120 qualified practitioners in children\u2019s services in 2014 [@westshire-inspection].',
    codes: [],
  },
  {
    name: '"brought down" is a fall',
    draft: 'The number of children waiting for adoption in Westshire has fallen [@westshire-inspection].',
    codes: [],
  },
  {
    name: 'the end of a change beats a target with the same figure',
    draft: 'In Westshire, the length of care proceedings has come down from 41 weeks to 26 weeks [@westshire-inspection].',
    codes: ['contradicted-by-source'],
  },
  {
    name: 'a year with a footnote mark run on is a year, not a figure',
    draft: 'The number of Westshire children on plans went up from 277 in March 2014 to 329 in May 2015 [@westshire-inspection].',
    codes: [],
  },
];

for (const c of CASES) {
  test(`verdict guards: ${c.name}`, () => {
    const diagnostics = checker.check(`${c.draft}\n`);
    const summary = JSON.stringify(diagnostics.map((d) => [d.code, d.message]));
    assert.deepEqual(diagnostics.map((d) => d.code).sort(), [...c.codes].sort(), summary);
  });
}

test('verdict guards: a claim\u2019s first word is a name only when it is as rare as names are', () => {
  const weights: Record<string, number> = { foster: 3.5, plymouth: 8.2 };
  const weight = (t: string) => weights[t] ?? 4;
  assert.equal(analyseClaim('Fostering households fell by 5% in 2023.', weight).firstTerm, undefined);
  assert.equal(analyseClaim("Plymouth's plans went up by 41%.", weight).firstTerm, 'plymouth');
});

// [claim, its figures, its years]: a two-digit year-range end written with a dash or slash is a period, not a count.
const RANGES: Array<[string, string[], string[]]> = [
  ['Waits fell from 704 days over 2009\u201312 to 581 days.', ['704', '581'], ['2009']],
  ['The 2012-15 scorecard shows 23% were adopted.', ['23%'], ['2012']],
  ['In 2014/15, 12 children were adopted.', ['12'], ['2014']],
  ['In 2009 12 children were adopted.', ['12'], ['2009']],
  ['Over 2009\u201312, 12 children were adopted.', ['12'], ['2009']],
  ['From 2020\u201345 the plan adds 30 homes.', ['45', '30'], ['2020']],
  // digits run on to letters are an identifier's
  ["Children's home SC485956 was judged good in 2019.", [], ['2019']],
  ['Spending will rise to \u00a335.9m, with 12 new homes.', ['35.9', '12'], []],
];
for (const [claim, figures, years] of RANGES) {
  test(`verdict guards: figures and years of "${claim}"`, () => {
    const analysed = analyseClaim(claim, () => 4);
    assert.deepEqual(
      analysed.figures.map((f) => f.value),
      figures,
    );
    assert.deepEqual(analysed.years, years);
  });
}

test('verdict guards: function words weigh little, however rare the corpus makes them; words of direction stay', () => {
  const analysed = analyseClaim('Besides the apprentices within the council itself, more leavers found jobs than before.', () => 9);
  const weight = (word: string) => analysed.weights[analysed.words.indexOf(word)];
  for (const w of ['besid', 'within', 'itself']) assert.equal(weight(w), 1, w);
  for (const w of ['apprentic', 'council', 'more', 'than']) assert.equal(weight(w), 9, w);
});

test('verdict guards: a rare first word that names a document\u2019s place is a name the passage must hold', () => {
  const weights: Record<string, number> = { suffolk: 8.3, two: 3.1 };
  const weight = (t: string) => weights[t] ?? 4;
  const naming = (t: string) => t === 'suffolk' || t === 'two';
  assert.ok(analyseClaim('Suffolk has stopped placing homeless teenagers in hostels.', weight, naming).names.has('suffolk'));
  // Without the corpus's names, or as common as "two" is, the first word is no name.
  assert.ok(!analyseClaim('Suffolk has stopped placing homeless teenagers in hostels.', weight).names.has('suffolk'));
  assert.ok(!analyseClaim('Two thirds of children were absent.', weight, naming).names.has('two'));
});

test('verdict guards: the years a sentence names, a range read whole, and whether it is dated by other years only', () => {
  assert.deepEqual([...yearsNamed('From 2013\u201314 to 1999/00, and in 2009 12 children')].sort(), [
    '1999',
    '2000',
    '2009',
    '2013',
    '2014',
  ]);
  assert.ok(
    datedByOtherYears(
      new Set(['2014']),
      'This is an increase from 465 at 31 March 2013.',
      analyze('This is an increase from 465 at 31 March 2013.'),
    ),
  );
  assert.ok(
    !datedByOtherYears(
      new Set(['2014']),
      'In 2013\u201314, 465 children were looked after.',
      analyze('In 2013\u201314, 465 children were looked after.'),
    ),
  );
  assert.ok(!datedByOtherYears(new Set(['2014']), 'This is an increase from 465.', analyze('This is an increase from 465.')));
  assert.ok(!datedByOtherYears(new Set(), 'In 2013, 465 children were looked after.', analyze('In 2013, 465 children were looked after.')));
});
