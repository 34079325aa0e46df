/**
 * Converts UTF-16 offsets to LSP positions and back. Line breaks are those
 * LSP recognises (\n, \r\n, \r), so CRLF and old-Mac files map exactly.
 */
import type { Position, Range } from '../types.js';

export class LineIndex {
  /** Offset where each line starts; the first is 0. */
  readonly starts: Uint32Array;
  private readonly length: number;
  private textOf: string | (() => string);

  /**
   * From a text, or from line starts computed earlier (the index cache keeps
   * them) for a text that is decoded only if a position must be turned back
   * into an offset: offsets to positions, what search results need, never
   * read the text.
   */
  constructor(source: string | { starts: Uint32Array; length: number; text: () => string }) {
    if (typeof source === 'string') {
      this.textOf = source;
      this.length = source.length;
      this.starts = lineStarts(source);
    } else {
      this.textOf = source.text;
      this.length = source.length;
      this.starts = source.starts;
    }
  }

  private get text(): string {
    if (typeof this.textOf !== 'string') this.textOf = this.textOf();
    return this.textOf;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= clamped) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: clamped - this.starts[lo] };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.starts.length) return this.length;
    const lineStart = this.starts[position.line];
    let lineEnd = position.line + 1 < this.starts.length ? this.starts[position.line + 1] : this.length;
    // A character past the end of the line means the end of its text (LSP), not the next line.
    if (lineEnd > lineStart && this.text.charCodeAt(lineEnd - 1) === 10) lineEnd--;
    if (lineEnd > lineStart && this.text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
    return Math.min(lineStart + Math.max(0, position.character), lineEnd);
  }

  rangeOf(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }
}

function lineStarts(text: string): Uint32Array {
  const starts: number[] = [0];
  // Most sources have no \r: the native indexOf scan is several times faster than a char loop.
  if (text.indexOf('\r') === -1) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return Uint32Array.from(starts);
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return Uint32Array.from(starts);
}
