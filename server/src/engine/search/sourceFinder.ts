/**
 * Fuzzy lookup of sources by citation key, title and author, with fuse.js:
 * short strings, typo-tolerant, which is what fuse.js is good at (it scans
 * every record per query, so it is not used for passages). Serves the
 * `sources` command, key completion and "did you mean" for unknown keys.
 */
import Fuse from 'fuse.js';
import type { SourceDocument } from '../types.js';

export interface SourceMatch {
  sourceId: string;
  title?: string;
  author?: string;
  date?: string;
  score: number;
}

/** fuse.js match quality (1 - its score) below which a key is not suggested. */
const MIN_SUGGESTION_SCORE = 0.5;

interface Row {
  sourceId: string;
  title: string;
  author: string;
  date: string;
}

export class SourceFinder {
  private readonly fuse: Fuse<Row>;
  private readonly rows: Row[];

  constructor(documents: readonly SourceDocument[]) {
    this.rows = documents
      .map((d) => ({
        sourceId: d.sourceId,
        title: d.metadata.title ?? '',
        author: d.metadata.author ?? d.metadata.publisher ?? '',
        date: d.metadata.date ?? '',
      }))
      .sort((a, b) => (a.sourceId < b.sourceId ? -1 : 1));
    this.fuse = new Fuse(this.rows, {
      keys: [
        { name: 'sourceId', weight: 3 },
        { name: 'title', weight: 2 },
        { name: 'author', weight: 1 },
      ],
      includeScore: true,
      ignoreLocation: true,
      threshold: 0.5,
    });
  }

  /** Best matches first; an empty query lists every source by key. */
  find(query: string, limit = 20): SourceMatch[] {
    const q = query.trim().replace(/^@/, '');
    if (!q) return this.rows.slice(0, limit).map((row) => toMatch(row, 1));
    return this.fuse.search(q, { limit }).map((r) => toMatch(r.item, 1 - (r.score ?? 1)));
  }

  /**
   * The closest existing keys to a key that is not in the corpus: only good
   * matches, so a "did you mean" never proposes an unrelated source.
   */
  closestKeys(key: string, limit = 3): string[] {
    const matches = this.find(key, limit);
    const best = matches[0]?.score ?? 0;
    return matches.filter((m) => m.score >= MIN_SUGGESTION_SCORE && m.score >= best - 0.15).map((m) => m.sourceId);
  }
}

function toMatch(row: Row, score: number): SourceMatch {
  const match: SourceMatch = { sourceId: row.sourceId, score: Math.round(score * 1000) / 1000 };
  if (row.title) match.title = row.title;
  if (row.author) match.author = row.author;
  if (row.date) match.date = row.date;
  return match;
}
