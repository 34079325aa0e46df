/**
 * Metadata precedence: YAML front matter (or HTML <meta>), then the corpus
 * bibliography entry with the same key, then heuristics on the text. Each
 * field remembers where it came from.
 */
import type { MetadataOrigin, SourceMetadata } from '../types.js';
import type { BibEntry } from './bibliography.js';

type Field = 'title' | 'author' | 'publisher' | 'date' | 'url';
const FIELDS: Field[] = ['title', 'author', 'publisher', 'date', 'url'];

export type Guessed = Partial<Record<Field, string>>;

export function mergeMetadata(declared: Record<string, unknown>, entry: BibEntry | undefined, guessed: Guessed): SourceMetadata {
  const meta: SourceMetadata = { origin: {} };
  for (const field of FIELDS) {
    const candidates: Array<[unknown, MetadataOrigin]> = [
      [declaredValue(declared, field), 'front-matter'],
      [entry?.[field], 'bibliography'],
      [guessed[field], 'heuristic'],
    ];
    for (const [value, origin] of candidates) {
      if (typeof value === 'string' && value.trim() !== '') {
        meta[field] = value.trim();
        meta.origin[field] = origin;
        break;
      }
    }
  }
  return meta;
}

function declaredValue(declared: Record<string, unknown>, field: Field): string | undefined {
  const value = declared[field] ?? (field === 'url' ? declared.URL : undefined);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map(String).join(', ');
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' ? value : undefined;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const FULL_DATE = new RegExp(`\\b(\\d{1,2})\\s+(${MONTHS.join('|')})\\s+((?:19|20)\\d{2})\\b`, 'i');
const YEAR = /\b(19[5-9]\d|20\d{2})\b/;
/** A URL, not counting punctuation that ends the sentence around it. */
const URL = /https?:\/\/[^\s<>"')\]]*[^\s<>"')\].,;:!?]/;

/**
 * Guesses from the content view (junk already masked) and the raw text (for
 * lines such as `Source:` that are masked as junk but carry metadata).
 */
export function guessMetadata(text: string, content: string): Guessed {
  const guessed: Guessed = {};
  const head = text.slice(0, 4000);
  const title = firstMeaningfulLine(content);
  if (title) guessed.title = title;
  const source = /^\s*Source:\s*(.+?)\s*$/im.exec(text);
  if (source) {
    if (URL.test(source[1])) guessed.url = URL.exec(source[1])?.[0];
    else guessed.publisher = source[1];
  }
  const author = /^\s*(?:Author|By|Written by):?\s+([A-Z][^\n]{2,80}?)\s*$/m.exec(head);
  if (author) guessed.author = author[1];
  guessed.url ??= firstUrl(text);
  const full = FULL_DATE.exec(head);
  if (full) {
    const month = MONTHS.indexOf(full[2].toLowerCase()) + 1;
    guessed.date = `${full[3]}-${String(month).padStart(2, '0')}-${full[1].padStart(2, '0')}`;
  } else {
    const year = YEAR.exec(head);
    if (year) guessed.date = year[1];
  }
  return guessed;
}

/** The first URL, followed across line ends after a hyphen (PDF text wraps long URLs there). */
function firstUrl(text: string): string | undefined {
  const m = URL.exec(text);
  if (!m) return undefined;
  let url = m[0];
  let at = m.index + url.length;
  for (let wraps = 0; wraps < 8 && url.endsWith('-'); wraps++) {
    const next = /^[ \t]*\r?\n[ \t]*([^\s<>"')\]]*[^\s<>"')\].,;:!?])/.exec(text.slice(at, at + 400));
    if (!next) break;
    url += next[1];
    at += next[0].length;
  }
  return url;
}

function firstMeaningfulLine(content: string): string | undefined {
  for (const raw of content.split(/\r\n|\r|\n|\f/)) {
    const line = raw
      .replace(/\u0000/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (line.length < 4 || !/\p{L}{3}/u.test(line) || URL.test(line)) continue;
    if (line.length <= 160) return line;
    const cut = line.slice(0, 120);
    return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 60))}\u2026`;
  }
  return undefined;
}
