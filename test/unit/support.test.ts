/**
 * The support judgement: coverage is idf-weighted over the claim's terms,
 * a claim word the corpus never uses weighs the most (so it cannot be
 * waved through), every figure must appear, and trends must agree.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgeSupport } from '../../server/src/engine/check/support.js';

/** Weights as Corpus.claimTermWeight gives them: known terms by idf, unseen terms the maximum. */
const KNOWN: Record<string, number> = { placement: 3, children: 1, care: 1, shortag: 5, sever: 4, economi: 0, grow: 3, matter: 4, gui: 0, we: 0.5, can: 0.5, this: 0.5 };
const weight = (term: string) => KNOWN[term] || 12;

const CASES: Array<{ name: string; claim: string; passage: string; supports: boolean }> = [
  { name: 'same statement, other words order', claim: 'There is a severe shortage of placements for children in care.', passage: 'The severe shortage of placements for children in care is detrimental.', supports: true },
  { name: 'an unseen word in the claim is not covered', claim: 'We can grow this economy.', passage: 'Through these developments we can grow social work.', supports: false },
  { name: 'a changed figure', claim: 'The consultation heard from 71 young people.', passage: 'The consultation heard from 17 young people.', supports: false },
  { name: 'the opposite trend', claim: 'Placements for children in care rose sharply.', passage: 'Placements for children in care fell sharply.', supports: false },
  { name: 'a merely related passage', claim: 'A severe shortage of placements harms children in care.', passage: 'Children in care deserve stable homes.', supports: false },
];

for (const c of CASES) {
  test(`judgeSupport: ${c.name}`, () => {
    assert.equal(judgeSupport(c.claim, c.passage, weight).supports, c.supports);
  });
}
