/**
 * Parses a Markdown draft a top-level block run at a time, keeping each run's tree, so that after an edit only the
 * run that changed is parsed again: the whole-draft parse was four fifths of a re-check (39 of 47 ms on a 5,000-word
 * briefing), the sentence memo the rest.
 *
 * The result is the tree remark gives for the whole text, node for node and position for position
 * (test/unit/blockParse.test.ts checks it against the whole parse). That holds because a run is cut only where
 * nothing open can continue past the cut: after a blank line, before a line that starts at column 0 with a letter,
 * digit (not a list marker), quote, bracket, `#` or `!`, outside fenced code, outside an HTML comment and outside
 * front matter. Such a line always starts a new top-level block. What the scan cannot follow exactly as micromark
 * does makes the draft parse whole: a byte-order mark or a lone CR, raw HTML other than a comment at column 0, a
 * fence or HTML inside a container or indented, a fence or comment still open at the end. What else reaches across
 * blocks is reference and footnote definitions: a `[text][label]` or `[^1]` is a reference only where its label is
 * defined somewhere in the draft. So the labels every run defines, as written, are appended to each run that holds a
 * bracket (their nodes are dropped). An adversarial review (27 inputs, kept in the test) and its fuzzers shaped these
 * rules.
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
/** A fence marker and the rest of its line (the line may hold U+2028, which `.` does not match). */
const FENCE = /^(`{3,}|~{3,})([^]*)$/;
/** Container markers a line may start with: indentation, quote marks, list markers, a footnote definition's label. */
const CONTAINER_PREFIX = /^(?:[ \t]+|>|(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)|\[\^[^\]]*\]:)/;

/**
 * Where the text may be cut into runs (line-start offsets, ascending), or undefined to parse it whole. Whatever the
 * scan cannot follow exactly as micromark does is parsed whole: a byte-order mark or a lone CR (micromark's offsets
 * and lines would differ from the scan's), a fence or HTML inside a container or indented (a column-0 line closes the
 * container and the block with it), raw HTML other than a comment at column 0, a fence or comment still open at the
 * end, unclosed front matter.
 */
export function runStarts(text: string): number[] | undefined {
  if (/\uFEFF|\r(?!\n)/.test(text)) return undefined;
  const starts = [0];
  let fence: { char: string; length: number } | undefined;
  let comment = false;
  let frontMatter = /^---[ \t]*\r?\n/.test(text);
  let previousBlank = false;
  let at = 0;
  while (at < text.length) {
    const newline = text.indexOf('\n', at);
    const end = newline < 0 ? text.length : newline + 1;
    const line = text.slice(at, newline < 0 ? text.length : newline).replace(/\r$/, '');
    // Spaces and tabs only: a line of no-break spaces is not blank to Markdown.
    const blank = /^[ \t]*$/.test(line);
    if (frontMatter) {
      if (at > 0 && /^---[ \t]*$/.test(line)) frontMatter = false;
    } else if (fence) {
      // A closing fence may be indented up to three spaces.
      const close = FENCE.exec(line.replace(/^ {1,3}/, ''));
      if (close && close[1][0] === fence.char && close[1].length >= fence.length && /^[ \t]*$/.test(close[2])) fence = undefined;
    } else if (comment) {
      if (line.includes('-->')) comment = false;
    } else {
      let rest = line;
      for (let m = CONTAINER_PREFIX.exec(rest); m && m[0].length > 0; m = CONTAINER_PREFIX.exec(rest)) rest = rest.slice(m[0].length);
      const contained = rest.length < line.length;
      const open = FENCE.exec(rest);
      const isFence = open !== null && !(open[1][0] === '`' && open[2].includes('`'));
      if ((isFence || rest.startsWith('<')) && contained) return undefined;
      if (isFence) fence = { char: open[1][0], length: open[1].length };
      else if (rest.startsWith('<!--')) comment = !line.slice(2).includes('-->');
      else if (rest.startsWith('<')) return undefined;
      else if (previousBlank && FRESH_START.test(line) && !LIST_MARKER.test(line)) starts.push(at);
    }
    previousBlank = blank;
    at = end;
  }
  return fence || comment || frontMatter ? undefined : starts;
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
  // A label with a line break cannot be appended as written; nor can definitions after a last line with no line end
  // (micromark reads a final line differently at the end of the file).
  const any = labels.length + footnotes.length > 0;
  if ([...labels, ...footnotes].some((l) => /[\r\n]/.test(l)) || (any && !text.endsWith('\n'))) return parse(text);
  const definitions = !any ? '' : `\n\n${[...labels.map((l) => `[${l}]: #`), ...footnotes.map((l) => `[^${l}]: x`)].join('\n\n')}\n`;
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
  // The label as written (mdast's `label` is decoded: "a\\*b" becomes "a*b", which would define another label).
  const written = (node: TreeNode, marker: RegExp) => {
    const at = node.position?.start.offset;
    return at === undefined ? undefined : marker.exec(piece.slice(at))?.[1];
  };
  const collect = (node: TreeNode): void => {
    if (node.type === 'definition') labels.push(written(node, LINK_LABEL) ?? '\n');
    if (node.type === 'footnoteDefinition') footnotes.push(written(node, FOOTNOTE_LABEL) ?? '\n');
    for (const child of node.children ?? []) collect(child);
  };
  if (!definitions) collect(root);
  return { root, labels, footnotes };
}

/** A definition's label as written, from its start: `[label]:` and `[^label]:` (backslash escapes kept). */
const LINK_LABEL = /^\[((?:\\[^]|[^\\\]])*)\]:/;
const FOOTNOTE_LABEL = /^\[\^((?:\\[^]|[^\\\]])*)\]:/;

function lineCount(piece: string): number {
  let n = 0;
  for (let i = piece.indexOf('\n'); i >= 0; i = piece.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * A deep copy of `node` with every position moved by `offset` characters and `lines` lines (runs start at a line
 * start). Deep, so that a caller changing the tree (a table's `align`) cannot change the cached run.
 */
function shifted(node: TreeNode, offset: number, lines: number): TreeNode {
  const copy: TreeNode = { type: node.type };
  for (const [key, value] of Object.entries(node)) {
    if (key === 'position' || key === 'children') continue;
    copy[key] = value !== null && typeof value === 'object' ? structuredClone(value) : value;
  }
  // Kept as it is when absent: some GFM nodes carry `position: undefined`.
  if ('position' in node)
    copy.position = node.position && {
      start: shiftPoint(node.position.start, offset, lines),
      end: shiftPoint(node.position.end, offset, lines),
    };
  if (node.children) copy.children = node.children.map((c) => shifted(c, offset, lines));
  return copy;
}

function shiftPoint(point: TreePoint, offset: number, lines: number): TreePoint {
  return { line: point.line + lines, column: point.column, offset: point.offset === undefined ? undefined : point.offset + offset };
}
