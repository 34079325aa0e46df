/**
 * Abbreviations a document defines: the long form before "(ABBR)" or "(ABBRs)" whose initials spell it, small words
 * skipped (capitals only: "DfE" is not read); nothing for an abbreviation the document never defines; and a claim in the long form supported by a
 * passage that uses the short one. The definitions the index keeps are exactly those the text gives, and a document that
 * carries them is never read for them.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expandAbbreviations } from '../../server/src/engine/evidence/abbreviations.js';
import { abbreviationDefinitions, findDefinition } from '../../server/src/engine/text/abbreviationDefinitions.js';
import type { DraftChecker } from '../../server/src/engine/check/checkDraft.js';
import type { SourceDocument } from '../../server/src/engine/types.js';
import { memoryChecker } from '../helpers/verdictCases.js';

const doc = (text: string) => ({ text }) as SourceDocument;

const CASES: Array<{ source: string; passage: string; expected: string }> = [
  {
    source: 'There are four types: Young Offender Institutions (YOI), Secure Training Centres (STC) and others.',
    passage: 'YOIs are the largest form of youth secure setting, accommodating 73% of children.',
    expected: 'Young Offender Institutions',
  },
  {
    source: 'Skilled social workers and personal advisers (PAs) work with care leavers.',
    passage: 'Some PAs have high caseloads.',
    expected: 'personal advisers',
  },
  {
    source: 'Support from Child and Adolescent Mental Health Services (CAMHS) is timely.',
    passage: 'CAMHS waiting times are short.',
    expected: 'Child and Adolescent Mental Health Services',
  },
  { source: 'Nothing is defined here.', passage: 'The MASH is effective.', expected: '' },
  { source: 'Children were seen (MASH) quickly.', passage: 'The MASH is effective.', expected: '' },
];

for (const c of CASES)
  test(`expandAbbreviations: ${c.passage}`, () => assert.equal(expandAbbreviations(doc(c.source), c.passage), c.expected));

// The table the index keeps must say what looking in the text says, for every run of capitals a passage could use.
const SAMPLE = join(dirname(fileURLToPath(import.meta.url)), '../../corpus');
const TEXTS = [
  ...CASES.map((c) => c.source),
  'Looked after children (LAC) and (LACs) again; the Youth Justice Board (YJB), (YJBs), (yjb) (Y) (ABCDEFG).',
  'A marker with no words before it: (PA). Then personal advisers (PAs).',
  ...readdirSync(SAMPLE)
    .filter((name) => /\.(txt|md)$/.test(name))
    .map((name) => readFileSync(join(SAMPLE, name), 'utf8')),
];
test('the definitions found at indexing are those the text gives for every abbreviation', () => {
  let defined = 0;
  for (const text of TEXTS) {
    const table = abbreviationDefinitions(text);
    const runs = new Set(text.match(/[A-Z]{2,6}/g) ?? []);
    for (const run of runs) {
      assert.equal(Object.hasOwn(table, run) ? table[run] : undefined, findDefinition(text, run), run);
      if (Object.hasOwn(table, run)) defined++;
    }
    for (const key of Object.keys(table)) assert.ok(runs.has(key), key);
  }
  assert.ok(defined >= 5, `only ${defined} definitions in the texts`);
});

test('a document that carries its definitions is not read for them', () => {
  const carried = {
    abbreviations: { PA: 'personal advisers' },
    get text(): string {
      throw new Error('the text was read');
    },
  } as unknown as SourceDocument;
  assert.equal(expandAbbreviations(carried, 'Some PAs have high caseloads; the MASH is effective.'), 'personal advisers');
});

let checker: DraftChecker;
before(async () => {
  const filler = Array.from({ length: 6 }, (_, i) => `Leaders reviewed case file ${i + 1} with the team manager.`).join('\n\n');
  ({ checker } = await memoryChecker({
    '/corpus/westmere-inspection.txt': [
      'Westmere Borough Council',
      filler,
      'The council employs twelve personal advisers (PAs).',
      filler,
      'Some PAs remain tenacious in maintaining contact and see young people regularly.',
      '',
    ].join('\n\n'),
  }));
});

test('a passage in the short form holds all of a claim in the long one', () => {
  const [finding] = checker.check('In Westmere, personal advisers remain tenacious in maintaining contact with young people.\n');
  assert.equal(finding?.code, 'unsupported-claim');
  const best = finding.evidence[0];
  assert.match(best?.text ?? '', /^Some PAs remain tenacious/);
  assert.equal(best.verdict, 'supports');
  // Every word of the claim is found: "personal advisers" through the document's "(PAs)".
  assert.equal(best.score, 1);
});
