/**
 * Test doubles for the engine's host seams (server/src/engine/host.ts):
 * an in-memory WorkspaceReader built from a record of path -> contents that
 * counts readFile calls per path and can change, delete or break files, and
 * an in-memory CacheStore that can be filled with arbitrary bytes.
 */
import type { CacheStore, DirEntry, FileStat, WorkspaceReader } from '../../server/src/engine/host.js';

export type FileContents = string | Uint8Array;

function toBytes(contents: FileContents): Uint8Array {
  return typeof contents === 'string' ? new TextEncoder().encode(contents) : contents;
}

function normalizePath(path: string): string {
  const cleaned = path.replace(/\\/g, '/').replace(/\/+/g, '/');
  return cleaned.length > 1 && cleaned.endsWith('/') ? cleaned.slice(0, -1) : cleaned;
}

function enoent(path: string): Error & { code: string } {
  return Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });
}

export class MemoryWorkspace implements WorkspaceReader {
  private readonly files = new Map<string, Uint8Array>();
  private readonly readCounts = new Map<string, number>();
  private readonly failing = new Map<string, Error>();
  /**
   * Per file, the time of its last write: one clock for every workspace,
   * starting long ago and ticking a second per write, so every write (in
   * this workspace or a new one) changes it and none is recent enough for
   * the corpus to distrust (a file written in the last seconds is re-read).
   */
  private readonly mtimes = new Map<string, number>();
  private static clock = Date.UTC(2020, 0, 1);

  constructor(files: Record<string, FileContents> = {}) {
    for (const [path, contents] of Object.entries(files)) this.write(path, contents);
  }

  /** Creates or replaces a file. */
  write(path: string, contents: FileContents): void {
    this.files.set(normalizePath(path), toBytes(contents));
    this.mtimes.set(normalizePath(path), (MemoryWorkspace.clock += 1000));
  }

  /** Sets a file's modification time, as `touch -d` would: to test trust in unchanged times. */
  setMtime(path: string, mtimeMs: number): void {
    this.mtimes.set(normalizePath(path), mtimeMs);
  }

  /** Deletes a file; later listings and reads no longer see it. */
  delete(path: string): void {
    if (!this.files.delete(normalizePath(path))) throw new Error(`MemoryWorkspace: no file ${path} to delete`);
  }

  /**
   * Keeps the file in directory listings but makes readFile throw, as when a
   * file is deleted between the walk and the read. Default error: ENOENT.
   */
  throwOnRead(path: string, error: Error = enoent(path)): void {
    this.failing.set(normalizePath(path), error);
  }

  /** Lets a file that was made to throw be read again. */
  stopThrowing(path: string): void {
    this.failing.delete(normalizePath(path));
  }

  /** How many times readFile was called for this path. */
  reads(path: string): number {
    return this.readCounts.get(normalizePath(path)) ?? 0;
  }

  /** Paths read at least once since the last reset, sorted. */
  readPaths(): string[] {
    return [...this.readCounts.keys()].filter((p) => (this.readCounts.get(p) ?? 0) > 0).sort();
  }

  totalReads(): number {
    let n = 0;
    for (const count of this.readCounts.values()) n += count;
    return n;
  }

  resetCounts(): void {
    this.readCounts.clear();
  }

  async readDirectory(path: string): Promise<DirEntry[]> {
    const dir = normalizePath(path);
    const prefix = dir === '/' ? '/' : `${dir}/`;
    const entries = new Map<string, DirEntry>();
    for (const file of this.files.keys()) {
      if (!file.startsWith(prefix)) continue;
      const rest = file.slice(prefix.length);
      const slash = rest.indexOf('/');
      const name = slash < 0 ? rest : rest.slice(0, slash);
      if (!entries.has(name)) entries.set(name, { name, kind: slash < 0 ? 'file' : 'directory' });
    }
    if (entries.size === 0) {
      throw Object.assign(new Error(`ENOENT: no such file or directory, scandir '${path}'`), { code: 'ENOENT' });
    }
    return [...entries.values()];
  }

  async readFile(path: string): Promise<Uint8Array> {
    const key = normalizePath(path);
    this.readCounts.set(key, (this.readCounts.get(key) ?? 0) + 1);
    const failure = this.failing.get(key);
    if (failure) throw failure;
    const bytes = this.files.get(key);
    if (!bytes) throw enoent(path);
    // A copy, so the engine can never alias the workspace's storage.
    return bytes.slice();
  }

  async fileStat(path: string): Promise<FileStat | undefined> {
    const key = normalizePath(path);
    const bytes = this.files.get(key);
    return bytes && { size: bytes.byteLength, mtimeMs: this.mtimes.get(key) ?? 0 };
  }

  async realPath(path: string): Promise<string> {
    return normalizePath(path);
  }
}

/** An in-memory CacheStore; `data` may be set directly to simulate a damaged cache. */
export class MemoryCacheStore implements CacheStore {
  data: Uint8Array | undefined;
  loads = 0;
  saves = 0;

  constructor(data?: Uint8Array) {
    this.data = data;
  }

  async load(): Promise<Uint8Array | undefined> {
    this.loads++;
    return this.data ? this.data.slice() : undefined;
  }

  async save(data: Uint8Array): Promise<void> {
    this.saves++;
    this.data = data.slice();
  }
}
