/**
 * `sourced check`'s result cache (server/src/cli/checkResultCache.ts): a second check of a draft reuses what the
 * first found for its unchanged sentences and prints the same; a sentence edited since, a corpus file changed since,
 * or a malformed cache file means checking afresh, so the output is always what `--no-cache` prints.
 *
 * Reuse is shown by planting a message in the stored results: it comes back only while the draft's sentence and the
 * corpus are as they were.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../helpers/paths.js';

const BIN = join(repoRoot, 'dist', 'cli.js');
const PLANTED = 'planted in the result cache';

function check(args: string[], cacheDir: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const env = { ...process.env, SOURCED_CACHE_DIR: cacheDir };
    execFile(process.execPath, [BIN, 'check', ...args, '--format', 'json'], { env, timeout: 120_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? -1) : 0, stdout, stderr });
    });
  });
}

/** A fresh corpus copy, draft and cache folder. */
function setUp() {
  const root = mkdtempSync(join(tmpdir(), 'sourced-result-cache-'));
  const corpus = join(root, 'corpus');
  cpSync(join(repoRoot, 'corpus'), corpus, { recursive: true });
  const draft = join(root, 'briefing.md');
  writeFileSync(draft, readFileSync(join(repoRoot, 'examples', 'briefing.md')));
  const cache = join(root, 'cache');
  return { corpus, draft, cache, args: [draft, '--corpus', corpus] };
}

const resultFiles = (dir: string) => readdirSync(dir).filter((f) => f.startsWith('check-') && f.endsWith('.json'));

/** Rewrites every stored finding's message to PLANTED. */
function plant(cache: string): void {
  const [name] = resultFiles(cache);
  const stored = JSON.parse(readFileSync(join(cache, name), 'utf8'));
  for (const [, entry] of stored.entries) for (const f of entry.findings) f.message = PLANTED;
  writeFileSync(join(cache, name), JSON.stringify(stored));
}

const messages = (stdout: string): string[] => JSON.parse(stdout).files[0].diagnostics.map((d: { message: string }) => d.message);

test('a second check of a draft prints the same, from the stored results', async () => {
  const { cache, args } = setUp();
  const first = await check(args, cache);
  assert.equal(first.code, 1, first.stderr);
  assert.equal(resultFiles(cache).length, 1, 'one result file for the draft');
  const second = await check(args, cache);
  assert.equal(second.stdout, first.stdout);
  const fresh = await check([...args, '--no-cache'], mkdtempSync(join(tmpdir(), 'sourced-result-cache-none-')));
  assert.equal(fresh.stdout, first.stdout);
  plant(cache);
  const planted = messages((await check(args, cache)).stdout);
  assert.ok(planted.length > 0 && planted.every((m) => m === PLANTED), 'the stored findings are what the check printed');
});

test('an edited sentence is checked again; the others come from the stored results', async () => {
  const { draft, cache, args } = setUp();
  await check(args, cache);
  plant(cache);
  const text = readFileSync(draft, 'utf8');
  const edited = text.replace('rose by 38%', 'rose by 39%');
  assert.notEqual(edited, text);
  writeFileSync(draft, edited);
  const after = messages((await check(args, cache)).stdout);
  const changed = after.filter((m) => m !== PLANTED);
  assert.ok(
    changed.some((m) => /cites no source/i.test(m)),
    `the edited claim is checked afresh: ${JSON.stringify(changed)}`,
  );
  assert.ok(after.includes(PLANTED), 'unchanged sentences are reused');
});

test('a changed corpus file, or a malformed result file, means checking afresh', async () => {
  const { corpus, cache, args } = setUp();
  const first = await check(args, cache);
  plant(cache);
  appendFileSync(join(corpus, 'tact-innovation.txt'), '\nA sentence added since the last check.\n');
  const afterChange = await check(args, cache);
  assert.ok(!messages(afterChange.stdout).includes(PLANTED), 'nothing reused once the corpus changed');
  const fresh = await check([...args, '--no-cache'], mkdtempSync(join(tmpdir(), 'sourced-result-cache-none-')));
  assert.equal(afterChange.stdout, fresh.stdout);
  writeFileSync(join(cache, resultFiles(cache)[0]), '{"layout": 1, "entries": [["x", {}]]');
  const afterGarbage = await check(args, cache);
  assert.equal(afterGarbage.code, first.code, afterGarbage.stderr);
  assert.equal(afterGarbage.stdout, fresh.stdout);
});

test('--no-cache writes no result file', async () => {
  const { cache, args } = setUp();
  await check([...args, '--no-cache'], cache);
  let files: string[] = [];
  try {
    files = resultFiles(cache);
  } catch {
    // No cache folder at all: nothing written.
  }
  assert.deepEqual(files, []);
});
