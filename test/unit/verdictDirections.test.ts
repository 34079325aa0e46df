/**
 * Which way a source says something stands or went, in wordings the plain patterns missed: a share set against a
 * benchmark with what it is a share of in between ("A higher share of … care leavers are in education, employment or
 * training than in comparable authorities" against "lower than comparators"); a judged length ("a deterioration in the
 * length of proceedings": longer); a sentence that carries the one before on by its measure ("The backlog is
 * reducing", "The rate for family and friends carers is much lower at 40%"); "effect" for "impact"; and which place
 * or body a source is of: "South Westshire" is not Westshire, and an inspection report is the inspectorate's ("when
 * Ofsted inspected"); "saw a sharp fall" against "has risen sharply" (a light verb, an adverb for the adjective). From the studied
 * probe10-tune, probe12 and probe17-tune splits.
 */
import { otherReports, verdictSuite, type VerdictCase } from '../helpers/verdictCases.js';

const OTHERS = otherReports(30, (i) => [
  `Care leavers in Borough ${i} are supported into education, employment or training by personal advisers.`,
  `Care proceedings in Borough ${i} take ${i + 20} weeks on average, and the court praises the quality of evidence.`,
  'Children in care receive health assessments, and family and friends carers are supported well.',
]);

const FILES = {
  ...OTHERS,
  '/corpus/eastshire-2019.txt': [
    'Inspection of Eastshire children\u2019s services',
    '',
    [
      '35.',
      'Senior leaders are aware that the proportion of care leavers in education, employment or training is lower than comparators.',
      'They have employed additional employment advisers.',
      'It was too early to see the impact of this work at the time of this inspection.',
    ].join(' '),
    '',
    '60. Weaknesses in the presentation of cases have resulted in a deterioration in the length of proceedings to 38 weeks for the year to date.',
    '',
    [
      '70.',
      'While children\u2019s health needs are generally met, there are delays in completing initial and review health assessments.',
      'The backlog is reducing, supported by partnership oversight.',
    ].join(' '),
    '',
    [
      '74.',
      'Good engagement has resulted in 90% of mainstream foster carers having completed formal training.',
      'The rate for family and friends carers is much lower at 40%.',
    ].join(' '),
    '',
    '15. The number of children who are electively home educated has risen sharply over the last two years.',
    '',
  ].join('\n'),
  '/corpus/south-westshire-2020.txt': [
    'Inspection of South Westshire children\u2019s services',
    '',
    '22. Almost half of care leavers in South Westshire are in education, employment or training, slightly fewer than the average for similar areas.',
    '',
  ].join('\n'),
  '/corpus/westshire-2020.txt': [
    'Inspection of Westshire children\u2019s services',
    '',
    '23. A higher percentage of care leavers are in education, employment or training than in similar local authorities.',
    '',
  ].join('\n'),
  '/corpus/eastshire-2016.txt': [
    'Inspection of Eastshire children\u2019s services',
    '',
    [
      '78. Between 1 April 2015 and 31 March 2016, 83% of adopters waited longer than three months from approval to matching,',
      'compared with 74% in the previous year.',
    ].join(' '),
    '',
    '79. At the time of the inspection, 26 adopters had waited more than six months to be matched with a child.',
    '',
    '80. The adoption service has made considerable improvements since the previous inspection, including doubling the number of approved adopters.',
    '',
  ].join('\n'),
  '/corpus/eastshire-adoption-strategy.txt': [
    'Eastshire adoption strategy',
    '',
    '12. At the time of the review, 26 adopters had waited more than six months to be matched with a child.',
    '',
  ].join('\n'),
  '/corpus/northshire-2019.txt': [
    'Inspection of Northshire children\u2019s services',
    '',
    '30. Leaders know that the proportion of care leavers in education, employment or training is higher than comparators.',
    '',
    [
      '41. The number of children persistently absent from school is reducing but still high at 14.1% and is a clear area',
      'for improvement identified by the virtual school.',
    ].join(' '),
    '',
  ].join('\n'),
};

const CASES: VerdictCase[] = [
  {
    name: 'a share set against a benchmark, what it is a share of in between: the opposite is not borne out',
    draft:
      'A higher share of Eastshire\u2019s care leavers are in education, employment or training than in comparable authorities [@eastshire-2019].',
    codes: ['citation-does-not-support'],
    on: 'citation-does-not-support',
    message: /the source says \u201clower than\u201d, not \u201chigher \u2026 than\u201d/,
  },
  {
    name: 'the same way round, in other words, is borne out',
    draft:
      'A smaller share of Eastshire\u2019s care leavers are in education, employment or training than in comparable areas [@eastshire-2019].',
    codes: [],
  },
  {
    name: 'a smaller share against a benchmark, what it is a share of in between, is not "higher than comparators"',
    draft:
      'A smaller share of Northshire\u2019s care leavers are in education, employment or training than in comparable authorities [@northshire-2019].',
    codes: ['citation-does-not-support'],
    on: 'citation-does-not-support',
    message: /the source says \u201chigher than\u201d, not \u201csmaller \u2026 than\u201d/,
  },
  {
    name: '"less likely to … than" similar councils is not borne out by "a higher percentage … than"',
    draft:
      'Care leavers in Westshire are less likely to be in education, employment or training than those in similar areas [@westshire-2020].',
    codes: ['citation-does-not-support'],
    on: 'citation-does-not-support',
    message: /the source says \u201chigher \u2026 than\u201d, not \u201cless \u2026 than\u201d/,
  },
  {
    name: 'a one-word place held only inside a longer name ("South Westshire") is another place',
    draft: 'Almost half of care leavers in Westshire are in education, employment or training [@south-westshire-2020].',
    codes: ['citation-does-not-support'],
    on: 'citation-does-not-support',
    message: /speaks of \u201cSouth Westshire\u201d, not \u201cWestshire\u201d/,
  },
  {
    name: 'an inspection report is the inspectorate\u2019s: "when Ofsted inspected" needs no "Ofsted" in it',
    draft: 'When Ofsted inspected, 26 adopters in Eastshire had been waiting more than six months to be matched [@eastshire-2016].',
    codes: [],
  },
  {
    name: 'a document that is no inspection report does not bear out what Ofsted found',
    draft:
      'When Ofsted inspected, 26 adopters in Eastshire had been waiting more than six months to be matched [@eastshire-adoption-strategy].',
    codes: ['citation-does-not-support'],
    on: 'citation-does-not-support',
    message: /Ofsted/,
  },
  {
    name: 'a figure set against the previous year\u2019s says which way it went',
    draft:
      'In 2015\u201316 more than four in five of Eastshire\u2019s adopters waited over three months from approval to matching,' +
      ' up from about three quarters the year before [@eastshire-2016].',
    codes: [],
  },
  {
    name: 'a judgement among other trend words bears out a judgement ("made considerable improvements \u2026, including doubling")',
    draft:
      'Eastshire\u2019s adoption service has improved considerably since the previous inspection, with twice as many approved adopters [@eastshire-2016].',
    codes: [],
  },
  {
    name: 'a deterioration in the length of proceedings is proceedings that lengthened',
    draft:
      'Weaknesses in how Eastshire presents its cases have lengthened care proceedings, to 38 weeks in the year to date [@eastshire-2019].',
    codes: [],
  },
  {
    name: 'the sentence that carries the one before on by its measure ("The backlog is reducing") runs against "growing"',
    draft: 'The backlog of initial and review health assessments for Eastshire\u2019s children has been growing [@eastshire-2019].',
    codes: ['contradicted-by-source'],
    on: 'contradicted-by-source',
    detail: /reducing/,
  },
  {
    name: '"The rate for …" carries on the measure of the sentence before it',
    draft: 'About 40% of Eastshire\u2019s family and friends carers have completed formal training [@eastshire-2019].',
    codes: [],
  },
  {
    name: '"effect" for "impact"',
    draft:
      'It was too early to see the effect of Eastshire\u2019s additional employment advisers at the time of the inspection [@eastshire-2019].',
    codes: [],
  },
  {
    name: '"saw a sharp fall" runs against "has risen sharply": the light verb and the adverb say no other measure',
    draft:
      'Over the two years before its 2019 inspection, Eastshire saw a sharp fall in the number of children educated at home [@eastshire-2019].',
    codes: ['contradicted-by-source'],
    on: 'contradicted-by-source',
    detail: /risen/,
  },
  {
    name: '"saw a sharp rise" is borne out by "has risen sharply"',
    draft:
      'Over the two years before its 2019 inspection, Eastshire saw a sharp rise in the number of children educated at home [@eastshire-2019].',
    codes: [],
  },
  // Studied probe12 p12-cd-09: the source's 14.1% is the claim's "just over 14%", which pins the measure down as an
  // exact figure does; and the cited report is searched for what holds fewer of the claim's words ("absent" for
  // "absence") than a corpus-wide search keeps.
  {
    name: 'a rounded figure of the source’s pins the measure: "climbing … just over 14%" runs against "reducing … 14.1%"',
    draft:
      'Persistent absence from school among Northshire’s children in care has been climbing and now stands at just over 14% ' +
      '[@northshire-2019].',
    codes: ['contradicted-by-source'],
    on: 'contradicted-by-source',
    detail: /reducing/,
  },
  {
    name: 'and "falling … just over 14%" is borne out',
    draft:
      'Persistent absence from school among Northshire’s children in care has been falling but still stands at just over 14% ' +
      '[@northshire-2019].',
    codes: [],
  },
];

verdictSuite(FILES, CASES);
