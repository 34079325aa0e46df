/**
 * The lines of plain or PDF-derived text as the block finder (blocks.ts) reads them: where each line's text starts and
 * ends, how wide it runs, whether a blank line or a page break comes before it, where a list marker ends, and whether
 * it is a table row. A line of a two-column page is cut into its two columns' pieces by columns.ts, each a Line too.
 */

export interface Line {
  /** Offset where the line (or its column) begins, before any indentation: columns are measured from here. */
  lineStart: number;
  start: number; // first non-space character
  end: number; // after last non-space character
  width: number; // end column
  pageBreakBefore: boolean;
  blankBefore: boolean;
  listMarkerEnd: number; // content start after a list marker, or start
  isTableRow: boolean;
}

// \p{Co}: a bullet in a symbol font (Wingdings' U+F06E, U+F0B7) comes out of pdftotext as a private-use character.
const LIST_MARKER = /^(?:[•◼▪●○◦■□➢➤✓✔\-–—*·\p{Co}]|\(?\d{1,3}[.)]|\(?[a-z][.)]|\(?(?:i{1,3}|iv|v|vi{1,3}|ix|x)[.)])\s+(?=\S)/u;
const TABLE_GAP = /\S(?: {3,}|\t)\S/;

export function scanLines(content: string): Line[] {
  const lines: Line[] = [];
  let pageBreak = false;
  let blank = false;
  let lineStart = 0;
  for (let i = 0; i <= content.length; i++) {
    const c = i < content.length ? content[i] : '\n';
    if (c !== '\n' && c !== '\r' && c !== '\f') continue;
    const line = lineOf(content, lineStart, lineStart, i, pageBreak, blank || pageBreak);
    if (!line) blank = true;
    else {
      lines.push(line);
      pageBreak = false;
      blank = false;
    }
    if (c === '\f') pageBreak = true;
    if (c === '\r' && content[i + 1] === '\n') i++;
    lineStart = i + 1;
  }
  return lines;
}

/**
 * The Line for the text of content[from, to), measured from `lineStart` (the start of its line, or of its column);
 * undefined when that text is blank.
 */
export function lineOf(
  content: string,
  lineStart: number,
  from: number,
  to: number,
  pageBreakBefore: boolean,
  blankBefore: boolean,
): Line | undefined {
  let s = from;
  let e = to;
  while (s < e && isSpace(content.charCodeAt(s))) s++;
  while (e > s && isSpace(content.charCodeAt(e - 1))) e--;
  if (s === e) return undefined;
  const text = content.slice(s, e);
  const marker = LIST_MARKER.exec(text);
  const bodyStart = marker ? s + marker[0].length : s;
  return {
    lineStart,
    start: s,
    end: e,
    width: e - lineStart,
    pageBreakBefore,
    blankBefore,
    listMarkerEnd: bodyStart,
    isTableRow: TABLE_GAP.test(content.slice(bodyStart, e)),
  };
}

export function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0 || code === 0xa0 || code === 0x0b;
}
