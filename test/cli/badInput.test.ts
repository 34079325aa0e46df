/**
 * Hostile and broken inputs through the built CLI on a real folder: binary
 * files with a text extension, invalid UTF-8, UTF-16 with a BOM, a 0-byte
 * file, a 200 MB file (sparse, refused by size before it is read), a 5 MB
 * single line, a symbolic link loop, a path with spaces and non-ASCII
 * characters, invalid YAML front matter, a references.json that is not
 * JSON, a draft with 10,000 citations and one of deeply nested lists and
 * blockquotes. Each gets a clear message naming the file, and the rest of
 * the corpus keeps working. Files deleted or rewritten mid-index are tested
 * in-process against the real file system.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, openSync, closeSync, ftruncateSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Corpus } from '../../server/src/engine/corpus/corpus.js';
import { nodeWorkspaceReader } from '../../server/src/node/nodeWorkspaceReader.js';
import type { WorkspaceReader } from '../../server/src/engine/host.js';
import { repoRoot } from '../helpers/paths.js';

const CLI = join(repoRoot, 'dist', 'cli.js');
const root = mkdtempSync(join(tmpdir(), 'sourced-bad-'));
const corpus = join(root, 'corpus');
const NON_ASCII = 'Rapport d\u2019\u00e9t\u00e9 2023.txt';

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      { cwd: root, env: { ...process.env, SOURCED_CACHE_DIR: join(root, 'cache') }, timeout: 120_000, maxBuffer: 1 << 28 },
      (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
      },
    );
  });
}

before(() => {
  mkdirSync(join(corpus, 'sub'), { recursive: true });
  copyFileSync(join(repoRoot, 'corpus', 'tact-innovation.txt'), join(corpus, 'tact-innovation.txt'));
  const binary = Buffer.alloc(3000);
  for (let i = 0; i < binary.length; i++) binary[i] = (i * 7919) % 256;
  writeFileSync(join(corpus, 'binary.txt'), binary);
  writeFileSync(join(corpus, 'latin1.txt'), Buffer.from('Caf\xe9 au lait is served in many places across the county.\n', 'latin1'));
  writeFileSync(
    join(corpus, 'utf16.txt'),
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Kinship carers in Northshire received new allowances.\n', 'utf16le')]),
  );
  writeFileSync(join(corpus, 'empty.txt'), '');
  // Sparse: 200 MB by size, no disk used; refused by size before any read.
  const fd = openSync(join(corpus, 'huge.txt'), 'w');
  ftruncateSync(fd, 200 * 1024 * 1024);
  closeSync(fd);
  writeFileSync(join(corpus, 'oneline.txt'), Array.from({ length: 330_000 }, (_, i) => `Item ${i} is here.`).join(' '));
  symlinkSync('..', join(corpus, 'sub', 'loop'));
  writeFileSync(join(corpus, NON_ASCII), 'Placements for looked-after children in Northshire were reviewed by the panel.\n');
  writeFileSync(
    join(corpus, 'badyaml.md'),
    '---\ntitle: [unclosed\n---\nThe front matter above is broken but this sentence about fostering panels is fine.\n',
  );
  writeFileSync(join(corpus, 'references.json'), '{not json');
  writeFileSync(
    join(root, 'cites.md'),
    `${Array.from({ length: 10000 }, (_, i) => `Claim ${i} rose by ${i % 90}% [@${i % 3 ? 'tact-innovation' : `missing-${i}`}].`).join(' ')}\n`,
  );
  const lists = Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}- item ${i} rose by ${i}%`).join('\n');
  writeFileSync(join(root, 'nested.md'), `${lists}\n\n${'> '.repeat(300)}Deep quote says rates rose by 5%.\n`);
});

const EXPECTED_MESSAGES: Array<{ input: string; pattern: RegExp }> = [
  { input: 'binary file with a text extension', pattern: /error: .*binary\.txt: looks like a binary file/ },
  { input: 'invalid UTF-8', pattern: /warning: .*latin1\.txt: not valid UTF-8; 1 invalid byte sequence/ },
  { input: '0-byte file', pattern: /note: .*empty\.txt: empty file; nothing to index/ },
  { input: '200 MB file', pattern: /error: .*huge\.txt: 200\.0 MB is over the 64 MB limit .*--max-file-mb/ },
  { input: 'symbolic link loop', pattern: /note: .*sub[\\/]loop: already indexed through another path/ },
  { input: 'invalid YAML front matter', pattern: /warning: .*badyaml\.md: front matter is not valid YAML/ },
  { input: 'references.json that is not JSON', pattern: /error: .*references\.json: bibliography is not valid JSON/ },
];

let indexRun: { code: number; stdout: string; stderr: string };
before(async () => {
  indexRun = await run(['index', '--corpus', corpus]);
});

test('a corpus full of bad files still indexes: exit 0 and the good documents are in', () => {
  assert.equal(indexRun.code, 0, indexRun.stderr);
  assert.match(indexRun.stdout, /Indexed 6 documents/);
});

for (const { input, pattern } of EXPECTED_MESSAGES) {
  test(`bad input gets a named message: ${input}`, () => {
    assert.match(indexRun.stderr, pattern);
  });
}

const SEARCHES: Array<{ input: string; query: string; file: string }> = [
  { input: 'UTF-16 with BOM', query: 'kinship carers allowances', file: 'utf16.txt' },
  { input: 'path with spaces and non-ASCII characters', query: 'panel reviewed placements looked-after', file: NON_ASCII },
  { input: 'a 5 MB single line', query: 'Item 329998 is here', file: 'oneline.txt' },
  { input: 'invalid YAML front matter keeps its text', query: 'fostering panels front matter broken', file: 'badyaml.md' },
  {
    input: 'the good document next to them',
    query: 'private profit-making companies residential foster care',
    file: 'tact-innovation.txt',
  },
];

for (const s of SEARCHES) {
  test(`still searchable: ${s.input}`, async () => {
    const { code, stdout, stderr } = await run(['search', s.query, '--corpus', corpus, '--json', '--limit', '3']);
    assert.equal(code, 0, stderr);
    const { results } = JSON.parse(stdout) as { results: Array<{ file: string }> };
    assert.ok(
      results.some((r) => r.file.endsWith(s.file)),
      `${s.file} not in ${stdout.slice(0, 500)}`,
    );
  });
}

test('a draft with 10,000 citations and one of deeply nested lists and blockquotes are checked', async () => {
  const { code, stdout, stderr } = await run(['check', 'cites.md', 'nested.md', '--corpus', corpus, '--format', 'json']);
  assert.equal(code, 1, stderr);
  const files = (JSON.parse(stdout) as { files: Array<{ file: string; diagnostics: Array<{ code: string }> }> }).files;
  const unknown = files[0].diagnostics.filter((d) => d.code === 'unknown-source').length;
  assert.equal(unknown, 3334);
  assert.ok(files[1].diagnostics.length > 0);
});

/** The real file system, with a hook that runs once the corpus has been listed. */
function readerWith(afterListing: () => void): WorkspaceReader {
  let fired = false;
  return {
    ...nodeWorkspaceReader,
    readDirectory: async (path) => {
      const entries = await nodeWorkspaceReader.readDirectory(path);
      return entries;
    },
    readFile: async (path) => {
      if (!fired) {
        fired = true;
        afterListing();
      }
      return nodeWorkspaceReader.readFile(path);
    },
  };
}

test('a file deleted while the corpus is being indexed is skipped with a message; the rest is indexed', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sourced-vanish-'));
  for (const name of ['a.txt', 'b.txt', 'c.txt']) writeFileSync(join(dir, name), `Document ${name} says placements rose in Northshire.\n`);
  const c = new Corpus(
    readerWith(() => unlinkSync(join(dir, 'c.txt'))),
    { roots: [dir] },
  );
  const summary = await c.refresh();
  assert.equal(summary.documents, 2);
  assert.ok(
    summary.problems.some((p) => p.file.endsWith('c.txt') && /could not be read/.test(p.message)),
    JSON.stringify(summary.problems),
  );
});

test('a file rewritten while the corpus is being indexed is indexed with one of its versions, never a mix', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sourced-rewrite-'));
  writeFileSync(join(dir, 'a.txt'), 'The old version says placements fell.\n');
  writeFileSync(join(dir, 'b.txt'), 'The old version of b says adoption rose.\n');
  const c = new Corpus(
    readerWith(() => writeFileSync(join(dir, 'b.txt'), 'The new version of b says kinship care grew.\n')),
    { roots: [dir] },
  );
  await c.refresh();
  const b = c.documents().find((d) => d.file.endsWith('b.txt'))!;
  assert.ok(
    ['The old version of b says adoption rose.', 'The new version of b says kinship care grew.'].includes(b.sentences[0].text),
    b.sentences[0].text,
  );
  assert.equal(b.text.slice(b.sentences[0].start, b.sentences[0].end), b.sentences[0].text);
});
