/**
 * Sweeps the ranking parameters on the SciFact training claims with one
 * index build (parameters are read per query). Used to choose
 * DEFAULT_RANKING; run: node --import tsx bench/tuneRanking.ts
 */
import { DEFAULT_RANKING, type RankingParams } from '../server/src/engine/index/passageIndex.js';
import { evaluate, loadScifactCorpus, loadScifactQueries } from './scifact.js';

const ranking: RankingParams = { ...DEFAULT_RANKING };
const { corpus } = await loadScifactCorpus(ranking);
const { queries, qrels } = loadScifactQueries();

const grid: Array<Partial<RankingParams>> = JSON.parse(process.argv[2] ?? '[{}]');
for (const point of grid) {
  Object.assign(ranking, DEFAULT_RANKING, point);
  const started = performance.now();
  const { ndcg10, recall100 } = evaluate(corpus, queries, qrels);
  console.log(
    JSON.stringify(point),
    'ndcg@10',
    ndcg10.toFixed(4),
    'recall@100',
    recall100.toFixed(4),
    `${Math.round(performance.now() - started)} ms`,
  );
}
