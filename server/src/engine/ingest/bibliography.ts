/**
 * Bibliographies in a corpus folder: CSL-JSON (`references.json`, Zotero's
 * and Better BibTeX's "CSL JSON" exports) and BibTeX (`.bib`, read by
 * bibtex.ts). Each entry keeps its full CSL item, for rendering reference
 * lists, plus the attachment file names its `file` field lists, so that a
 * document can be matched by file as well as by citation key. A file that
 * is not a valid bibliography is reported and ignored.
 */
import type { IngestProblem } from '../types.js';
import { errorMessage } from '../text/errorText.js';

export type CslItem = Record<string, unknown> & { id: string };

export interface BibEntry {
  id: string;
  title?: string;
  author?: string;
  publisher?: string;
  date?: string;
  url?: string;
  /** Base names of attached files (a `file` field), for matching documents by file. */
  files?: string[];
  /** The entry as CSL-JSON. */
  csl: CslItem;
}

export const BIBLIOGRAPHY_FILE_NAMES = ['references.json', 'bibliography.json'];

/**
 * Whether a file in a corpus folder is a bibliography. The two well-known
 * names and `.bib`/`.csl.json` files are; any other `.json` file is tried
 * quietly (exports are named after the Zotero collection, "My Library.json"),
 * and counts only if it holds CSL items.
 */
export function bibliographyKind(name: string): 'named' | 'maybe' | undefined {
  const lower = name.toLowerCase();
  if (BIBLIOGRAPHY_FILE_NAMES.includes(lower) || lower.endsWith('.bib') || lower.endsWith('.bibtex') || lower.endsWith('.csl.json'))
    return 'named';
  if (lower.endsWith('.json') && !lower.startsWith('package') && !lower.startsWith('tsconfig')) return 'maybe';
  return undefined;
}

interface CslName {
  family?: string;
  given?: string;
  literal?: string;
  'dropping-particle'?: string;
  'non-dropping-particle'?: string;
}

export function parseCslJson(file: string, text: string, quiet = false): { entries: BibEntry[]; problems: IngestProblem[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    if (quiet) return { entries: [], problems: [] };
    const reason = errorMessage(error);
    return {
      entries: [],
      problems: [{ file, severity: 'error', message: `${file}: bibliography is not valid JSON (${reason}); its metadata is ignored.` }],
    };
  }
  // Better BibTeX can wrap items: {"items": [...]}.
  const items = Array.isArray(data)
    ? data
    : data && typeof data === 'object' && Array.isArray((data as { items?: unknown }).items)
      ? (data as { items: unknown[] }).items
      : undefined;
  if (quiet && !(items && items.length > 0 && items.every(isCslLike))) return { entries: [], problems: [] };
  if (!items) {
    return {
      entries: [],
      problems: [{ file, severity: 'error', message: `${file}: a CSL-JSON bibliography must be an array of items; ignored.` }],
    };
  }
  const entries: BibEntry[] = [];
  const problems: IngestProblem[] = [];
  items.forEach((item, i) => {
    if (!item || typeof item !== 'object' || typeof (item as { id?: unknown }).id !== 'string') {
      problems.push({ file, severity: 'warning', message: `${file}: item ${i + 1} has no string "id"; skipped.` });
      return;
    }
    entries.push(toEntry(item as CslItem));
  });
  return { entries, problems };
}

function isCslLike(item: unknown): boolean {
  if (!item || typeof item !== 'object') return false;
  const o = item as Record<string, unknown>;
  return (typeof o.id === 'string' || typeof o.id === 'number') && (typeof o.type === 'string' || typeof o.title === 'string');
}

/** A CSL item as an entry; `files` comes from a `file` field when the export has one. */
export function toEntry(item: CslItem, files?: string[]): BibEntry {
  const names = (value: unknown): string | undefined => {
    if (!Array.isArray(value) || value.length === 0) return undefined;
    return (
      (value as CslName[])
        .map((n) => n.literal ?? [n.given, n['dropping-particle'], n['non-dropping-particle'], n.family].filter(Boolean).join(' '))
        .filter(Boolean)
        .join(', ') || undefined
    );
  };
  const str = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
  // Zotero's own CSL JSON export uses item URIs as ids; the key a user cites is its `citation-key`
  // (Zotero 7 and Better BibTeX write it), so that is the entry's id when present.
  const id = str(item['citation-key']) ?? String(item.id);
  const csl: CslItem = { ...item, id };
  // Citation.js records how it parsed the input; not bibliographic data.
  delete csl._graph;
  const entry: BibEntry = {
    id,
    // Citation.js marks up rich text (<i>, <span class="nocase">); the metadata title is plain.
    title: str(typeof item.title === 'string' ? item.title.replace(/<\/?(?:i|b|sup|sub|span)\b[^>]*>/g, '') : undefined),
    author: names(item.author) ?? names(item.editor),
    publisher: str(item.publisher) ?? str(item['container-title']),
    date: cslDate(item.issued),
    url: str(item.URL) ?? str(item.url),
    csl,
  };
  const attached = files ?? fileField(item.file);
  if (attached.length > 0) entry.files = attached;
  return entry;
}

/**
 * Attachment base names from a `file` field. Zotero writes
 * `Description:path:mime-type` items separated by `;`, Better BibTeX plain
 * paths separated by `;`, JabRef `:path:PDF`; `\;` and `\:` are escapes.
 */
export function fileField(value: unknown): string[] {
  const raw = Array.isArray(value)
    ? value.filter((v): v is string => typeof v === 'string').join(';')
    : typeof value === 'string'
      ? value
      : '';
  if (!raw.trim()) return [];
  const out: string[] = [];
  for (const part of raw.split(/(?<!\\);/)) {
    let path = part.trim();
    const zotero = /^([^:]*):(.+):([\w.+-]+\/[\w.+-]+|PDF|pdf|DOCX?|docx?|HTML?|html?|TXT|txt)$/.exec(path);
    if (zotero) path = zotero[2];
    path = path.replace(/\\([;:\\{}_])/g, '$1').replace(/[{}]/g, '');
    const base = path.split(/[\\/]/).pop()?.trim();
    if (base) out.push(base);
  }
  return out;
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
