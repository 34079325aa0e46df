/**
 * Verdicts that depend on what a source's sentence is about when it does not say so itself: a sentence whose subject
 * is "They" takes it from the last sentence of its paragraph that names it, and only its subject ("STCs are smaller
 * than YOIs" is about STCs, not YOIs); a neighbour's abbreviation reads as the words the document defines it by; a
 * claim with a figure either side of an "and" is two statements, each borne out by its own passage of the document.
 * The figure of one subject given for the other is never a support.
 */
import { test, before } from 'node:test';
import type { DraftChecker } from '../../server/src/engine/check/checkDraft.js';
import { checkCase, memoryChecker, otherReports, type VerdictCase } from '../helpers/verdictCases.js';

const FILES = {
  ...otherReports(20, (i) => [
    `Children in custody in Borough ${i} were visited by their social workers. Secure settings were inspected each year.`,
    'Training for staff in children\u2019s homes improved and education in custody was reviewed by the council.',
    'Further work is needed on further education for care leavers.',
  ]),
  '/corpus/custody-review.txt': [
    'Children\u2019s education in custody',
    '',
    'Children under 18 who are sentenced or remanded are held in Young Offender Institutions (YOI), Secure Training',
    'Centres (STC) or Secure Children\u2019s Homes (SCH).',
    '',
    '\u2022   Young Offender Institutions (YOI): settings for young people aged 15 to 21.',
    '',
    '    YOIs are the biggest kind of secure setting and hold 71% of the children in custody.',
    '',
    '\u2022   Secure Training Centre (STC): a setting for children aged 12 to 17.',
    '',
    '    STCs are usually smaller than YOIs, with more staff for each child. They put education and training first for',
    '    children who are ready to learn. 9 They cost about \u00a3200,000 for each child a year, and hold 19% of the',
    '    children in custody.',
    '',
  ].join('\n'),
};

const CASES: VerdictCase[] = [
  {
    name: 'two figures either side of "and", each in its own item of the source: supported',
    draft: 'Young offender institutions hold 71% of children in custody and secure training centres a further 19% [@custody-review].',
    codes: [],
  },
  {
    name: '"They" is what the paragraph\u2019s last sentence naming it is about: supported',
    draft: 'Secure training centres hold 19% of the children in custody [@custody-review].',
    codes: [],
  },
  {
    name: 'the other subject of that sentence ("than YOIs") is not what "They" stands for: not supported',
    draft: 'Young offender institutions hold 19% of the children in custody [@custody-review].',
    codes: ['citation-does-not-support'],
    on: 'citation-does-not-support',
    detail: /does not give 19%/,
  },
  {
    name: 'the two figures swapped: never supported',
    draft: 'Young offender institutions hold 19% of children in custody and secure training centres a further 71% [@custody-review].',
    codes: ['citation-does-not-support'],
  },
];

let checker: DraftChecker;
before(async () => {
  ({ checker } = await memoryChecker(FILES));
});
for (const c of CASES) test(`verdicts on subjects: ${c.name}`, () => checkCase(checker, c));
