/**
 * Opposite words on the same thing (antonyms.ts), found on probe6's wrong short citations: "high staff turnover"
 * against "low rates of turnover", "quickly meets the health needs" against "slow to identify and meet the health
 * needs"; and what is not: the opposite word of another thing, or a sentence that uses both words.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { oppositeWord } from '../../server/src/engine/evidence/antonyms.js';
import { analyze } from '../../server/src/engine/index/analyzer.js';

const CASES: Array<{ claim: string; sentence: string; opposed?: [string, string] }> = [
  {
    claim: 'Derby has high staff turnover and many vacancies.',
    sentence: 'Derby has one of the most stable workforces, evidenced by its low rates of turnover and vacancies.',
    opposed: ['high', 'low'],
  },
  {
    claim: 'Wandsworth quickly meets the initial health needs of children in care.',
    sentence: 'However, progress has been slow to identify and meet the initial health needs of children in care.',
    opposed: ['quickly', 'slow'],
  },
  {
    claim: 'Assessments in Leeds are effective.',
    sentence: 'Assessments are ineffective in too many cases.',
    opposed: ['effective', 'ineffective'],
  },
  // The opposite word of another thing.
  { claim: 'Derby has high staff turnover.', sentence: 'Derby has low numbers of children in care and turnover is high.' },
  { claim: 'Leeds provides high-quality support to care leavers.', sentence: 'A low number of complaints were made in 2019.' },
  // Both words: left to the other checks.
  { claim: 'Caseloads in Bury are high.', sentence: 'Caseloads are high in some teams and low in others.' },
  // The same word.
  { claim: 'Caseloads in Bury are low.', sentence: 'Social workers have low caseloads.' },
];

for (const c of CASES)
  test(`"${c.claim}" ${c.opposed ? 'is opposed' : 'is not opposed'} by "${c.sentence}"`, () => {
    const found = oppositeWord(analyze(c.claim), analyze(c.sentence));
    assert.deepEqual(found && [found.claim, found.source], c.opposed);
  });
