/**
 * Section 2: query latency and recall@10. A search function is warmed up on
 * some queries, then every timed query is run once and timed on its own
 * (performance.now around the call). Recall@10 counts the queries whose
 * source sentence is among the ids returned.
 */
import type { BenchQuery } from './queries.js';
import { percentile, mean, round } from './stats.js';

export interface TimingOptions {
  /** Queries run before timing (from the start of the list). */
  warmup: number;
  /** At most this many queries are timed (from the start of the list). */
  timed: number;
  /** Stop timing once this much time has been spent (after `minTimed` queries). */
  budgetMs?: number;
  minTimed?: number;
}

export interface LatencyResult {
  library: string;
  how: string;
  warmup: number;
  timed: number;
  p50Ms: number;
  p95Ms: number;
  meanMs: number;
  maxMs: number;
  /** Share of timed queries whose source sentence is in the top 10, when known. */
  recallAt10?: number;
}

export function timeQueries<T>(
  queries: readonly BenchQuery[],
  search: (q: string) => T,
  options: TimingOptions,
): { ms: number[]; outputs: T[] } {
  for (let i = 0; i < Math.min(options.warmup, queries.length); i++) search(queries[i].text);
  const ms: number[] = [];
  const outputs: T[] = [];
  let spent = 0;
  const limit = Math.min(options.timed, queries.length);
  for (let i = 0; i < limit; i++) {
    if (options.budgetMs !== undefined && spent > options.budgetMs && i >= (options.minTimed ?? 1)) break;
    const t0 = performance.now();
    const out = search(queries[i].text);
    const t = performance.now() - t0;
    spent += t;
    ms.push(t);
    outputs.push(out);
  }
  return { ms, outputs };
}

export function recallAt10(queries: readonly BenchQuery[], ids: ReadonlyArray<readonly number[]>): number {
  let found = 0;
  ids.forEach((list, i) => {
    if (list.slice(0, 10).includes(queries[i].sourceId)) found++;
  });
  return ids.length === 0 ? NaN : found / ids.length;
}

export function latency(library: string, how: string, warmup: number, ms: number[], recall?: number): LatencyResult {
  return {
    library,
    how,
    warmup,
    timed: ms.length,
    p50Ms: round(percentile(ms, 50), 3),
    p95Ms: round(percentile(ms, 95), 3),
    meanMs: round(mean(ms), 3),
    maxMs: round(Math.max(...ms), 3),
    ...(recall !== undefined ? { recallAt10: round(recall, 3) } : {}),
  };
}
