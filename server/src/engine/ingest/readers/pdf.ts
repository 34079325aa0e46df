/**
 * Reader for PDFs. The bytes are first extracted to text (extract/pdfText.ts,
 * on whatever thread the host chose); this reader then builds the content
 * view of that text. Running headers, footers and page numbers are masked
 * later by boilerplate.ts and lines joined by blocks.ts, as for any
 * page-separated text; what is PDF-specific is the line-end hyphen:
 *
 * - a hyphen at the end of a line always joins the two halves with the
 *   hyphen kept (normalizeWhitespace does this for all text);
 * - here it is dropped ("commis-" + "sioning") when the joined word occurs
 *   elsewhere in the document and the hyphenated form does not, or when it
 *   is a soft hyphen (U+00AD); otherwise it is kept ("asylum-" + "seeking"),
 *   because a wrongly removed hyphen misquotes, and most PDFs written in
 *   word processors hyphenate only compounds.
 */
import type { SourceReader, ReadResult } from '../reader.js';

const LINE_END_HYPHEN = /(\p{L}+|\p{N}+)([-\u00ad])([ \t]*\r?\n[ \t]*)(?=(\p{Ll}+))/gu;

export const pdfReader: SourceReader = {
  extensions: ['pdf'],
  extract: 'pdf',
  read(_file, text): ReadResult {
    return { text, content: dehyphenate(text), declared: {}, problems: [] };
  },
};

/** The content view with line-end hyphenation joined (NUL, so offsets stay). */
export function dehyphenate(text: string): string {
  if (!/[-\u00ad][ \t]*\r?\n/.test(text)) return text;
  const words = new Set<string>();
  for (const m of text.matchAll(/\p{L}+(?:-\p{L}+)*/gu)) {
    words.add(m[0].toLowerCase());
    if (m[0].includes('-')) for (const part of m[0].split('-')) words.add(part.toLowerCase());
  }
  const chars = text.split('');
  for (const m of text.matchAll(LINE_END_HYPHEN)) {
    const [, before, hyphen, seam, after] = m;
    const hyphenAt = m.index + before.length;
    const soft = hyphen === '\u00ad';
    const joined = `${before}${after}`.toLowerCase();
    const compound = `${before}-${after}`.toLowerCase();
    const letters = /^\p{L}+$/u.test(before);
    const drop = soft || (letters && words.has(joined) && !words.has(compound));
    // After letters, normalizeWhitespace already joins a kept hyphen's line break; after digits ("17-" + "year-olds") it is joined here.
    if (drop) chars[hyphenAt] = '\u0000';
    if (drop || !letters) for (let i = hyphenAt + 1; i < hyphenAt + 1 + seam.length; i++) chars[i] = '\u0000';
  }
  return chars.join('');
}
