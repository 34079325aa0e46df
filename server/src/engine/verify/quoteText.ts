/**
 * Text helpers for the quote checker (pure): how a quotation and a source
 * passage are cut into comparable words, how a quotation is split at its
 * ellipses, and how a position in a sentence's text maps back to an offset
 * in the source file, so the checker can report the source's exact wording
 * and where it is.
 *
 * What counts as "the same words": a word is a run of letters, marks and
 * decimal digits, with apostrophes inside words ("don't") and "." or ","
 * between digits ("3.5", "1,234") kept in the word. Everything else
 * (punctuation, quotation marks, dashes, brackets, white space, Markdown
 * markers) only separates words. So curly and straight quotes, the dash
 * family and white space never make a difference; words are compared in
 * lower case, curly apostrophes folded to straight ones, thousands commas
 * dropped from numbers. Numbers are whole words, so "45%" vs "54%" differs.
 */
import type { Gap, Sentence } from '../types.js';

/** One word of a text: `norm` is the comparison form, [start, end) its place in the text. */
export interface Token {
  norm: string;
  start: number;
  end: number;
  /**
   * A likely footnote marker in a source ("guidance.2 It", "care,14 and"):
   * digits glued to punctuation after a word. Quoters leave these out, so the
   * aligner may skip them at no cost.
   */
  footnote?: boolean;
}

/** A quotation as words, with the places where an ellipsis stood. */
export interface QuoteWords {
  tokens: Token[];
  /** fragmentStart[i] is true when an ellipsis comes right before tokens[i] (i > 0). */
  fragmentStart: boolean[];
}

// Length-preserving folds (one UTF-16 unit for one), so offsets stay valid.
const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032\u02bc`]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033]/g;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g;

/** Folds curly quotes, apostrophes and dashes to ASCII, keeping the length. */
export function foldPunctuation(text: string): string {
  return text.replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"').replace(DASHES, '-');
}

// Apostrophes join letters; "." and "," join digits; a trailing % stays on a number.
const WORD = /[\p{L}\p{M}\p{Nd}]+(?:(?:'|(?<=\p{Nd})[.,](?=\p{Nd}))[\p{L}\p{M}\p{Nd}]+)*%?/gu;
const DIGITS = /^\d{1,3}$/;
const SPACE = /[\s\u00a0\u200b\ufeff]/;
const FOOTNOTE_BEFORE = /\p{L}[.,;:)'"]$/u;

/** The words of `text` (offsets into `text`). */
export function tokenize(text: string): Token[] {
  const folded = foldPunctuation(text);
  const tokens: Token[] = [];
  for (const m of folded.matchAll(WORD)) {
    const start = m.index;
    const end = start + m[0].length;
    let norm = m[0].toLowerCase();
    const first = norm.charCodeAt(0);
    if (first >= 48 && first <= 57 && norm.includes(',')) norm = norm.replace(/,(?=\d{3}(?!\d))/g, '');
    const token: Token = { norm, start, end };
    if (DIGITS.test(norm) && start >= 2 && FOOTNOTE_BEFORE.test(folded.slice(start - 2, start)) && (end === folded.length || /\s/.test(folded[end]))) {
      token.footnote = true;
    }
    tokens.push(token);
  }
  return tokens;
}

// "…", "...", ". . .", optionally in square brackets ("[...]", "[…]").
const ELLIPSIS = /\[\s*(?:\u2026|\.(?:\s?\.){2,})\s*\]|\u2026|\.(?:\s?\.){2,}/g;

/**
 * The words of a quotation, split at ellipses: leading and trailing
 * ellipses only drop out (they mark a quote that starts or ends mid-
 * sentence); an inner one marks omitted words between two fragments.
 * Token offsets are into `quote` as given.
 */
export function quoteWords(quote: string): QuoteWords {
  const tokens: Token[] = [];
  const fragmentStart: boolean[] = [];
  let at = 0;
  const pieces: Array<[number, number]> = [];
  for (const m of quote.matchAll(ELLIPSIS)) {
    pieces.push([at, m.index]);
    at = m.index + m[0].length;
  }
  pieces.push([at, quote.length]);
  for (const [from, to] of pieces) {
    // Every piece after the first follows an ellipsis; its first word opens a fragment.
    tokenize(quote.slice(from, to)).forEach((w, i) => {
      tokens.push({ norm: w.norm, start: w.start + from, end: w.end + from });
      fragmentStart.push(i === 0 && tokens.length > 1);
    });
  }
  return { tokens, fragmentStart };
}

/** The quotation without its ellipses, for the first-stage search. */
export function quoteSearchText(quote: string): string {
  return quote.replace(ELLIPSIS, ' ');
}

/**
 * File offsets for positions in a sentence's text. The sentence text is the
 * file span with gaps replaced and white space normalised (normalize.ts), so
 * it is a subsequence of the gap-replaced span in which only NULs and white
 * space were dropped or collapsed. Walking both in step maps every text
 * position to the file; characters that came from a gap replacement (a
 * decoded entity) map to the whole gap. Returns `from` (offset where text[i]
 * starts) and `to` (offset just after text[i]); undefined when the walk
 * fails (should not happen while the provenance invariant holds).
 */
export function sentenceOffsets(fileText: string, sentence: Pick<Sentence, 'start' | 'end' | 'text' | 'gaps'>): { from: Int32Array; to: Int32Array } | undefined {
  // Rebuild the span as spanText sees it, with each character's file range.
  const chars: string[] = [];
  const cFrom: number[] = [];
  const cTo: number[] = [];
  const push = (s: string, from: number, to: number) => {
    for (let k = 0; k < s.length; k++) { chars.push(s[k]); cFrom.push(from); cTo.push(to); }
  };
  let at = sentence.start;
  const gaps: ReadonlyArray<Gap> = sentence.gaps ?? [];
  for (const [gs, ge, replacement = ' '] of gaps) {
    for (let i = at; i < gs; i++) push(fileText[i], i, i + 1);
    push(replacement, gs, ge);
    at = ge;
  }
  for (let i = at; i < sentence.end; i++) push(fileText[i], i, i + 1);

  const text = sentence.text;
  const from = new Int32Array(text.length);
  const to = new Int32Array(text.length);
  let j = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const space = c === ' ';
    while (j < chars.length && !(space ? SPACE.test(chars[j]) : chars[j] === c)) j++;
    if (j >= chars.length) return undefined;
    from[i] = cFrom[j];
    to[i] = cTo[j];
    j++;
  }
  return { from, to };
}
