/**
 * Finds blocks (paragraphs, list items, table rows, titles) in plain or
 * PDF-derived text from its line layout, so that hard-wrapped lines are
 * joined into the author's paragraphs and titles are not glued to the first
 * sentence. Works on the masked content view; returns offsets.
 *
 * Two lines are joined when the first wraps (it runs close to the page
 * width) or the second continues in lower case; a list marker, a table row
 * or a blank line ends a block, except that a paragraph continues across a
 * page break when it stopped mid-sentence.
 *
 * A page set in two columns is read column by column (columns.ts), so a block
 * may run down a column: its text is then several spans of the content, one
 * per line piece, with the other column's text between them.
 */
import { scanLines, type Line } from './layoutLines.js';
import { inReadingOrder } from './columns.js';

/** A block's text as spans of the content, in reading order: one span, unless the block runs down a column. */
export type BlockSpans = Array<[number, number]>;

const SENTENCE_END = /[.!?:;…"”’)]$/;

export function findLayoutBlocks(content: string): BlockSpans[] {
  const lines = inReadingOrder(scanLines(content), content);
  if (lines.length === 0) return [];
  const width = percentile(
    lines.map((l) => l.width),
    0.85,
  );
  const blocks: BlockSpans[] = [];
  let current: BlockSpans | undefined;
  let prev: Line | undefined;
  for (const line of lines) {
    const join = current !== undefined && prev !== undefined && continues(prev, line, content, width);
    if (join && current) {
      const last = current[current.length - 1];
      // Only white space between: the same span goes on. The other column's text between: a span of its own.
      if (/^[\s\u0000]*$/.test(content.slice(last[1], line.start))) last[1] = line.end;
      else current.push([line.start, line.end]);
    } else {
      if (current) blocks.push(current);
      current = [[line.listMarkerEnd, line.end]];
    }
    prev = line;
  }
  if (current) blocks.push(current);
  return blocks;
}

function continues(prev: Line, line: Line, content: string, width: number): boolean {
  const lowerStart = /^\p{Ll}/u.test(content.slice(line.start, line.start + 2));
  const prevText = content.slice(prev.start, prev.end);
  const endsSentence = SENTENCE_END.test(prevText);
  if (line.listMarkerEnd !== line.start) return false;
  if (prev.isTableRow || line.isTableRow) return false;
  if (line.blankBefore) return line.pageBreakBefore && !endsSentence && lowerStart;
  if (lowerStart) return true;
  return prev.width >= width * 0.6 && !/^[A-Z][^a-z]*$/.test(prevText);
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
}
