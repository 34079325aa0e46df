/**
 * Text edits that fix an unsupported claim in a draft: cite a source, quote
 * it, or mark the paragraph as not a claim. Pure: offsets in, offsets and
 * text out; the language server turns them into LSP edits.
 *
 * Where a citation goes: Pandoc (and Chicago author-date) style puts it
 * inside the sentence, before its closing punctuation: "rose by 38%
 * [@ons]." So " [@key]" is inserted before the sentence's final run of
 * `.`, `!`, `?` or `…`. When a closing quote mark or bracket follows that
 * punctuation (`… he said "it rose."`), moving the citation inside would
 * split the quotation, so it goes at the very end of the sentence; and a
 * sentence with no end punctuation gets it at its end.
 */
import { blockquote, citationText, inlineQuote, type QuotedPassage } from './quoteInsertion.js';

export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

const END_PUNCTUATION = /[.!?\u2026]+$/;
const END_WITH_CLOSERS = /[.!?\u2026]+["'\u201d\u2019)\]]+$/;

/** Offset in the draft where a citation of the sentence [start, end) goes (see the header). */
export function citationOffset(text: string, start: number, end: number): number {
  const sentence = text.slice(start, end).replace(/\s+$/, '');
  const trimmedEnd = start + sentence.length;
  if (END_WITH_CLOSERS.test(sentence)) return trimmedEnd;
  const punct = END_PUNCTUATION.exec(sentence);
  return punct ? start + punct.index : trimmedEnd;
}

/** " [@key]" (or with a page) at the sentence's citation point. */
export function citeEdit(text: string, start: number, end: number, sourceId: string, page?: number): TextEdit {
  const at = citationOffset(text, start, end);
  return { start: at, end: at, newText: ` ${citationText(sourceId, page)}` };
}

/**
 * The supporting passage quoted inline at the citation point, introduced by
 * a colon: "Spending rose by 38%: "<passage>" [@key]." The sentence's own
 * end punctuation is kept unless the passage already ends a sentence (no
 * "." after "… rose." [@key]). The passage is verbatim and whole.
 */
export function inlineQuoteEdit(text: string, start: number, end: number, passage: QuotedPassage): TextEdit {
  const at = citationOffset(text, start, end);
  const sentence = text.slice(start, end).replace(/\s+$/, '');
  const trimmedEnd = start + sentence.length;
  const quote = inlineQuote(passage);
  if (at === trimmedEnd) return { start: at, end: at, newText: ` ${quote}` };
  const punctuation = text.slice(at, trimmedEnd);
  const keep = /[.!?\u2026]["'\u201d\u2019)\]]*$/.test(passage.text) ? '' : punctuation;
  return { start: at, end: trimmedEnd, newText: `: ${quote}${keep}` };
}

/**
 * The passage as a blockquote after the paragraph that ends at
 * `paragraphEnd` (the end of its last line), plus a citation in the claim
 * itself so the claim is cited where it stands. Two edits, in draft order.
 */
export function blockquoteEdits(
  text: string,
  start: number,
  end: number,
  paragraphEnd: number,
  passage: QuotedPassage,
  eol = '\n',
): TextEdit[] {
  return [
    citeEdit(text, start, end, passage.sourceId, passage.page),
    { start: paragraphEnd, end: paragraphEnd, newText: `${eol}${eol}${blockquote(passage, eol)}` },
  ];
}

const IGNORE_COMMENT = '<!-- sourced-ignore -->';

/**
 * `<!-- sourced-ignore -->` on its own line before the paragraph starting at
 * `paragraphStart` (the start of its first line), indented like that line.
 * An HTML comment line ends at its own line, so the paragraph after it is
 * still a paragraph, and the draft reader skips it.
 */
export function ignoreEdit(text: string, paragraphStart: number, eol = '\n'): TextEdit {
  const indent = /^[ \t]*/.exec(text.slice(paragraphStart))?.[0] ?? '';
  return { start: paragraphStart, end: paragraphStart, newText: `${indent}${IGNORE_COMMENT}${eol}` };
}

/** Applies non-overlapping edits (any order) to a text: for tests and previews. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start || b.end - a.end)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}
