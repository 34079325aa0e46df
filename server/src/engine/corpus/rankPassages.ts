/**
 * Second-stage ranking of the index's candidates: a passage that holds the
 * query's words next to each other, in order, is a better quote than one
 * that scatters them. Only the few dozen first-stage candidates are
 * re-analysed, so this costs little per query.
 */
import { analyze } from '../index/analyzer.js';
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
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < q.length; i++) pairs.add(`${q[i]} ${q[i + 1]}`);
  const top = hits[0].score || 1;
  const head = hits.slice(0, rerankDepth);
  const tail = hits.slice(rerankDepth);
  const rescored = head
    .map((hit) => {
      const sentence = sentenceOf(hit);
      if (!sentence) return hit;
      const terms = analyze(sentence.text);
      let found = 0;
      const seen = new Set<string>();
      for (let i = 0; i + 1 < terms.length; i++) {
        const pair = `${terms[i]} ${terms[i + 1]}`;
        if (pairs.has(pair) && !seen.has(pair)) {
          seen.add(pair);
          found++;
        }
      }
      return { ...hit, score: hit.score + phraseWeight * top * (found / pairs.size) };
    })
    .sort((a, b) => b.score - a.score);
  // Candidates below the re-scored head keep their order and stay below it.
  return [...rescored, ...tail];
}
