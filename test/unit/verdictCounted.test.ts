/**
 * What a number counts: a source that gives the claim's number for another thing ("Seven family hubs have opened"
 * for "opened seven children's homes") does not bear it out, in words or in digits. The same number said in other
 * words for the same thing (in a sentence that names homes), a word the term relations tie to the sentence's
 * ("children" / "young people"), and a length of time counted in another unit ("a year" / "12 months") are the same.
 * From the studied probe6 split (short wrong citations) and probe7-tune, probe9 (the correct citations it must keep).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { otherReports, verdictSuite, type VerdictCase } from '../helpers/verdictCases.js';
import { countedAfter, countedOtherwise } from '../../server/src/engine/evidence/countedThing.js';
import { analyseClaim } from '../../server/src/engine/evidence/claimAnalysis.js';
import { numberMentions } from '../../server/src/engine/evidence/numberWords.js';

// Other councils' reports on early help and families, so that "homes" is a telling word here, as in a real corpus.
const OTHERS = otherReports(30, (i) =>
  i < 2
    ? [`Borough ${i} has ${i + 2} children\u2019s homes rated good.`]
    : [`Borough ${i} runs ${i + 2} family centres.`, 'Families receive early help from skilled practitioners in their communities.'],
);

const FILES = {
  ...OTHERS,
  '/corpus/oakham-2024.txt': [
    'Inspection of Oakham children\u2019s services',
    '',
    'Seven family hubs have opened in the last year, supporting early help to families in their communities.',
    '',
    'The council runs four residential homes, and 12 young people live in them.',
    '',
    'Care leavers who move into a training flat take on the tenancy after 12 months if all goes well.',
    '',
  ].join('\n'),
};

const CASES: VerdictCase[] = [
  {
    name: 'the same number of another thing does not bear the claim out (in words)',
    draft: 'Oakham opened seven children\u2019s homes in the last year [@oakham-2024].',
    codes: ['citation-does-not-support'],
    on: 'citation-does-not-support',
    detail: /family hubs/,
  },
  {
    name: 'the same number of another thing does not bear the claim out (in digits)',
    draft: 'Oakham opened 7 children\u2019s homes in the last year [@oakham-2024].',
    codes: ['citation-does-not-support'],
    on: 'citation-does-not-support',
    detail: /family hubs/,
  },
  {
    name: 'the same thing in other words, where the sentence names it, is borne out',
    draft: 'The Oakham council runs four children\u2019s homes [@oakham-2024].',
    codes: [],
  },
  {
    name: 'a word the relations tie to the sentence\u2019s ("children" for "young people") is not another thing',
    draft: 'In Oakham, 12 children live in the council\u2019s four residential homes [@oakham-2024].',
    codes: [],
  },
  {
    name: 'a length of time counted in another unit is the same',
    draft: 'Oakham care leavers in a training flat take on the tenancy after a year if all goes well [@oakham-2024].',
    codes: [],
  },
];

verdictSuite(FILES, CASES);

test('countedAfter reads what a number counts up to a function word', () => {
  const text = 'Seven family hubs have opened; 52 providers, and 3 in total.';
  assert.deepEqual(countedAfter(text, 'Seven'.length), ['famili', 'hub']);
  assert.deepEqual(countedAfter(text, text.indexOf('52') + 2), ['provid']);
  assert.deepEqual(countedAfter(text, text.indexOf('3') + 1), []);
});

/** [claim, source sentence, whether the claim's first number counts something else there]: ages count nothing (p17-pc-09). */
const COUNTED: Array<[string, string, boolean]> = [
  ['Oakham opened seven children\u2019s homes.', 'Seven family hubs have opened.', true],
  [
    'Advisers support care leavers beyond the age of 21 whenever they need it.',
    'Care leavers aged over 21 continue to get support.',
    false,
  ],
  ['Advisers support care leavers aged 21 whenever they need it.', 'Care leavers aged over 21 continue to get support.', false],
];
for (const [claimText, source, otherwise] of COUNTED)
  test(`countedOtherwise: ${claimText}`, () => {
    const claim = analyseClaim(claimText, () => 6);
    const found = countedOtherwise(
      claim,
      numberMentions(claimText)[0],
      source,
      () => numberMentions(source),
      () => false,
    );
    assert.equal(found !== undefined, otherwise, found);
  });
