/**
 * Text helpers for the quote checker (pure): how a quotation and a source
 * passage are cut into comparable words, how a quotation is split at its
 * ellipses and which of its words query the index, and how a position in a
 * sentence's text maps back to an offset in the source file, so the checker
 * can report the source's exact wording and where it is.
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
import { analyze } from '../index/analyzer.js';

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
const FOLDABLE = /[\u2018\u2019\u201a\u201b\u2032\u02bc`\u201c\u201d\u201e\u201f\u2033\u2010-\u2015\u2212]/g;
const FOLDED: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u02bc': "'",
  '`': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u201f': '"',
  '\u2033': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
};

/** Folds curly quotes, apostrophes and dashes to ASCII, keeping the length. */
function foldPunctuation(text: string): string {
  return text.replace(FOLDABLE, (c) => FOLDED[c]);
}

// Apostrophes join letters; "." and "," join digits; a trailing % stays on a number.
const WORD = /[\p{L}\p{M}\p{Nd}]+(?:(?:'|(?<=\p{Nd})[.,](?=\p{Nd}))[\p{L}\p{M}\p{Nd}]+)*%?/gu;
const FOOTNOTE_BEFORE = /\p{L}[.,;:)'"]$/u;
const SPACE = /[\s\u00a0\u200b\ufeff]/;

/** The words of `text` (offsets into `text`). */
export function tokenize(text: string): Token[] {
  const folded = foldPunctuation(text);
  // Lower-case once; a few characters change length when lower-cased, then per word.
  const lower = folded.toLowerCase();
  const sameLength = lower.length === folded.length;
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(folded); m !== null; m = WORD.exec(folded)) {
    const start = m.index;
    const end = start + m[0].length;
    let norm = sameLength ? lower.slice(start, end) : m[0].toLowerCase();
    const first = norm.charCodeAt(0);
    const numeric = first >= 48 && first <= 57;
    if (numeric && norm.includes(',')) norm = norm.replace(/,(?=\d{3}(?!\d))/g, '');
    const token: Token = { norm, start, end };
    // Footnote marker: 1-3 digits glued to punctuation after a word, then a space or the end.
    if (
      numeric &&
      norm.length <= 3 &&
      start >= 2 &&
      /^\d+$/.test(norm) &&
      FOOTNOTE_BEFORE.test(folded.slice(start - 2, start)) &&
      (end === folded.length || SPACE.test(folded[end]))
    ) {
      token.footnote = true;
    }
    tokens.push(token);
  }
  return tokens;
}

// "…", "...", ". . .", optionally in square brackets ("[...]", "[…]").
const ELLIPSIS = /\[\s*(?:\u2026|\.(?:\s?\.){2,})\s*\]|\u2026|\.(?:\s?\.){2,}/g;
// A Pandoc citation left inside a quote ("[@key]", "[see @key, p. 4]") is not the quote's wording.
const CITATION = /\[[^[\]]*@[^[\]]*\]/g;

/**
 * The words of a quotation, split at ellipses: leading and trailing
 * ellipses only drop out (they mark a quote that starts or ends mid-
 * sentence); an inner one marks omitted words between two fragments.
 * Pandoc citations inside the quote are left out. Token offsets are into
 * `quote` as given.
 */
export function quoteWords(given: string): QuoteWords {
  const quote = given.replace(CITATION, (c) => ' '.repeat(c.length));
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
function quoteSearchText(quote: string): string {
  return quote.replace(ELLIPSIS, ' ');
}

/**
 * The first-stage queries for a quote (`tokens` from quoteWords): `perQuery`
 * of its rarest index terms (by the index's idf), spelled as the quote's
 * words so the index analyses them as it analysed the sources; then the
 * next `perQuery` rarest, for when the first finds nothing close. Neighbours of a chosen word are passed over
 * while other words remain: the words of a phrase ("public law outline
 * (PLO)") travel together, and four of five query terms on one phrase rank
 * every short sentence that mentions the phrase above the quoted one. The
 * second query holds none of the first's terms, so a rare word that is wrong
 * in the quote (a changed number) or a crowd of near-duplicate sentences
 * cannot spoil both. Without idf the one query is the whole quote.
 */
export function searchQueries(
  quote: string,
  tokens: readonly Token[],
  idf: ((term: string) => number) | undefined,
  perQuery: number,
): string[] {
  if (!idf || perQuery <= 0) return [quoteSearchText(quote)];
  const terms = new Map<string, { word: string; idf: number; at: number[] }>();
  tokens.forEach((t, at) => {
    const word = quote.slice(t.start, t.end);
    for (const term of analyze(word)) {
      const known = terms.get(term);
      if (known) known.at.push(at);
      else terms.set(term, { word, idf: idf(term), at: [at] });
    }
  });
  let ranked = [...terms.values()].filter((w) => w.idf > 0).sort((a, b) => b.idf - a.idf);
  if (ranked.length === 0) return [quoteSearchText(quote)];
  const queries: string[] = [];
  while (ranked.length > 0 && queries.length < 2) {
    const chosen = new Set<(typeof ranked)[number]>();
    const taken = new Set<number>();
    for (const w of ranked) {
      if (chosen.size >= perQuery) break;
      if (w.at.every((at) => taken.has(at - 1) || taken.has(at + 1))) continue;
      chosen.add(w);
      for (const at of w.at) taken.add(at);
    }
    for (const w of ranked) if (chosen.size < perQuery) chosen.add(w);
    queries.push([...chosen].map((w) => w.word).join(' '));
    ranked = ranked.filter((w) => !chosen.has(w));
  }
  return queries;
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
function sentenceOffsets(
  fileText: string,
  sentence: Pick<Sentence, 'start' | 'end' | 'text' | 'gaps'>,
): { from: Int32Array; to: Int32Array } | undefined {
  // Rebuild the span as spanText sees it, with each character's file range.
  const chars: string[] = [];
  const cFrom: number[] = [];
  const cTo: number[] = [];
  const push = (s: string, from: number, to: number) => {
    for (let k = 0; k < s.length; k++) {
      chars.push(s[k]);
      cFrom.push(from);
      cTo.push(to);
    }
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

/**
 * For a span [from, to) of some consecutive sentences' texts joined by one
 * space: the file offsets of its first and last characters (through
 * sentenceOffsets; a sentence's own bounds if that walk fails) and the
 * indices of the sentences it touches.
 */
export function fileSpan(
  fileText: string,
  sentences: readonly Sentence[],
  from: number,
  to: number,
): { start: number; end: number; touched: number[] } {
  const touched: number[] = [];
  let start = -1;
  let end = -1;
  let offset = 0;
  for (const s of sentences) {
    const sEnd = offset + s.text.length;
    if (from < sEnd && to > offset) {
      touched.push(s.index);
      const map = sentenceOffsets(fileText, s);
      if (start < 0) start = map && from >= offset ? map.from[from - offset] : s.start;
      end = map && to <= sEnd ? map.to[to - offset - 1] : s.end;
    }
    offset = sEnd + 1;
  }
  return { start, end, touched };
}

/** Whether [from, to) of `text` lies inside one pair of square brackets (an editorial insertion). */
export function inBrackets(text: string, from: number, to: number): boolean {
  const open = text.lastIndexOf('[', from);
  const close = text.indexOf(']', to);
  return open >= 0 && close >= 0 && text.indexOf(']', open) >= to && text.lastIndexOf('[', close) === open;
}
