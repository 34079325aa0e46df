/**
 * Second-stage ranking of the index's candidates: a passage that holds the
 * query's words next to each other, in order, is a better quote than one
 * that scatters them. Only the few dozen first-stage candidates are
 * re-scored, so this costs little per query.
 */
import { analyze, passageTerms } from '../index/analyzer.js';
import type { IndexHit, RankingParams } from '../index/passageIndex.js';
import type { Sentence } from '../types.js';

export function rankPassages(
  query: string,
  hits: IndexHit[],
  sentenceOf: (hit: IndexHit) => Sentence | undefined,
  { phraseWeight, rerankDepth }: Pick<RankingParams, 'phraseWeight' | 'rerankDepth'>,
): IndexHit[] {
  const q = analyze(query);
  if (q.length < 2 || hits.length === 0 || phraseWeight === 0) return hits;
  // Query terms as small numbers and its adjacent pairs as codes a·n+b, so a
  // candidate's pairs are matched without building a string per pair (terms
  // hold no spaces, so this is the same pairing as joining them with one).
  const termIndex = new Map<string, number>();
  for (const t of q) if (!termIndex.has(t)) termIndex.set(t, termIndex.size);
  const n = termIndex.size;
  const pairs = new Set<number>();
  for (let i = 0; i + 1 < q.length; i++) pairs.add(termIndex.get(q[i])! * n + termIndex.get(q[i + 1])!);
  const top = hits[0].score || 1;
  const head = hits.slice(0, rerankDepth);
  const tail = hits.slice(rerankDepth);
  const rescored = head
    .map((hit) => {
      const sentence = sentenceOf(hit);
      if (!sentence) return hit;
      const terms = passageTerms(sentence.text);
      let found = 0;
      let seen: Set<number> | undefined;
      let a = terms.length > 0 ? termIndex.get(terms[0]) : undefined;
      for (let i = 0; i + 1 < terms.length; i++) {
        const b = termIndex.get(terms[i + 1]);
        if (a !== undefined && b !== undefined) {
          const pair = a * n + b;
          if (pairs.has(pair) && !(seen ??= new Set()).has(pair)) {
            seen.add(pair);
            found++;
          }
        }
        a = b;
      }
      return { ...hit, score: hit.score + phraseWeight * top * (found / pairs.size) };
    })
    .sort((a, b) => b.score - a.score);
  // Candidates below the re-scored head keep their order and stay below it.
  return [...rescored, ...tail];
}
