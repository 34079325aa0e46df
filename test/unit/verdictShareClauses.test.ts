/**
 * Which share of a sentence is the claim's: a sentence of two shares gives each in its own clause, and the share that
 * matches the claim's is the claim's answer only when its clause is on the claim's measure, or no other share's clause
 * is ("86% of children in care living within 20 miles …, and more than 60% within the city" gives 86%, not 60%, for
 * "six in ten … live within twenty miles"). A claim of several shares may take each from its own clause. From the
 * studied probe12 (p12-cf-10, a wrong figure shown as supported; p12-tw-24). Judged with one weight for every word.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgeUniformly } from '../helpers/verdictCases.js';

const HULL =
  'There is a strong focus on placing children near to their home, with 86% of children in care living within 20 miles ' +
  'of Eastvale (and more than 60% within the town).';

const CASES: Array<{ name: string; claim: string; text: string; supports: boolean }> = [
  {
    name: 'the matching share in a clause of another measure is not the claim\u2019s',
    claim: 'Roughly six in ten of Eastvale\u2019s children in care live within twenty miles of the town.',
    text: HULL,
    supports: false,
  },
  {
    name: 'the share of the claim\u2019s clause is',
    claim: 'More than four in five of Eastvale\u2019s children in care live within twenty miles of the town.',
    text: HULL,
    supports: true,
  },
  {
    name: 'a matching share in the clause of the claim\u2019s measure is, whatever the other share',
    claim: 'Roughly six in ten of Eastvale\u2019s children in care live within twenty miles of the town.',
    text: '60% of children in care live within 20 miles of Eastvale, and 30% within the town itself.',
    supports: true,
  },
  {
    name: 'a claim of several shares takes each from its own clause',
    claim:
      'In 2015\u201316 more than four in five Eastvale adopters waited over three months from approval to matching, ' +
      'compared with three quarters the year before.',
    text:
      'Between 1 April 2015 and 31 March 2016, 83% of adopters waited longer than three months from approval to matching, ' +
      'compared with 74% in the previous year.',
    supports: true,
  },
];

for (const c of CASES)
  test(c.name, () => {
    const j = judgeUniformly(c.claim, c.text);
    assert.equal(j.verdict === 'supports', c.supports, JSON.stringify({ ...j, supporting: undefined }));
  });
