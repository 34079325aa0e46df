/**
 * CSL-JSON bibliographies (`references.json`, as Zotero and Pandoc write
 * them). Items are matched to documents by citation key. A file that is not
 * valid CSL-JSON is reported and ignored.
 */
import type { IngestProblem } from '../types.js';

export interface BibEntry {
  id: string;
  title?: string;
  author?: string;
  publisher?: string;
  date?: string;
  url?: string;
}

export const BIBLIOGRAPHY_FILE_NAMES = ['references.json', 'bibliography.json'];

interface CslName {
  family?: string;
  given?: string;
  literal?: string;
}

export function parseCslJson(file: string, text: string): { entries: BibEntry[]; problems: IngestProblem[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { entries: [], problems: [{ file, severity: 'error', message: `${file}: bibliography is not valid JSON (${reason}); its metadata is ignored.` }] };
  }
  const items = Array.isArray(data) ? data : undefined;
  if (!items) {
    return { entries: [], problems: [{ file, severity: 'error', message: `${file}: a CSL-JSON bibliography must be an array of items; ignored.` }] };
  }
  const entries: BibEntry[] = [];
  const problems: IngestProblem[] = [];
  items.forEach((item, i) => {
    if (!item || typeof item !== 'object' || typeof (item as { id?: unknown }).id !== 'string') {
      problems.push({ file, severity: 'warning', message: `${file}: item ${i + 1} has no string "id"; skipped.` });
      return;
    }
    entries.push(toEntry(item as Record<string, unknown>));
  });
  return { entries, problems };
}

function toEntry(item: Record<string, unknown>): BibEntry {
  const names = (value: unknown): string | undefined => {
    if (!Array.isArray(value) || value.length === 0) return undefined;
    return (value as CslName[])
      .map((n) => n.literal ?? [n.given, n.family].filter(Boolean).join(' '))
      .filter(Boolean)
      .join(', ') || undefined;
  };
  const str = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
  return {
    id: String(item.id),
    title: str(item.title),
    author: names(item.author) ?? names(item.editor),
    publisher: str(item.publisher) ?? str(item['container-title']),
    date: cslDate(item.issued),
    url: str(item.URL) ?? str(item.url),
  };
}

function cslDate(value: unknown): string | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const v = value as { 'date-parts'?: unknown; raw?: unknown; literal?: unknown };
  const parts = Array.isArray(v['date-parts']) ? (v['date-parts'][0] as unknown) : undefined;
  if (Array.isArray(parts) && parts.length > 0) {
    return parts.map((p, i) => (i === 0 ? String(p) : String(p).padStart(2, '0'))).join('-');
  }
  if (typeof v.raw === 'string') return v.raw;
  if (typeof v.literal === 'string') return v.literal;
  return undefined;
}
