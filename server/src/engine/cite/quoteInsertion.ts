/**
 * The text Sourced inserts when the user takes a quote: the passage exactly
 * as the corpus has it (the provenance invariant makes a passage's text the
 * file's own words), followed by its Pandoc citation. Nothing here edits the
 * passage: no re-casing, no trimming of its full stop, no Markdown escaping
 * (escaping would put backslashes into the quote, and the quote checker
 * compares the draft's words with the source's).
 *
 * Two forms, as the `sourced.quotes.insertStyle` setting names them:
 *   inline      "<passage>" [@key, p. N]
 *   blockquote  > <passage>
 *               >
 *               > [@key, p. N]
 * `p. N` only when the passage has a page.
 */

export type QuoteStyle = 'inline' | 'blockquote';

export interface QuotedPassage {
  /** Verbatim passage text, as the engine returns it. */
  text: string;
  sourceId: string;
  page?: number;
}

/** `[@key]` or `[@key, p. N]`. */
export function citationText(sourceId: string, page?: number): string {
  return page === undefined ? `[@${sourceId}]` : `[@${sourceId}, p. ${page}]`;
}

/**
 * Straight quotes, unless the passage itself has a straight double quote:
 * then curly ones, so the draft reader still sees where the quotation ends.
 */
export function inlineQuote(passage: QuotedPassage): string {
  const [open, close] = passage.text.includes('"') ? ['\u201c', '\u201d'] : ['"', '"'];
  return `${open}${passage.text}${close} ${citationText(passage.sourceId, passage.page)}`;
}

export function blockquote(passage: QuotedPassage, eol = '\n'): string {
  return `> ${passage.text}${eol}>${eol}> ${citationText(passage.sourceId, passage.page)}`;
}

export function quoteText(passage: QuotedPassage, style: QuoteStyle, eol = '\n'): string {
  return style === 'inline' ? inlineQuote(passage) : blockquote(passage, eol);
}

export interface InsertionSurroundings {
  /** The line's text before the insertion and after it. */
  lineBefore: string;
  lineAfter: string;
  /** A non-blank line follows the insertion's line (a blockquote would swallow it). */
  nextLineHasText: boolean;
  eol: string;
}

/**
 * The quote with the spacing it needs where it lands. Inline: a space before
 * it unless it starts a line or follows a space or an opening bracket, and a
 * space after it when a word follows. Blockquote: a block of its own, so
 * separated by blank lines from prose before and after it on its line, and
 * from a paragraph on the next line (which it would otherwise absorb).
 */
export function quoteInsertion(passage: QuotedPassage, style: QuoteStyle, around: InsertionSurroundings): string {
  const { eol } = around;
  if (style === 'inline') {
    const lead = around.lineBefore === '' || /[\s([{\u2014]$/.test(around.lineBefore) ? '' : ' ';
    const trail = /^[\p{L}\p{N}]/u.test(around.lineAfter) ? ' ' : '';
    return `${lead}${inlineQuote(passage)}${trail}`;
  }
  const lead = around.lineBefore.trim() === '' ? '' : `${eol}${eol}`;
  const trail = around.lineAfter.trim() !== '' ? `${eol}${eol}` : around.nextLineHasText ? eol : '';
  return `${lead}${blockquote(passage, eol)}${trail}`;
}
