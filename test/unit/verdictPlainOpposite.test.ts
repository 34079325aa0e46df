/**
 * A source that says the opposite of a claim in other words (the other direction, or another figure): a writer who
 * reports the opposite of a source words its measure their own way, so a sentence that says one way only, once,
 * contradicts a claim of more than a few key words when it holds PLAIN_CONTRADICTION_MEASURE of the claim's measure
 * (two thirds here), not only CONTRADICTION_MEASURE. A sentence of two trend words may speak of another measure's
 * direction, and a short claim's few words are soon held: those still need the higher share. Judged with one weight
 * for every word, so the shares are word counts. From the studied splits (probe12 p12-cd-09, probe14-tune p14-cd-01)
 * and SciFact's false contradictions.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgeUniformly } from '../helpers/verdictCases.js';

const CLAIM = 'In Eastvale, the number of children still waiting for a permanent adoptive family has fallen this year.';

const CASES: Array<{ name: string; claim: string; text: string; verdict: string }> = [
  {
    name: 'one way only, two thirds of the measure: the opposite contradicts',
    claim: CLAIM,
    text: 'The number of children waiting for adoption has risen this year.',
    verdict: 'contradicts',
  },
  {
    name: 'the agreeing twin is borne out',
    claim: CLAIM.replace('fallen', 'risen'),
    text: 'The number of children waiting for adoption has risen this year.',
    verdict: 'supports',
  },
  {
    name: 'a sentence of two trend words still needs the higher share',
    claim: CLAIM,
    text: 'The number of children waiting for adoption has risen this year, while the number adopted fell.',
    verdict: 'partial',
  },
  {
    name: 'so does a short claim',
    claim: 'Delays at Eastvale adoption panels have fallen.',
    text: 'Delays in adoption have risen.',
    verdict: 'partial',
  },
  {
    name: 'another figure for the claim\u2019s, one way only: it contradicts',
    claim: 'In Eastvale, 40 children were still waiting for a permanent adoptive family this year.',
    text: 'This year 35 children were waiting for adoption.',
    verdict: 'contradicts',
  },
  {
    name: 'another figure in a sentence of two trend words still needs the higher share',
    claim: 'In Eastvale, 40 children were still waiting for a permanent adoptive family this year.',
    text: 'This year 35 children were waiting for adoption, as referrals rose and matches fell.',
    verdict: 'partial',
  },
];

for (const c of CASES)
  test(c.name, () => {
    const j = judgeUniformly(c.claim, c.text);
    assert.equal(j.verdict, c.verdict, JSON.stringify({ ...j, supporting: undefined }));
  });
