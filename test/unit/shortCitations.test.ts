/**
 * Short cited claims, whose measure is two or three words: a sentence of the cited report that holds the place and
 * one of them does not bear the claim out ("a shortage of dentists" against "resource shortages", "social workers are
 * well paid" against "social workers know their children well"), what a claim judges must be said ("poor"), and a
 * grade below good is not good ("require improvement to be good"), and a negated predicate denies what the claim
 * asserts ("is not timely" against "have timely access"). Each has a correct citation beside it that is still taken at
 * its word.
 */
import { test, before } from 'node:test';
import type { DraftChecker } from '../../server/src/engine/check/checkDraft.js';
import { checkCase, memoryChecker, otherReports, type VerdictCase } from '../helpers/verdictCases.js';
import assert from 'node:assert/strict';
import { judgePassage } from '../../server/src/engine/evidence/verdict.js';
import { analyseClaim } from '../../server/src/engine/evidence/claimAnalysis.js';
import { loadTermRelations } from '../../server/src/engine/evidence/termRelations.js';

// Other councils' reports, so that the words of the domain are common and the place's name is rare, as in a real corpus.
const OTHERS = otherReports(20, (i) => [
  'Social workers visit children regularly and children are seen alone.',
  'Partner agencies attend conferences and written reports are provided.',
  'Children\u2019s services are judged on the experiences and progress of children.',
  // The claims' rarer words are about as rare as each other: no one of them outweighs the rest.
  ['Dentists visit children in their homes.', 'Foster carers are paid an allowance.', 'Staff shortages are reported.'][i % 3],
]);

const FILES = {
  ...OTHERS,
  '/corpus/westshire-inspection.txt': [
    'Inspection of Westshire children\u2019s services',
    '',
    'Children\u2019s services in Westshire require improvement to be good.',
    '',
    'Conferences are well attended by partner agencies, but resource shortages have resulted in the police failing',
    'to attend some initial conferences, although written reports are provided.',
    '',
    'Social workers know their children well and children are seen regularly and seen alone where appropriate.',
    '',
    'This has resulted in most children receiving good services which meet their needs.',
    '',
    'The proportion of children entitled to free school meals:',
    '',
    '  In primary schools 12% (the national average is 15%)',
    '',
  ].join('\n'),
  '/corpus/eastshire-inspection.txt': [
    'Inspection of Eastshire children\u2019s services',
    '',
    'Private fostering is not promoted, and no privately fostered children are known to the local authority.',
    '',
    'Access to health services for children experiencing emotional and mental health problems is not timely.',
    '',
    'Access to dental services for children in care is poor.',
    '',
  ].join('\n'),
};

let checker: DraftChecker;
before(async () => {
  ({ checker } = await memoryChecker(FILES));
});

const CASES: VerdictCase[] = [
  {
    name: 'a shortage of dentists is not borne out by resource shortages',
    draft: 'Westshire has a shortage of dentists [@westshire-inspection].',
    codes: ['citation-does-not-support'],
  },
  {
    name: 'resource shortages that keep the police from conferences are borne out',
    draft: 'In Westshire, resource shortages mean the police fail to attend some initial conferences [@westshire-inspection].',
    codes: [],
  },
  {
    name: 'well paid is not borne out by knowing children well',
    draft: 'Westshire\u2019s social workers are well paid [@westshire-inspection].',
    codes: ['citation-does-not-support'],
  },
  {
    name: 'knowing their children well is borne out',
    draft: 'Westshire\u2019s social workers know their children well [@westshire-inspection].',
    codes: [],
  },
  {
    name: 'what a claim judges must be said: poor school meals against free school meals',
    draft: 'Westshire\u2019s school meals are poor [@westshire-inspection].',
    codes: ['citation-does-not-support'],
  },
  {
    name: 'a universal is not borne out by "most"',
    draft: 'Every child in Westshire receives good services that meet their needs [@westshire-inspection].',
    codes: ['citation-does-not-support'],
  },
  {
    name: '"most" is',
    draft: 'Most children in Westshire receive good services that meet their needs [@westshire-inspection].',
    codes: [],
  },
  {
    name: 'a grade below good is not good',
    draft: 'Westshire\u2019s children\u2019s services are good [@westshire-inspection].',
    codes: ['citation-does-not-support'],
    on: 'citation-does-not-support',
    message: /require improvement/,
  },
  {
    name: 'a negated predicate denies what the claim asserts: "is not promoted" against "is actively promoted"',
    draft: 'Private fostering in Eastshire is actively promoted [@eastshire-inspection].',
    codes: ['citation-does-not-support'],
  },
  {
    name: 'and bears out the claim that denies it too',
    draft: 'Private fostering is not promoted in Eastshire [@eastshire-inspection].',
    codes: [],
  },
  {
    name: '"is not timely" denies "timely access"',
    draft: 'Eastshire children have timely access to mental health services [@eastshire-inspection].',
    codes: ['citation-does-not-support'],
  },
  {
    name: 'what a claim judges must be said: "timely" against "poor"',
    draft: 'Eastshire children in care have timely access to dental services [@eastshire-inspection].',
    codes: ['citation-does-not-support'],
  },
  {
    name: 'the grade the report gives is borne out',
    draft: 'Westshire\u2019s children\u2019s services require improvement to be good [@westshire-inspection].',
    codes: [],
  },
];

for (const c of CASES) test(c.name, () => checkCase(checker, c));

// The judgement itself, with the policy corpus's weights for these words (idf there), so that no small fixture's
// weighting decides it: a sentence holding the place and one of a short claim's two or three key words only partly
// supports it, and never so that a citation is taken at its word.
const POLICY_WEIGHTS: Record<string, number> = {
  buri: 8.6,
  ha: 1,
  shortag: 7.9,
  dentist: 7.7,
  social: 2.5,
  worker: 2.6,
  paid: 6.4,
  well: 1,
};
const SHORT: Array<{ claim: string; text: string }> = [
  {
    claim: 'Bury has a shortage of dentists.',
    text: 'In Bury, conferences are well attended by partner agencies, but resource shortages have resulted in the police failing to attend.',
  },
  {
    claim: 'Bury\u2019s social workers are well paid.',
    text: 'Social workers in Bury know their children well and children are seen regularly.',
  },
];

for (const c of SHORT)
  test(`"${c.text}" does not bear out "${c.claim}"`, () => {
    const weight = (t: string) => POLICY_WEIGHTS[t] ?? 3;
    const judgement = judgePassage(
      analyseClaim(c.claim, weight, (t) => t === 'buri'),
      c.text,
      undefined,
      loadTermRelations(),
      weight,
    );
    assert.ok(
      judgement.verdict !== 'supports' && judgement.shortfall !== 'wording' && judgement.shortfall !== 'measure',
      JSON.stringify(judgement),
    );
  });
