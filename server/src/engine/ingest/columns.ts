/**
 * Pages set in two columns, as `pdftotext -layout` writes a two-column report into a text file: each line holds the
 * left column's line, a wide run of spaces, then the right column's line. Read line by line, the two columns
 * interleave ("Creating and publishing this sufficiency strategy is just one of the projected to rise from £24.0m …"),
 * and no sentence of either survives. Such a page is read column by column instead: the left column's pieces of its
 * lines, then the right column's, each piece a Line of its own (the file's offsets, so every sentence keeps its exact
 * place; the other column's text between a sentence's pieces is a gap of it, see blockSentences.ts).
 *
 * A page counts as two columns only when its lines say so plainly: a gutter column where many lines' right halves
 * start, enough lines with text on both sides of it, few lines running across it, and few pieces that are themselves
 * cut by wide gaps (a table, whose columns are read row by row as before). A column break always ends a block: a
 * block's pieces run down one column, in file order.
 */
import { lineOf, type Line } from './layoutLines.js';

/** The right column starts at least this many characters in. */
const MIN_GUTTER = 30;
/** How many columns either side of the gutter a right column's line may start. */
const TOLERANCE = 3;
/** Lines with prose in both columns (MIN_WORDS each side) that a page needs. */
const MIN_SPLIT_LINES = 6;
/** Words each side of the gutter that make a line's two pieces prose. */
const MIN_WORDS = 3;
/** Share of a page's lines with text in the right column, at least. */
const MIN_RIGHT_SHARE = 0.3;
/** Share of a page's lines that run across the gutter, at most (a heading set across both columns, a footer). */
const MAX_CROSSING_SHARE = 0.15;
/** Share of a page's column pieces cut by a wide gap of their own, at most: more is a table. */
const MAX_TABULAR_SHARE = 0.2;
const WIDE_GAP = / {3,}/g;

type Placed =
  | { kind: 'left'; line: Line; end: number }
  | { kind: 'right'; line: Line; start: number }
  | { kind: 'split'; line: Line; end: number; start: number }
  | { kind: 'crossing'; line: Line };

/** `lines` in reading order: unchanged, except that each two-column page is read column by column. */
export function inReadingOrder(lines: Line[], content: string): Line[] {
  const out: Line[] = [];
  for (const page of pagesOf(lines)) {
    const placed = twoColumns(page, content);
    if (placed) out.push(...byColumn(placed, content));
    else out.push(...page);
  }
  return out;
}

function pagesOf(lines: Line[]): Line[][] {
  const pages: Line[][] = [];
  for (const line of lines) {
    if (pages.length === 0 || line.pageBreakBefore) pages.push([]);
    pages[pages.length - 1].push(line);
  }
  return pages;
}

/** Where the wide gaps of a line's text end: the columns at which text resumes. */
function resumes(line: Line, content: string): Array<{ gapStart: number; next: number }> {
  const out: Array<{ gapStart: number; next: number }> = [];
  const text = content.slice(line.start, line.end);
  for (const m of text.matchAll(WIDE_GAP)) out.push({ gapStart: line.start + m.index, next: line.start + m.index + m[0].length });
  return out;
}

/** The page's lines placed against its gutter, when the page is set in two columns; else undefined. */
function twoColumns(page: Line[], content: string): Placed[] | undefined {
  if (page.length < MIN_SPLIT_LINES) return undefined;
  const column = (line: Line, offset: number) => offset - line.lineStart;
  // Each line's first place, past MIN_GUTTER, where text starts after indentation or a wide gap.
  const votes = new Map<number, number>();
  for (const line of page) {
    const indent = column(line, line.start);
    const at =
      indent >= MIN_GUTTER
        ? indent
        : resumes(line, content)
            .map((r) => column(line, r.next))
            .find((c) => c >= MIN_GUTTER);
    if (at !== undefined) votes.set(at, (votes.get(at) ?? 0) + 1);
  }
  let gutter: number | undefined;
  let best = 0;
  for (const c of votes.keys()) {
    let n = 0;
    for (const [d, v] of votes) if (Math.abs(d - c) <= TOLERANCE) n += v;
    if (n > best || (n === best && gutter !== undefined && c < gutter)) [gutter, best] = [c, n];
  }
  if (gutter === undefined) return undefined;
  const g = gutter;
  const placed: Placed[] = page.map((line) => {
    if (column(line, line.start) >= g - TOLERANCE) return { kind: 'right', line, start: line.start };
    const cut = resumes(line, content).find((r) => column(line, r.gapStart) < g && column(line, r.next) >= g - TOLERANCE);
    if (cut) return { kind: 'split', line, end: cut.gapStart, start: cut.next };
    return column(line, line.end) < g ? { kind: 'left', line, end: line.end } : { kind: 'crossing', line };
  });
  const count = (kind: Placed['kind']) => placed.filter((p) => p.kind === kind).length;
  // Prose on both sides: a contents page's page numbers, or a figure's labels, are not a column.
  const words = (from: number, to: number) => (content.slice(from, to).match(/\p{L}{2,}/gu) ?? []).length;
  const split = placed.filter(
    (p) => p.kind === 'split' && words(p.line.start, p.end) >= MIN_WORDS && words(p.start, p.line.end) >= MIN_WORDS,
  ).length;
  if (split < MIN_SPLIT_LINES || split + count('right') < MIN_RIGHT_SHARE * page.length) return undefined;
  if (count('crossing') > MAX_CROSSING_SHARE * page.length) return undefined;
  // Pieces cut by wide gaps of their own are table cells.
  const pieces = placed.flatMap((p): Array<[number, number]> =>
    p.kind === 'split'
      ? [
          [p.line.start, p.end],
          [p.start, p.line.end],
        ]
      : p.kind === 'crossing'
        ? []
        : [[p.line.start, p.line.end]],
  );
  const tabular = pieces.filter(([s, e]) => /\S {3,}\S/.test(content.slice(s, e))).length;
  if (tabular > MAX_TABULAR_SHARE * pieces.length) return undefined;
  return placed;
}

/**
 * The page's lines column by column: between two lines that run across the gutter, the left pieces in order, then
 * the right ones. A piece follows a blank only when its line does (a line with nothing in one column but text in the
 * other is how the columns' lines interleave, not a paragraph break: the block finder's own rules decide); the first
 * right piece of a run starts a block (blank before, no page break to continue across).
 */
function byColumn(placed: Placed[], content: string): Line[] {
  const out: Line[] = [];
  let left: Line[] = [];
  let right: Line[] = [];
  const flush = () => {
    out.push(...left);
    if (right.length > 0) {
      right[0].blankBefore = true;
      right[0].pageBreakBefore = false;
    }
    out.push(...right);
    left = [];
    right = [];
  };
  placed.forEach((p, i) => {
    const { line } = p;
    const pageBreak = i === 0 && line.pageBreakBefore;
    if (p.kind === 'crossing') {
      flush();
      out.push(line);
      return;
    }
    const leftEnd = 'end' in p ? p.end : undefined;
    const rightStart = 'start' in p ? p.start : undefined;
    if (leftEnd !== undefined) {
      const piece = lineOf(content, line.lineStart, line.start, leftEnd, pageBreak, line.blankBefore);
      if (piece) left.push(piece);
    }
    if (rightStart !== undefined) {
      const piece = lineOf(content, rightStart, rightStart, line.end, false, line.blankBefore);
      if (piece) right.push(piece);
    }
  });
  flush();
  return out;
}
