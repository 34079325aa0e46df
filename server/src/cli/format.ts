/** Output formats for search results: the JSON contract and a terminal view. */
import type { Range, SearchResult } from '../engine/types.js';
import { readerFor } from '../engine/ingest/readers/index.js';

/**
 * Where a passage is, for a person: `file:line:col` in a text source; in a
 * PDF or Word file, whose lines are those of the extracted text and mean
 * nothing in a viewer, the file and its page.
 */
export function locationText(file: string, range: Range, page: number | undefined): string {
  const paged = page ? ` (p. ${page})` : '';
  if (readerFor(file)?.extract) return `${file}${paged}`;
  return `${file}:${range.start.line + 1}:${range.start.character + 1}${paged}`;
}

export function toJsonResult(r: SearchResult) {
  return {
    sourceId: r.sourceId,
    title: r.title,
    file: r.file,
    range: r.range,
    text: r.text,
    score: r.score,
    ...(r.page ? { page: r.page } : {}),
  };
}

export function formatResultsText(results: SearchResult[]): string {
  if (results.length === 0) return 'No matching passages.\n';
  return results
    .map((r, i) => {
      const where = locationText(r.file, r.range, r.page);
      return `${i + 1}. [@${r.sourceId}] ${r.title}\n   ${where}  score ${r.score.toFixed(3)}\n   \u201c${r.text}\u201d\n`;
    })
    .join('\n');
}
