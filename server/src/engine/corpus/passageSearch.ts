/**
 * The corpus's passage search: the BM25 passage index over every indexed
 * file's segment, the phrase re-rank of its candidates, and the conversion
 * of hits to results with exact locations, each passage once; and the
 * index's term weights, which the support judgement reads.
 *
 * Invariants: the index holds a segment for exactly the files with at
 * least one passage; a result's text is the passage's sentence text as
 * analysed (verbatim, see the provenance invariant), its range and offsets
 * those of the document's file; no two results share a source and text.
 */
import type { SearchResult, Sentence } from '../types.js';
import type { Segment } from '../index/segment.js';
import { PassageIndex, type IndexHit, type RankingParams, type SearchOptions } from '../index/passageIndex.js';
import { rankPassages } from './rankPassages.js';

/** What the search reads of the documents: file keys, decoded passages and result fields. */
export interface PassageSource {
  /** The citation key of an indexed file's document. */
  sourceIdOf(file: string): string | undefined;
  /** Passage `i` of a file, decoded. */
  passage(file: string, i: number): Sentence | undefined;
  /** A result for one passage of a file, or undefined when the file has no document. */
  result(file: string, sentence: Sentence, score: number): SearchResult | undefined;
}

export class PassageSearch {
  private readonly index: PassageIndex;

  constructor(
    private readonly source: PassageSource,
    ranking?: RankingParams,
  ) {
    this.index = new PassageIndex(ranking);
  }

  get passageCount(): number {
    return this.index.passageCount;
  }

  /** Indexes a file's segment (replacing any earlier one); a segment with no passages is dropped. */
  set(file: string, segment: Segment): void {
    if (segment.passageCount > 0) this.index.set(file, segment);
    else this.index.delete(file);
  }

  delete(file: string): void {
    this.index.delete(file);
  }

  /** Best passages for a query, each once, with exact locations. */
  search(query: string, limit = 10, sourceIds?: ReadonlySet<string>, options?: SearchOptions): SearchResult[] {
    if (limit <= 0) return [];
    const { source } = this;
    const accept = sourceIds ? (file: string) => sourceIds.has(source.sourceIdOf(file) ?? '') : undefined;
    const hits = this.index.search(query, Math.max(limit * 3, limit + 20), accept, options);
    // Each hit's sentence is decoded once, for the re-rank and the result both.
    const decoded = new Map<string, Sentence | undefined>();
    const passage = (hit: IndexHit) => {
      const id = `${hit.key}\u0000${hit.passage}`;
      if (!decoded.has(id)) decoded.set(id, source.passage(hit.key, hit.passage));
      return decoded.get(id);
    };
    const ranked = rankPassages(query, hits, passage, this.index.ranking);
    const results: SearchResult[] = [];
    const seen = new Set<string>();
    for (const hit of ranked) {
      const sentence = passage(hit);
      const result = sentence && source.result(hit.key, sentence, hit.score);
      if (!result) continue;
      const identity = `${result.sourceId}\u0000${result.text.toLowerCase()}`;
      if (seen.has(identity)) continue;
      seen.add(identity);
      results.push(result);
      if (results.length >= limit) break;
    }
    return results;
  }

  /** How informative an analysed term is in this corpus (passage-level idf; 0 if unseen). */
  termWeight(term: string): number {
    return this.index.idf(term);
  }

  /**
   * Like termWeight, but a term the corpus never uses weighs the most: for
   * judging support, a claim word no source contains is the strongest sign
   * that no source says it (weighing it 0 would let "the economy grew" be
   * "supported" by any passage mentioning growth).
   */
  claimTermWeight(term: string): number {
    return this.index.idf(term) || this.index.unseenIdf;
  }
}
