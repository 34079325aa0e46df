/**
 * A sentence that sums several statements of its source is judged statement by statement (clauseSupport.ts), each
 * case a fault found on probe7-tune (the statement about a place: probe18-tune): a cited summary of two sentences is borne out when each statement is, and
 * partly supported (saying which statement is not) when one is not; a causal sentence is never cut. Figures: a
 * figure a sentence gives for a national threshold is the comparison's, not its subject's; and a claim that gives
 * the subject's figure in words ("almost a quarter") may give the comparison's figure too ("the 11% of the year before").
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { checkCase, judgeUniformly, memoryChecker, otherReports, type VerdictCase } from '../helpers/verdictCases.js';
import type { DraftChecker } from '../../server/src/engine/check/checkDraft.js';
import { statementsOf } from '../../server/src/engine/check/clauseSupport.js';
import { comparisonFigures } from '../../server/src/engine/evidence/benchmarkFigures.js';
import { passageContext } from '../../server/src/engine/evidence/passageContext.js';
import type { SourceDocument } from '../../server/src/engine/types.js';
import { withinBound } from '../../server/src/engine/evidence/shareAgainst.js';
import { numberMentions } from '../../server/src/engine/evidence/numberWords.js';

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
  '/corpus/northvale-2019.txt': [
    'Inspection of Northvale local authority children\u2019s services',
    '',
    'Children in care attend school 96% of the time.',
    '',
    'Children are helped to remain in school against a backdrop more generally of increasing exclusions.',
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
    // Studied probe18-tune p18-pc-03: the second statement speaks of the first's children, and the report names
    // Northvale only in its title.
    name: 'a statement cut from a sentence about a place is about that place too',
    draft:
      'Children in care in Northvale attend school 96% of the time, and they are helped to stay in school even though ' +
      'exclusions are rising more widely [@northvale-2019].',
    codes: [],
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
  {
    sentence: 'The trust recruits thirty foster carers a year, yet the number of foster places has fallen.',
    parts: ['The trust recruits thirty foster carers a year', 'the number of foster places has fallen.'],
  },
  {
    sentence: 'Bradford has raised its allowances for foster carers, though it is too early to tell whether recruitment has improved.',
    parts: ['Bradford has raised its allowances for foster carers', 'it is too early to tell whether recruitment has improved.'],
  },
  { sentence: 'Placements broke down more often because too few foster carers were recruited in the county.' },
  { sentence: 'Stability improved, leading to better school attendance for children in care.' },
  { sentence: 'Children were seen, and then more.' },
  // Not inside a quantity (studied probe16-tune p16-pt-01).
  {
    sentence: 'Over the last year and a half, extra investment has brought extra staff, and advisers now have time for each care leaver.',
    parts: ['Over the last year and a half, extra investment has brought extra staff', 'advisers now have time for each care leaver.'],
  },
  // Two figures either side of an " and ": two statements, the second perhaps without its verb.
  {
    sentence: 'Young offender institutions hold 73% of children in custody and secure training centres a further 17%.',
    parts: ['Young offender institutions hold 73% of children in custody', 'secure training centres a further 17%.'],
  },
  {
    sentence: 'The review heard from 14 councils in the region and 52 independent providers of care.',
    parts: ['The review heard from 14 councils in the region', '52 independent providers of care.'],
  },
  // Years are not figures of a statement, and an " and " with a figure on one side only joins one statement's words.
  { sentence: 'Between 2019 and 2023 the number of children in care rose steadily across the region.' },
  { sentence: 'Children and young people in 12 councils were waiting too long for assessments.' },
];

for (const s of STATEMENTS)
  test(`"${s.sentence}" ${s.parts ? 'makes several statements' : 'is judged whole'}`, () => {
    assert.deepEqual(statementsOf(s.sentence), s.parts);
  });

test('a national threshold\u2019s figure is a comparison figure', () => {
  assert.deepEqual([...comparisonFigures('This is below the national threshold of 26 weeks.')], ['26']);
  assert.deepEqual([...comparisonFigures('Care proceedings are completed within an average period of 25 weeks.')], []);
});

// With one weight for every word, so that no fixture's weighting decides it (probe9): an age is who a claim is
// about, found in the paragraph as well as the sentence; a claim may round a more precise figure of the source.
const judged = judgeUniformly;

test('an age in the paragraph is the claim\u2019s: "At 21, care leavers move to a separate team"', () => {
  const j = judged(
    'At 21, Eastvale care leavers move to a separate team whose advisers place too much onus on young people asking for help.',
    'Within this separate team for care leavers, advisers place too much onus on young people being able to ask for help.',
    ['When care leavers over 21 contact the duty service, advisers respond to the immediate need.'],
  );
  assert.notEqual(j.shortfall, 'figure', JSON.stringify(j));
});

test('a claim may round the source\u2019s figure ("15%" for "15.1%"), not the other way round', () => {
  const claim = (figure: string) => `In Eastvale ${figure} of secondary pupils were entitled to free school meals.`;
  assert.equal(judged(claim('15%'), 'In Eastvale 15.1% of secondary pupils were entitled to free school meals.').verdict, 'supports');
  assert.notEqual(judged(claim('15.1%'), 'In Eastvale 15% of secondary pupils were entitled to free school meals.').verdict, 'supports');
});

test('"There were 15 such young people" reads with the sentence before it, whose words it points back at', () => {
  const texts = [
    'Senior managers have agreed to the use of unregulated placements out of area for young people.',
    'There were 15 such young people in the year preceding inspection.',
  ];
  let at = 0;
  const sentences = texts.map((text, index) => {
    const s = { index, start: at, end: at + text.length, text, block: 0 };
    at += text.length + 1;
    return s;
  });
  const doc = { sourceId: 'southvale', file: '/corpus/southvale.txt', metadata: { origin: {} }, text: texts.join(' '), sentences };
  assert.equal(passageContext(doc as unknown as SourceDocument, sentences[1].start)?.pair?.sentence.index, 0);
});

// A bound the claim's share in words sets, kept by the sentence's share near it (probe9, Bristol).
const BOUNDS: Array<{ claim: string; source: string; within: boolean }> = [
  { claim: 'More than half of care leavers are in education.', source: '56% are in education.', within: true },
  { claim: 'Fewer than a quarter were seen on time.', source: '22% were seen on time.', within: true },
  { claim: 'More than half of care leavers are in education.', source: '48% are in education.', within: false },
  { claim: 'More than half of care leavers are in education.', source: '95% are in education.', within: false },
  { claim: 'Just under half of care leavers are in education.', source: '47% are in education.', within: false },
  { claim: 'Around half of care leavers are in education.', source: '56% are in education.', within: false },
  // A round count in words, kept near it (probe18-tune p18-pu-01); a bound in digits is the source's own figure.
  { claim: 'More than a hundred others are in further education.', source: '106 are in further education.', within: true },
  { claim: 'More than a hundred others are in further education.', source: '160 are in further education.', within: false },
  { claim: 'More than 100 others are in further education.', source: '106 are in further education.', within: false },
];

for (const b of BOUNDS)
  test(`"${b.source}" ${b.within ? 'keeps' : 'does not keep'} the bound of "${b.claim}"`, () => {
    const [q] = numberMentions(b.claim);
    const [m] = numberMentions(b.source);
    assert.equal(withinBound(b.claim, q, m), b.within);
  });

test('a claim that denies what the source\u2019s denial governs agrees with it ("without any qualifications")', () => {
  const j = judged(
    'Over a third of Eastvale care leavers reached 19 without any qualifications, against roughly one in nine of all Year 11 pupils.',
    'Although there are some examples of good work undertaken by social workers to re-engage care leavers who had come late to' +
      ' the care system into education or training many care leavers (more than 35% compared with 11% of all year 11s) do not' +
      ' have any qualifications by the age of 19, which has a major impact on their current and future life chances.',
  );
  assert.notEqual(j.shortfall, 'polarity', JSON.stringify(j));
});

test('"For example, …" reads with the sentence before it, of which it gives an instance', () => {
  const texts = [
    'Care leavers helped to write the significantly improved local offer.',
    'For example, care leavers can now access free gym sessions and a council tax exemption.',
  ];
  let at = 0;
  const sentences = texts.map((text, index) => {
    const s = { index, start: at, end: at + text.length, text, block: 0 };
    at += text.length + 1;
    return s;
  });
  const doc = { sourceId: 'westvale', file: '/corpus/westvale.txt', metadata: { origin: {} }, text: texts.join(' '), sentences };
  assert.equal(passageContext(doc as unknown as SourceDocument, sentences[1].start)?.pair?.sentence.index, 0);
});

// A partial for polarity says whether the sentence states the contrary (Judgement.contrary, which outweighs a cited
// passage taken at the writer's word: supportFindings saysOtherwise), or only does not say the claim's words.
const CONTRARY: Array<{ claim: string; text: string; contrary: boolean }> = [
  { claim: 'Private fostering in Eastvale is actively promoted.', text: 'In Eastvale, private fostering is not promoted.', contrary: true },
  {
    claim: 'Eastvale has high staff turnover and many vacancies.',
    text: 'Eastvale has low staff turnover and few vacancies.',
    contrary: true,
  },
  {
    claim: 'Eastvale does not have enough social workers to meet demand.',
    text: 'There are not enough social workers in Eastvale to meet demand.',
    contrary: false,
  },
  {
    claim: 'Eastvale assessments always consider the impact of disability.',
    text: 'Eastvale assessments consider the impact of disability.',
    contrary: false,
  },
];

for (const c of CONTRARY)
  test(`"${c.text}" ${c.contrary ? 'states the contrary of' : 'does not state the contrary of'} "${c.claim}"`, () => {
    const j = judged(c.claim, c.text);
    if (c.contrary) assert.equal(j.shortfall === 'polarity' && j.contrary, true, JSON.stringify(j));
    else assert.notEqual(j.contrary, true, JSON.stringify(j));
  });

test('a place of several words is one name: a North East Lindale report does not bear out a claim about North Lindale', () => {
  const claim = 'Many children in North Lindale are left with unassessed need.';
  const text = 'The early help offer is yet to be resourced, leaving many children with unassessed need.';
  assert.equal(judged(claim, text, [], 'Inspection of North Lindale').verdict, 'supports');
  const other = judged(claim, text, [], 'Inspection of North East Lindale');
  assert.equal(other.shortfall, 'place', JSON.stringify(other));
  assert.match(other.detail ?? '', /North Lindale/);
});
