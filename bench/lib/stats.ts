/**
 * Small statistics helpers for the benchmarks: median, percentiles (nearest
 * rank, so p95 of 200 samples is the 190th smallest) and number formatting.
 */

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Nearest-rank percentile, p in (0, 100]. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? NaN : values.reduce((a, b) => a + b, 0) / values.length;
}

/** Fixed decimals, with fewer decimals for larger numbers. */
export function fmt(value: number, decimals = 1): string {
  if (!Number.isFinite(value)) return '-';
  const d = Math.abs(value) >= 1000 ? 0 : Math.abs(value) >= 100 ? Math.min(decimals, 1) : decimals;
  return value.toFixed(d);
}

export function mb(bytes: number): number {
  return bytes / (1024 * 1024);
}

/** "4.1x" for a ratio; "-" when undefined. */
export function ratio(value: number): string {
  if (!Number.isFinite(value)) return '-';
  return value >= 10 ? `${value.toFixed(0)}x` : value >= 1 ? `${value.toFixed(1)}x` : `${value.toFixed(2)}x`;
}

export function round(value: number, decimals = 2): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}
