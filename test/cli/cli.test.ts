/**
 * The built CLI (dist/cli.js, from `npm run build`) run as a child process
 * against corpus/: `index --stats` output, the `search --json` contract (and
 * that each result's range, read back from the file, is its text), JSONL
 * query files, repeated --corpus, skipped binary sources, and exit code 2
 * with a message for a missing folder and for bad usage. Every run gets its
 * own SOURCED_CACHE_DIR.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, copyFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { normalizeWhitespace } from '../../server/src/engine/text/normalize.js';
import { repoRoot } from '../helpers/paths.js';

const CLI = join(repoRoot, 'dist', 'cli.js');
const tempDir = (label: string) => mkdtempSync(join(tmpdir(), `sourced-cli-${label}-`));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(args: string[], cacheDir = tempDir('cache')): Promise<Run> {
  assert.ok(existsSync(CLI), `${CLI} is missing: run \`npm run build\` before the CLI tests.`);
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      { cwd: repoRoot, env: { ...process.env, SOURCED_CACHE_DIR: cacheDir }, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

const STATS_KEYS = ['documents', 'passages', 'bytes', 'indexMs', 'queryP50Ms', 'queryP95Ms', 'heapMB'];

test('index --stats: exit 0, one summary line on stdout, one JSON stats line on stderr', async () => {
  const cacheDir = tempDir('cache');
  const r = await run(['index', '--corpus', 'corpus', '--stats'], cacheDir);
  assert.equal(r.code, 0, r.stderr);
  const out = r.stdout.split('\n').filter(Boolean);
  assert.equal(out.length, 1, r.stdout);
  assert.match(out[0], /^Indexed 5 documents, \d+ passages .*5 analysed, 0 from cache/);
  const err = r.stderr.split('\n').filter(Boolean);
  assert.equal(err.length, 1, r.stderr);
  const stats = JSON.parse(err[0]);
  assert.deepEqual(Object.keys(stats).sort(), [...STATS_KEYS].sort());
  assert.equal(stats.documents, 5);
  for (const key of ['passages', 'bytes', 'indexMs', 'heapMB'])
    assert.ok(typeof stats[key] === 'number' && stats[key] > 0, `${key}: ${stats[key]}`);
  assert.equal(
    stats.bytes,
    readdirSync(join(repoRoot, 'corpus'))
      .filter((f) => f.endsWith('.txt'))
      .reduce((n, f) => n + readFileSync(join(repoRoot, 'corpus', f)).length, 0),
  );
  assert.ok(
    readdirSync(cacheDir).some((f) => f.endsWith('.bin')),
    'the cache is written to SOURCED_CACHE_DIR',
  );

  const warm = await run(['index', '--corpus', 'corpus'], cacheDir);
  assert.equal(warm.code, 0, warm.stderr);
  assert.match(warm.stdout, /0 analysed, 5 from cache/);
});

/** Offset of an LSP position, computed independently of the engine's LineIndex. */
function offsetOf(text: string, position: { line: number; character: number }): number {
  let line = 0;
  let i = 0;
  while (line < position.line && i < text.length) {
    if (text[i] === '\r' && text[i + 1] === '\n') i++;
    if (text[i] === '\n' || text[i] === '\r') line++;
    i++;
  }
  return i + position.character;
}

function checkResult(result: Record<string, unknown>): void {
  const keys = Object.keys(result)
    .filter((k) => k !== 'page')
    .sort();
  assert.deepEqual(keys, ['file', 'range', 'score', 'sourceId', 'text', 'title']);
  const range = result.range as { start: { line: number; character: number }; end: { line: number; character: number } };
  for (const p of [range.start, range.end]) {
    assert.deepEqual(Object.keys(p).sort(), ['character', 'line']);
    assert.ok(Number.isInteger(p.line) && Number.isInteger(p.character));
  }
  assert.equal(typeof result.score, 'number');
  const fileText = readFileSync(result.file as string, 'utf8');
  const quoted = normalizeWhitespace(fileText.slice(offsetOf(fileText, range.start), offsetOf(fileText, range.end)));
  assert.equal(quoted, result.text, `the range in ${String(result.file)} holds other text`);
}

test('search --json: the documented contract, and each range holds exactly the result text', async () => {
  const query = 'commissioning practices that facilitate stable, local care';
  const r = await run(['search', query, '--corpus', 'corpus', '--json', '--limit', '5']);
  assert.equal(r.code, 0, r.stderr);
  const lines = r.stdout.split('\n').filter(Boolean);
  assert.equal(lines.length, 1);
  const body = JSON.parse(lines[0]);
  assert.deepEqual(Object.keys(body).sort(), ['query', 'results']);
  assert.equal(body.query, query);
  assert.equal(body.results.length, 5);
  assert.equal(body.results[0].sourceId, 'ncercc-outsourcing-key-sentences');
  assert.match(body.results[0].text, /^Designing commissioning practices/);
  assert.equal(body.results[0].title, '2 Key Sentences from Research re Outsourcing and Children\u2019s Social Care');
  body.results.forEach(checkResult);
});

test('search --json over many queries: every range reads back as its text', async () => {
  for (const query of ['social care', 'outsourcing social work', 'foster carers adopters', 'Nuffield Foundation']) {
    const r = await run(['search', query, '--corpus', 'corpus', '--json', '--limit', '20']);
    assert.equal(r.code, 0, r.stderr);
    const body = JSON.parse(r.stdout);
    assert.ok(body.results.length > 0, query);
    body.results.forEach(checkResult);
  }
});

test('search without --json prints numbered citations', async () => {
  const r = await run(['search', 'overseas pensions funds', '--corpus', 'corpus', '--limit', '1']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^1\. \[@tact-innovation\] .*\n\s+\S*tact-innovation\.txt:1:\d+ +score/);
});

test('search --queries FILE.jsonl --json: one {"queryId","results"} line per query', async () => {
  const dir = tempDir('queries');
  const file = join(dir, 'claims.jsonl');
  const queries = [
    { _id: 'c1', text: 'a serious lack of suitable placements harms children in care' },
    { _id: 'c2', text: 'social workers are cowed by managers' },
    { _id: 'c3', text: 'the the the' },
  ];
  writeFileSync(file, queries.map((q) => JSON.stringify(q)).join('\n') + '\n\n');
  const r = await run(['search', '--queries', file, '--corpus', 'corpus', '--json', '--limit', '3']);
  assert.equal(r.code, 0, r.stderr);
  const lines = r.stdout
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
  assert.deepEqual(
    lines.map((l) => Object.keys(l).sort()),
    queries.map(() => ['queryId', 'results']),
  );
  assert.deepEqual(
    lines.map((l) => l.queryId),
    ['c1', 'c2', 'c3'],
  );
  assert.equal(lines[0].results[0].sourceId, 'ncercc-outsourcing-key-sentences');
  assert.equal(lines[1].results[0].sourceId, 'basw-outsourcing-caution');
  assert.deepEqual(lines[2].results, []);
  for (const l of lines) l.results.forEach(checkResult);
});

test('--corpus may be repeated', async () => {
  const extra = tempDir('extra');
  writeFileSync(join(extra, 'hedgehogs.md'), '# Hedgehogs\n\nHedgehog sanctuaries are booming across the county.\n');
  const index = await run(['index', '--corpus', 'corpus', '--corpus', extra]);
  assert.equal(index.code, 0, index.stderr);
  assert.match(index.stdout, /^Indexed 6 documents/);
  const a = JSON.parse((await run(['search', 'hedgehog sanctuaries', '--corpus', 'corpus', '--corpus', extra, '--json'])).stdout);
  assert.equal(a.results[0].sourceId, 'hedgehogs');
  const b = JSON.parse((await run(['search', 'overseas pensions funds', '--corpus', 'corpus', '--corpus', extra, '--json'])).stdout);
  assert.equal(b.results[0].sourceId, 'tact-innovation');
});

test('a binary source is reported on stderr and skipped; the rest is indexed, exit 0', async () => {
  const dir = tempDir('binary');
  copyFileSync(join(repoRoot, 'corpus', 'tact-innovation.txt'), join(dir, 'tact-innovation.txt'));
  mkdirSync(join(dir, 'scans'));
  writeFileSync(join(dir, 'scans', 'scan.txt'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 0, 1, 2, 3]));
  const r = await run(['index', '--corpus', dir]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^Indexed 1 documents/);
  assert.match(r.stderr, /scan\.txt.*binary/);
});

test('a missing corpus folder: exit 2 and a message naming it on stderr', async () => {
  const r = await run(['search', 'anything', '--corpus', 'no-such-folder']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /no-such-folder.*does not exist/);
  assert.equal(r.stdout, '');
});

const QUERIES_FILE = join(tempDir('usage'), 'q.jsonl');
writeFileSync(QUERIES_FILE, '{"_id": "q1", "text": "social care"}\n');

const BAD_USAGE: Array<{ name: string; args: string[]; message: RegExp }> = [
  { name: 'unknown command', args: ['frobnicate', '--corpus', 'corpus'], message: /unknown command "frobnicate"/ },
  { name: 'no --corpus', args: ['index'], message: /--corpus DIR is required/ },
  { name: '--corpus without a value', args: ['index', '--corpus'], message: /corpus/ },
  { name: 'unknown option', args: ['index', '--corpus', 'corpus', '--bogus'], message: /bogus/ },
  { name: 'search without a query', args: ['search', '--corpus', 'corpus'], message: /QUERY/ },
  { name: 'query and --queries together', args: ['search', 'x', '--queries', QUERIES_FILE, '--corpus', 'corpus'], message: /not both/ },
  { name: 'bad --limit', args: ['search', 'x', '--corpus', 'corpus', '--limit', '0'], message: /--limit/ },
  {
    name: 'unreadable queries file',
    args: ['search', '--queries', 'no-such-file.jsonl', '--corpus', 'corpus', '--json'],
    message: /no-such-file\.jsonl/,
  },
  {
    name: 'queries file that is not JSONL',
    args: ['search', '--queries', join(repoRoot, 'README.md'), '--corpus', 'corpus'],
    message: /README\.md:1: not valid JSON/,
  },
  { name: 'corpus is a file', args: ['index', '--corpus', 'README.md'], message: /README\.md.*not a folder/ },
];

for (const { name, args, message } of BAD_USAGE) {
  test(`bad usage (${name}): exit 2 with a message on stderr`, async () => {
    const r = await run(args);
    assert.equal(r.code, 2, `exit code; stderr: ${r.stderr}`);
    assert.match(r.stderr, message);
  });
}

test('no arguments at all: exit 2 with the usage text', async () => {
  const r = await run([]);
  assert.equal(r.code, 2);
  assert.match(r.stdout + r.stderr, /Usage:/);
});

test('sources --json lists every source with its key and metadata from the bibliography', async () => {
  const r = await run(['sources', '--corpus', 'corpus', '--json']);
  assert.equal(r.code, 0, r.stderr);
  const { sources } = JSON.parse(r.stdout) as {
    sources: Array<{ sourceId: string; title: string; url: string; date: string; metadataFrom: Record<string, string> }>;
  };
  assert.deepEqual(
    sources.map((s) => s.sourceId),
    [
      'basw-outsourcing-caution',
      'ccn-future-of-childrens-social-care',
      'ncercc-outsourcing-key-sentences',
      'rees-outcomes-framework',
      'tact-innovation',
    ],
  );
  for (const s of sources) {
    assert.ok(s.title && s.url && s.date, `${s.sourceId} lacks title, url or date`);
    assert.equal(s.metadataFrom.title, 'bibliography', `${s.sourceId} title from ${s.metadataFrom.title}`);
  }
});

test('sources QUERY fuzzy-matches a mistyped key', async () => {
  const r = await run(['sources', 'tact-inovation', '--corpus', 'corpus']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout.split('\n')[0], /^@tact-innovation$/);
});
