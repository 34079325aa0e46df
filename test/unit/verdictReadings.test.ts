/**
 * How a passage is read for a claim, each case a fault found on a studied split (probe5-tune, heldout-tune): the
 * sentence that bears a claim out is found in the report it cites even when it does not repeat the place's name
 * (which the report's title gives, so that the sentences naming it would outrank it); a sentence whose figure is
 * dated by another period ("72 … placed for adoption in 2013–14", "48% for the period between 2011 and 2014") gives
 * no figure for the claim's; a list item reads with the sentence its lead-in points back to ("At 22 February 2016,
 * 300 children … Of this number:"); and a bounded multiple ("more than tripled") is borne out by figures past it.
 * From probe7-tune: a trend word counting a group a relative clause defines ("Increasing numbers of children who come
 * into care are also benefiting …") is not the claim's trend; another figure for the measure of the clause holding
 * the claim's figure contradicts a two-clause claim; two shares of one measure are in one unit.
 */
import { test, before } from 'node:test';
import { checkCase, memoryChecker, otherReports, type VerdictCase } from '../helpers/verdictCases.js';
import type { DraftChecker } from '../../server/src/engine/check/checkDraft.js';
import type { Corpus } from '../../server/src/engine/corpus/corpus.js';
import { gradedSearch } from '../../server/src/engine/check/supportFindings.js';
import { gradeResults, placeNames } from '../../server/src/engine/evidence/gradedEvidence.js';
import { analyseClaim } from '../../server/src/engine/evidence/claimAnalysis.js';
import { datedByOtherPeriods, periodsNamed } from '../../server/src/engine/evidence/monthDates.js';
import { groupPredicate } from '../../server/src/engine/evidence/trend.js';
import { judgePassage } from '../../server/src/engine/evidence/verdict.js';
import { loadTermRelations } from '../../server/src/engine/evidence/termRelations.js';
import assert from 'node:assert/strict';
import { MULTIPLE, MULTIPLE_FACTOR, multipleBound, sameMultiple } from '../../server/src/engine/evidence/figureMatch.js';

// Other councils' reports, on children in care and schools, so that those words are common and the place's two
// names are the claim's rarest terms: a search that needs a candidate to hold half of the claim's weight then walks
// only the names (and one word more), and never reaches the sentence that does not repeat them.
const OTHERS = otherReports(30, (i) => [
  'Children in care go to school and are rated well.',
  'School attendance of children in care is rated good.',
  `Borough ${i} has ${i + 3} schools rated outstanding.`,
]);

const FILES = {
  ...OTHERS,
  '/corpus/amber-vale-2015.txt': [
    'Inspection of Amber and Vale children\u2019s services',
    '',
    'Amber and Vale appointed a new director of children\u2019s services in 2014.',
    '',
    'Around three quarters of children looked after attend a good or outstanding school.',
    '',
  ].join('\n'),
  '/corpus/amber-vale-2019.txt': [
    'Inspection of Amber and Vale children\u2019s services',
    '',
    'Amber and Vale appointed a new director of children\u2019s services in 2018.',
    '',
    'In 2019, 48% of children looked after attended a good or outstanding school.',
    '',
  ].join('\n'),
  '/corpus/northshire-2016.txt': [
    'Inspection of Northshire children\u2019s services',
    '',
    '\uf0ae At 22 February 2016, 300 children and young people were being looked after by',
    '  the local authority (a rate of 71 per 10,000 children and young people). This is an',
    '  increase from 293 (69 per 10,000 children and young people) at 31 March 2015.',
    '  Of this number:',
    '          \uf02d 126 (or 42%) live outside the local authority area',
    '          \uf02d 21 live in residential children\u2019s homes, of whom 90.5% live outside the',
    '            authority area',
    '          \uf02d 192 live with foster families, of whom 35.9% live outside the authority',
    '            area',
    '',
    'Expenditure on care leavers has increased from 2% to 7% of the children\u2019s services budget this year.',
    '',
  ].join('\n'),
  '/corpus/southshire-2023.txt': [
    'Inspection of Southshire children\u2019s services',
    '',
    '16. When children aged 16 and 17 years present as homeless, they are not consistently advised of their right to',
    '    be looked after. Social workers facilitate and provide support for children who can be reunified with their',
    '    families when this is appropriate. Some children who need support and accommodation do not get the help they',
    '    urgently need.',
    '',
    '83. Performance in securing permanent arrangements for children through the use of special guardianship (SGO)',
    '    is good. In 2012\u201313, 21% of children left care through SGO compared to statistical neighbours at 9%.',
    '',
  ].join('\n'),
  '/corpus/eastshire-2014.txt': [
    'Inspection of Eastshire children\u2019s services',
    '',
    'Adoption planning is given the highest priority. The number of children adopted increased from 37 in 2011\u201312',
    'to 62 in 2012\u201313. This figure has already been exceeded this year and the local authority\u2019s own data shows',
    'that 72 children have been placed for adoption in 2013\u201314.',
    '',
  ].join('\n'),
  '/corpus/westshire-2025.txt': [
    'Focused visit to Westshire children\u2019s services',
    '',
    'The number of children entering care in Westshire has reduced, influenced by a leadership commitment to support',
    'children to remain with their families. Increasing numbers of children who come into care are also benefiting',
    'from living arrangements with their brothers and sisters.',
    '',
  ].join('\n'),
  '/corpus/northvale-2017.txt': [
    'Inspection of Northvale children\u2019s services',
    '',
    '60. Evidence presented by social workers is accepted by the courts, in most cases without the need for additional',
    '    assessments. Care proceedings are completed within an average period of 25 weeks. This is below the national',
    '    threshold of 26 weeks.',
    '',
    '28. Timeliness has improved. In 2015\u201316, initial child protection conferences held within 15 days of the strategy',
    '    discussion were reported as 79%. The local authority latest data shows a much-improved position at 97%.',
    '',
    '30. Progress has been made in reducing the caseloads of social workers, but these remain too high in several teams.',
    '',
    '61. The proportion of care leavers who are not in education, employment or training is too high at 25%. The',
    '    figure of 25% represents 38 care leavers between 18 and 24 years of age.',
    '',
  ].join('\n'),
};

let checker: DraftChecker;
let corpus: Corpus;
before(async () => {
  ({ checker, corpus } = await memoryChecker(FILES));
});

test('the cited report\u2019s sentence that does not repeat the place is found, and bears the claim out', () => {
  const claim = 'Roughly three in four of Amber and Vale\u2019s children in care go to a school rated good or outstanding.';
  const graded = gradedSearch(corpus, claim, new Set(['amber-vale-2015']));
  const found = graded.find((g) => g.result.text.startsWith('Around three quarters'));
  assert.equal(found?.judgement.verdict, 'supports', JSON.stringify(graded.map((g) => [g.judgement.verdict, g.result.text])));
  assert.equal(graded[0], found);
  checkCase(checker, { name: 'cited', draft: `${claim.slice(0, -1)} [@amber-vale-2015].`, codes: [] });
});

const CASES: VerdictCase[] = [
  {
    name: 'a list item lends a figure with every telling word of what the claim counts ("21 of them … residential children\u2019s homes")',
    draft:
      'In February 2016 Northshire was looking after 300 children, slightly more than the 293 of the previous March, and 21 of them lived in residential' +
      ' children\u2019s homes [@northshire-2016].',
    codes: [],
  },
  {
    name: 'an item with the figure for another thing lends none ("21 of them … with foster families")',
    draft:
      'In February 2016 Northshire was looking after 300 children, slightly more than the 293 of the previous March, and 21 of them lived with foster' +
      ' families [@northshire-2016].',
    codes: ['citation-does-not-support'],
  },
  {
    name: 'a figure dated by another year range is not the claim\u2019s for its period',
    draft: 'The number of Eastshire children adopted rose from 37 in 2011\u201312 to 72 in 2012\u201313 [@eastshire-2014].',
    codes: ['contradicted-by-source'],
    on: 'contradicted-by-source',
    verdict: 'contradicts',
    detail: /62/,
  },
  {
    name: 'the same figures for the period the sentence gives them are borne out',
    draft: 'Eastshire\u2019s adoptions went up from 37 in 2011\u201312 to 62 in 2012\u201313 [@eastshire-2014].',
    codes: [],
  },
  {
    name: 'an age is who the claim is about, not a statistic: the paragraph\u2019s other sentences still lend words',
    draft:
      'Homeless 16- and 17-year-olds in Southshire are not always told that they have a right to be looked after, ' +
      'and some do not get the urgent help and accommodation they need [@southshire-2023].',
    codes: [],
  },
  {
    name: '"similar councils" are the statistical neighbours a report compares with',
    draft:
      'In 2012\u201313, 21% of children leaving Southshire\u2019s care did so through an SGO, against 9% in similar councils [@southshire-2023].',
    codes: [],
  },
  {
    name: '"more than tripled" is borne out by a change from 2% to 7%',
    draft:
      'Northshire has more than tripled the share of its children\u2019s services budget spent on care leavers this year, from 2% to 7% [@northshire-2016].',
    codes: [],
  },
  {
    name: '"more than quadrupled" is not',
    draft:
      'Northshire has more than quadrupled the share of its children\u2019s services budget spent on care leavers this year, from 2% to 7% [@northshire-2016].',
    codes: ['citation-does-not-support'],
  },
  {
    name: '"increasing numbers of children who come into care are benefiting" says nothing of how many came into care',
    draft: 'The number of children entering care in Westshire has increased [@westshire-2025].',
    codes: ['contradicted-by-source'],
    on: 'contradicted-by-source',
    verdict: 'contradicts',
    detail: /reduced/,
  },
  {
    name: 'its agreeing twin, in other words, is borne out',
    draft: 'Fewer children are now entering care in Westshire [@westshire-2025].',
    codes: [],
  },
  {
    name: 'another figure for the measure of the clause that states the claim\u2019s figure contradicts it',
    draft:
      'Northvale\u2019s care proceedings are completed in an average of 26 weeks, with the courts mostly accepting the ' +
      'council\u2019s evidence without extra assessments [@northvale-2017].',
    codes: ['contradicted-by-source'],
    on: 'contradicted-by-source',
    detail: /25/,
  },
  {
    name: 'and its agreeing twin is borne out',
    draft: 'Northvale completes care proceedings in 25 weeks on average, just inside the 26-week national threshold [@northvale-2017].',
    codes: [],
  },
  {
    name: '"The local authority latest data shows … 97%" carries the sentence before it on',
    draft:
      'The latest data show that 97% of initial child protection conferences in Northvale are held within 15 days of the ' +
      'strategy discussion [@northvale-2017].',
    codes: [],
  },
  {
    name: 'the opposite trend for the measure of the clause that states the claim\u2019s trend contradicts it',
    draft:
      'Social workers\u2019 caseloads in Northvale have been creeping up, and several teams now carry too many cases ' +
      '[@northvale-2017].',
    codes: ['contradicted-by-source'],
    on: 'contradicted-by-source',
    detail: /reducing/,
  },
  {
    name: 'a claim for the latest figure is not borne out by the figure of a year the next sentence updates',
    draft:
      'Northvale\u2019s latest data show 79% of initial child protection conferences held within 15 days of the strategy ' +
      'discussion [@northvale-2017].',
    codes: ['citation-does-not-support'],
  },
  {
    name: 'two shares of the same measure are in one unit: 38% against "too high at 25%"',
    draft: '38% of Northvale\u2019s care leavers are not in education, employment or training [@northvale-2017].',
    codes: ['contradicted-by-source'],
    on: 'contradicted-by-source',
    detail: /25%/,
  },
  {
    name: 'and "a quarter" is borne out',
    draft: 'A quarter of Northvale\u2019s care leavers are not in education, employment or training [@northvale-2017].',
    codes: [],
  },
];

for (const c of CASES) test(c.name, () => checkCase(checker, c));

const GROUPS: Array<{ text: string; word: string; predicate?: string }> = [
  {
    text: 'Increasing numbers of children who come into care are also benefiting from living arrangements.',
    word: 'Increasing',
    predicate: 'also benefiting from living arrangements',
  },
  { text: 'A growing number of care leavers who stay put have secure homes.', word: 'growing', predicate: 'secure homes' },
  { text: 'Increasing numbers of care leavers stay put with their former foster carers.', word: 'Increasing' },
  { text: 'Increasing numbers of children who come into care are benefiting.', word: 'more' },
];

for (const g of GROUPS)
  test(`the trend of "${g.text}" ${g.predicate ? 'counts those doing its main predicate' : 'is its own'}`, () => {
    assert.equal(groupPredicate(g.text, g.word), g.predicate);
  });

test('a list item reads with the lead-in sentence its "Of this number:" points back to', () => {
  const claim =
    'Northshire had 300 children in care in February 2016, over two in five of them living outside the borough and 192 in foster homes.';
  const doc = corpus.document('northshire-2016')!;
  const item = doc.sentences.find((x) => x.text.startsWith('126 (or 42%)'))!;
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  const result = { sourceId: doc.sourceId, title: '', file: doc.file, range, start: item.start, end: item.end, text: item.text, score: 0 };
  const [graded] = gradeResults(
    corpus,
    analyseClaim(claim, (t) => corpus.claimTermWeight(t), placeNames(corpus)),
    [result],
  );
  // The figures are all there (300 in the lead-in, 42% here, 192 in another item); only wording may fall short.
  const j = graded.judgement;
  assert.ok(j.verdict === 'supports' || (j.verdict === 'partial' && j.shortfall !== 'figure'), JSON.stringify(j));
});

test('a cited report that gives another figure for the claim\u2019s measure and year still contradicts it', () => {
  // Only what the name-blanked search alone finds in a cited report is never reported as contradicting (it may speak of
  // another group of the place); the report's own sentence on the claim's year and figure is found without it.
  const draft = 'In 2019, 75% of Amber and Vale\u2019s children in care attended a good or outstanding school [@amber-vale-2019].';
  checkCase(checker, { name: 'cited', draft, codes: ['contradicted-by-source'], on: 'contradicted-by-source', detail: /48%/ });
});

const MULTIPLES: Array<{ claim: string; text: string; same: boolean }> = [
  { claim: 'has more than tripled', text: 'increased from 2% to 7%', same: true },
  { claim: 'has tripled', text: 'increased from 2% to 7%', same: false },
  { claim: 'has tripled', text: 'increased from 2% to 6.2%', same: true },
  { claim: 'has almost doubled', text: 'rose from 10 to 18', same: true },
  { claim: 'has almost doubled', text: 'rose from 10 to 21', same: false },
  { claim: 'has more than halved', text: 'fell from 40 to 16', same: true },
  { claim: 'has more than halved', text: 'fell from 40 to 24', same: false },
];

for (const m of MULTIPLES)
  test(`"${m.claim}" is ${m.same ? '' : 'not '}said by "${m.text}"`, () => {
    const word = MULTIPLE.exec(m.claim)!;
    const factor = MULTIPLE_FACTOR[word[1].toLowerCase().slice(0, 4)];
    assert.equal(sameMultiple(m.text, word[1], factor, multipleBound(m.claim.slice(0, word.index))), m.same);
  });

const PERIODS: Array<{ claim: string; text: string; other: boolean }> = [
  { claim: 'from 37 in 2011\u201312 to 72 in 2012\u201313', text: '72 children were placed for adoption in 2013\u201314.', other: true },
  { claim: 'in 2012-13', text: 'In 2012/13, 62 children were adopted.', other: false },
  { claim: 'in 2013', text: '72 children were placed in 2013\u201314.', other: false },
  { claim: 'in 2012\u201313', text: 'In the same year 62 children were adopted.', other: false },
  { claim: 'in 2012\u201313', text: 'It rose from 30 in 2010\u201311 to 62 in 2013\u201314.', other: true },
];

for (const p of PERIODS)
  test(`"${p.text}" is ${p.other ? '' : 'not '}dated by another period than "${p.claim}"`, () => {
    assert.equal(datedByOtherPeriods(periodsNamed(p.claim), p.text), p.other);
  });

const SPELLED: Array<{ text: string; periods: string[] }> = [
  { text: 'was 48% for the period between 2011 and 2014', periods: ['2011-2014'] },
  { text: 'performance in 2012 to 2015', periods: ['2012-2015'] },
  { text: 'in 2012\u20132015 and 2012\u201315', periods: ['2012-2015'] },
  { text: 'in 2013 and 2014', periods: [] },
  { text: 'from 2014 to 2030', periods: [] },
];

for (const p of SPELLED)
  test(`"${p.text}" names the periods ${p.periods.join(', ') || 'none'}`, () => {
    assert.deepEqual([...periodsNamed(p.text)], p.periods);
  });

// With the policy corpus's weights for these words (idf there), so that no small fixture's weighting decides it: the
// sentence names five sixths of the claim's measure, less than a contradiction needs, but its one share, in words,
// is plainly another than the claim's, which pins the measure down.
const SHARE_WEIGHTS: Record<string, number> = {
  onli: 4.8,
  brighton: 8.9,
  children: 0.9,
  care: 1.9,
  attend: 4.1,
  school: 3.4,
  judg: 5.4,
  good: 2.7,
  outstand: 5,
};

test('a share in words the sentence plainly gives otherwise, as its one share, contradicts: "around half" against "three quarters"', () => {
  const weight = (t: string) => SHARE_WEIGHTS[t] ?? 3;
  const claim = analyseClaim(
    'Only around half of Brighton\u2019s children in care attend a school judged good or outstanding.',
    weight,
    (t) => t === 'brighton',
  );
  const text = 'In Brighton, around three quarters of children looked after attend a good or outstanding school.';
  const judgement = judgePassage(claim, text, undefined, loadTermRelations(), weight);
  assert.equal(judgement.verdict, 'contradicts', JSON.stringify(judgement));
  assert.match(judgement.detail ?? '', /three quarters/);
});
