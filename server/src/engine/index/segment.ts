/**
 * A segment is the inverted index of one document: its passages' terms in
 * flat typed arrays. Documents are indexed, cached and replaced one segment
 * at a time, which is what makes re-indexing a changed file cheap.
 */
import { analyze } from './analyzer.js';

export interface Segment {
  passageCount: number;
  /** Terms per passage (after stop words). */
  lengths: Uint16Array;
  /** Sorted distinct terms of the document. */
  terms: string[];
  /** terms.length + 1 entries: postings of terms[i] are [offsets[i], offsets[i+1]). */
  offsets: Uint32Array;
  /** Local passage numbers, ascending within a term. */
  postings: Uint32Array;
  /** Term frequency in that passage. */
  freqs: Uint16Array;
  /**
   * Where `terms` came from when a segment is read from the index cache: `ids[i]` is terms[i]'s place in a dictionary
   * that the cache's segments share. The index then gives each dictionary entry its term id once, and a warm start adds
   * half a million terms without hashing one string (PassageIndex.set).
   */
  termRefs?: TermRefs;
}

/** A segment's terms as places in a dictionary shared by many segments: terms[i] === dictionary[ids[i]]. */
export interface TermRefs {
  dictionary: readonly string[];
  ids: Uint32Array;
}

export function buildSegment(passages: readonly string[]): Segment {
  const lengths = new Uint16Array(passages.length);
  const perTerm = new Map<string, number[]>();
  let postingCount = 0;
  for (let p = 0; p < passages.length; p++) {
    const terms = analyze(passages[p]);
    lengths[p] = Math.min(terms.length, 65535);
    for (const term of terms) {
      let list = perTerm.get(term);
      if (list === undefined) {
        list = [];
        perTerm.set(term, list);
      }
      // Postings are stored as (passage, freq) pairs; bump freq on repeats.
      if (list.length > 0 && list[list.length - 2] === p) list[list.length - 1]++;
      else {
        list.push(p, 1);
        postingCount++;
      }
    }
  }
  const terms = [...perTerm.keys()].sort();
  const offsets = new Uint32Array(terms.length + 1);
  const postings = new Uint32Array(postingCount);
  const freqs = new Uint16Array(postingCount);
  let at = 0;
  terms.forEach((term, i) => {
    offsets[i] = at;
    const list = perTerm.get(term)!;
    for (let j = 0; j < list.length; j += 2) {
      postings[at] = list[j];
      freqs[at] = Math.min(list[j + 1], 65535);
      at++;
    }
  });
  offsets[terms.length] = at;
  return { passageCount: passages.length, lengths, terms, offsets, postings, freqs };
}
