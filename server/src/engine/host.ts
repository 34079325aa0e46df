/**
 * What the engine needs from its surroundings, injected so that the engine
 * never touches the file system itself: the CLI passes a Node implementation,
 * the language server one that also sees unsaved editor buffers, and tests an
 * in-memory one.
 */

export type EntryKind = 'file' | 'directory' | 'other';

export interface DirEntry {
  name: string;
  kind: EntryKind;
}

export interface WorkspaceReader {
  /** Entries of a directory; symbolic links are reported as what they point to, or 'other'. */
  readDirectory(path: string): Promise<DirEntry[]>;
  readFile(path: string): Promise<Uint8Array>;
  /** Size in bytes, or undefined if the path no longer exists. */
  fileSize?(path: string): Promise<number | undefined>;
  /** A stable identity for a directory (real path), used to break symlink loops. */
  realPath?(path: string): Promise<string>;
}

/** Where the index cache lives; writes must be atomic (temp file + rename). */
export interface CacheStore {
  load(): Promise<Uint8Array | undefined>;
  save(data: Uint8Array): Promise<void>;
}

export function joinPath(dir: string, name: string): string {
  return dir.endsWith('/') || dir.endsWith('\\') ? dir + name : `${dir}/${name}`;
}

export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}
