/**
 * Engine search results as the protocol's PassageHit (URIs instead of
 * paths, the quote ready to insert in the user's style), so a passage looks
 * and inserts the same in search, Show evidence and the Sources view.
 */
import { quoteText, type QuoteStyle } from '../engine/cite/quoteInsertion.js';
import type { SearchResult } from '../engine/types.js';
import type { PassageHit } from '../protocol.js';
import type { UriMapper } from './types.js';

export function toPassageHit(uris: UriMapper, r: SearchResult, style: QuoteStyle, eol = '\n'): PassageHit {
  const hit: PassageHit = {
    sourceId: r.sourceId,
    title: r.title,
    uri: uris.sourceUri(r.file),
    range: r.range,
    text: r.text,
    score: r.score,
    insertText: quoteText(r, style, eol),
  };
  if (r.page !== undefined) hit.page = r.page;
  return hit;
}
