/**
 * Section 3: cold versus warm start of the Corpus class with the on-disk
 * cache. Cold: a new Corpus over an empty cache folder, timing refresh()
 * (read, analyse, index, write the cache). Warm: another new Corpus over the
 * same folder, timing refresh() (read and hash every file, load the cache,
 * index from cached segments). Each pair uses its own temporary folder.
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Corpus } from '../../server/src/engine/corpus/corpus.js';
import { fileCacheStore } from '../../server/src/node/fileCacheStore.js';
import { nodeWorkspaceReader } from '../../server/src/node/nodeWorkspaceReader.js';
import { fullGc } from './memory.js';
import { mb, median, round } from './stats.js';

export interface StartResult {
  corpus: string;
  runs: number;
  coldMs: number[];
  warmMs: number[];
  medianColdMs: number;
  medianWarmMs: number;
  /** medianWarmMs / medianColdMs. */
  warmOverCold: number;
  cacheMB: number;
  documents: number;
  passages: number;
  warmFromCache: number;
}

export async function benchStart(name: string, roots: string[], runs: number, log: (m: string) => void): Promise<StartResult> {
  const coldMs: number[] = [];
  const warmMs: number[] = [];
  let cacheMB = 0;
  let documents = 0;
  let passages = 0;
  let warmFromCache = 0;
  for (let run = 1; run <= runs; run++) {
    const dir = await mkdtemp(join(tmpdir(), 'sourced-bench-cache-'));
    try {
      fullGc();
      const cold = new Corpus(nodeWorkspaceReader, { roots, cache: fileCacheStore(roots, dir) });
      let t0 = performance.now();
      const coldSummary = await cold.refresh();
      coldMs.push(round(performance.now() - t0, 1));
      documents = coldSummary.documents;
      passages = coldSummary.passages;
      cacheMB = round(mb((await stat(fileCacheStore(roots, dir).path)).size), 1);
      fullGc();
      const warm = new Corpus(nodeWorkspaceReader, { roots, cache: fileCacheStore(roots, dir) });
      t0 = performance.now();
      const warmSummary = await warm.refresh();
      warmMs.push(round(performance.now() - t0, 1));
      warmFromCache = warmSummary.fromCache;
      log(
        `start run ${run}/${runs}: cold ${coldMs.at(-1)} ms, warm ${warmMs.at(-1)} ms ` +
          `(${warmSummary.fromCache}/${warmSummary.documents} from cache, cache ${cacheMB} MB)`,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  const medianColdMs = round(median(coldMs), 1);
  const medianWarmMs = round(median(warmMs), 1);
  return {
    corpus: name,
    runs,
    coldMs,
    warmMs,
    medianColdMs,
    medianWarmMs,
    warmOverCold: round(medianWarmMs / medianColdMs, 3),
    cacheMB,
    documents,
    passages,
    warmFromCache,
  };
}
