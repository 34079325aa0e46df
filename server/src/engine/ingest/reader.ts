/**
 * The reader interface: one module per source format turns a file's bytes
 * into text plus an equally long "content" view in which everything that is
 * not the author's words is masked. Keeping both the same length is what lets
 * every later stage speak in offsets of the original file.
 *
 * Masking alphabet: a space stands for removed layout (it separates words);
 * U+0000 stands for removed markup inside a word run (it joins them), and is
 * dropped by `normalizeWhitespace`.
 */
import type { IngestProblem } from '../types.js';

export interface ReadResult {
  /** Decoded file text: offsets and positions refer to this. */
  text: string;
  /** Same length as `text`; masked where the characters are not content. */
  content: string;
  /** Fields from YAML front matter or HTML <head>, before precedence rules. */
  declared: Record<string, unknown>;
  /**
   * Block boundaries when the format knows them (Markdown, HTML). Plain text
   * leaves this out and blocks are found from line layout.
   */
  blocks?: Array<[number, number]>;
  problems: IngestProblem[];
}

export interface SourceReader {
  /** Lower-case extensions without the dot. */
  readonly extensions: readonly string[];
  read(file: string, text: string): ReadResult;
}

/** Replaces text[start, end) in a char array with `fill`, keeping line breaks. */
export function maskRange(chars: string[], start: number, end: number, fill = ' '): void {
  for (let i = start; i < end; i++) {
    const c = chars[i];
    if (c !== '\n' && c !== '\r' && c !== '\f') chars[i] = fill;
  }
}
