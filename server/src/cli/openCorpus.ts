/**
 * Opens the corpus for a CLI command: checks the folders exist, wires the
 * Node reader and cache, indexes, and reports problems on stderr.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { Corpus, type RefreshSummary } from '../engine/corpus/corpus.js';
import { nodeWorkspaceReader } from '../node/nodeWorkspaceReader.js';
import { fileCacheStore } from '../node/fileCacheStore.js';
import type { CommonOptions } from './args.js';

export class InputError extends Error {}

export async function openCorpus(options: CommonOptions): Promise<{ corpus: Corpus; summary: RefreshSummary; indexMs: number }> {
  for (const dir of options.corpus) {
    const stat = statSafe(dir);
    if (!stat) throw new InputError(`corpus folder "${dir}" does not exist.`);
    if (!stat.isDirectory()) throw new InputError(`"${dir}" is not a folder; --corpus takes a folder of source documents.`);
  }
  const roots = corpusRoots(options);
  const corpus = new Corpus(nodeWorkspaceReader, {
    roots,
    cache: options.noCache ? undefined : fileCacheStore(roots, cacheDirOf(options)),
    maxFileBytes: options.maxFileMb ? options.maxFileMb * 1048576 : undefined,
  });
  const started = performance.now();
  // Cold indexing of a large corpus takes seconds: show progress when a person is watching.
  const showProgress = process.stderr.isTTY === true;
  const summary = await corpus.refresh(
    showProgress ? (done, total) => process.stderr.write(`\rIndexing ${done} of ${total} documents\u2026`) : undefined,
  );
  if (showProgress) process.stderr.write('\r\u001b[K');
  const indexMs = performance.now() - started;
  for (const problem of summary.problems) {
    process.stderr.write(`sourced: ${problem.severity === 'info' ? 'note' : problem.severity}: ${problem.message}\n`);
  }
  return { corpus, summary, indexMs };
}

/** The corpus folders of a command, resolved, as the index and the result cache key them. */
export function corpusRoots(options: Pick<CommonOptions, 'corpus'>): string[] {
  return options.corpus.map((d) => resolve(d));
}

/** `--cache-dir`, resolved; undefined for the default folder (fileCacheStore's `defaultCacheDir`). */
export function cacheDirOf(options: Pick<CommonOptions, 'cacheDir'>): string | undefined {
  return options.cacheDir ? resolve(options.cacheDir) : undefined;
}

function statSafe(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

export function statsLine(summary: { documents: number; passages: number; bytes: number }, indexMs: number, queryMs: number[]): string {
  const sorted = [...queryMs].sort((a, b) => a - b);
  const pct = (p: number) => (sorted.length ? round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]) : null);
  return JSON.stringify({
    documents: summary.documents,
    passages: summary.passages,
    bytes: summary.bytes,
    indexMs: round(indexMs),
    queryP50Ms: pct(0.5),
    queryP95Ms: pct(0.95),
    heapMB: round(process.memoryUsage().heapUsed / 1048576),
  });
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
