/**
 * Which passage of a source a citation points at, for "go to definition",
 * hover links and the Sources view: with a page locator (`[@key, p. 4]`),
 * the first passage on that page; otherwise the passage of that source that
 * best matches the citing sentence; otherwise the start of the document
 * (an empty range at 0:0: the citation names the source, not a passage).
 */
import type { Corpus } from '../corpus/corpus.js';
import type { Range, Sentence, SourceDocument } from '../types.js';
import { arrayAccess, sentenceStartingAt } from '../corpus/cacheCodec.js';

export interface CitedPassage {
  sourceId: string;
  file: string;
  /** The passage, when there is one; absent means the start of the document. */
  sentence?: Sentence;
  range: Range;
  how: 'page' | 'best-match' | 'document-start';
}

/** Index of the sentence that starts at (or, failing that, contains) `offset`; -1 if none. */
export function sentenceIndexAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found >= 0 && sentences[found].start === offset) return found;
  // Out of file order (a page read column by column, ingest/columns.ts): the sentence that starts there.
  const exact = sentenceStartingAt(arrayAccess(sentences), offset);
  if (exact >= 0) return exact;
  return found >= 0 && offset < Math.max(sentences[found].end, sentences[found].start + 1) ? found : -1;
}

function firstPassageOnPage(doc: SourceDocument, page: number): Sentence | undefined {
  return doc.sentences.find((s) => s.page === page);
}

export function citedPassage(corpus: Corpus, sourceId: string, options: { page?: number; claim?: string } = {}): CitedPassage | undefined {
  const doc = corpus.document(sourceId);
  const lines = corpus.lineIndex(sourceId);
  if (!doc || !lines) return undefined;
  const at = (sentence: Sentence, how: CitedPassage['how']): CitedPassage => ({
    sourceId,
    file: doc.file,
    sentence,
    range: lines.rangeOf(sentence.start, sentence.end),
    how,
  });
  if (options.page !== undefined) {
    const onPage = firstPassageOnPage(doc, options.page);
    if (onPage) return at(onPage, 'page');
  }
  if (options.claim && options.claim.trim()) {
    const [best] = corpus.search(options.claim, 1, new Set([sourceId]));
    const index = best ? sentenceIndexAt(doc.sentences, best.start) : -1;
    if (index >= 0) return at(doc.sentences[index], 'best-match');
  }
  return { sourceId, file: doc.file, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, how: 'document-start' };
}
