/**
 * The "References" section Sourced writes at the end of a draft: one list
 * item per cited source (author or publisher, date, title, publisher, URL,
 * key), sorted by author then title as reference lists usually are.
 *
 * The section is marked as generated (`<!-- sourced-references -->`), so
 * running the action again replaces it rather than adding a second one; a
 * hand-written "References" section is never touched (a new one is added
 * after it instead, since overwriting the user's words is worse than a
 * duplicate heading). The list sits between `sourced-disable` and
 * `sourced-enable`, because its dates and titles are not claims to check.
 * Keys are written as inline code (`@key`), which the draft reader masks, so
 * the list does not count as citations.
 */
import { escapeMarkdownForDraft, isSafeLinkTarget } from '../text/markdownEscape.js';
import type { TextEdit } from './claimEdits.js';

export interface ReferenceEntry {
  sourceId: string;
  title?: string;
  author?: string;
  publisher?: string;
  date?: string;
  url?: string;
  /** The entry already formatted in a citation style (Markdown, escaped); wins over the fields above. */
  formatted?: string;
}

const REFERENCES_MARKER = '<!-- sourced-references -->';
const REFERENCES_HEADING = '## References';

/** One list item: `- Author (date). *Title*. Publisher. <url> \`@key\``. */
export function referenceLine(entry: ReferenceEntry): string {
  if (entry.formatted) return `- ${entry.formatted} \`@${entry.sourceId.replace(/`/g, '')}\``;
  const parts: string[] = [];
  const who = entry.author ?? entry.publisher;
  const date = entry.date ? `(${escapeMarkdownForDraft(entry.date)})` : '';
  if (who) parts.push(`${stop(`${escapeMarkdownForDraft(who)}${date ? ` ${date}` : ''}`)}`);
  else if (date) parts.push(`${date}.`);
  const title = escapeMarkdownForDraft(entry.title ?? entry.sourceId);
  parts.push(`*${title}*${/[.!?]$/.test(title) ? '' : '.'}`);
  if (entry.publisher && entry.publisher !== who) parts.push(stop(escapeMarkdownForDraft(entry.publisher)));
  // Only web addresses become links; anything else is written as text.
  if (entry.url)
    parts.push(isSafeLinkTarget(entry.url) && !/[<>\s]/.test(entry.url) ? `<${entry.url}>` : escapeMarkdownForDraft(entry.url));
  parts.push(`\`@${entry.sourceId.replace(/`/g, '')}\``);
  return `- ${parts.join(' ')}`;
}

/** Ends a bibliographic element with one full stop. */
function stop(s: string): string {
  return /[.!?]$/.test(s) ? s : `${s}.`;
}

export function sortEntries(entries: readonly ReferenceEntry[]): ReferenceEntry[] {
  const sortKey = (e: ReferenceEntry) => `${e.author ?? e.publisher ?? '\uffff'}\u0000${e.title ?? e.sourceId}`.toLowerCase();
  return [...entries].sort((a, b) => sortKey(a).localeCompare(sortKey(b)) || (a.sourceId < b.sourceId ? -1 : 1));
}

/** The section, entries in the order given: the caller decides it (a citation style's own order, or sortEntries). */
export function buildReferencesSection(entries: readonly ReferenceEntry[], eol = '\n'): string {
  const lines = [
    REFERENCES_HEADING,
    '',
    REFERENCES_MARKER,
    '<!-- sourced-disable -->',
    '',
    ...entries.map(referenceLine),
    '',
    '<!-- sourced-enable -->',
  ];
  return lines.join(eol) + eol;
}

/**
 * [start, end) of a section Sourced generated earlier: from its heading to
 * the end of its `sourced-enable` line (or, if that was deleted, to the next
 * heading or the end of the draft). Undefined when there is none.
 */
export function findGeneratedSection(text: string): { start: number; end: number } | undefined {
  for (const m of text.matchAll(/^#{1,6}[ \t]+References[ \t]*#*[ \t]*(?:\r?\n|\r)((?:[ \t]*(?:\r?\n|\r))*)/gim)) {
    const afterHeading = m.index + m[0].length;
    if (!text.startsWith(REFERENCES_MARKER, afterHeading)) continue;
    const rest = text.slice(afterHeading);
    const nextHeading = /^#{1,6}[ \t]/m.exec(rest);
    const limit = nextHeading ? nextHeading.index : rest.length;
    const enable = /<!--\s*sourced-enable\s*-->[ \t]*(?:\r?\n|\r)?/.exec(rest.slice(0, limit));
    return { start: m.index, end: afterHeading + (enable ? enable.index + enable[0].length : limit) };
  }
  return undefined;
}

/** The edit that writes the section: replacing a generated one, else appended after a blank line. */
export function referencesEdit(text: string, entries: readonly ReferenceEntry[]): TextEdit {
  const eol = /\r\n/.test(text) ? '\r\n' : '\n';
  const section = buildReferencesSection(entries, eol);
  const existing = findGeneratedSection(text);
  if (existing) return { start: existing.start, end: existing.end, newText: section };
  const lead = text === '' ? '' : /(?:\r?\n|\r)[ \t]*(?:\r?\n|\r)$/.test(text) ? '' : /(?:\r?\n|\r)$/.test(text) ? eol : `${eol}${eol}`;
  return { start: text.length, end: text.length, newText: `${lead}${section}` };
}
