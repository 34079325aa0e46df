/**
 * Whitespace normalisation: the single definition of how a span of a source
 * file becomes the sentence text users see and quote. The provenance
 * invariant (tests) is stated in terms of this function, so every reader and
 * the quote checker must use it rather than a local regex.
 *
 * Rules, in order:
 * - NUL (U+0000) is a filler that readers use to keep offsets when they
 *   shorten something in place (an HTML entity); it is removed.
 * - A hyphen that ends a line between two letters is kept and the line break
 *   after it removed ("multi-\n  agency" -> "multi-agency"): PDF text wraps
 *   compounds there, and the author wrote one word.
 * - Every other run of white space (including form feeds) becomes one space;
 *   the result is trimmed.
 */

import type { Gap } from '../types.js';

const FILLER = /\u0000/g;
const LINE_END_HYPHEN = /(\p{L})-[ \t]*(?:\r\n|\r|\n|\f)[\s]*(?=\p{Ll})/gu;
const WHITESPACE_RUN = /[\s\u00a0\u200b\ufeff]+/g;

export function normalizeWhitespace(span: string): string {
  if (alreadyNormal(span)) return span;
  return span.replace(FILLER, '').replace(LINE_END_HYPHEN, '$1-').replace(WHITESPACE_RUN, ' ').trim();
}

/**
 * Whether the rules above would leave `span` as it is: no NUL, no white space but single U+0020 spaces between other
 * characters (so no line break for a hyphen to end). Most sentences of a text file already are, and a check reads
 * thousands: one scan of the characters costs a fraction of the three replacements (test: normalizeFastPath).
 */
function alreadyNormal(span: string): boolean {
  const last = span.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = span.charCodeAt(i);
    if (c === 0x20) {
      if (i === 0 || i === last || span.charCodeAt(i + 1) === 0x20) return false;
    } else if (c <= 0x20 ? c === 0 || (c >= 0x09 && c <= 0x0d) : c >= 0xa0 && isOtherSpace(c)) return false;
  }
  return true;
}

/** The white space of WHITESPACE_RUN above U+007F: JavaScript's \s there (Zs, U+2028/2029, U+FEFF) and U+200B. */
function isOtherSpace(c: number): boolean {
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * The sentence text of text[start, end): each gap (absolute offsets) is
 * replaced by its replacement (a space when it has none), then normalised.
 * This is the provenance invariant: spanText(file, s.start, s.end, s.gaps)
 * === s.text for every sentence.
 */
export function spanText(text: string, start: number, end: number, gaps?: ReadonlyArray<Gap>): string {
  if (!gaps || gaps.length === 0) return normalizeWhitespace(text.slice(start, end));
  let out = '';
  let at = start;
  for (const [gs, ge, replacement = ' '] of gaps) {
    out += text.slice(at, gs) + replacement;
    at = ge;
  }
  out += text.slice(at, end);
  return normalizeWhitespace(out);
}
