/**
 * The test doubles themselves (test/helpers/memoryWorkspace.ts): directory
 * listings derived from paths, per-path readFile counts, edits, deletions,
 * reads that throw, and the in-memory CacheStore. The other suites rely on
 * these counts to prove incremental behaviour, so they must be right.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryCacheStore, MemoryWorkspace } from '../helpers/memoryWorkspace.js';

const sorted = <T extends { name: string }>(entries: T[]) => [...entries].sort((a, b) => a.name.localeCompare(b.name));

test('readDirectory lists files and folders derived from the paths', async () => {
  const ws = new MemoryWorkspace({ '/c/a.txt': 'A', '/c/sub/b.md': 'B', '/c/sub/deep/c.html': 'C', '/other/x.txt': 'X' });
  assert.deepEqual(sorted(await ws.readDirectory('/c')), [
    { name: 'a.txt', kind: 'file' },
    { name: 'sub', kind: 'directory' },
  ]);
  assert.deepEqual(sorted(await ws.readDirectory('/c/sub/')), [
    { name: 'b.md', kind: 'file' },
    { name: 'deep', kind: 'directory' },
  ]);
  await assert.rejects(ws.readDirectory('/missing'), /ENOENT/);
});

test('readFile counts calls per path and returns copies of the bytes', async () => {
  const ws = new MemoryWorkspace({ '/c/a.txt': 'Hello', '/c/b.txt': new Uint8Array([1, 2, 3]) });
  const first = await ws.readFile('/c/a.txt');
  assert.equal(new TextDecoder().decode(first), 'Hello');
  first[0] = 0;
  assert.equal(new TextDecoder().decode(await ws.readFile('/c/a.txt')), 'Hello', 'callers cannot alias the stored bytes');
  await ws.readFile('/c/b.txt');
  assert.equal(ws.reads('/c/a.txt'), 2);
  assert.equal(ws.reads('/c/b.txt'), 1);
  assert.equal(ws.totalReads(), 3);
  assert.deepEqual(ws.readPaths(), ['/c/a.txt', '/c/b.txt']);
  ws.resetCounts();
  assert.equal(ws.totalReads(), 0);
  assert.equal((await ws.fileStat('/c/b.txt'))?.size, 3);
});

test('every write moves the file time forward, in this workspace and the next', async () => {
  const ws = new MemoryWorkspace({ '/c/a.txt': 'one' });
  const first = (await ws.fileStat('/c/a.txt'))!.mtimeMs;
  ws.write('/c/a.txt', 'two');
  const second = (await ws.fileStat('/c/a.txt'))!.mtimeMs;
  assert.ok(second > first);
  const again = new MemoryWorkspace({ '/c/a.txt': 'two' });
  assert.ok((await again.fileStat('/c/a.txt'))!.mtimeMs > second, 'a new workspace is a new write');
  again.setMtime('/c/a.txt', 5);
  assert.equal((await again.fileStat('/c/a.txt'))!.mtimeMs, 5);
});

test('write, delete and throwOnRead change what the engine sees', async () => {
  const ws = new MemoryWorkspace({ '/c/a.txt': 'old' });
  ws.write('/c/a.txt', 'new');
  assert.equal(new TextDecoder().decode(await ws.readFile('/c/a.txt')), 'new');
  ws.throwOnRead('/c/a.txt');
  await assert.rejects(ws.readFile('/c/a.txt'), /ENOENT/);
  assert.deepEqual(await ws.readDirectory('/c'), [{ name: 'a.txt', kind: 'file' }], 'still listed while failing');
  assert.equal(ws.reads('/c/a.txt'), 2, 'failed reads are counted too');
  ws.stopThrowing('/c/a.txt');
  ws.delete('/c/a.txt');
  await assert.rejects(ws.readFile('/c/a.txt'), /ENOENT/);
  assert.equal(await ws.fileStat('/c/a.txt'), undefined);
  assert.throws(() => ws.delete('/c/a.txt'), /no file/);
});

test('MemoryCacheStore keeps what was saved and counts loads and saves', async () => {
  const store = new MemoryCacheStore();
  assert.equal(await store.load(), undefined);
  await store.save(new Uint8Array([9, 8, 7]));
  assert.deepEqual([...(await store.load())!], [9, 8, 7]);
  assert.equal(store.loads, 2);
  assert.equal(store.saves, 1);
});
