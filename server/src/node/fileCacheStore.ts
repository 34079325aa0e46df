/**
 * The index cache on disk. Writes go to a temporary file that is renamed
 * over the old one, so a crash mid-write never leaves a half cache. The
 * cache lives outside the corpus (users' folders are never written to):
 * $SOURCED_CACHE_DIR, else $XDG_CACHE_HOME/sourced, else ~/.cache/sourced,
 * one file per set of corpus roots.
 */
import { promises as fs } from 'node:fs';
import { createHash } from 'node:crypto';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import type { CacheStore } from '../engine/host.js';

export function defaultCacheDir(): string {
  if (process.env.SOURCED_CACHE_DIR) return resolve(process.env.SOURCED_CACHE_DIR);
  const base = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(base, 'sourced');
}

/** A short stable name for a text (16 hex digits of its SHA-256), for cache file names. */
export function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** One name per set of corpus roots, however they are ordered or written. */
export function rootsKey(roots: readonly string[]): string {
  return shortHash(
    roots
      .map((r) => resolve(r))
      .sort()
      .join('\n'),
  );
}

/** Writes a cache file whole or not at all: a temporary file in the same folder, renamed over the old one. */
export async function writeFileAtomically(dir: string, path: string, data: Uint8Array | string): Promise<void> {
  await fs.mkdir(dir, { recursive: true });
  const temp = `${path}.${process.pid}.${Date.now()}.tmp`;
  await fs.writeFile(temp, data);
  await fs.rename(temp, path);
}

export function fileCacheStore(roots: readonly string[], dir = defaultCacheDir()): CacheStore & { path: string } {
  const path = join(dir, `index-${rootsKey(roots)}.bin`);
  return {
    path,
    async load() {
      try {
        return await readWhole(path);
      } catch {
        return undefined;
      }
    },
    save: (data: Uint8Array) => writeFileAtomically(dir, path, data),
  };
}

/**
 * The whole file in one buffer, read with as few calls as the system allows. fs.readFile reads a large file in
 * 512 KiB slices, one thread-pool round trip each: for a 90 MB cache that was most of a warm start's wait.
 */
async function readWhole(path: string): Promise<Uint8Array> {
  const handle = await fs.open(path, 'r');
  try {
    const { size } = await handle.stat();
    const buffer = new Uint8Array(size);
    let at = 0;
    while (at < size) {
      const { bytesRead } = await handle.read(buffer, at, size - at, at);
      if (bytesRead === 0) break;
      at += bytesRead;
    }
    return at === size ? buffer : buffer.subarray(0, at);
  } finally {
    await handle.close();
  }
}
