/**
 * The small formatting helpers every feature shares, defined once: a clipped
 * label, a file's base name, a `file:` link that opens a source at a line,
 * and "file, line N, p. M" as a Markdown link. Corpus text in Markdown always
 * goes through escapeMarkdown (a source is untrusted).
 */
import { baseName } from '../engine/host.js';
import { escapeMarkdown, markdownLink } from '../engine/text/markdownEscape.js';
import type { Range } from '../engine/types.js';
import type { UriMapper } from './types.js';

export { baseName };

/** The text cut to `max` characters with an ellipsis. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}\u2026`;
}

/**
 * `file:///…/source.txt#L12`: VS Code opens a `file:` link from Markdown at
 * the line in its fragment (1-based), so a hover link lands on the passage.
 */
export function sourceLink(uris: UriMapper, file: string, line: number): string {
  return `${uris.sourceUri(file)}#L${line + 1}`;
}

/** "[source.txt, line 12](link), p. 4": where a passage is, as a Markdown link. */
export function locationLink(uris: UriMapper, place: { file: string; range: Range; page?: number }): string {
  const line = place.range.start.line;
  const page = place.page !== undefined ? `, p. ${place.page}` : '';
  return `${markdownLink(`${baseName(place.file)}, line ${line + 1}`, sourceLink(uris, place.file, line))}${page}`;
}

/** `@key` or `@key, p. 4`, escaped for Markdown. */
export function citeLabel(sourceId: string, page?: number): string {
  return escapeMarkdown(`@${sourceId}${page !== undefined ? `, p. ${page}` : ''}`);
}
