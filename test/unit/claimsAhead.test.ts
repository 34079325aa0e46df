/**
 * Drafts prepared ahead of the check (claimsAhead.ts: parsed, their uncited sentences classified while the CLI
 * waits on the index cache) are checked exactly as drafts that are not: the same findings, the classifications
 * taken from the memo, and the work cut into slices that yield to the caller's event loop.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ClaimMemo, prepareAhead } from '../../server/src/engine/check/claimsAhead.js';
import { DraftChecker } from '../../server/src/engine/check/checkDraft.js';
import { memoryChecker } from '../helpers/verdictCases.js';

const FILES = {
  '/corpus/fostering.txt': 'The council recruited 40 new foster carers in 2023. Placement stability improved.\n',
};

const DRAFTS = [
  [
    '# Fostering',
    '',
    'The council recruited 40 new foster carers in 2023 [@fostering].',
    '',
    'The council recruited 55 new foster carers in 2023.',
    '',
    'We should thank the team for their work.',
    '',
    '> Placement stability improved.',
    '',
  ].join('\n'),
  'Placement stability improved in the council. Nine in ten children said they felt safe.\n',
];

test('a draft prepared ahead gets the same findings as one that is not', async () => {
  const { corpus, checker } = await memoryChecker(FILES);
  const claims = new ClaimMemo();
  let pauses = 0;
  const prepared = await prepareAhead(DRAFTS, claims, undefined, async () => void pauses++);
  assert.ok(pauses >= 1, 'it yields before the first piece of work');
  const ahead = new DraftChecker(corpus, claims);
  DRAFTS.forEach((draft, i) => {
    assert.deepEqual(ahead.check(draft, {}, prepared[i]), checker.check(draft));
  });
});

test('the check takes its classifications from the memo', async () => {
  const { corpus } = await memoryChecker(FILES);
  const claims = new ClaimMemo();
  await prepareAhead([DRAFTS[1]], claims, undefined, async () => undefined);
  // A memo that says nothing is a claim: the uncited figure goes unflagged, which only the memo could decide.
  const sentence = 'Nine in ten children said they felt safe.';
  assert.equal(claims.classify(sentence).checkworthy, true, 'fixture check: the sentence is a claim');
  const never = new ClaimMemo();
  never.classify = () => ({ checkworthy: false, score: 0, reason: '', ruledOut: true });
  const codes = (memo: ClaimMemo) => new DraftChecker(corpus, memo).check(`${sentence}\n`).map((d) => d.code);
  assert.deepEqual(codes(claims), ['unsupported-claim']);
  assert.deepEqual(codes(never), []);
});
