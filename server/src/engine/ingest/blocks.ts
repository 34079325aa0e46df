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
 */

interface Line {
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
const SENTENCE_END = /[.!?:;…"”’)]$/;

export function findLayoutBlocks(content: string): Array<[number, number]> {
  const lines = scanLines(content);
  if (lines.length === 0) return [];
  const width = percentile(
    lines.map((l) => l.width),
    0.85,
  );
  const blocks: Array<[number, number]> = [];
  let current: [number, number] | undefined;
  let prev: Line | undefined;
  for (const line of lines) {
    const join = current !== undefined && prev !== undefined && continues(prev, line, content, width);
    if (join && current) current[1] = line.end;
    else {
      if (current) blocks.push(current);
      current = [line.listMarkerEnd, line.end];
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

function scanLines(content: string): Line[] {
  const lines: Line[] = [];
  let pageBreak = false;
  let blank = false;
  let lineStart = 0;
  for (let i = 0; i <= content.length; i++) {
    const c = i < content.length ? content[i] : '\n';
    if (c !== '\n' && c !== '\r' && c !== '\f') continue;
    let s = lineStart;
    let e = i;
    while (s < e && isSpace(content.charCodeAt(s))) s++;
    while (e > s && isSpace(content.charCodeAt(e - 1))) e--;
    if (s === e) blank = true;
    else {
      const text = content.slice(s, e);
      const marker = LIST_MARKER.exec(text);
      const bodyStart = marker ? s + marker[0].length : s;
      lines.push({
        start: s,
        end: e,
        width: e - lineStart,
        pageBreakBefore: pageBreak,
        blankBefore: blank || pageBreak,
        listMarkerEnd: bodyStart,
        isTableRow: TABLE_GAP.test(content.slice(bodyStart, e)),
      });
      pageBreak = false;
      blank = false;
    }
    if (c === '\f') pageBreak = true;
    if (c === '\r' && content[i + 1] === '\n') i++;
    lineStart = i + 1;
  }
  return lines;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0 || code === 0xa0 || code === 0x0b;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
}
