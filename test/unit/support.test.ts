/**
 * The support judgement: coverage is idf-weighted over the claim's terms,
 * a claim word the corpus never uses weighs the most (so it cannot be
 * waved through), every figure must appear, and trends must agree.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgeSupport } from '../../server/src/engine/check/support.js';

/** Weights as Corpus.claimTermWeight gives them: known terms by idf, unseen terms the maximum. */
const KNOWN: Record<string, number> = {
  placement: 3,
  children: 1,
  care: 1,
  shortag: 5,
  sever: 4,
  economi: 0,
  grow: 3,
  matter: 4,
  gui: 0,
  we: 0.5,
  can: 0.5,
  this: 0.5,
};
const weight = (term: string) => KNOWN[term] || 12;

const CASES: Array<{ name: string; claim: string; passage: string; supports: boolean }> = [
  {
    name: 'same statement, other words order',
    claim: 'There is a severe shortage of placements for children in care.',
    passage: 'The severe shortage of placements for children in care is detrimental.',
    supports: true,
  },
  {
    name: 'an unseen word in the claim is not covered',
    claim: 'We can grow this economy.',
    passage: 'Through these developments we can grow social work.',
    supports: false,
  },
  {
    name: 'a changed figure',
    claim: 'The consultation heard from 71 young people.',
    passage: 'The consultation heard from 17 young people.',
    supports: false,
  },
  {
    name: 'the opposite trend',
    claim: 'Placements for children in care rose sharply.',
    passage: 'Placements for children in care fell sharply.',
    supports: false,
  },
  {
    name: 'a merely related passage',
    claim: 'A severe shortage of placements harms children in care.',
    passage: 'Children in care deserve stable homes.',
    supports: false,
  },
];

for (const c of CASES) {
  test(`judgeSupport: ${c.name}`, () => {
    assert.equal(judgeSupport(c.claim, c.passage, weight).supports, c.supports);
  });
}

/** Graded verdicts on one passage read alone: which, and what the detail says. */
const GRADED: Array<{ name: string; claim: string; passage: string; verdict: string; detail?: RegExp }> = [
  {
    name: 'a different percentage for the same quantity contradicts',
    claim: 'In 2014, 44% of care leavers were in education, training or employment.',
    passage: 'In 2014, 41% of care leavers were in education, training or employment.',
    verdict: 'contradicts',
    detail: /41%, not 44%/,
  },
  {
    name: 'the opposite direction on the same measure contradicts',
    claim: 'The number of children on child protection plans rose in 2019.',
    passage: 'The number of children on child protection plans fell in 2019.',
    verdict: 'contradicts',
    detail: /fell.*rose/,
  },
  {
    name: 'the same direction in other words supports',
    claim: 'The number of children on child protection plans went up in 2019.',
    passage: 'The number of children on child protection plans increased in 2019.',
    verdict: 'supports',
  },
  {
    name: 'a negated trend is not a contradiction',
    claim: 'The number of children on child protection plans rose in 2019.',
    passage: 'The number of children on child protection plans did not rise in 2019.',
    verdict: 'partial',
  },
  {
    name: 'another year is not the same period',
    claim: 'The number of children on child protection plans rose in 2019.',
    passage: 'The number of children on child protection plans fell in 2016.',
    verdict: 'partial',
  },
  {
    name: 'a trend the passage does not state is not supported',
    claim: 'The number of children on child protection plans rose in 2019.',
    passage: 'In 2019, the number of children on child protection plans was 204.',
    verdict: 'partial',
    detail: /does not say it/,
  },
  {
    name: 'a figure used as a section number does not count',
    claim: 'The scheme funded 52 homes for children in care.',
    passage: 'The scheme for homes for children in care is set out in section 52.',
    verdict: 'partial',
    detail: /counts something else/,
  },
  {
    name: 'a merely related passage is related',
    claim: 'A severe shortage of placements harms children in care.',
    passage: 'Children in care deserve stable homes.',
    verdict: 'related',
  },
];

for (const c of GRADED) {
  test(`graded verdict: ${c.name}`, () => {
    const j = judgeSupport(c.claim, c.passage, weight);
    assert.equal(j.verdict, c.verdict, JSON.stringify(j));
    if (c.detail) assert.match(j.detail ?? '', c.detail);
    assert.equal(j.supports, c.verdict === 'supports');
  });
}
