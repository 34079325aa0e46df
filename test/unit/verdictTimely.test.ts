/**
 * A claim that something happens quickly ("quickly meets", "responds quickly", "the response is prompt") is borne out
 * only by a source that says so: in the sentence, its pair, or a neighbour that opens on what it speaks of ("The
 * response is prompt, well coordinated and effective."). A neighbour's "hampered timely decision-making" is not that;
 * "rapid reviews" are a kind of review, not a pace; "rose quickly" is a trend's pace (trend.ts), and "not dealt with
 * quickly" denies it. From the studied probe6 split (short wrong citations) and probe9 (the correct citation the rule
 * must keep).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { verdictSuite, type VerdictCase } from '../helpers/verdictCases.js';
import { claimPolarity, statesTimely } from '../../server/src/engine/evidence/polarity.js';

const FILES = {
  '/corpus/eastvale-2018.txt': [
    'Inspection of Eastvale children\u2019s services',
    '',
    'The council meets the initial health needs of children in care through statutory initial health assessments. While',
    'there has been a marked improvement since July, this has not yet benefited all children.',
    '',
    'Children at risk of exploitation receive an excellent service from the Beacon team. The response is prompt, well',
    'coordinated and effective.',
    '',
    'Insufficient management oversight has hampered timely decision-making about court applications. Children with',
    'mental health needs get support from the wellbeing service.',
    '',
    'Rapid reviews are held after every serious incident involving a child.',
    '',
  ].join('\n'),
};

const CASES: VerdictCase[] = [
  {
    name: 'a source that speaks of the same thing without saying it is quick does not bear out "quickly"',
    draft: 'Eastvale quickly meets the initial health needs of children in care [@eastvale-2018].',
    codes: ['citation-does-not-support'],
    on: 'citation-does-not-support',
    detail: /timely/,
  },
  {
    name: 'a neighbour that opens on what the sentence speaks of and says it is prompt bears it out',
    draft:
      'Children in Eastvale at risk of exploitation receive an excellent service from the Beacon team, which responds quickly [@eastvale-2018].',
    codes: [],
  },
  {
    name: 'a neighbour\u2019s "hampered timely decision-making" does not lend its word',
    draft: 'Children with mental health needs in Eastvale quickly get support from the wellbeing service [@eastvale-2018].',
    codes: ['citation-does-not-support'],
  },
  {
    name: '"rapid reviews" name a kind of review, not a pace',
    draft: 'Eastvale holds rapid reviews after every serious incident involving a child [@eastvale-2018].',
    codes: [],
  },
];

verdictSuite(FILES, CASES);

const POLARITY: Array<[string, boolean]> = [
  ['Wandsworth quickly meets the initial health needs of children in care.', true],
  ['The Awaken team responds quickly and to a very high standard.', true],
  ['The response to missing children is prompt.', true],
  ['Children have timely access to mental health services.', true],
  ['Domestic abuse triggered only four of London\u2019s rapid reviews.', false],
  ['Referrals are not dealt with quickly.', false],
  ['The number of children in care rose quickly.', false],
  ['Access to services is not timely.', false],
];
for (const [claim, timely] of POLARITY) test(`claimPolarity.timely: ${claim}`, () => assert.equal(claimPolarity(claim).timely, timely));

test('statesTimely reads a neighbour that opens on its subject, not a word inside another statement', () => {
  assert.equal(statesTimely('The response is prompt, well coordinated and effective.'), true);
  assert.equal(statesTimely('Insufficient management oversight has hampered timely decision-making.'), false);
});
