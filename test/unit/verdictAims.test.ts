/**
 * An aim a source states is not a fact it reports: "Leaders have high aspirations to build on solid foundations, to
 * ensure that every child … has a strong sense of belonging" does not bear out "Every child … has a strong sense of
 * belonging", unless the claim speaks of the aim itself ("Leaders aspire to …"). The sentence's words for the claim
 * must lie mostly in the aim's scope: a sentence that states a fact and then an aim is judged on the fact. From the
 * studied probe6 split (short wrong citations).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { verdictSuite, type VerdictCase } from '../helpers/verdictCases.js';
import { statedAim } from '../../server/src/engine/evidence/polarity.js';

const FILES = {
  '/corpus/northvale-2023.txt': [
    'Inspection of Northvale children\u2019s services',
    '',
    'Leaders have high aspirations to build on the solid foundations of social work practice in Northvale, to ensure that',
    'every child and young person has a strong sense of belonging and excellent experiences.',
    '',
    'Children in Northvale receive consistently effective and responsive help and protection, and leaders plan to provide',
    'more family hubs.',
    '',
  ].join('\n'),
};

const CASES: VerdictCase[] = [
  {
    name: 'what a stated aim means to bring about is not borne out as so',
    draft: 'Every child and young person in Northvale has a strong sense of belonging and excellent experiences [@northvale-2023].',
    codes: ['citation-does-not-support'],
    on: 'citation-does-not-support',
    detail: /aim/,
  },
  {
    name: 'a claim about the aim itself is borne out by it',
    draft: 'Leaders in Northvale aspire to every child and young person having a strong sense of belonging [@northvale-2023].',
    codes: [],
  },
  {
    name: 'a sentence that states a fact, then an aim, bears out the fact',
    draft: 'Children in Northvale receive consistently effective and responsive help and protection [@northvale-2023].',
    codes: [],
  },
];

verdictSuite(FILES, CASES);

const AIMS: Array<[string, string | undefined]> = [
  ['The council plans to provide 40 new foster homes by 2026.', 'plans to provide'],
  ['Social workers seek to ensure that children are seen alone.', 'seek to ensure'],
  ['Leaders are committed to ensuring that care leavers have a home.', 'committed to ensuring'],
  ['Plans are in place to recruit more foster carers.', undefined],
  ['Children receive help that is aimed at their needs.', undefined],
];
for (const [text, aim] of AIMS) test(`statedAim: ${text}`, () => assert.equal(statedAim(text)?.aim, aim));
