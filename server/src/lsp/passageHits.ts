/**
 * Engine search results → the protocol's PassageHit (URIs instead of paths,
 * the quote ready to insert in the user's style), and `file:` links that
 * open a source at a line. Shared by the custom requests, completion and
 * hover so a passage looks and inserts the same everywhere.
 */
import type { SearchResult } from '../engine/types.js';
import { quoteText, type QuoteStyle } from '../engine/cite/quoteInsertion.js';
import type { PassageHit } from '../protocol.js';
import { sourceUri } from './sourceUri.js';

export function toPassageHit(r: SearchResult, style: QuoteStyle, eol = '\n'): PassageHit {
  const hit: PassageHit = {
    sourceId: r.sourceId,
    title: r.title,
    uri: sourceUri(r.file),
    range: r.range,
    text: r.text,
    score: r.score,
    insertText: quoteText(r, style, eol),
  };
  if (r.page !== undefined) hit.page = r.page;
  return hit;
}

/**
 * `file:///…/source.txt#L12`: VS Code opens a `file:` link from Markdown
 * at the line in its fragment (1-based), so a hover link lands on the passage.
 */
export function sourceLink(file: string, line: number): string {
  return `${sourceUri(file)}#L${line + 1}`;
}

/** The file's name, for link labels. */
export function fileName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}
