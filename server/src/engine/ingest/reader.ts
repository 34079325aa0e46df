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
import type { ExtractedDocument, ExtractFormat } from '../host.js';

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
  /**
   * Set for binary formats: the bytes go through the host's
   * `DocumentExtractor` first, and `read` gets the extracted text (and the
   * extraction, for its blocks) instead of decoded bytes.
   */
  readonly extract?: ExtractFormat;
  read(file: string, text: string, extracted?: ExtractedDocument): ReadResult;
}

/** Replaces text[start, end) in a char array with `fill`, keeping line breaks. */
export function maskRange(chars: string[], start: number, end: number, fill = ' '): void {
  for (let i = start; i < end; i++) {
    const c = chars[i];
    if (c !== '\n' && c !== '\r' && c !== '\f') chars[i] = fill;
  }
}

const ENTITY = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?/y;

/**
 * Writes a parser's decoded text node (`value`) over its source span
 * text[start, end) so that each character lands where it stands in the file:
 * an entity's decoded character takes the entity's first position and NUL
 * fills the rest; backslash escapes become NUL; CRLF, which parsers fold to
 * LF, is kept. If the two cannot be aligned, the rest is copied verbatim.
 */
export function writeDecoded(chars: string[], text: string, start: number, end: number, value: string): void {
  let i = start;
  let j = 0;
  while (i < end) {
    const c = text[i];
    if (c === '&') {
      // An entity only if reading it as one keeps the rest aligned; else a literal '&'.
      ENTITY.lastIndex = i;
      const m = ENTITY.exec(text);
      if (m && i + m[0].length <= end && j < value.length) {
        const code = value.charCodeAt(j);
        const units = code >= 0xd800 && code <= 0xdbff ? 2 : 1;
        const after = i + m[0].length;
        const aligned = after >= end || text[after] === value[j + units] || (text[after] === '\r' && value[j + units] === '\n');
        if (units <= m[0].length && aligned) {
          for (let k = 0; k < m[0].length; k++) chars[i + k] = k < units ? value[j + k] : '\u0000';
          i = after;
          j += units;
          continue;
        }
      }
    }
    if (j < value.length && c === value[j]) {
      chars[i++] = c;
      j++;
      continue;
    }
    if (c === '\r' && value[j] === '\n') {
      chars[i++] = c;
      continue;
    }
    // Parsers drop list-continuation indentation and the like: extra source
    // white space keeps its place; extra white space in the value is skipped.
    if (/\s/.test(c)) {
      chars[i++] = c;
      continue;
    }
    // Container markers that Markdown repeats on continuation lines ("> " in a
    // blockquote) are in the source but not in the parsed value.
    if (c === '>' && isLineStartPrefix(text, i)) {
      chars[i++] = ' ';
      continue;
    }
    if (j < value.length && /\s/.test(value[j])) {
      j++;
      continue;
    }
    if (c === '\\' && text[i + 1] === value[j]) {
      chars[i++] = '\u0000';
      continue;
    }
    for (; i < end; i++) chars[i] = text[i];
  }
}

function isLineStartPrefix(text: string, i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const c = text[k];
    if (c === '\n' || c === '\r') return true;
    if (c !== ' ' && c !== '\t' && c !== '>') return false;
  }
  return true;
}
