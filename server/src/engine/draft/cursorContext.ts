/**
 * Where is the cursor in a draft, and what would help there? Pure functions
 * over the draft text (offsets are UTF-16, as everywhere in the engine):
 *
 * - `locateInDraft`: the citation, quotation and sentence at an offset of a
 *   parsed draft (hover, go to definition, find references, code actions).
 * - `completionContext`: what completion should offer at an offset while the
 *   user types: citation keys after `[@` / `@`, or supporting quotes for the
 *   current sentence (on request, or after typing `"` or `> `), with the
 *   range the inserted text replaces and the query to search the corpus with.
 *
 * Completion runs on every trigger character, so it never parses the whole
 * draft: it looks at the current line and paragraph only.
 */
import type { Citation, DraftModel, DraftSentence, Quotation } from './draftTypes.js';
import { parseDraft } from './parseDraft.js';

export interface DraftLocation {
  sentence?: DraftSentence;
  citation?: Citation;
  quotation?: Quotation;
}

/**
 * The citation, quotation and sentence at `offset`. A position just after a
 * citation or quotation still counts (the cursor after `[@key]`), but one
 * inside wins over one that merely touches. A quotation includes its marks.
 */
export function locateInDraft(model: DraftModel, offset: number): DraftLocation {
  const out: DraftLocation = {};
  // A footnote mark after the full stop ("… rose.[^1]") lies outside its sentence but cites for it.
  const sentence =
    pickTouching(model.sentences, offset, (s) => [s.start, s.end]) ??
    model.sentences.find((s) => s.citations.some((c) => c.start <= offset && offset < c.end));
  if (sentence) out.sentence = sentence;
  // A sentence's own citations first: a footnote mark stands for its footnote's keys.
  const citation = pickTouching([...(sentence?.citations ?? []), ...model.citations], offset, (c) => [c.start, c.end]);
  if (citation) out.citation = citation;
  const quotation = pickTouching(sentence?.quotations ?? [], offset, (q) =>
    q.kind === 'inline' ? [q.start - 1, q.end + 1] : [q.start, q.end],
  );
  if (quotation) out.quotation = quotation;
  return out;
}

function pickTouching<T>(items: readonly T[], offset: number, span: (item: T) => [number, number]): T | undefined {
  let touching: T | undefined;
  for (const item of items) {
    const [start, end] = span(item);
    if (start <= offset && offset < end) return item;
    if (offset === end && touching === undefined) touching = item;
  }
  return touching;
}

export type CompletionTrigger =
  /** The user asked (Ctrl+Space), or VS Code re-asks for an incomplete list. */
  { kind: 'invoked' } | { kind: 'character'; character: string };

export type CompletionContext =
  | {
      kind: 'citation-key';
      /** What the user has typed of the key so far (after '@'). */
      prefix: string;
      /** Offsets the chosen key replaces: the typed part and any key characters after the cursor. */
      replaceStart: number;
      replaceEnd: number;
    }
  | {
      kind: 'quote';
      /**
       * The form the user started: `"` means inline, `> ` a blockquote;
       * undefined when invoked, so the setting decides.
       */
      form?: 'inline' | 'blockquote';
      /** What to search the corpus with: the current sentence (and the one before when it is short). */
      query: string;
      /** Offsets the inserted quote replaces: the typed trigger (and an auto-closed quote mark). */
      replaceStart: number;
      replaceEnd: number;
      /** The line's text before replaceStart and after replaceEnd, and whether a non-blank line follows. */
      lineBefore: string;
      lineAfter: string;
      nextLineHasText: boolean;
      /** The draft's line break. */
      eol: string;
    }
  | { kind: 'none'; reason: string };

/** Characters a Pandoc citation key may contain (see citations.ts). */
const KEY_CHAR = /[\p{L}\p{N}_:.#$%&\-+?<>~/]/u;
/** `[@`, `; @`, `[-@` or an in-text `@` (not an e-mail address) right before the typed key part. */
const KEY_BEFORE_CURSOR = /(?:^|[\s[;(])-?@([\p{L}\p{N}_:.#$%&\-+?~/]*)$/u;
/** Below this many words the current sentence is too little to search with alone. */
const SHORT_SENTENCE_WORDS = 6;

export function completionContext(text: string, offset: number, trigger: CompletionTrigger): CompletionContext {
  const lineStart = lineStartAt(text, offset);
  const lineEnd = lineEndAt(text, offset);
  const before = text.slice(lineStart, offset);
  const eol = /\r\n/.test(text) ? '\r\n' : '\n';
  const outside = notProse(text, offset, before);
  if (outside) return { kind: 'none', reason: outside };

  const key = KEY_BEFORE_CURSOR.exec(before);
  if (key && (trigger.kind === 'invoked' || trigger.character === '@')) {
    let end = offset;
    while (end < lineEnd && KEY_CHAR.test(text[end]) && text[end] !== ']') end++;
    return { kind: 'citation-key', prefix: key[1], replaceStart: offset - key[1].length, replaceEnd: end };
  }
  if (/^\s{0,3}#/.test(before)) return { kind: 'none', reason: 'in a heading' };

  let form: 'inline' | 'blockquote' | undefined;
  let replaceStart = offset;
  let replaceEnd = offset;
  let paragraphOffset = offset;
  if (trigger.kind === 'character') {
    const c = trigger.character;
    if (c === '"') {
      if (text[offset - 1] !== '"') return { kind: 'none', reason: 'no quote mark before the cursor' };
      const [paraStart] = paragraphAt(text, offset);
      const marks = (text.slice(paraStart, offset).match(/"/g) ?? []).length;
      if (marks % 2 === 0) return { kind: 'none', reason: 'the quote mark closes a quotation' };
      form = 'inline';
      replaceStart = offset - 1;
      // An editor that auto-closes quotes leaves `"|"`: replace the pair.
      if (text[offset] === '"') replaceEnd = offset + 1;
    } else if (c === '>' || c === ' ') {
      const m = /^(\s{0,3})>( ?)$/.exec(before);
      if (!m || (c === ' ' && m[2] !== ' ')) return { kind: 'none', reason: 'not the start of a blockquote' };
      form = 'blockquote';
      replaceStart = lineStart + m[1].length;
      // A blockquote quotes what the paragraph before it says.
      paragraphOffset = previousParagraphOffset(text, lineStart);
      if (paragraphOffset < 0) return { kind: 'none', reason: 'no paragraph before the blockquote' };
    } else return { kind: 'none', reason: `'${c}' starts nothing here` };
  } else if (before.trim() === '' && text.slice(offset, lineEnd).trim() === '') {
    // Ctrl+Space on an empty line: quotes for the paragraph above.
    paragraphOffset = previousParagraphOffset(text, lineStart);
    if (paragraphOffset < 0) return { kind: 'none', reason: 'no paragraph to find quotes for' };
  }

  const query = sentenceQuery(text, paragraphOffset, [replaceStart, replaceEnd]);
  if (query.replace(/[^\p{L}\p{N}]+/gu, '').length < 3) return { kind: 'none', reason: 'no sentence to find quotes for' };
  const next =
    lineEnd < text.length
      ? text
          .slice(lineEnd)
          .replace(/^\r?\n|^\r/, '')
          .split(/\r?\n|\r/, 1)[0]
      : undefined;
  return {
    kind: 'quote',
    ...(form ? { form } : {}),
    query,
    replaceStart,
    replaceEnd,
    lineBefore: text.slice(lineStart, replaceStart),
    lineAfter: text.slice(replaceEnd, lineEnd),
    nextLineHasText: next !== undefined && next.trim() !== '',
    eol,
  };
}

/**
 * [start, end) of the paragraph (run of non-blank lines) around `offset`,
 * from the start of its first line to the end of its last. A line that is
 * only `>` separates paragraphs inside a blockquote.
 */
export function paragraphAt(text: string, offset: number): [number, number] {
  let start = lineStartAt(text, offset);
  while (start > 0) {
    const prevStart = lineStartAt(text, start - 1);
    if (isBlankLine(text.slice(prevStart, lineEndAt(text, prevStart)))) break;
    start = prevStart;
  }
  let end = lineEndAt(text, offset);
  while (end < text.length) {
    const nextStart = end + (text.startsWith('\r\n', end) ? 2 : 1);
    const nextEnd = lineEndAt(text, nextStart);
    if (nextStart > text.length || isBlankLine(text.slice(nextStart, nextEnd))) break;
    end = nextEnd;
  }
  return [start, end];
}

function lineStartAt(text: string, offset: number): number {
  let i = Math.min(offset, text.length);
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
}

function lineEndAt(text: string, offset: number): number {
  let i = Math.max(0, offset);
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}

function isBlankLine(line: string): boolean {
  return /^\s*(?:>\s*)*$/.test(line);
}

/** An offset inside the nearest non-blank paragraph above the line at `lineStart`, or -1. */
function previousParagraphOffset(text: string, lineStart: number): number {
  let at = lineStart;
  while (at > 0) {
    const prevStart = lineStartAt(text, at - 1);
    const line = text.slice(prevStart, lineEndAt(text, prevStart));
    if (!isBlankLine(line)) return prevStart + line.length;
    at = prevStart;
  }
  return -1;
}

/** Why the cursor is not in prose (front matter, code, a comment), or undefined. */
function notProse(text: string, offset: number, lineBefore: string): string | undefined {
  const head = text.slice(0, offset);
  if (/^---\r?\n/.test(text)) {
    const close = /\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text.slice(3));
    if (!close || offset <= 3 + close.index + close[0].length - 1) return 'in front matter';
  }
  let fenced = false;
  for (const m of head.matchAll(/^[ \t]{0,3}(`{3,}|~{3,})/gm)) {
    if (m.index + m[0].length <= head.length) fenced = !fenced;
  }
  if (fenced) return 'in a code block';
  if (head.lastIndexOf('<!--') > head.lastIndexOf('-->')) return 'in an HTML comment';
  if ((lineBefore.match(/`/g) ?? []).length % 2 === 1) return 'in inline code';
  return undefined;
}

/**
 * The words to search for quotes with: the sentence at `offset` (citations,
 * markup and the typed trigger left out) and, when it is short (a lead-in
 * such as `BASW warned that "`), the sentence before it too.
 */
function sentenceQuery(text: string, offset: number, exclude: [number, number]): string {
  const [start, end] = paragraphAt(text, offset);
  // Blank out the trigger and comments (a `sourced-ignore` would hide the paragraph) without moving offsets.
  let slice = text.slice(start, end);
  const blank = (a: number, b: number) => {
    if (a < b) slice = slice.slice(0, a) + ' '.repeat(b - a) + slice.slice(b);
  };
  blank(Math.max(0, exclude[0] - start), Math.min(slice.length, exclude[1] - start));
  for (const m of slice.matchAll(/<!--[\s\S]*?-->/g)) blank(m.index, m.index + m[0].length);
  const sentences = parseDraft(slice).sentences;
  if (sentences.length === 0) return '';
  const local = offset - start;
  let k = sentences.findIndex((s) => s.start <= local && local <= s.end);
  if (k < 0) k = Math.max(0, sentences.filter((s) => s.start <= local).length - 1);
  let query = quoteQuery(sentences[k].claimText);
  if (k > 0 && query.split(/\s+/).filter(Boolean).length < SHORT_SENTENCE_WORDS)
    query = `${quoteQuery(sentences[k - 1].claimText)} ${query}`.trim();
  return query;
}

/** A sentence's claim text as quote completion searches with it: quotation marks out, spaces collapsed. */
export function quoteQuery(s: string): string {
  return s
    .replace(/["\u201c\u201d]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
