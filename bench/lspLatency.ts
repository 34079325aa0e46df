/**
 * Editor latency through the language server protocol, as a user meets it:
 * the built server (`dist/server.js --stdio`) on a corpus folder (default
 * `../shared/data/policy-corpus`, the 33 MB policy corpus), measured warm:
 * a first server run indexes and writes the cache, a second starts from
 * that cache and is the one measured.
 *
 * - completion: ~100 requests over a 5,000-word draft: quote completion
 *   (Ctrl+Space at sentence ends, which searches the corpus) and citation-key
 *   completion inside `[@…]`; median and p95, overall and per kind;
 * - hover: ~100 positions on citations, quotations and claims;
 * - diagnostics: after a burst of keystrokes (didChange), the time from the
 *   last one to the publishDiagnostics for that version. The server waits
 *   DEBOUNCE_MS after the last keystroke before checking, so that wait is
 *   reported on its own and `afterDebounce` is the total minus it;
 * - another draft: a second 5,000-word briefing (other sentences) opened in the running server, from didOpen to its
 *   diagnostics: the editor's warm check of a draft never checked before (the first draft's check warmed the code
 *   and the corpus's decoded documents, not this draft's sentences);
 * - memory: the server process's resident set (VmRSS, and the VmHWM peak)
 *   with the corpus loaded, after the measurements.
 *
 * Usage: `npm run build && npx tsx bench/lspLatency.ts [corpusDir]`; prints
 * JSON on stdout, progress on stderr. Linux only for the memory figures.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startServer, type LspSession } from '../test/helpers/lspClient.js';
import { Corpus } from '../server/src/engine/corpus/corpus.js';
import { nodeWorkspaceReader } from '../server/src/node/nodeWorkspaceReader.js';
import { fileCacheStore } from '../server/src/node/fileCacheStore.js';
import { DEBOUNCE_MS } from '../server/src/lsp/checkScheduler.js';
import { buildBriefing } from './checkSpeed.js';
import { percentile, round } from './lib/stats.js';

const DEFAULT_CORPUS = fileURLToPath(new URL('../../shared/data/policy-corpus', import.meta.url));
const COMPLETIONS = 100;
const HOVERS = 100;
const EDITS = 20;
const KEYSTROKES_PER_EDIT = 4;

export interface LatencyStats {
  n: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
}

export interface LspLatencyResult {
  corpus: string;
  documents: number;
  passages: number;
  coldIndexMs: number;
  warmStartMs: number;
  draftWords: number;
  completion: LatencyStats & { quotes: LatencyStats; keys: LatencyStats; emptyAnswers: number };
  hover: LatencyStats & { emptyAnswers: number };
  diagnostics: {
    firstCheckMs: number;
    /** A second briefing, never checked, opened once the server is warm. */
    anotherDraftMs: number;
    debounceMs: number;
    sinceLastKeystroke: LatencyStats;
    afterDebounce: LatencyStats;
    findings: number;
  };
  serverMemory: { rssMB: number; peakRssMB: number };
}

function stats(samples: number[]): LatencyStats {
  return {
    n: samples.length,
    medianMs: round(percentile(samples, 50), 1),
    p95Ms: round(percentile(samples, 95), 1),
    maxMs: round(Math.max(...samples), 1),
  };
}

function log(message: string): void {
  process.stderr.write(`[lspLatency] ${message}\n`);
}

/** VmRSS and VmHWM of a process, in MB (Linux /proc). */
function memoryOf(pid: number): { rssMB: number; peakRssMB: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rssMB: Math.round(kb('VmRSS') / 1024), peakRssMB: Math.round(kb('VmHWM') / 1024) };
}

async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await run();
  return { ms: performance.now() - started, value };
}

async function startIndexed(
  workspace: string,
  corpusDir: string,
): Promise<{ session: LspSession; ms: number; documents: number; passages: number }> {
  const started = performance.now();
  const session = await startServer(workspace, { 'sourced.corpus.folders': [corpusDir] });
  const ready = await session.waitForStatus((s) => s.state === 'ready' || s.state === 'error', 0, 30 * 60_000);
  if (ready.state === 'error') throw new Error(`indexing failed: ${ready.message}`);
  return { session, ms: performance.now() - started, documents: ready.documents ?? 0, passages: ready.passages ?? 0 };
}

export async function runLspLatency(corpusDir = DEFAULT_CORPUS): Promise<LspLatencyResult> {
  corpusDir = resolve(corpusDir);
  const cacheDir = mkdtempSync(join(tmpdir(), 'sourced-bench-lsp-cache-'));
  process.env.SOURCED_CACHE_DIR = cacheDir;
  const workspace = mkdtempSync(join(tmpdir(), 'sourced-bench-lsp-ws-'));

  log(`cold start: indexing ${corpusDir} (writes the cache)`);
  const cold = await startIndexed(workspace, corpusDir);
  await cold.session.close();
  log(`cold index ${Math.round(cold.ms)} ms, ${cold.documents} documents; building a 5,000-word draft`);

  // The draft: corpus sentences, some cited, some quoted, some changed (checkSpeed's briefing).
  const corpus = new Corpus(nodeWorkspaceReader, { roots: [corpusDir], cache: fileCacheStore([corpusDir], cacheDir) });
  await corpus.refresh();
  const paragraphs = buildBriefing(corpus);
  const draft = `${paragraphs.join('\n\n')}\n`;
  const draftPath = join(workspace, 'briefing.md');
  writeFileSync(draftPath, draft);
  const uri = pathToFileURL(draftPath).href;
  const other = `${buildBriefing(corpus, 5000, 11).join('\n\n')}\n`;
  const otherPath = join(workspace, 'briefing-2.md');
  writeFileSync(otherPath, other);
  const otherUri = pathToFileURL(otherPath).href;

  log('warm start from the cache');
  const warm = await startIndexed(workspace, corpusDir);
  const { session } = warm;
  try {
    const opened = performance.now();
    session.open(uri, draft, 1);
    await session.waitForDiagnostics(uri, (d) => session.publishedVersion(uri) === 1 && !d.some((x) => x.code === 'indexing'), 10 * 60_000);
    const firstCheckMs = performance.now() - opened;
    log(`first check of the draft ${Math.round(firstCheckMs)} ms`);

    const lines = draft.split('\n');
    const positions = (re: RegExp, offset: (m: RegExpMatchArray) => number) => {
      const out: Array<{ line: number; character: number }> = [];
      lines.forEach((text, line) => {
        for (const m of text.matchAll(re)) out.push({ line, character: offset(m) });
      });
      return out;
    };
    const spread = <T>(xs: T[], n: number) =>
      xs.length <= n ? xs : Array.from({ length: n }, (_, i) => xs[Math.floor((i * xs.length) / n)]);
    const sentenceEnds = positions(/[.!?](?=\s|$)/g, (m) => m.index! + 1);
    const citationKeys = positions(/\[@([^\]\s,;]+)/g, (m) => m.index! + 2 + Math.min(3, m[1].length));
    const quotations = positions(/\u201c[^\u201d]{10,}\u201d/g, (m) => m.index! + 5);
    const claims = positions(/(?:^|\. )([A-Z][a-z]+ )/g, (m) => m.index! + m[0].length - 2);

    log('completion');
    const quoteAt = spread(sentenceEnds, Math.round(COMPLETIONS * 0.7));
    const keyAt = spread(citationKeys, COMPLETIONS - quoteAt.length);
    const complete = (position: { line: number; character: number }) =>
      session.connection.sendRequest('textDocument/completion', {
        textDocument: { uri },
        position,
        context: { triggerKind: 1 },
      }) as Promise<{ items: unknown[] } | null>;
    await complete(quoteAt[0]); // JIT warm-up, not counted
    const quoteMs: number[] = [];
    const keyMs: number[] = [];
    let emptyCompletions = 0;
    for (const [i, position] of [...quoteAt, ...keyAt].entries()) {
      const { ms, value } = await timed(() => complete(position));
      (i < quoteAt.length ? quoteMs : keyMs).push(ms);
      if (!value || value.items.length === 0) emptyCompletions++;
    }

    log('hover');
    const hoverAt = [
      ...spread(citationKeys, 35),
      ...spread(quotations, 30),
      ...spread(claims, HOVERS - 35 - Math.min(30, quotations.length)),
    ];
    const hover = (position: { line: number; character: number }) =>
      session.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position }) as Promise<unknown>;
    await hover(hoverAt[0]);
    const hoverMs: number[] = [];
    let emptyHovers = 0;
    for (const position of hoverAt) {
      const { ms, value } = await timed(() => hover(position));
      hoverMs.push(ms);
      if (!value) emptyHovers++;
    }

    log('diagnostics after typing');
    const totalMs: number[] = [];
    let version = 1;
    let findings = 0;
    for (let i = 0; i < EDITS; i++) {
      const edited = [...paragraphs];
      const k = (i * 7) % edited.length;
      const sentence = ` Inspectors found that ${i + 3} children waited too long.`;
      let last = 0;
      // A burst of keystrokes: each one a new version; only the last is checked.
      for (let key = 1; key <= KEYSTROKES_PER_EDIT; key++) {
        edited[k] = `${paragraphs[k]}${sentence.slice(0, Math.round((sentence.length * key) / KEYSTROKES_PER_EDIT))}`;
        session.change(uri, `${edited.join('\n\n')}\n`, ++version);
        last = performance.now();
      }
      const target = version;
      const published = await session.waitForDiagnostics(uri, () => session.publishedVersion(uri) === target, 10 * 60_000);
      totalMs.push(performance.now() - last);
      findings = published.length;
    }
    log('another draft, opened in the running server');
    const otherOpened = performance.now();
    session.open(otherUri, other, 1);
    await session.waitForDiagnostics(otherUri, () => session.publishedVersion(otherUri) === 1, 10 * 60_000);
    const anotherDraftMs = performance.now() - otherOpened;
    log(`another draft ${Math.round(anotherDraftMs)} ms`);
    const memory = memoryOf(session.process.pid!);
    return {
      corpus: corpusDir,
      documents: warm.documents,
      passages: warm.passages,
      coldIndexMs: Math.round(cold.ms),
      warmStartMs: Math.round(warm.ms),
      draftWords: draft.split(/\s+/).filter(Boolean).length,
      completion: { ...stats([...quoteMs, ...keyMs]), quotes: stats(quoteMs), keys: stats(keyMs), emptyAnswers: emptyCompletions },
      hover: { ...stats(hoverMs), emptyAnswers: emptyHovers },
      diagnostics: {
        firstCheckMs: Math.round(firstCheckMs),
        anotherDraftMs: Math.round(anotherDraftMs),
        debounceMs: DEBOUNCE_MS,
        sinceLastKeystroke: stats(totalMs),
        afterDebounce: stats(totalMs.map((ms) => ms - DEBOUNCE_MS)),
        findings,
      },
      serverMemory: memory,
    };
  } finally {
    await session.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  console.log(JSON.stringify(await runLspLatency(process.argv[2]), null, 2));
}
