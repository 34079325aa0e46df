/**
 * Resident memory of another process, sampled from /proc/<pid>/status
 * (Linux only): VmRSS now and VmHWM, the kernel's own peak, which also
 * catches a spike between two samples.
 */
import { readFileSync } from 'node:fs';

export interface MemoryReading {
  /** ms since the sampler started */
  t: number;
  rssMB: number;
  hwmMB: number;
}

export function readMemory(pid: number): { rssMB: number; hwmMB: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rssMB: Math.round(kb('VmRSS') / 102.4) / 10, hwmMB: Math.round(kb('VmHWM') / 102.4) / 10 };
  } catch {
    // The process has exited (or this is not Linux).
    return undefined;
  }
}

/** Samples a process every `everyMs` until stopped. */
export class MemorySampler {
  readonly readings: MemoryReading[] = [];
  private readonly started = performance.now();
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly pid: number,
    everyMs = 1000,
  ) {
    this.sample();
    this.timer = setInterval(() => this.sample(), everyMs);
  }

  sample(): MemoryReading | undefined {
    const m = readMemory(this.pid);
    if (!m) return undefined;
    const reading = { t: Math.round(performance.now() - this.started), ...m };
    this.readings.push(reading);
    return reading;
  }

  stop(): void {
    clearInterval(this.timer);
  }
}

/** Least-squares slope of RSS over time, in MB per minute: near 0 when memory is bounded. */
export function rssSlopeMBPerMinute(readings: readonly MemoryReading[]): number {
  if (readings.length < 2) return 0;
  const n = readings.length;
  const mt = readings.reduce((a, r) => a + r.t, 0) / n;
  const mr = readings.reduce((a, r) => a + r.rssMB, 0) / n;
  let num = 0;
  let den = 0;
  for (const r of readings) {
    num += (r.t - mt) * (r.rssMB - mr);
    den += (r.t - mt) ** 2;
  }
  return den === 0 ? 0 : Math.round((num / den) * 60_000 * 10) / 10;
}
