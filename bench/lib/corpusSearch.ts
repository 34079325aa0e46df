/**
 * Our engine as a user meets it: the Corpus class over the Node reader, no
 * cache, refreshed once; Corpus.search (index + phrase re-ranking +
 * de-duplication + locations). Results are mapped back to flat passage ids
 * by (file, start offset) after timing, for recall.
 */
import { Corpus } from '../../server/src/engine/corpus/corpus.js';
import { nodeWorkspaceReader } from '../../server/src/node/nodeWorkspaceReader.js';
import type { SearchResult } from '../../server/src/engine/types.js';
import type { LoadedCorpus } from './passages.js';

export interface OpenedCorpus {
  corpus: Corpus;
  refreshMs: number;
  passages: number;
  search(query: string): SearchResult[];
  toIds(results: SearchResult[]): number[];
}

export async function openCorpus(loaded: LoadedCorpus): Promise<OpenedCorpus> {
  const corpus = new Corpus(nodeWorkspaceReader, { roots: loaded.roots });
  const t0 = performance.now();
  const summary = await corpus.refresh();
  const refreshMs = performance.now() - t0;
  const idOf = new Map<string, number>();
  for (const doc of loaded.docs) doc.starts.forEach((start, i) => idOf.set(`${doc.file}\u0000${start}`, doc.firstId + i));
  return {
    corpus,
    refreshMs,
    passages: summary.passages,
    search: (query) => corpus.search(query, 10),
    toIds: (results) => results.map((r) => idOf.get(`${r.file}\u0000${r.start}`) ?? -1),
  };
}
