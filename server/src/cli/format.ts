/** Output formats for search results: the JSON contract and a terminal view. */
import type { SearchResult } from '../engine/types.js';

export function toJsonResult(r: SearchResult) {
  return { sourceId: r.sourceId, title: r.title, file: r.file, range: r.range, text: r.text, score: r.score, ...(r.page ? { page: r.page } : {}) };
}

export function formatResultsText(results: SearchResult[]): string {
  if (results.length === 0) return 'No matching passages.\n';
  return results
    .map((r, i) => {
      const where = `${r.file}:${r.range.start.line + 1}:${r.range.start.character + 1}${r.page ? ` (p. ${r.page})` : ''}`;
      return `${i + 1}. [@${r.sourceId}] ${r.title}\n   ${where}  score ${r.score.toFixed(3)}\n   \u201c${r.text}\u201d\n`;
    })
    .join('\n');
}
