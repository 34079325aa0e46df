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
 * The indexes the query benchmark uses are built afresh, untimed.
 */
import type { Library, BuiltIndex } from './libraries.js';
import type { LoadedCorpus } from './passages.js';
import { delta, settledSample, type MemorySample } from './memory.js';
import { mb, median, round } from './stats.js';

export interface BuildResult {
  library: string;
  config: string;
  corpus: string;
  runsMs: number[];
  /** Builds averaged per run (1 unless the corpus is tiny). */
  repeat: number;
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

async function measureOnce(
  corpus: LoadedCorpus,
  library: Library,
  holder: IndexHolder,
  repeat: number,
): Promise<{ ms: number; retained: MemorySample }> {
  const before = await settledSample();
  const t0 = performance.now();
  let index = library.build(corpus);
  for (let i = 1; i < repeat; i++) index = library.build(corpus);
  const ms = (performance.now() - t0) / repeat;
  holder.index = index;
  return { ms, retained: delta(await settledSample(), before) };
}

function warmUp(corpus: LoadedCorpus, library: Library): void {
  library.build(corpus);
}

/**
 * Builds every library `runs` times, round-robin (run 1 of each library, then
 * run 2 of each...), so that a change in machine load during the benchmark
 * spreads over all libraries instead of landing on one. Nothing is kept.
 * With `repeat` > 1 a run's time is the mean of that many back-to-back builds
 * (for corpora so small that one build takes about a millisecond).
 */
export async function benchBuilds(
  corpus: LoadedCorpus,
  libraries: readonly Library[],
  runs: number,
  log: (message: string) => void,
  warmup = 0,
  repeat = 1,
): Promise<BuildResult[]> {
  // Untimed builds first, so that a small corpus measures the index and not the JIT compiling the library.
  for (const library of libraries) for (let i = 0; i < warmup; i++) warmUp(corpus, library);
  const samples = libraries.map(() => ({ runsMs: [] as number[], heapUsedMB: [] as number[], arrayBuffersMB: [] as number[] }));
  for (let run = 1; run <= runs; run++) {
    for (const [i, library] of libraries.entries()) {
      const holder: IndexHolder = {};
      const { ms, retained } = await measureOnce(corpus, library, holder, repeat);
      holder.index = undefined;
      samples[i].runsMs.push(round(ms, 2));
      samples[i].heapUsedMB.push(round(mb(retained.heapUsed), 3));
      samples[i].arrayBuffersMB.push(round(mb(retained.arrayBuffers), 3));
      log(
        `build ${library.name} on ${corpus.name} run ${run}/${runs}: ${ms.toFixed(0)} ms, ` +
          `heap +${mb(retained.heapUsed).toFixed(1)} MB, arrayBuffers +${mb(retained.arrayBuffers).toFixed(1)} MB`,
      );
    }
  }
  return libraries.map((library, i) => {
    const { runsMs, heapUsedMB, arrayBuffersMB } = samples[i];
    const totals = heapUsedMB.map((h, j) => h + arrayBuffersMB[j]);
    return {
      library: library.name,
      config: library.config,
      corpus: corpus.name,
      runsMs,
      repeat,
      medianMs: round(median(runsMs), 1),
      heapUsedMB,
      arrayBuffersMB,
      medianHeapUsedMB: round(median(heapUsedMB), 3),
      medianArrayBuffersMB: round(median(arrayBuffersMB), 3),
      medianTotalMB: round(median(totals), 3),
    };
  });
}
