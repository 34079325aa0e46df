/**
 * What the engine needs from its surroundings, injected so that the engine
 * never touches the file system itself: the CLI passes a Node implementation,
 * the language server one that also sees unsaved editor buffers, and tests an
 * in-memory one.
 */

import type { IngestProblem } from './types.js';

export interface FileStat {
  size: number;
  /** Modification time in milliseconds (fractional where the file system has finer times). */
  mtimeMs: number;
}

export type EntryKind = 'file' | 'directory' | 'other';

export interface DirEntry {
  name: string;
  kind: EntryKind;
}

export interface WorkspaceReader {
  /** Entries of a directory; symbolic links are reported as what they point to, or 'other'. */
  readDirectory(path: string): Promise<DirEntry[]>;
  readFile(path: string): Promise<Uint8Array>;
  /**
   * Size and modification time, or undefined if the path no longer exists.
   * With it the corpus re-reads only files whose size or time changed; without
   * it every file is read and hashed on every refresh.
   */
  fileStat?(path: string): Promise<FileStat | undefined>;
  /** A stable identity for a directory (real path), used to break symlink loops. */
  realPath?(path: string): Promise<string>;
  /**
   * How this host turns PDF and Word files into text (the Node host: a pool
   * of worker threads). Absent: the engine extracts on the calling thread.
   */
  extractor?: DocumentExtractor;
}

/** Formats whose bytes are not text and need extracting first. */
export type ExtractFormat = 'pdf' | 'docx';

/**
 * A binary document as text. `text` is the engine's "file text" for the
 * document (every offset and position refers to it): lines end in \n, a
 * blank line separates paragraphs, \f separates pages. Undefined when the
 * document could not be read (the problems say why).
 */
export interface ExtractedDocument {
  text: string | undefined;
  /** Paragraph boundaries in `text`, when the format knows them (DOCX). */
  blocks?: Array<[number, number]>;
  /** Pages in the document (PDF); every sentence then gets a page. */
  pages?: number;
  /** Document properties (PDF Info, DOCX core properties), trimmed. */
  properties: Partial<Record<'title' | 'author' | 'date', string>>;
  problems: IngestProblem[];
}

/**
 * Extracts text from binary documents. Asynchronous so that a host can run
 * it off the main thread; it never rejects for a bad document (that is a
 * problem in the result), only for a failure of the host itself.
 */
export interface DocumentExtractor {
  extract(file: string, format: ExtractFormat, bytes: Uint8Array): Promise<ExtractedDocument>;
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
