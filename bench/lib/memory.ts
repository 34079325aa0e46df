/**
 * Heap measurement: full garbage collections (needs node --expose-gc) before
 * reading process.memoryUsage(). "heap" is heapUsed; typed arrays' backing
 * stores live outside the JS heap (arrayBuffers), so the total retained size
 * of an index is heapUsed + arrayBuffers, and both are reported.
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
