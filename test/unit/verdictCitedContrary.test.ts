/**
 * A cited source is taken at the writer's word when it supports a sentence only in part, in other words: unless,
 * where it speaks of the sentence most closely, it states the contrary ("Private fostering is not promoted" for "is
 * actively promoted"; "low turnover" for "high"; "do not always fully consider" for "always consider"); what counts
 * as the contrary is pinned in statements.test.ts. And a place named in several words is one name: a North East
 * Lindale report does not bear out a claim about North Lindale.
 */
import { test, before } from 'node:test';
import type { DraftChecker } from '../../server/src/engine/check/checkDraft.js';
import { checkCase, memoryChecker, otherReports, type VerdictCase } from '../helpers/verdictCases.js';

const FILES = {
  ...otherReports(20, (i) => [
    `Private fostering arrangements in Borough ${i} are assessed. Social workers visit children regularly.`,
    'Staff turnover is a challenge for many councils, and vacancies are filled by agency staff.',
  ]),
  '/corpus/northmere-inspection.txt': [
    'Inspection of Northmere children\u2019s services',
    '',
    'Private fostering is not promoted.',
    '',
    'Children are kept safe in Northmere, but practice is not consistently good in every team.',
    '',
    'When private fostering arrangements come to light, they are assessed promptly and children are visited.',
    '',
    'The workforce is stable, with low turnover of social workers and few vacancies.',
    '',
    'There are not enough social workers to meet the growing demand for assessments.',
    '',
    'Assessments for disabled children do not always fully consider the impact of disability on their everyday lives.',
    '',
    'Assessments of disabled children consider the support that their families need.',
    '',
  ].join('\n'),
  '/corpus/north-east-lindale-inspection.txt': [
    'Inspection of North East Lindale children\u2019s services',
    '',
    'The early help offer is yet to be fully resourced, leaving many children with unassessed need.',
    '',
  ].join('\n'),
  '/corpus/north-lindale-inspection.txt': [
    'Inspection of North Lindale children\u2019s services',
    '',
    'No children were found to be in situations of unassessed need or unmanaged risk.',
    '',
    'Early help is well resourced, and families are offered support at the first sign of need.',
    '',
  ].join('\n'),
};

const CASES: VerdictCase[] = [
  {
    name: 'the cited source says the contrary where it speaks of the claim most closely: not taken at the writer\u2019s word',
    draft: 'Private fostering in Northmere is actively promoted [@northmere-inspection].',
    codes: ['citation-does-not-support'],
    on: 'citation-does-not-support',
    detail: /the source says \u201cnot promoted\u201d/,
  },
  {
    name: 'its twin, which says what the source says, is borne out',
    draft: 'Private fostering in Northmere is not promoted [@northmere-inspection].',
    codes: [],
  },
  {
    name: 'the opposite word ("low turnover" for "high") is the contrary too',
    draft: 'Northmere has high turnover of social workers and many vacancies [@northmere-inspection].',
    codes: ['citation-does-not-support'],
  },
  {
    name: '"do not always" denies "always": the contrary, though a paraphrase may leave "always" out',
    draft: 'Northmere\u2019s assessments of disabled children always consider the impact of disability [@northmere-inspection].',
    codes: ['citation-does-not-support'],
    on: 'citation-does-not-support',
    detail: /the source says \u201cnot always\u201d/,
  },
  {
    name: 'its twin, which says "not always", is borne out',
    draft: 'Northmere\u2019s assessments of disabled children do not always consider the impact of disability [@northmere-inspection].',
    codes: [],
  },
  {
    name: 'the contrary ("No children were found") outweighs a passage taken at the writer\u2019s word; another place is no source',
    draft: 'Inspectors found many North Lindale children with unassessed need [@north-lindale-inspection].',
    codes: ['citation-does-not-support'],
    on: 'citation-does-not-support',
    message: /^(?![\s\S]*Supported instead by \[@north-east-lindale)/,
  },
];

let checker: DraftChecker;
before(async () => {
  ({ checker } = await memoryChecker(FILES));
});
for (const c of CASES) test(`cited sources that say otherwise: ${c.name}`, () => checkCase(checker, c));
