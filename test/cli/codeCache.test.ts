/**
 * The bin's code cache (server/src/cli/launch.ts): the first run of a build writes one cache file into the cache
 * folder, later runs read it and answer the same; `--no-cache` writes none; an unreadable (here: garbage) cache is
 * rejected by V8 and rewritten, never an error; a cache folder that cannot be made costs nothing but the cache.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../helpers/paths.js';

const BIN = join(repoRoot, 'dist', 'cli.js');

function sourced(args: string[], cacheDir: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const env = { ...process.env, SOURCED_CACHE_DIR: cacheDir };
    execFile(process.execPath, [BIN, ...args], { env, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? -1) : 0, stdout, stderr });
    });
  });
}

const codeCaches = (dir: string) => readdirSync(dir).filter((f) => f.startsWith('cli-code-') && f.endsWith('.bin'));
const CORPUS = join(repoRoot, 'corpus');

test('the first run writes the code cache, the next reads it and answers the same', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sourced-code-cache-'));
  const args = ['search', 'placement stability', '--corpus', CORPUS, '--json', '--no-cache'];
  const first = await sourced(['sources', '--corpus', CORPUS, '--json'], dir);
  assert.equal(first.code, 0, first.stderr);
  assert.equal(codeCaches(dir).length, 1, 'one cache file');
  const written = readFileSync(join(dir, codeCaches(dir)[0]));
  const again = await sourced(['sources', '--corpus', CORPUS, '--json'], dir);
  assert.equal(again.stdout, first.stdout);
  assert.deepEqual(readFileSync(join(dir, codeCaches(dir)[0])), written, 'an accepted cache is not rewritten');
  // --no-cache: nothing written, same answer as a run with the cache.
  const none = mkdtempSync(join(tmpdir(), 'sourced-code-cache-none-'));
  const plain = await sourced(args, none);
  assert.equal(plain.code, 0, plain.stderr);
  assert.deepEqual(codeCaches(none), []);
  assert.equal((await sourced(args, dir)).stdout, plain.stdout);
});

test('a garbage cache file is rejected and rewritten; an unwritable folder is no error', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sourced-code-cache-bad-'));
  await sourced(['--help'], dir);
  const [name] = codeCaches(dir);
  writeFileSync(join(dir, name), 'not a code cache');
  const run = await sourced(['sources', '--corpus', CORPUS], dir);
  assert.equal(run.code, 0, run.stderr);
  assert.notEqual(readFileSync(join(dir, name), 'utf8'), 'not a code cache');
  // A folder inside a file cannot be made, even by root.
  const file = join(mkdtempSync(join(tmpdir(), 'sourced-code-cache-file-')), 'a-file');
  writeFileSync(file, '');
  const help = await sourced(['--help'], dir);
  const blocked = await sourced(['--help'], join(file, 'cache'));
  assert.deepEqual(blocked, help);
});
