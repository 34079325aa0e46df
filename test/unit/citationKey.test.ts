/**
 * Citation keys (sourceId): the naming rules (file stem, lower case,
 * Pandoc-valid characters, non-ASCII letters kept, front-matter id wins) and
 * uniqueness on clashes (deterministic, with a warning naming both files),
 * both on the functions and end to end through Corpus.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assignUniqueKeys, proposeKey } from '../../server/src/engine/ingest/citationKey.js';
import { Corpus } from '../../server/src/engine/corpus/corpus.js';
import { MemoryWorkspace } from '../helpers/memoryWorkspace.js';

/**
 * Pandoc: a key begins with a letter, digit or `_`, and may contain
 * alphanumerics, `_` and internal punctuation `:.#$%&-+?<>~/`.
 */
const PANDOC_KEY = /^[\p{L}\p{N}_](?:[\p{L}\p{N}_]|[:.#$%&\-+?<>~/](?=[\p{L}\p{N}_:.#$%&\-+?<>~/]*[\p{L}\p{N}_]))*$/u;

const KEY_RULES: Array<{ name: string; file: string; id?: unknown; expected: string }> = [
  { name: 'plain stem', file: 'corpus/tact-innovation.txt', expected: 'tact-innovation' },
  { name: 'digits only', file: 'corpus/4983.txt', expected: '4983' },
  { name: 'spaces and brackets', file: 'corpus/My Report (final).md', expected: 'my-report-final' },
  { name: 'upper case lowered', file: 'corpus/CCN-Future.TXT', expected: 'ccn-future' },
  { name: 'non-ASCII letters kept', file: 'corpus/\u00dcber-Bericht \u00e9t\u00e9.md', expected: '\u00fcber-bericht-\u00e9t\u00e9' },
  { name: 'non-Latin script kept', file: 'corpus/\u65e5\u672c\u8a9e.txt', expected: '\u65e5\u672c\u8a9e' },
  { name: 'Greek lowered', file: 'corpus/\u0395\u039b\u039b\u0391\u0394\u0391.txt', expected: '\u03b5\u03bb\u03bb\u03b1\u03b4\u03b1' },
  { name: 'internal dots kept', file: 'corpus/report.v2.final.txt', expected: 'report.v2.final' },
  { name: 'underscore kept', file: 'corpus/ofsted_2021_dorset.txt', expected: 'ofsted_2021_dorset' },
  { name: 'edge punctuation dropped', file: 'corpus/--draft--.txt', expected: 'draft' },
  { name: 'emoji and symbols dropped', file: 'corpus/\u{1F680} launch plan!.txt', expected: 'launch-plan' },
  { name: 'Windows path', file: 'C:\\Users\\me\\corpus\\Brief 2024.md', expected: 'brief-2024' },
  { name: 'no usable characters', file: 'corpus/\u{1F600}\u{1F600}.txt', expected: 'source' },
  { name: 'front-matter id wins', file: 'corpus/whatever-name.md', id: 'smith2020', expected: 'smith2020' },
  { name: 'front-matter id keeps its case', file: 'corpus/whatever-name.md', id: 'Smith2020', expected: 'Smith2020' },
  { name: 'numeric front-matter id', file: 'corpus/whatever-name.md', id: 2020, expected: '2020' },
  { name: 'front-matter id sanitised', file: 'corpus/x.md', id: ' Smith & Jones (2020) ', expected: 'Smith-&-Jones-2020' },
  { name: 'unusable front-matter id falls back to the file', file: 'corpus/fallback.md', id: '!!!', expected: 'fallback' },
  { name: 'non-string front-matter id ignored', file: 'corpus/fallback.md', id: { a: 1 }, expected: 'fallback' },
];

for (const { name, file, id, expected } of KEY_RULES) {
  test(`citation key rule: ${name}`, () => {
    const key = proposeKey(file, id);
    assert.equal(key, expected);
    assert.match(key, PANDOC_KEY, `"${key}" is not a valid Pandoc citation key`);
  });
}

test('clashing keys: the first path keeps the key, others get -2, -3 with warnings naming both files', () => {
  const proposals = [
    { file: '/c/b/report.md', key: 'report' },
    { file: '/c/a/report.txt', key: 'report' },
    { file: '/c/z/report.html', key: 'report' },
    { file: '/c/other.txt', key: 'other' },
  ];
  const { keys, problems } = assignUniqueKeys(proposals);
  assert.deepEqual(Object.fromEntries(keys), {
    '/c/a/report.txt': 'report',
    '/c/b/report.md': 'report-2',
    '/c/z/report.html': 'report-3',
    '/c/other.txt': 'other',
  });
  assert.deepEqual(
    problems.map((p) => [p.file, p.severity]),
    [
      ['/c/b/report.md', 'warning'],
      ['/c/z/report.html', 'warning'],
    ],
  );
  for (const p of problems) {
    assert.ok(p.message.includes(p.file), `message names the renamed file: ${p.message}`);
    assert.ok(p.message.includes('/c/a/report.txt'), `message names the file that kept the key: ${p.message}`);
  }
});

test('clashing keys are deterministic whatever the input order', () => {
  const proposals = ['/c/b/x.md', '/c/a/x.txt', '/c/c/x.html', '/c/x-2.txt'].map((file) => ({
    file,
    key: file.endsWith('x-2.txt') ? 'x-2' : 'x',
  }));
  const expected = Object.fromEntries(assignUniqueKeys(proposals).keys);
  for (const order of [[...proposals].reverse(), [proposals[2], proposals[0], proposals[3], proposals[1]]]) {
    assert.deepEqual(Object.fromEntries(assignUniqueKeys(order).keys), expected);
  }
  assert.equal(expected['/c/x-2.txt'], 'x-2', 'a file whose own key is x-2 keeps it');
  assert.equal(new Set(Object.values(expected)).size, 4, 'all keys unique');
});

test('corpus: keys from names and front matter, unique on clashes, with a warning', async () => {
  const ws = new MemoryWorkspace({
    '/c/tact-innovation.txt': 'Charities can offer permanence services.\n',
    '/c/4983.txt': 'Councils face rising placement costs.\n',
    '/c/My Report (final).md': 'Kinship care needs more support.\n',
    '/c/sub/Report.txt': 'Inspection outcomes vary by provider type.\n',
    '/c/report.md': '---\nid: holmes2019\n---\nAn outcomes framework helps councils.\n',
    '/c/zz/report.txt': 'Commissioning skills are lacking.\n',
    '/c/yy/report.txt': 'Local authorities should work with charities.\n',
  });
  const corpus = new Corpus(ws, { roots: ['/c'] });
  const summary = await corpus.refresh();
  const byFile = Object.fromEntries(corpus.documents().map((d) => [d.file, d.sourceId]));
  assert.deepEqual(byFile, {
    '/c/tact-innovation.txt': 'tact-innovation',
    '/c/4983.txt': '4983',
    '/c/My Report (final).md': 'my-report-final',
    '/c/report.md': 'holmes2019',
    '/c/sub/Report.txt': 'report',
    '/c/yy/report.txt': 'report-2',
    '/c/zz/report.txt': 'report-3',
  });
  const clashes = summary.problems.filter((p) => p.severity === 'warning');
  assert.equal(clashes.length, 2, JSON.stringify(clashes));
  for (const p of clashes) assert.ok(p.message.includes('/c/sub/Report.txt') && p.message.includes(p.file), p.message);
  assert.equal(corpus.search('commissioning skills', 1)[0]?.sourceId, 'report-3');
});
