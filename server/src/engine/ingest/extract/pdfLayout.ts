/**
 * Puts a PDF page's text items back into lines and paragraphs from their
 * positions. pdf.js hands over runs of text in content-stream order, each
 * with a transform (size and baseline position); words can be split over
 * several items ("identi" "fi" "ed") and spaces can be items or just gaps.
 *
 * Lines: a new line starts where pdf.js marks an end of line or the
 * baseline moves by more than half the font size. Within a line, a gap of
 * about a space's width becomes a space and a wide gap three spaces (what
 * `blocks.ts` reads as columns of a table row, as in `pdftotext -layout`).
 *
 * Page: lines in the top and bottom margins (running headers, footers,
 * page numbers) go first and last, so the furniture masker finds them at
 * the page's edges however the producer ordered them; body lines keep
 * stream order (reading order in tagged and most generated PDFs), with a
 * blank line where the vertical gap is larger than the page's usual line
 * pitch or the font size changes (a paragraph or a heading).
 */

/** The fields of a pdf.js TextItem this module reads. */
export interface PdfTextItem {
  str: string;
  /** [a, b, c, d, e, f]: size from (c, d), baseline at (e, f). */
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

export interface PdfLine {
  text: string;
  /** Left edge, baseline (page units, y grows upwards) and largest font size. */
  x: number;
  y: number;
  size: number;
}

const SPACE_GAP = 0.15;
const COLUMN_GAP = 2.5;
/** Share of the page height, from the top and from the bottom, that counts as margin. */
const TOP_MARGIN = 0.055;
const BOTTOM_MARGIN = 0.055;
/** A gap this many times the usual line pitch separates paragraphs. */
const PARAGRAPH_PITCH = 1.4;

export function assembleLines(items: readonly PdfTextItem[]): PdfLine[] {
  const lines: PdfLine[] = [];
  let current: (PdfLine & { end: number }) | undefined;
  let breakNext = false;
  let spaceNext = false;
  for (const raw of items) {
    // Line and page breaks are ours to write: any inside an item are spaces (as is NUL, the masking filler).
    const item = /[\f\r\n\u0000]/.test(raw.str) ? { ...raw, str: raw.str.replace(/[\f\r\n\u0000]/g, ' ') } : raw;
    const t = item.transform;
    const size = Math.hypot(t[2], t[3]) || item.height || 1;
    const x = t[4];
    const y = t[5];
    if (item.str.trim() === '') {
      if (item.str !== '') spaceNext = true;
      if (item.hasEOL) breakNext = true;
      continue;
    }
    const newLine = !current || breakNext || Math.abs(y - current.y) > 0.5 * Math.max(size, current.size);
    if (newLine) {
      current = { text: item.str.replace(/^\s+/, ''), x, y, size, end: x + item.width };
      lines.push(current);
    } else if (current) {
      const gap = x - current.end;
      const scale = Math.max(size, current.size);
      let separator = '';
      if (gap > COLUMN_GAP * scale) separator = '   ';
      else if ((spaceNext || gap > SPACE_GAP * scale) && !/\s$/.test(current.text) && !/^\s/.test(item.str)) separator = ' ';
      current.text += separator + item.str;
      current.end = Math.max(current.end, x + item.width);
      current.size = Math.max(current.size, size);
    }
    breakNext = item.hasEOL;
    spaceNext = false;
  }
  return lines.map(({ text, x, y, size }) => ({ text: text.replace(/\s+$/, ''), x, y, size })).filter((l) => l.text !== '');
}

/**
 * One page's text: margin lines at the edges, paragraphs separated by a
 * blank line. `bottom`/`top` are the page's lower and upper y bounds.
 */
export function pageText(lines: readonly PdfLine[], bottom: number, top: number): string {
  const height = top - bottom || 1;
  const inTop = (l: PdfLine) => l.y > top - TOP_MARGIN * height;
  const inBottom = (l: PdfLine) => l.y < bottom + BOTTOM_MARGIN * height;
  const head = lines.filter(inTop).sort((a, b) => b.y - a.y);
  const foot = lines.filter((l) => !inTop(l) && inBottom(l)).sort((a, b) => b.y - a.y);
  const body = lines.filter((l) => !inTop(l) && !inBottom(l));
  const pitch = usualPitch(body);
  const paragraphs: string[][] = [];
  body.forEach((line, i) => {
    const prev = body[i - 1];
    if (!prev || startsParagraph(prev, line, pitch)) paragraphs.push([]);
    paragraphs[paragraphs.length - 1].push(line.text);
  });
  const parts = [head.map((l) => l.text).join('\n'), ...paragraphs.map((p) => p.join('\n')), foot.map((l) => l.text).join('\n')];
  return parts.filter((p) => p !== '').join('\n\n');
}

function startsParagraph(prev: PdfLine, line: PdfLine, pitch: number): boolean {
  const drop = prev.y - line.y;
  if (drop <= 0) return true; // moved up: a new column or box
  if (Math.abs(line.size - prev.size) > 0.1 * Math.max(line.size, prev.size)) return true;
  const ratio = drop / line.size;
  // A sentence that runs on in lower case is one paragraph across a wider gap (a figure's space, a printed page's seam).
  if (ratio < 3 * pitch && !/[.!?:;]["”’)]?$/.test(prev.text) && /^\p{Ll}/u.test(line.text)) return false;
  return ratio > PARAGRAPH_PITCH * pitch;
}

/**
 * The page's usual line pitch, as a multiple of the font size (so a title
 * set large with proportionally larger spacing is still one paragraph): the
 * median over consecutive lines of the same size.
 */
function usualPitch(lines: readonly PdfLine[]): number {
  const ratios: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const drop = lines[i - 1].y - lines[i].y;
    const size = lines[i].size;
    if (drop > 0.5 * size && drop < 3 * size && Math.abs(lines[i - 1].size - size) < 0.15 * size) ratios.push(drop / size);
  }
  if (ratios.length === 0) return 1.2;
  ratios.sort((a, b) => a - b);
  return ratios[ratios.length >> 1];
}
