/**
 * The citation view of a draft: what Pandoc's citation grammar
 * (pandocCitations.ts) reads. A block of inline text (paragraph, heading,
 * table cell) is copied as written, then what Pandoc never reads citations
 * in is blanked to U+0000 (code spans, raw HTML and comments as U+0001, autolinks
 * `<…>`, link and image destinations, footnote marks as U+0002, `$math$`), and
 * container markers repeated on continuation lines ("> ") become spaces.
 * Link text and image descriptions stay: Pandoc reads citations there.
 * Everything outside such blocks (code blocks, HTML blocks, front matter,
 * link definitions) stays U+0000.
 */

/** Raw HTML in the view: no citation, but a key may run through it (see pandocCitations.ts). */
const HTML = '\u0001';
/** A footnote mark `[^1]` in the view: Pandoc's note, no text of a prefix or suffix. */
const NOTE_MARK = '\u0002';

export interface MdNode {
  type: string;
  value?: string;
  url?: string;
  identifier?: string;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

/** An example-list label at the start of a line, `(@good)`: Pandoc numbers these, and `@good` refers to one. */
const EXAMPLE_MARKER = /\((@[\p{L}\p{N}_-]*)\)(?=[ \t])/gu;
/** A line that starts with an example marker, after white space and quote or list markers. */
const EXAMPLE_AT_START = /^[\s>*+-]*\(@[\p{L}\p{N}_-]*\)[ \t]/u;
/** Pandoc's tex_math_dollars: `$` with no space inside either end, the closing one not before a digit. */
const MATH = /(?<![\\$])\$(?![\s$])(?:\\.|[^$\\])*?[^\s\\$]\$(?!\d)/gu;

export function offsetsOf(n: MdNode): [number, number] | undefined {
  const s = n.position?.start.offset;
  const e = n.position?.end.offset;
  return s === undefined || e === undefined ? undefined : [s, e];
}

/** Copies one block's inline text into the view and blanks what holds no citations; returns its span. */
export function writeCitationView(view: string[], text: string, block: MdNode): [number, number] | undefined {
  const children = block.children ?? [];
  const first = children.length ? offsetsOf(children[0]) : undefined;
  const last = children.length ? offsetsOf(children[children.length - 1]) : undefined;
  // A heading's span starts at its `#` marks: its inline text is that of its children.
  const at = block.type === 'heading' ? (first && last ? [first[0], last[1]] : undefined) : offsetsOf(block);
  if (!at) return undefined;
  const [start, end] = at;
  let lineStart = true;
  for (let i = start; i < end; i++) {
    const c = text[i];
    view[i] = lineStart && c === '>' ? ' ' : c;
    if (c === '\n') lineStart = true;
    else if (c !== ' ' && c !== '\t' && c !== '>' && c !== '\r') lineStart = false;
  }
  blankInline(view, text, children);
  const slice = view.slice(start, end).join('');
  for (const m of slice.matchAll(MATH)) blank(view, start + m.index, start + m.index + m[0].length);
  return [start, end];
}

/**
 * The example-list labels (`@good` for `(@good)`) in the view, their markers blanked so they read as no
 * citation, and the finished view as one string (joined again only when a marker was blanked: this runs on
 * every keystroke).
 */
export function exampleLabels(view: string[], text: string): { labels: Set<string>; viewText: string } {
  const joined = view.join('');
  const labels = new Set<string>();
  // Most drafts have no example list: the scan is skipped.
  if (!joined.includes('(@')) return { labels, viewText: joined };
  let blanked = false;
  for (const m of joined.matchAll(EXAMPLE_MARKER)) {
    if (!startsLine(joined, text, m.index)) continue;
    if (m[1].length > 1) labels.add(m[1].slice(1));
    blank(view, m.index, m.index + m[0].length);
    blanked = true;
  }
  return { labels, viewText: blanked ? view.join('') : joined };
}

/**
 * Whether `at` starts a list item: nothing but white space and list or quote markers (blanked in the view)
 * before it on its line, and the line starts a block (Pandoc's lists do not interrupt a paragraph) or
 * follows another example item.
 */
function startsLine(view: string, text: string, at: number): boolean {
  let k = at - 1;
  for (; k >= 0 && text[k] !== '\n'; k--) if (view[k] !== ' ' && view[k] !== '\t' && view[k] !== '\u0000' && view[k] !== '\r') return false;
  if (k < 0) return true;
  const prevStart = text.lastIndexOf('\n', k - 1) + 1;
  const prev = view.slice(prevStart, k);
  if (/^[\s\u0000]*$/.test(prev)) return true;
  return /^[\s\u0000]*$/.test(prev.slice(0, prev.search(/[^\s\u0000]/))) && EXAMPLE_AT_START.test(text.slice(prevStart, k));
}

function blankInline(view: string[], text: string, nodes: MdNode[]): void {
  for (const node of nodes) {
    const at = offsetsOf(node);
    if (!at) continue;
    switch (node.type) {
      case 'inlineCode':
        blank(view, at[0], at[1]);
        continue;
      case 'footnoteReference':
        blank(view, at[0], at[1], NOTE_MARK);
        continue;
      case 'html':
        blank(view, at[0], at[1], HTML);
        continue;
      case 'break':
        for (let i = at[0]; i < at[1]; i++) if (text[i] !== '\n' && text[i] !== '\r') view[i] = ' ';
        continue;
      case 'image':
      case 'imageReference': {
        // `![description](src)`: the description is inline text to Pandoc.
        const close = closingBracket(text, at[0] + 1, at[1]);
        blank(view, at[0], at[0] + 2);
        blank(view, close < 0 ? at[0] + 2 : close, at[1]);
        continue;
      }
      case 'link':
      case 'linkReference': {
        const opener = text[at[0]];
        if (opener === '<') {
          blank(view, at[0], at[1]);
          continue;
        }
        // A bare URL or e-mail address (GFM's literal autolink) is plain text to Pandoc.
        if (opener !== '[') continue;
        const kids = node.children ?? [];
        const lastKid = kids.length ? offsetsOf(kids[kids.length - 1]) : undefined;
        const close = lastKid ? lastKid[1] : closingBracket(text, at[0], at[1]);
        blank(view, at[0], at[0] + 1);
        blank(view, close < 0 ? at[0] + 1 : close, at[1]);
        blankInline(view, text, kids);
        continue;
      }
      default:
        blankInline(view, text, node.children ?? []);
    }
  }
}

function blank(view: string[], from: number, to: number, by = '\u0000'): void {
  for (let i = from; i < to; i++) if (view[i] !== '\n' && view[i] !== '\r') view[i] = by;
}

/** The `]` closing the `[` at `open` in the draft text, or -1. */
function closingBracket(text: string, open: number, end: number): number {
  let depth = 0;
  for (let k = open; k < end; k++) {
    const c = text[k];
    if (c === '\\') k++;
    else if (c === '[') depth++;
    else if (c === ']' && --depth === 0) return k;
  }
  return -1;
}
