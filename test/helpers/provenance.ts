/**
 * Shared checks for the provenance invariant: every sentence's text is what
 * `spanText` makes of its file span (minus gaps), its offsets lie inside the
 * file, and LineIndex positions agree with a naive line/character count.
 */
import type { Sentence } from '../../server/src/engine/types.js';
import { spanText } from '../../server/src/engine/text/normalize.js';
import { LineIndex } from '../../server/src/engine/text/lineIndex.js';

/** Line and UTF-16 character of `offset`, counting \r\n, \r and \n as one break each. */
export function naivePosition(text: string, offset: number): { line: number; character: number } {
  return naivePositions(text, [offset])[0];
}

/**
 * Naive positions of many offsets in one pass over the text (offsets in any
 * order). A \r\n pair counts as one line break. An offset between the \r
 * and \n of a pair has no honest LSP position; it is counted on the next line
 * so that LineIndex disagrees and the check reports it.
 */
export function naivePositions(text: string, offsets: readonly number[]): Array<{ line: number; character: number }> {
  const order = offsets.map((o, i) => [o, i] as const).sort((a, b) => a[0] - b[0]);
  const out = new Array<{ line: number; character: number }>(offsets.length);
  let line = 0;
  let lineStart = 0;
  let i = 0;
  for (const [offset, slot] of order) {
    while (i < offset) {
      const c = text[i];
      if (c === '\r' && text[i + 1] === '\n' && i + 1 < offset) {
        i += 2;
        line++;
        lineStart = i;
        continue;
      }
      i++;
      if (c === '\n' || c === '\r') {
        line++;
        lineStart = i;
      }
    }
    out[slot] = { line, character: offset - lineStart };
  }
  return out;
}

/**
 * Returns human-readable descriptions of every violation (empty when all is
 * well). `naive` also compares LineIndex with a naive count (one pass per file).
 */
export function provenanceViolations(file: string, text: string, sentences: readonly Sentence[], naive = true): string[] {
  const out: string[] = [];
  const lines = new LineIndex(text);
  const offsets = naive ? [...new Set(sentences.flatMap((s) => [s.start, s.end]))] : [];
  const positions = naivePositions(text, offsets);
  const naiveAt = new Map(offsets.map((o, i) => [o, positions[i]]));
  // No character of the file is read by two sentences. Sentences are in reading order, which is file order except on a
  // page read column by column (ingest/columns.ts), where a sentence of the right column starts inside the range of
  // one of the left, between the characters that sentence reads (its gaps).
  const read = sentences.flatMap((s) => readSpans(s).map(([a, b]) => [a, b, s.index] as const)).sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  for (let k = 1; k < read.length; k++) {
    if (read[k][0] < read[k - 1][1])
      out.push(`${file} sentence ${read[k][2]} reads [${read[k][0]}, ${read[k][1]}), which sentence ${read[k - 1][2]} reads too`);
  }
  for (const s of sentences) {
    const where = `${file} sentence ${s.index} [${s.start}, ${s.end})`;
    if (!(s.start >= 0 && s.start < s.end && s.end <= text.length)) out.push(`${where}: range outside the file (length ${text.length})`);
    for (const [gs, ge] of s.gaps ?? []) {
      if (!(s.start <= gs && gs < ge && ge <= s.end)) out.push(`${where}: gap [${gs}, ${ge}) not inside the sentence`);
    }
    const span = spanText(text, s.start, s.end, s.gaps);
    if (span !== s.text) out.push(`${where}: spanText gives ${JSON.stringify(span)} but sentence.text is ${JSON.stringify(s.text)}`);
    const range = lines.rangeOf(s.start, s.end);
    if (lines.offsetAt(range.start) !== s.start || lines.offsetAt(range.end) !== s.end) {
      out.push(`${where}: LineIndex round trip gives [${lines.offsetAt(range.start)}, ${lines.offsetAt(range.end)})`);
    }
    if (naive) {
      const [naiveStart, naiveEnd] = [naiveAt.get(s.start)!, naiveAt.get(s.end)!];
      for (const [label, expected, got] of [
        ['start', naiveStart, range.start],
        ['end', naiveEnd, range.end],
      ] as const) {
        if (expected.line !== got.line || expected.character !== got.character) {
          out.push(`${where}: ${label} position ${JSON.stringify(got)}, naive count says ${JSON.stringify(expected)}`);
        }
      }
    }
  }
  return out;
}

/** The spans of the file a sentence reads: its range without its gaps. */
function readSpans(s: Sentence): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let at = s.start;
  for (const [gs, ge] of s.gaps ?? []) {
    if (gs > at) out.push([at, gs]);
    at = Math.max(at, ge);
  }
  if (s.end > at) out.push([at, s.end]);
  return out;
}
