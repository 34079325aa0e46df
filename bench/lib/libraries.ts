/**
 * One adapter per search library, all over the same passages (ids are
 * positions in the flat passage list). `build` creates a fresh index each
 * call; `search` returns the ids of the top `limit` passages.
 *
 * Configurations (library defaults unless stated):
 * - ours: buildSegment per document + PassageIndex.set, as Corpus does after
 *   ingest (Porter stemming and stop words are part of our analyzer).
 * - MiniSearch: fields ['text'], default tokenizer and processTerm
 *   (lower-case only, no stemming, no stop words); default search options
 *   (OR of terms, no prefix, no fuzzy); top 10 taken from its ranked list.
 * - FlexSearch: `new Index()` (default preset: tokenize "strict", default
 *   encoder, no stemming) and `new Index('match')` (tokenize "forward",
 *   prefix matching). Searched with { limit: 10, suggest: true }: without
 *   `suggest` a multi-word query is an AND of all its words and a single
 *   unmatched word empties the result, which no claim search would want.
 * - fuse.js: new Fuse(records, { keys: ['text'] }), default fuzzy options,
 *   search(query, { limit: 10 }).
 */
import MiniSearch from 'minisearch';
import FlexSearch from 'flexsearch';
import Fuse from 'fuse.js';
import { buildSegment } from '../../server/src/engine/index/segment.js';
import { PassageIndex } from '../../server/src/engine/index/passageIndex.js';
import type { LoadedCorpus, PassageRecord } from './passages.js';

export type SearchFn = (query: string, limit: number) => number[];

export interface BuiltIndex {
  search: SearchFn;
  /** Other ways to search the same index, by name (for recall only). */
  variants?: Record<string, SearchFn>;
}

export interface Library {
  name: string;
  config: string;
  build(corpus: LoadedCorpus): BuiltIndex;
}

export const ours: Library = {
  name: 'ours',
  config: 'buildSegment + PassageIndex.set per document (Porter stemming, stop words)',
  build(corpus) {
    const index = new PassageIndex();
    const firstIdByFile = new Map<string, number>();
    for (const doc of corpus.docs) {
      if (doc.texts.length === 0) continue;
      index.set(doc.file, buildSegment(doc.texts));
      firstIdByFile.set(doc.file, doc.firstId);
    }
    return {
      // PassageIndex alone (the Corpus class adds phrase re-ranking and de-duplication on top).
      search: (query, limit) => index.search(query, limit).map((hit) => firstIdByFile.get(hit.key)! + hit.passage),
    };
  },
};

export const miniSearch: Library = {
  name: 'minisearch',
  config: "new MiniSearch({ fields: ['text'] }), addAll; default tokenizer, no stemming",
  build(corpus) {
    const index = new MiniSearch<PassageRecord>({ fields: ['text'] });
    index.addAll(corpus.records);
    return {
      search: (query, limit) =>
        index
          .search(query)
          .slice(0, limit)
          .map((r) => r.id as number),
    };
  },
};

function flex(name: string, preset: 'default' | 'match'): Library {
  return {
    name,
    config: `new FlexSearch.Index(${preset === 'default' ? '' : `'${preset}'`}), add(id, text); search(q, { limit, suggest: true })`,
    build(corpus) {
      const index = preset === 'default' ? new FlexSearch.Index() : new FlexSearch.Index(preset);
      for (const r of corpus.records) index.add(r.id, r.text);
      return {
        search: (query, limit) => index.search(query, { limit, suggest: true }) as number[],
        // Without `suggest`: every query word must be in the passage.
        variants: { 'flexsearch (no suggest, AND)': (query, limit) => index.search(query, { limit }) as number[] },
      };
    },
  };
}

export const flexDefault = flex('flexsearch', 'default');
export const flexMatch = flex('flexsearch-match', 'match');

export const fuse: Library = {
  name: 'fuse.js',
  config: "new Fuse(records, { keys: ['text'] }), default fuzzy options; search(q, { limit })",
  build(corpus) {
    const index = new Fuse(corpus.records, { keys: ['text'] });
    return { search: (query, limit) => index.search(query, { limit }).map((r) => r.item.id) };
  },
};

/** The libraries whose build time and heap are compared, MiniSearch first (the baseline). */
export const BUILD_LIBRARIES: Library[] = [miniSearch, ours, flexDefault, flexMatch, fuse];
