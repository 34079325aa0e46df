/**
 * Heap measurement: full garbage collections (needs node --expose-gc) before
 * reading process.memoryUsage(). "heap" is heapUsed; typed arrays' backing
 * stores live outside the JS heap (arrayBuffers), so the total retained size
 * of an index is heapUsed + arrayBuffers, and both are reported.
 *
 * `settledSample` first lets pending timers run: FlexSearch's encoder, for
 * one, keeps up to 200k cached encodings until a 50 ms timer clears them,
 * and a synchronous benchmark would otherwise never let that timer fire.
 */

export interface MemorySample {
  heapUsed: number;
  arrayBuffers: number;
}

export function fullGc(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('global.gc is missing: run node with --expose-gc');
  // Several passes: weak references and finalizers can need more than one.
  for (let i = 0; i < 3; i++) gc();
}

export function sampleAfterGc(): MemorySample {
  fullGc();
  const m = process.memoryUsage();
  return { heapUsed: m.heapUsed, arrayBuffers: m.arrayBuffers };
}

export function delta(after: MemorySample, before: MemorySample): MemorySample {
  return { heapUsed: after.heapUsed - before.heapUsed, arrayBuffers: after.arrayBuffers - before.arrayBuffers };
}

/** Lets timers scheduled by the code just measured run (cache clears), then samples after GC. */
export async function settledSample(): Promise<MemorySample> {
  await new Promise((resolve) => setTimeout(resolve, 200));
  return sampleAfterGc();
}
