/**
 * How many, in words: a source whose clause on what the claim says gives the other end of the scale ("a small number
 * remain in situations of neglect for too long" for "many children remain in neglect for too long") states the
 * contrary, though another clause of it says "many"; its twin, which says what the source says, is borne out. Only
 * the clause that holds most of the claim is read; against "many" a source's "some" says less too, but a claim's
 * "some" is borne out by "many"; "too many" is a judgement of degree, and a claim that says both "a few" and "many" is
 * left to other rules. From the studied probe6 split (short wrong citations) and probe3-tune (the mixed claim).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { otherReports, verdictSuite, type VerdictCase } from '../helpers/verdictCases.js';
import { otherQuantity } from '../../server/src/engine/evidence/quantityWords.js';
import { analyze } from '../../server/src/engine/index/analyzer.js';

const FILES = {
  ...otherReports(20, (i) => [`Borough ${i} supports families early.`, 'Social workers visit children regularly.']),
  '/corpus/eastmoor-2022.txt': [
    'Inspection of Eastmoor children\u2019s services',
    '',
    'While professionals\u2019 efforts to support children to stay within their families are commendable, and many benefit',
    'as a result, a small number remain in situations of neglect for too long.',
    '',
  ].join('\n'),
};

const CASES: VerdictCase[] = [
  {
    name: '"a small number" in the clause on the claim is the contrary of "many"',
    draft: 'In Eastmoor, many children remain in situations of neglect for too long [@eastmoor-2022].',
    codes: ['citation-does-not-support'],
    on: 'citation-does-not-support',
    detail: /a small number/,
  },
  {
    name: 'its twin is borne out',
    draft: 'In Eastmoor, a small number of children remain in situations of neglect for too long [@eastmoor-2022].',
    codes: [],
  },
];
verdictSuite(FILES, CASES);

/** A clause's weight: how many of the claim's terms it holds. */
const weightOf = (claim: string) => (clause: string) => {
  const terms = new Set(analyze(clause));
  return analyze(claim).filter((t) => terms.has(t)).length;
};
const READINGS: Array<[string, string, string | undefined]> = [
  ['Many children wait too long for a plan.', 'Many families are helped, but a few children wait too long for a plan.', 'a few'],
  ['Many children wait too long for a plan.', 'Some children wait too long for a plan.', 'Some'],
  ['Some children wait too long for a plan.', 'Many children wait too long for a plan.', undefined],
  ['A few children wait for a plan.', 'Many children wait for a plan.', 'Many'],
  ['Too many children wait for a plan.', 'A small number of children wait for a plan.', undefined],
  [
    'A few older children live in unregistered homes, and many of these arrangements are unsuitable.',
    'A small number of older children live in unregistered homes.',
    undefined,
  ],
];
for (const [claim, text, source] of READINGS)
  test(`otherQuantity: ${claim} / ${text}`, () => assert.equal(otherQuantity(claim, text, weightOf(claim))?.source, source));
