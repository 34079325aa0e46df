/**
 * Turns the measured figures into the console report: tables per section,
 * ratios against MiniSearch, and the pass/fail lines for the targets.
 */
import type { BuildResult } from './buildBench.js';
import type { LatencyResult } from './queryBench.js';
import type { StartResult } from './startBench.js';
import type { MachineInfo } from './machine.js';
import type { LoadedCorpus } from './passages.js';
import { fmt, mb, ratio, round } from './stats.js';
import { heading, table } from './table.js';

export interface Target {
  name: string;
  target: string;
  measured: string;
  pass: boolean;
}

export function machineLines(m: MachineInfo): string {
  return `Sourced benchmark\nmachine: ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB RAM, ${m.platform}\nnode ${m.node}, V8 heap limit ${m.heapLimitMB} MB`;
}

export function corpusTable(corpora: LoadedCorpus[]): string {
  return table(
    ['corpus', 'files', 'MB', 'passages', 'read ms', 'ingest ms'],
    corpora.map((c) => [c.name, c.docs.length, fmt(mb(c.bytes)), c.records.length, fmt(c.readMs, 0), fmt(c.ingestMs, 0)]),
  );
}

/** MB with enough decimals to show a small corpus's index (below 1 MB the figures are GC noise-prone). */
function fmtMB(value: number): string {
  return Math.abs(value) < 1 ? value.toFixed(3) : fmt(value);
}

/** Build times and memory for one corpus, with ratios against MiniSearch. */
export function buildTable(results: BuildResult[], corpus: string): string {
  const rows = results.filter((r) => r.corpus === corpus);
  const base = rows.find((r) => r.library === 'minisearch');
  return table(
    ['library', 'build ms (median)', 'runs ms', 'heapUsed MB', '+arrayBuf MB', 'total MB', 'speed vs MS', 'memory vs MS'],
    rows.map((r) => [
      r.library,
      fmt(r.medianMs, r.medianMs < 10 ? 2 : 1),
      r.runsMs.map((v) => fmt(v, v < 10 ? 2 : 0)).join('/'),
      fmtMB(r.medianHeapUsedMB),
      fmtMB(r.medianArrayBuffersMB),
      fmtMB(r.medianTotalMB),
      base ? ratio(base.medianMs / r.medianMs) : '-',
      base && base.medianTotalMB > 0 ? ratio(r.medianTotalMB / base.medianTotalMB) : '-',
    ]),
  );
}

export function latencyTable(results: LatencyResult[]): string {
  const base = results.find((r) => r.library === 'minisearch');
  return table(
    ['library', 'how', 'timed', 'p50 ms', 'p95 ms', 'mean ms', 'max ms', 'p95 speed vs MS', 'recall@10'],
    results.map((r) => [
      r.library,
      r.how,
      r.timed,
      fmt(r.p50Ms, 2),
      fmt(r.p95Ms, 2),
      fmt(r.meanMs, 2),
      fmt(r.maxMs, 1),
      base ? ratio(base.p95Ms / r.p95Ms) : '-',
      r.recallAt10 === undefined ? '-' : `${(r.recallAt10 * 100).toFixed(1)}%`,
    ]),
  );
}

export function startTable(s: StartResult): string {
  return table(
    ['corpus', 'cold ms (median)', 'cold runs', 'warm ms (median)', 'warm runs', 'warm / cold', 'cache MB'],
    [
      [
        s.corpus,
        fmt(s.medianColdMs, 0),
        s.coldMs.map((v) => fmt(v, 0)).join('/'),
        fmt(s.medianWarmMs, 0),
        s.warmMs.map((v) => fmt(v, 0)).join('/'),
        `${ratio(s.warmOverCold)} (1/${fmt(1 / s.warmOverCold)})`,
        fmt(s.cacheMB),
      ],
    ],
  );
}

export function buildSentence(results: BuildResult[], corpus: string, library = 'ours'): string {
  const r = results.find((x) => x.corpus === corpus && x.library === library);
  const base = results.find((x) => x.corpus === corpus && x.library === 'minisearch');
  if (!r || !base) return '';
  const speed = base.medianMs / r.medianMs;
  return (
    `${library} builds ${speed >= 1 ? `${ratio(speed)} faster` : `${ratio(1 / speed)} slower`} than MiniSearch on ${corpus}; ` +
    `memory ${ratio(r.medianTotalMB / base.medianTotalMB)} of MiniSearch's (heapUsed alone ${ratio(r.medianHeapUsedMB / base.medianHeapUsedMB)})`
  );
}

export function targets(
  build: BuildResult[],
  corpus: string,
  corpusSearch: LatencyResult | undefined,
  start: StartResult | undefined,
): Target[] {
  const out: Target[] = [];
  const ours = build.find((x) => x.corpus === corpus && x.library === 'ours');
  const base = build.find((x) => x.corpus === corpus && x.library === 'minisearch');
  if (ours && base) {
    const speed = base.medianMs / ours.medianMs;
    out.push({
      name: 'build speed',
      target: '>= 3x faster than MiniSearch',
      measured: `${ratio(speed)} (${fmt(ours.medianMs, 0)} vs ${fmt(base.medianMs, 0)} ms)`,
      pass: speed >= 3,
    });
    out.push({
      name: 'index memory',
      target: "<= MiniSearch's (heapUsed + arrayBuffers)",
      measured: `${fmt(ours.medianTotalMB)} vs ${fmt(base.medianTotalMB)} MB (${ratio(ours.medianTotalMB / base.medianTotalMB)})`,
      pass: ours.medianTotalMB <= base.medianTotalMB,
    });
  }
  if (corpusSearch) {
    out.push({
      name: 'query p95',
      target: '<= 10 ms (Corpus.search, warm)',
      measured: `${fmt(corpusSearch.p95Ms, 2)} ms`,
      pass: corpusSearch.p95Ms <= 10,
    });
  }
  if (start) {
    out.push({
      name: 'warm start',
      target: '<= 1/5 of cold',
      measured: `${fmt(start.medianWarmMs, 0)} vs ${fmt(start.medianColdMs, 0)} ms (1/${fmt(1 / start.warmOverCold)})`,
      pass: start.warmOverCold <= 0.2,
    });
  }
  return out;
}

export function targetTable(list: Target[]): string {
  return table(
    ['target', 'wanted', 'measured', 'result'],
    list.map((t) => [t.name, t.target, t.measured, t.pass ? 'PASS' : 'FAIL']),
  );
}

export function scifactLines(result: unknown): string {
  if (result === undefined) return 'scifact: not available';
  if (result && typeof result === 'object' && 'error' in result && Object.keys(result).length === 1)
    return `scifact: failed (${String((result as { error: unknown }).error)})`;
  if (result && typeof result === 'object' && !Array.isArray(result)) {
    const entries = Object.entries(result as Record<string, unknown>);
    if (entries.every(([, v]) => v === null || typeof v !== 'object')) {
      return table(
        ['figure', 'value'],
        entries.map(([k, v]) => [k, typeof v === 'number' ? String(round(v, 4)) : String(v)]),
      );
    }
  }
  return JSON.stringify(result, null, 2);
}

export { heading };
