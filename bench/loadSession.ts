/**
 * A scripted editing session under load, through the protocol, against the
 * built server (`dist/server.js --stdio`) on the policy corpus, warm cache:
 *
 * 1. an indexing run fills a temporary cache; the measured server starts from it;
 * 2. 50 drafts are opened at once (briefings made of corpus sentences, cited,
 *    quoted, misquoted, altered; 300-1,000 words each, one of ~5,000);
 * 3. one draft (the large one by default) is typed into at 10 edits a second
 *    for 60 s: incremental didChange of single characters, typos fixed with
 *    backspace, a deleted word retyped, pasted sentences, new paragraphs,
 *    jumps to other paragraphs; meanwhile a hover, an invoked completion and
 *    a code action about every second, and a completion on every trigger
 *    character typed, as an editor sends them, never waiting for answers;
 * 4. then: the time from the last edit to the diagnostics of the final
 *    version, every request's answer (or error, or timeout), and whether the
 *    diagnostics of every draft equal a fresh check of its final text
 *    (a new DraftChecker in this process, on the same corpus and cache).
 *
 * The server's resident memory is sampled every second from /proc (Linux).
 *
 * Usage: `npm run build && npx tsx bench/loadSession.ts [--seconds 60]
 * [--corpus DIR] [--rate 10] [--drafts 50] [--type-into large|small]
 * [--seed 1]`. JSON on stdout (also bench/results/loadSession.json), a short
 * summary and progress on stderr.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startServer, type LspSession, type PublishedDiagnostic } from '../test/helpers/lspClient.js';
import { hoverOffsets, LiveDocument, makeBriefing, quotableSentences, seeded, Typist } from '../test/helpers/loadScript.js';
import { compareFindings, freshFindings, type FindingsComparison } from '../test/helpers/freshCheck.js';
import { Corpus } from '../server/src/engine/corpus/corpus.js';
import { nodeWorkspaceReader } from '../server/src/node/nodeWorkspaceReader.js';
import { fileCacheStore } from '../server/src/node/fileCacheStore.js';
import { DEBOUNCE_MS } from '../server/src/lsp/checkScheduler.js';
import { TRIGGER_CHARACTERS } from '../server/src/service/completion.js';
import { MemorySampler, rssSlopeMBPerMinute } from './lib/processMemory.js';
import { RequestLog, type RequestStats } from './lib/requestLog.js';
import { percentile } from './lib/stats.js';

const DEFAULT_CORPUS = fileURLToPath(new URL('../../shared/data/policy-corpus', import.meta.url));
const RESULTS = fileURLToPath(new URL('./results/loadSession.json', import.meta.url));

interface Options {
  seconds: number;
  corpus: string;
  rate: number;
  drafts: number;
  typeInto: 'large' | 'small';
  seed: number;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { seconds: 60, corpus: DEFAULT_CORPUS, rate: 10, drafts: 50, typeInto: 'large', seed: 1 };
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i + 1];
    switch (argv[i]) {
      case '--seconds':
        o.seconds = Number(value);
        i++;
        break;
      case '--corpus':
        o.corpus = resolve(value);
        i++;
        break;
      case '--rate':
        o.rate = Number(value);
        i++;
        break;
      case '--drafts':
        o.drafts = Number(value);
        i++;
        break;
      case '--seed':
        o.seed = Number(value);
        i++;
        break;
      case '--type-into':
        o.typeInto = value === 'small' ? 'small' : 'large';
        i++;
        break;
      default:
        throw new Error(`unknown argument ${argv[i]}`);
    }
  }
  if (!(o.seconds > 0 && o.rate > 0 && o.drafts >= 2)) throw new Error('--seconds and --rate must be positive, --drafts at least 2');
  return o;
}

const log = (message: string) => process.stderr.write(`[loadSession] ${message}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)));
const round = (x: number) => (Number.isFinite(x) ? Math.round(x * 10) / 10 : NaN);

interface Latency {
  n: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
}

function latency(samples: number[]): Latency {
  return {
    n: samples.length,
    p50Ms: round(percentile(samples, 50)),
    p95Ms: round(percentile(samples, 95)),
    p99Ms: round(percentile(samples, 99)),
    maxMs: round(samples.length ? Math.max(...samples) : NaN),
  };
}

async function waitReady(session: LspSession): Promise<{ documents: number; passages: number }> {
  const ready = await session.waitForStatus((s) => s.state === 'ready' || s.state === 'error', 0, 30 * 60_000);
  if (ready.state === 'error') throw new Error(`indexing failed: ${ready.message}`);
  return { documents: ready.documents ?? 0, passages: ready.passages ?? 0 };
}

export async function runLoadSession(options: Options) {
  const cacheDir = mkdtempSync(join(tmpdir(), 'sourced-bench-load-cache-'));
  process.env.SOURCED_CACHE_DIR = cacheDir;
  const workspace = mkdtempSync(join(tmpdir(), 'sourced-bench-load-ws-'));
  const settings = { 'sourced.corpus.folders': [options.corpus] };

  log(`indexing run on ${options.corpus} (fills the cache)`);
  let started = performance.now();
  const first = await startServer(workspace, settings);
  await waitReady(first);
  const coldIndexMs = Math.round(performance.now() - started);
  await first.close();

  log(`indexed in ${coldIndexMs} ms; generating ${options.drafts} drafts`);
  const corpus = new Corpus(nodeWorkspaceReader, { roots: [options.corpus], cache: fileCacheStore([options.corpus], cacheDir) });
  await corpus.refresh();
  // Separate streams, so the drafts and the typing are the same on every run whatever the timing.
  const random = seeded(options.seed);
  const typingRandom = seeded(options.seed + 1);
  const requestRandom = seeded(options.seed + 2);
  const pool = quotableSentences(corpus, 60);
  const docs = Array.from({ length: options.drafts }, (_, i) => {
    const words = i === 0 ? 5000 : 300 + Math.floor(random() * 700);
    const path = join(workspace, 'drafts', `briefing-${String(i).padStart(2, '0')}.md`);
    const text = makeBriefing(random, pool, words);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    return new LiveDocument(pathToFileURL(path).href, text);
  });
  const wordsOf = (t: string) => t.split(/\s+/).filter(Boolean).length;
  const typed = options.typeInto === 'large' ? docs[0] : docs[1];

  log('warm start (measured server)');
  started = performance.now();
  // VS Code's capabilities where they change the server's work: it resolves code actions lazily.
  const session = await startServer(workspace, settings, {
    textDocumentCapabilities: { codeAction: { resolveSupport: { properties: ['edit'] } } },
  });
  let stderr = '';
  session.process.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const sizes = await waitReady(session);
  const warmStartMs = Math.round(performance.now() - started);
  const memory = new MemorySampler(session.process.pid!);
  const rssAtReady = memory.sample()?.rssMB;

  // Publications, as they arrive: time, version, and order.
  const publications = new Map<string, Array<{ at: number; version?: number; diagnostics: PublishedDiagnostic[] }>>();
  let outOfOrder = 0;
  session.onPublish((uri, version, diagnostics) => {
    const list = publications.get(uri) ?? publications.set(uri, []).get(uri)!;
    const previous = list[list.length - 1]?.version;
    if (version !== undefined && previous !== undefined && version < previous) outOfOrder++;
    list.push({ at: performance.now(), version, diagnostics });
  });
  const checkedAt = (doc: LiveDocument, version: number) =>
    session.waitForDiagnostics(
      doc.uri,
      (d) => session.publishedVersion(doc.uri) === version && !d.some((x) => x.code === 'indexing'),
      10 * 60_000,
    );

  log(`opening ${docs.length} drafts (${docs.map((d) => wordsOf(d.text)).reduce((a, b) => a + b, 0)} words)`);
  const requests = new RequestLog(session.connection);
  const openedAt = performance.now();
  for (const doc of docs) session.open(doc.uri, doc.text, doc.version);
  const openMs: number[] = [];
  // The user hovers while the editor restores its tabs: is the server still answering?
  const hoverWhileOpening = setInterval(() => {
    const targets = hoverOffsets(typed.text);
    requests.send('hover (while drafts open)', 'textDocument/hover', {
      textDocument: { uri: typed.uri },
      position: typed.positionAt(targets[Math.floor(requestRandom() * targets.length)] ?? 0),
    });
  }, 250);
  await Promise.all(
    docs.map(async (doc) => {
      await checkedAt(doc, 1);
      openMs.push(performance.now() - openedAt);
    }),
  );
  clearInterval(hoverWhileOpening);
  const allCheckedMs = Math.round(performance.now() - openedAt);
  const rssAfterOpen = memory.sample()?.rssMB;
  log(
    `all drafts checked after ${allCheckedMs} ms; typing into ${typed.uri.split('/').pop()} at ${options.rate} edits/s for ${options.seconds} s`,
  );

  const typist = new Typist(typed, typingRandom, pool);
  const editSentAt = new Map<number, number>();
  const editKinds: Record<string, number> = {};
  const interval = 1000 / options.rate;
  const edits = Math.round(options.seconds * options.rate);
  const typingFrom = performance.now();
  const firstTypingReading = memory.readings.length;
  const otherPublicationsBefore = docs.filter((d) => d !== typed).reduce((n, d) => n + session.publications(d.uri), 0);
  let lastEditAt = typingFrom;
  let lateEdits = 0;
  for (let i = 0; i < edits; i++) {
    const due = typingFrom + i * interval;
    await sleep(due - performance.now());
    if (performance.now() - due > interval) lateEdits++;
    const { edit, version, change } = typist.next();
    editKinds[edit.kind] = (editKinds[edit.kind] ?? 0) + 1;
    session.connection.sendNotification('textDocument/didChange', { textDocument: { uri: typed.uri, version }, contentChanges: [change] });
    lastEditAt = performance.now();
    editSentAt.set(version, lastEditAt);
    const cursor = typed.positionAt(typist.cursor);
    const here = { textDocument: { uri: typed.uri }, position: cursor };
    if (edit.kind === 'type' && TRIGGER_CHARACTERS.includes(edit.text)) {
      requests.send('completion (trigger character)', 'textDocument/completion', {
        ...here,
        context: { triggerKind: 2, triggerCharacter: edit.text },
      });
    }
    const tick = i % options.rate;
    if (tick === 0) {
      // Mostly the draft being typed into; now and then another open one.
      const doc = requestRandom() < 0.75 ? typed : docs[Math.floor(requestRandom() * docs.length)];
      const targets = hoverOffsets(doc.text);
      const position = doc.positionAt(targets[Math.floor(requestRandom() * targets.length)] ?? 0);
      requests.send(doc === typed ? 'hover' : 'hover (other draft)', 'textDocument/hover', { textDocument: { uri: doc.uri }, position });
    } else if (tick === Math.floor(options.rate / 2)) {
      requests.send('completion (invoked)', 'textDocument/completion', { ...here, context: { triggerKind: 1 } });
    } else if (tick === Math.floor((3 * options.rate) / 4)) {
      // With the findings on the cursor's line, as VS Code sends them (quick fixes are built from them).
      const onLine = (session.diagnostics.get(typed.uri) ?? []).filter(
        (d) => d.range.start.line <= cursor.line && d.range.end.line >= cursor.line,
      );
      requests.send('codeAction', 'textDocument/codeAction', {
        textDocument: { uri: typed.uri },
        range: { start: cursor, end: cursor },
        context: { diagnostics: onLine },
      });
    }
  }
  const typingMs = Math.round(performance.now() - typingFrom);
  const typingReadings = memory.readings.slice(firstTypingReading);
  const finalVersion = typed.version;
  log(`typed ${edits} edits in ${typingMs} ms; waiting for the final diagnostics (version ${finalVersion})`);
  await checkedAt(typed, finalVersion);
  const settleMs = Math.round(performance.now() - lastEditAt);
  await requests.drain();
  const rssAfterSettle = memory.sample()?.rssMB;

  // Diagnostics while typing: how old the version each publication was for.
  const typedPublications = (publications.get(typed.uri) ?? []).filter(
    (p) => p.at >= typingFrom && p.version !== undefined && editSentAt.has(p.version),
  );
  const lagMs = typedPublications.map((p) => p.at - editSentAt.get(p.version!)!);
  const pubTimes = [typingFrom, ...typedPublications.map((p) => p.at)];
  const longestWithoutMs = Math.max(...pubTimes.slice(1).map((t, i) => t - pubTimes[i]), 0);
  const otherPublications = docs.filter((d) => d !== typed).reduce((n, d) => n + session.publications(d.uri), 0) - otherPublicationsBefore;

  log('fresh checks of every draft');
  const comparisons: Array<{ uri: string } & FindingsComparison> = [];
  for (const doc of docs)
    comparisons.push({
      uri: doc.uri,
      ...compareFindings(session.diagnostics.get(doc.uri) ?? [], freshFindings(corpus, doc.text, doc.uri)),
    });
  const typedComparison = comparisons.find((c) => c.uri === typed.uri)!;

  const rssFinal = memory.sample()?.rssMB;
  memory.stop();
  const peakRssMB = Math.max(...memory.readings.map((r) => r.rssMB));
  const hwmMB = Math.max(...memory.readings.map((r) => r.hwmMB));
  const failedLogs = session.logs.filter((l) => /failed|unhandled|exception|\bError\b/.test(l));
  await session.close();
  // The cache of a 33 MB corpus is large; nothing else uses these folders.
  for (const dir of [cacheDir, workspace]) rmSync(dir, { recursive: true, force: true });

  const requestStats = requests.stats();
  const totals = Object.values(requestStats).reduce(
    (a, s) => ({
      sent: a.sent + s.sent,
      answered: a.answered + s.answered,
      errors: a.errors + s.errors,
      timeouts: a.timeouts + s.timeouts,
    }),
    { sent: 0, answered: 0, errors: 0, timeouts: 0 },
  );
  return {
    corpus: options.corpus,
    documents: sizes.documents,
    passages: sizes.passages,
    coldIndexMs,
    warmStartMs,
    drafts: {
      count: docs.length,
      words: docs.map((d) => wordsOf(d.text)).reduce((a, b) => a + b, 0),
      typedInto: typed.uri.split('/').pop(),
      typedWords: wordsOf(typed.text),
    },
    open: { allCheckedMs, perDraft: latency(openMs) },
    typing: { seconds: options.seconds, rate: options.rate, edits, typingMs, lateEdits, kinds: editKinds },
    requests: { ...totals, byType: requestStats, errorMessages: requests.errorMessages },
    diagnostics: {
      debounceMs: DEBOUNCE_MS,
      settleAfterLastEditMs: settleMs,
      whileTyping: { publications: typedPublications.length, lagSinceEdit: latency(lagMs), longestWithoutMs: Math.round(longestWithoutMs) },
      otherDraftsRepublished: otherPublications,
      outOfOrder,
      finalEqualsFresh: typedComparison.equal,
      typed: typedComparison,
      draftsEqualFresh: comparisons.filter((c) => c.equal).length,
      draftsDiffering: comparisons.filter((c) => !c.equal).slice(0, 5),
    },
    memory: {
      rssAtReadyMB: rssAtReady,
      rssAfterOpenMB: rssAfterOpen,
      rssAfterSettleMB: rssAfterSettle,
      rssFinalMB: rssFinal,
      peakRssMB,
      peakHwmMB: hwmMB,
      slopeWhileTypingMBPerMin: rssSlopeMBPerMinute(typingReadings),
      samples: memory.readings.map((r) => [r.t, r.rssMB]),
    },
    serverLog: { errorLines: failedLogs.length, first: failedLogs.slice(0, 5), stderr: stderr.slice(0, 2000) },
  };
}

function summary(r: Awaited<ReturnType<typeof runLoadSession>>): string {
  const row = (name: string, s: RequestStats) =>
    `  ${name.padEnd(32)} ${String(s.answered).padStart(4)}/${String(s.sent).padEnd(4)} ` +
    `p50 ${s.p50Ms} ms, p95 ${s.p95Ms} ms, p99 ${s.p99Ms} ms, max ${s.maxMs} ms` +
    `${s.errors ? `, ${s.errors} errors` : ''}${s.timeouts ? `, ${s.timeouts} timeouts` : ''}`;
  const d = r.diagnostics;
  return [
    `Load session: ${r.documents} documents (${r.passages} passages), ` +
      `${r.drafts.count} drafts (${r.drafts.words} words), typing into ${r.drafts.typedInto} (${r.drafts.typedWords} words)`,
    `  warm start ${r.warmStartMs} ms; all drafts checked ${r.open.allCheckedMs} ms after opening`,
    `  ${r.typing.edits} edits in ${r.typing.typingMs} ms (${r.typing.lateEdits} late): ${Object.entries(r.typing.kinds)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')}`,
    `Requests: ${r.requests.answered}/${r.requests.sent} answered, ${r.requests.errors} errors, ${r.requests.timeouts} timeouts`,
    ...Object.entries(r.requests.byType).map(([k, s]) => row(k, s)),
    `Diagnostics: final version ${d.settleAfterLastEditMs} ms after the last edit (debounce ${d.debounceMs} ms); ` +
      `${d.whileTyping.publications} publications while typing (lag p50 ${d.whileTyping.lagSinceEdit.p50Ms} ms, ` +
      `p95 ${d.whileTyping.lagSinceEdit.p95Ms} ms; longest without ${d.whileTyping.longestWithoutMs} ms)`,
    `  final equals a fresh check: ${d.finalEqualsFresh ? 'yes' : 'NO'} (${d.typed.published} findings); ` +
      `drafts equal to a fresh check: ${d.draftsEqualFresh}/${r.drafts.count}; out-of-order publications: ${d.outOfOrder}`,
    `Server memory: ${r.memory.rssAtReadyMB} MB ready, ${r.memory.rssAfterOpenMB} MB after opening, ` +
      `peak ${r.memory.peakRssMB} MB (VmHWM ${r.memory.peakHwmMB} MB), final ${r.memory.rssFinalMB} MB; ` +
      `slope while typing ${r.memory.slopeWhileTypingMBPerMin} MB/min`,
    `Server log: ${r.serverLog.errorLines} error lines${r.serverLog.stderr ? '; stderr not empty' : ''}`,
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const result = await runLoadSession(parseArgs(process.argv.slice(2)));
  mkdirSync(dirname(RESULTS), { recursive: true });
  writeFileSync(RESULTS, JSON.stringify(result, null, 2));
  console.log(JSON.stringify(result, null, 2));
  process.stderr.write(`\n${summary(result)}\n`);
}
