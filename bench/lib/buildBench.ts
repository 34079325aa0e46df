/**
 * Section 1: index build time and retained memory. Each library builds a
 * fresh index `runs` times over the same, already-ingested passages; each
 * run is bracketed by full GCs, so the memory figure is what the finished
 * index retains (heapUsed, and typed-array backing stores in arrayBuffers),
 * with the passages alive both before and after.
 *
 * Each run happens in its own function call and the index is handed out
 * through a holder object that is cleared before the next run: a stale
 * interpreter register in a long-lived frame would otherwise keep the
 * previous run's index alive and the next run would appear to retain nothing.
 */
import type { Library, BuiltIndex } from './libraries.js';
import type { LoadedCorpus } from './passages.js';
import { delta, sampleAfterGc, type MemorySample } from './memory.js';
import { mb, median, round } from './stats.js';

export interface BuildResult {
  library: string;
  config: string;
  corpus: string;
  runsMs: number[];
  medianMs: number;
  /** Per run, MB retained after GC. */
  heapUsedMB: number[];
  arrayBuffersMB: number[];
  medianHeapUsedMB: number;
  medianArrayBuffersMB: number;
  /** Median over runs of heapUsed + arrayBuffers. */
  medianTotalMB: number;
}

export interface IndexHolder {
  index?: BuiltIndex;
}

function measureOnce(corpus: LoadedCorpus, library: Library, holder: IndexHolder): { ms: number; retained: MemorySample } {
  const before = sampleAfterGc();
  const t0 = performance.now();
  const index = library.build(corpus);
  const ms = performance.now() - t0;
  holder.index = index;
  return { ms, retained: delta(sampleAfterGc(), before) };
}

function warmUp(corpus: LoadedCorpus, library: Library): void {
  library.build(corpus);
}

/** Builds `runs` times; the last index is left in `holder` (the caller clears it). */
export function benchBuild(
  corpus: LoadedCorpus,
  library: Library,
  runs: number,
  log: (message: string) => void,
  holder: IndexHolder,
  warmup = 0,
): BuildResult {
  // Untimed builds first, so that a small corpus measures the index and not the JIT compiling the library.
  for (let i = 0; i < warmup; i++) warmUp(corpus, library);
  const runsMs: number[] = [];
  const heapUsedMB: number[] = [];
  const arrayBuffersMB: number[] = [];
  for (let run = 1; run <= runs; run++) {
    holder.index = undefined;
    const { ms, retained } = measureOnce(corpus, library, holder);
    runsMs.push(round(ms, 1));
    heapUsedMB.push(round(mb(retained.heapUsed), 3));
    arrayBuffersMB.push(round(mb(retained.arrayBuffers), 3));
    log(`build ${library.name} on ${corpus.name} run ${run}/${runs}: ${ms.toFixed(0)} ms, heap +${mb(retained.heapUsed).toFixed(1)} MB, arrayBuffers +${mb(retained.arrayBuffers).toFixed(1)} MB`);
  }
  const totals = heapUsedMB.map((h, i) => h + arrayBuffersMB[i]);
  return {
    library: library.name,
    config: library.config,
    corpus: corpus.name,
    runsMs,
    medianMs: round(median(runsMs), 1),
    heapUsedMB,
    arrayBuffersMB,
    medianHeapUsedMB: round(median(heapUsedMB), 3),
    medianArrayBuffersMB: round(median(arrayBuffersMB), 3),
    medianTotalMB: round(median(totals), 3),
  };
}
