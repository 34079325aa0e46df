/**
 * Parses a Markdown draft a top-level block run at a time, keeping each run's
 * tree, so that after an edit only the run that changed is parsed again: the
 * whole-draft parse was four fifths of a re-check (39 of 47 ms on a
 * 5,000-word briefing), the sentence memo the rest.
 *
 * The result is the tree remark gives for the whole text, node for node and
 * position for position (test/unit/blockParse.test.ts checks it against the
 * whole parse). That holds because a run is cut only where nothing open can
 * continue past the cut: after a blank line, before a line that starts at
 * column 0 with a letter, digit (not a list marker), quote, bracket, `#` or
 * `!`, outside fenced code, outside an HTML block that blank lines do not end
 * (comments, `<pre>`, `<script>` and the like) and outside front matter. Such
 * a line always starts a new top-level block. What else reaches across blocks
 * is reference and footnote definitions: a `[text][label]` or `[^1]` is a
 * reference only where its label is defined somewhere in the draft. So the
 * labels every run defines are collected first, and each run that refers to
 * any is parsed with those definitions appended after it (their nodes are
 * dropped). Where the cut cannot be made safely (a fence marker indented
 * under a list, a fence or comment still open at the end), the draft is
 * parsed whole.
 */

/** The part of an mdast node this module reads and shifts. */
export interface TreeNode {
  type: string;
  label?: string;
  children?: TreeNode[];
  position?: { start: TreePoint; end: TreePoint };
  [key: string]: unknown;
}

interface TreePoint {
  line: number;
  column: number;
  offset?: number;
}

/** One run's tree, positions relative to the run's start, and the labels it defines. */
interface ParsedRun {
  root: TreeNode;
  labels: string[];
  footnotes: string[];
}

/** Runs parsed before, by their text (and the definitions appended to it), least recently used dropped first. */
export class BlockParseCache {
  private readonly runs = new Map<string, ParsedRun>();
  /** Runs parsed (not found in the cache) since creation: tests count them. */
  parsedRuns = 0;

  constructor(private readonly capacity = 4000) {}

  get(key: string, parse: () => ParsedRun): ParsedRun {
    const found = this.runs.get(key);
    if (found) {
      // Re-inserted: a Map iterates in insertion order, so the first key is the least recently used.
      this.runs.delete(key);
      this.runs.set(key, found);
      return found;
    }
    const run = parse();
    this.parsedRuns++;
    this.runs.set(key, run);
    while (this.runs.size > this.capacity) this.runs.delete(this.runs.keys().next().value!);
    return run;
  }
}

/** A line that starts a new top-level block after a blank line, whatever came before. */
const FRESH_START = /^[\p{L}\p{N}"'\u201c\u2018(#[!]/u;
const LIST_MARKER = /^\d{1,9}[.)](?:[ \t]|$)/;
const FENCE = /^( {0,3})(`{3,}|~{3,})(.*)$/;
/** HTML blocks that a blank line does not end (CommonMark types 1-5), each with what ends it. */
const OPEN_HTML: Array<[RegExp, RegExp]> = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];

/** Where the text may be cut into runs (line-start offsets, ascending), or undefined to parse it whole. */
export function runStarts(text: string): number[] | undefined {
  const starts = [0];
  let fence: { char: string; length: number } | undefined;
  let html: RegExp | undefined;
  let frontMatter = /^---[ \t]*\r?\n/.test(text);
  let previousBlank = false;
  let at = 0;
  let first = true;
  while (at < text.length) {
    const newline = text.indexOf('\n', at);
    const end = newline < 0 ? text.length : newline + 1;
    const line = text.slice(at, newline < 0 ? text.length : newline).replace(/\r$/, '');
    // Spaces and tabs only: a line of no-break spaces is not blank to Markdown.
    const blank = /^[ \t]*$/.test(line);
    if (frontMatter) {
      if (!first && /^---[ \t]*$/.test(line)) frontMatter = false;
    } else if (fence) {
      const close = FENCE.exec(line);
      if (close && close[2][0] === fence.char && close[2].length >= fence.length && close[3].trim() === '') fence = undefined;
    } else if (html) {
      if (html.test(line)) html = undefined;
    } else {
      const open = FENCE.exec(line);
      if (open && !(open[2][0] === '`' && open[3].includes('`'))) {
        // Indented, it may sit in a list item, which a later line at column 0 closes (and the fence with it).
        if (open[1].length > 0) return undefined;
        fence = { char: open[2][0], length: open[2].length };
      } else {
        const opened = OPEN_HTML.find(([start]) => start.test(line));
        if (opened && !opened[1].test(line.replace(opened[0], ''))) html = opened[1];
        else if (previousBlank && at > 0 && FRESH_START.test(line) && !LIST_MARKER.test(line)) starts.push(at);
      }
    }
    previousBlank = blank;
    first = false;
    at = end;
  }
  return fence || html || frontMatter ? undefined : starts;
}

/**
 * The tree of `text` as `parse` reads it whole, reusing the runs `cache`
 * already holds. `parse` must be the same parser on every call with a cache.
 */
export function parseByBlocks(text: string, parse: (text: string) => TreeNode, cache: BlockParseCache): TreeNode {
  const starts = runStarts(text);
  if (!starts || starts.length < 2) return parse(text);
  const pieces = starts.map((s, i) => text.slice(s, starts[i + 1] ?? text.length));
  const plain = pieces.map((piece) => cache.get(piece, () => parseRun(piece, parse)));
  const labels = [...new Set(plain.flatMap((r) => r.labels))];
  const footnotes = [...new Set(plain.flatMap((r) => r.footnotes))];
  // A label with a bracket or a line break cannot be appended safely as written.
  if ([...labels, ...footnotes].some((l) => /[[\]\r\n]/.test(l))) return parse(text);
  const definitions =
    labels.length + footnotes.length === 0
      ? ''
      : `\n\n${[...labels.map((l) => `[${l}]: #`), ...footnotes.map((l) => `[^${l}]: x`)].join('\n\n')}\n`;
  const runs = pieces.map((piece, i) =>
    definitions && piece.includes('[') ? cache.get(`${piece}\u0000${definitions}`, () => parseRun(piece, parse, definitions)) : plain[i],
  );
  const children: TreeNode[] = [];
  let line = 0;
  runs.forEach((run, i) => {
    for (const child of run.root.children ?? []) children.push(shifted(child, starts[i], line));
    line += lineCount(pieces[i]);
  });
  // The whole parse's root spans the text, from its first character to its end.
  const lastLine = text.lastIndexOf('\n');
  const root: TreeNode = {
    type: 'root',
    children,
    position: {
      start: { line: 1, column: 1, offset: 0 },
      end: { line: lineCount(text) + 1, column: text.length - lastLine, offset: text.length },
    },
  };
  return root;
}

/** One run parsed, with `definitions` appended (their nodes dropped), and the labels the run itself defines. */
function parseRun(piece: string, parse: (text: string) => TreeNode, definitions = ''): ParsedRun {
  const root = parse(piece + definitions);
  if (definitions) root.children = (root.children ?? []).filter((c) => (c.position?.start.offset ?? 0) < piece.length);
  const labels: string[] = [];
  const footnotes: string[] = [];
  const collect = (node: TreeNode): void => {
    if (node.type === 'definition' && typeof node.label === 'string') labels.push(node.label);
    if (node.type === 'footnoteDefinition' && typeof node.label === 'string') footnotes.push(node.label);
    for (const child of node.children ?? []) collect(child);
  };
  if (!definitions) collect(root);
  return { root, labels, footnotes };
}

function lineCount(piece: string): number {
  let n = 0;
  for (let i = piece.indexOf('\n'); i >= 0; i = piece.indexOf('\n', i + 1)) n++;
  return n;
}

/** A copy of `node` with every position moved by `offset` characters and `lines` lines (runs start at a line start). */
function shifted(node: TreeNode, offset: number, lines: number): TreeNode {
  const copy: TreeNode = { ...node };
  if (node.position)
    copy.position = { start: shiftPoint(node.position.start, offset, lines), end: shiftPoint(node.position.end, offset, lines) };
  if (node.children) copy.children = node.children.map((c) => shifted(c, offset, lines));
  return copy;
}

function shiftPoint(point: TreePoint, offset: number, lines: number): TreePoint {
  return { line: point.line + lines, column: point.column, offset: point.offset === undefined ? undefined : point.offset + offset };
}
