/**
 * A draft's reference list, formatted in a CSL style by Citation.js
 * (citeproc-js underneath): Harvard (Cite Them Right, the usual UK public
 * sector style), APA 7th or Chicago author-date, in British English, as
 * Markdown list items. Pure: sources in, text out.
 *
 * A source with a bibliography entry is rendered from that CSL item (its
 * names, type and container as the reference manager recorded them); any
 * other source from its metadata, with an organisation as author written as
 * given ("Ofsted", never "O."), the publisher standing in for a missing
 * author as corporate authors do, and a web page's site as its container.
 */
import type { SourceMetadata } from '../types.js';
import { escapeMarkdownForDraft, isSafeLinkTarget } from '../text/markdownEscape.js';
import { templateFor, type ReferenceStyle } from '../citeproc/styles.js';

export type { ReferenceStyle } from '../citeproc/styles.js';
export { REFERENCE_STYLES } from '../citeproc/styles.js';

/** `cited`: the order the sources are given in (first citation first); `alphabetical`: the style's own sort (author, year, title). */
export type ReferenceOrder = 'cited' | 'alphabetical';

/** What a reference is made from: a `SourceDocument` is one. */
export interface ReferenceSource {
  sourceId: string;
  metadata: SourceMetadata;
  /** The bibliography's CSL-JSON entry, when there is one; else the metadata is used. */
  csl?: Record<string, unknown>;
}

export interface ReferenceListOptions {
  style?: ReferenceStyle;
  order?: ReferenceOrder;
}

type CslItem = Record<string, unknown> & { id: string };
type CslName = { family?: string; given?: string; literal?: string };

/**
 * The reference list as Markdown: one `- ` list item per source, joined by
 * newlines (no heading, no trailing newline); '' for no sources. Entries
 * are escaped so titles cannot turn into links, HTML or citations; http(s)
 * URLs become autolinks.
 */
export async function renderReferences(sources: readonly ReferenceSource[], options: ReferenceListOptions = {}): Promise<string> {
  return (await referenceEntries(sources, options)).map((e) => `- ${e.markdown}`).join('\n');
}

/** Each source's formatted entry, in list order. Async: Citation.js is loaded on first use. */
export async function referenceEntries(
  sources: readonly ReferenceSource[],
  options: ReferenceListOptions = {},
): Promise<Array<{ sourceId: string; markdown: string; text: string }>> {
  const unique = [...new Map(sources.map((s) => [s.sourceId, s])).values()];
  if (unique.length === 0) return [];
  const { Cite } = await import('../citeproc/citationJs.js');
  const cite = new Cite(unique.map(cslItemFor));
  const html = cite.format('bibliography', { format: 'html', template: templateFor(options.style ?? 'harvard'), lang: 'en-GB' });
  const rendered = new Map<string, string>();
  const styleOrder: string[] = [];
  for (const m of html.matchAll(
    /<div data-csl-entry-id="([^"]*)" class="csl-entry">([\s\S]*?)<\/div>\s*(?=<div data-csl-entry-id|<\/div>\s*$)/g,
  )) {
    const id = decodeEntities(m[1]);
    rendered.set(id, m[2]);
    styleOrder.push(id);
  }
  const order = options.order === 'alphabetical' ? styleOrder : unique.map((s) => s.sourceId);
  return order
    .filter((id) => rendered.has(id))
    .map((id) => ({
      sourceId: id,
      markdown: htmlToMarkdown(rendered.get(id)!),
      text: decodeEntities(rendered.get(id)!.replace(/<[^>]*>/g, '')).trim(),
    }));
}

/** The CSL-JSON item a source is formatted from. */
export function cslItemFor(source: ReferenceSource): CslItem {
  const m = source.metadata;
  if (source.csl) return withPlainQuotes(withBareDoi(withJoinableNames({ ...source.csl, id: source.sourceId })));
  const web = m.url !== undefined && m.publisher !== undefined && !m.author;
  const item: CslItem = { id: source.sourceId, type: m.url && !web ? 'webpage' : 'report', title: m.title ?? source.sourceId };
  if (m.author) item.author = splitNames(m.author);
  else if (m.publisher) item.author = [{ literal: m.publisher }];
  if (m.publisher && m.author) item[item.type === 'webpage' ? 'container-title' : 'publisher'] = m.publisher;
  if (m.date) item.issued = cslDate(m.date);
  if (m.url) item.URL = m.url;
  return withJoinableNames(item);
}

/**
 * An organisation among two or more names as a family name that is not
 * parsed for particles ({ family, "parse-names": false }) instead of a
 * literal: citeproc-js joins literal names without the style's delimiter
 * before the last one ("Department for Education & Department of Health"
 * in APA, whose `delimiter-precedes-last="always"` asks for
 * "Department for Education, & Department of Health", as Pandoc's citeproc
 * writes). A lone organisation stays literal: nothing is joined.
 */
function withJoinableNames(item: CslItem): CslItem {
  for (const [key, value] of Object.entries(item)) {
    if (!Array.isArray(value) || value.length < 2 || !value.some(isLiteralName)) continue;
    item[key] = value.map((name: unknown) => (isLiteralName(name) ? { family: name.literal, 'parse-names': false } : name));
  }
  return item;
}

/** A DOI written as its address ("https://doi.org/10.1/x"): the styles add the address themselves, so it would be printed twice. */
function withBareDoi(item: CslItem): CslItem {
  if (typeof item.DOI === 'string') item.DOI = item.DOI.trim().replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i, '');
  return item;
}

/**
 * “Curly” double quotation marks in titles as straight ones: citeproc-js
 * prints straight marks as the locale's (‘…’ in British English, “…” inside
 * a quoted title) but leaves curly ones as typed, where Pandoc's citeproc
 * treats both as a quotation.
 */
function withPlainQuotes(item: CslItem): CslItem {
  for (const key of ['title', 'container-title', 'collection-title', 'volume-title']) {
    const value = item[key];
    if (typeof value === 'string') item[key] = value.replace(/\u201c([^\u201c\u201d]*)\u201d/g, '"$1"');
  }
  return item;
}

function isLiteralName(name: unknown): name is { literal: string } {
  return (
    typeof name === 'object' && name !== null && typeof (name as CslName).literal === 'string' && !('family' in name) && !('given' in name)
  );
}

const ORGANISATION = new RegExp(
  [
    String.raw`\b(department|ministry|office|ofsted|council|agency|trust|commission(er)?|committee`,
    String.raw`|authority|government|university|institute|institution|association|foundation`,
    String.raw`|network|centre|center|services?|society|board|group|partnership|nhs|charity|unit`,
    String.raw`|team|ltd|limited|plc|inc|llp|cic|parliament|assembly|house|gov\.uk|news|times`,
    String.raw`|guardian|bbc|review)\b`,
  ].join(''),
  'i',
);

/** "Jane Smith, John Doe" → structured names; organisations and single words stay literal. */
export function splitNames(author: string): CslName[] {
  const parts = author.split(/\s*;\s*|\s+(?:and|&)\s+/).flatMap((p) => {
    const commas = p.split(/\s*,\s*/).filter(Boolean);
    // "Smith, Jane" is one name in sort order; "Jane Smith, John Doe" is two.
    return commas.length === 2 && !/\s/.test(commas[0]) && !ORGANISATION.test(p) ? [`${commas[1]} ${commas[0]}`] : commas;
  });
  return parts.filter(Boolean).map((name): CslName => {
    const words = name.trim().split(/\s+/);
    if (
      words.length < 2 ||
      words.length > 4 ||
      ORGANISATION.test(name) ||
      !words.every((w) => /^\p{Lu}/u.test(w) || /^(van|von|de|der|da|del|la|le)$/.test(w))
    )
      return { literal: name.trim() };
    return { given: words.slice(0, -1).join(' '), family: words[words.length - 1] };
  });
}

function cslDate(date: string): Record<string, unknown> {
  const m = /^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?/.exec(date.trim());
  if (!m) return { raw: date };
  return { 'date-parts': [[m[1], m[2], m[3]].filter(Boolean).map(Number)] };
}

/**
 * citeproc-js HTML (<i>, <b>, <span>, <sup>, entities) to escaped Markdown.
 * Emphasis hugs its words (white space moves outside the markers, where
 * Markdown needs it) and empty emphasis is dropped.
 */
export function htmlToMarkdown(html: string): string {
  let out = '';
  const open: Array<{ marker: string; at: number } | undefined> = [];
  for (const token of html.split(/(<[^>]+>)/)) {
    if (!token.startsWith('<')) {
      out += textToMarkdown(decodeEntities(token));
      continue;
    }
    const closing = token.startsWith('</');
    const tag = /^<\/?\s*([a-z]+)/i.exec(token)?.[1]?.toLowerCase();
    const marker = tag === 'i' || tag === 'em' ? '*' : tag === 'b' || tag === 'strong' ? '**' : undefined;
    if (!closing) {
      open.push(marker ? { marker, at: out.length } : undefined);
      continue;
    }
    const started = open.pop();
    if (!started) continue;
    const inner = out.slice(started.at);
    const lead = /^\s*/.exec(inner)![0];
    const trail = /\s*$/.exec(inner)![0];
    const body = inner.slice(lead.length, inner.length - trail.length);
    out = out.slice(0, started.at) + (body ? `${lead}${started.marker}${body}${started.marker}${trail}` : inner);
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** Escapes text for a draft, keeping http(s) URLs whole as autolinks. */
function textToMarkdown(text: string): string {
  let out = '';
  let at = 0;
  for (const m of text.matchAll(/https?:\/\/[^\s<>"]*[^\s<>".,;:!?)]/g)) {
    out += escapeInline(text.slice(at, m.index));
    out += isSafeLinkTarget(m[0]) ? `<${m[0]}>` : escapeInline(m[0]);
    at = m.index + m[0].length;
  }
  return out + escapeInline(text.slice(at));
}

/** Like escapeMarkdownForDraft, but for a fragment inside a line (no line-start rules). */
function escapeInline(text: string): string {
  if (text === '') return '';
  const escaped = escapeMarkdownForDraft(`x${text}`).slice(1);
  return escaped;
}

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi, (whole, e: string) => {
    const lower = e.toLowerCase();
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
    if (named[lower]) return named[lower];
    const code = lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10);
    return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
  });
}
