/**
 * `npm run bench`: our engine against MiniSearch, FlexSearch and fuse.js in
 * one process. Sections: (1) index build time and memory on the policy
 * corpus and the seeds, (2) query latency and recall@10 for 200 perturbed
 * corpus sentences, (3) cold versus warm start with the on-disk cache,
 * (4) SciFact figures from bench/scifact.ts when that module exists.
 * Prints a report on stdout (progress on stderr) and writes
 * bench/results/latest.json. See bench/README.md.
 *
 * Environment: BENCH_DATA_DIR (default ../shared next to the repo),
 * BENCH_RUNS (3), BENCH_QUERIES (200), BENCH_FUSE_QUERIES (10),
 * BENCH_FUSE_BUDGET_MS (45000: fuse.js takes 25-45 s per query here, so by
 * default it stops after 2-3 queries; set 500000 to time all 10),
 * BENCH_MINISEARCH_BUDGET_MS (300000: 200 queries take ~250 s on an idle
 * 2-core machine; on a busy one timing stops there, after at least 100), BENCH_SKIP (comma list of: seeds, policy,
 * queries, start, scifact, draft, lsp, load, formats).
 *
 * Sections 5-8 run the standalone scripts (each in its own process): draft
 * analysis (claim detection through `sourced check`, quotes, check speed,
 * evidence), the editor protocol (lspLatency), the load session
 * (loadSession) and source formats (formats), when those scripts exist.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { errorDetail } from '../server/src/engine/text/errorText.js';

const here = dirname(fileURLToPath(import.meta.url));

if (typeof (globalThis as { gc?: unknown }).gc !== 'function') {
  // Heap figures need full GCs: re-run this script with --expose-gc.
  const child = spawnSync(process.execPath, ['--expose-gc', ...process.execArgv, process.argv[1], ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  process.exit(child.status ?? 1);
}

const { loadCorpus } = await import('./lib/passages.js');
const { buildQueries } = await import('./lib/queries.js');
const { BUILD_LIBRARIES } = await import('./lib/libraries.js');
const { benchBuilds } = await import('./lib/buildBench.js');
const { timeQueries, recallAt10, latency } = await import('./lib/queryBench.js');
const { openCorpus } = await import('./lib/corpusSearch.js');
const { benchStart } = await import('./lib/startBench.js');
const { machineInfo } = await import('./lib/machine.js');
const { delta, fullGc, settledSample } = await import('./lib/memory.js');
const { mb, round } = await import('./lib/stats.js');
const report = await import('./lib/report.js');
type LatencyResult = import('./lib/queryBench.js').LatencyResult;
type BuildResult = import('./lib/buildBench.js').BuildResult;
type TimingOptions = import('./lib/queryBench.js').TimingOptions;
type LoadedCorpus = import('./lib/passages.js').LoadedCorpus;
type Library = import('./lib/libraries.js').Library;

const env = (name: string, fallback: number) => (process.env[name] ? Number(process.env[name]) : fallback);
const RUNS = env('BENCH_RUNS', 3);
const QUERY_COUNT = env('BENCH_QUERIES', 200);
const FUSE_QUERIES = env('BENCH_FUSE_QUERIES', 10);
const FUSE_BUDGET_MS = env('BENCH_FUSE_BUDGET_MS', 45_000);
const MINISEARCH_BUDGET_MS = env('BENCH_MINISEARCH_BUDGET_MS', 300_000);
const SKIP = new Set(
  (process.env.BENCH_SKIP ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
);
const DATA = resolve(process.env.BENCH_DATA_DIR ?? join(here, '..', '..', 'shared'));
const POLICY_DIR = join(DATA, 'data', 'policy-corpus');
const SEEDS_DIR = join(DATA, 'seeds');

const started = performance.now();
const log = (message: string) => process.stderr.write(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)}s] ${message}\n`);

/** How each library's queries are run; libraries not listed are only built. */
function queryPlan(library: string, count: number): (TimingOptions & { how: string }) | undefined {
  switch (library) {
    case 'ours':
      return { warmup: count, timed: count, how: `warm-up ${count}, then ${count} timed` };
    case 'flexsearch':
      return { warmup: count, timed: count, how: `warm-up ${count}, then ${count} timed` };
    case 'minisearch':
      // ~1.2 s per query here: a full warm-up pass would add 4 minutes; a few queries warm the JIT.
      return {
        warmup: 5,
        timed: count,
        budgetMs: MINISEARCH_BUDGET_MS,
        minTimed: Math.min(100, count),
        how: `warm-up 5, then ${count} timed (stop after ${MINISEARCH_BUDGET_MS / 1000} s)`,
      };
    case 'fuse.js':
      return {
        warmup: 0,
        timed: FUSE_QUERIES,
        budgetMs: FUSE_BUDGET_MS,
        minTimed: 2,
        how: `no warm-up; first <=${FUSE_QUERIES}, stop after ${FUSE_BUDGET_MS / 1000} s`,
      };
    default:
      return undefined;
  }
}

async function scifact(): Promise<unknown> {
  const spec = './scifact.js';
  try {
    const mod = (await import(spec)) as { runScifact?: () => unknown };
    if (typeof mod.runScifact !== 'function') return { error: 'bench/scifact.ts has no runScifact export' };
    return await mod.runScifact();
  } catch (error) {
    const missing = !existsSync(join(here, 'scifact.ts')) && !existsSync(join(here, 'scifact.js'));
    if (missing) return undefined;
    return { error: errorDetail(error) };
  }
}

const machine = await machineInfo();
console.log(report.machineLines(machine));

// Corpora: the policy corpus's sub-folders (not its README) and the seeds.
const corpora: LoadedCorpus[] = [];
if (!SKIP.has('seeds')) corpora.push(await loadCorpus('seeds', [SEEDS_DIR]));
const policyRoots = readdirSync(POLICY_DIR, { withFileTypes: true })
  .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
  .map((e) => join(POLICY_DIR, e.name))
  .sort();
const policy = SKIP.has('policy') ? undefined : await loadCorpus('policy-corpus', policyRoots);
if (policy) corpora.push(policy);
for (const c of corpora) log(`loaded ${c.name}: ${c.docs.length} files, ${c.records.length} passages, ingest ${c.ingestMs.toFixed(0)} ms`);

const queries = policy && !SKIP.has('queries') ? buildQueries(policy, QUERY_COUNT) : [];
if (queries.length > 0) log(`built ${queries.length} queries`);

const build: BuildResult[] = [];
const latencies: LatencyResult[] = [];
const recallOnly: Array<{ library: string; recallAt10: number }> = [];
/** Per library, per timed query: was the source sentence in the top 10? */
const hitsByLibrary: Record<string, boolean[]> = {};
/** Per library, per timed query: milliseconds. */
const msByLibrary: Record<string, number[]> = {};

/** Queries one library on the policy corpus, with a fresh (untimed) index that dies with this frame. */
function queryLibrary(corpus: LoadedCorpus, library: Library): void {
  const plan = queryPlan(library.name, queries.length);
  if (!plan) return;
  log(`queries: ${library.name}: building, then ${plan.how}`);
  const index = library.build(corpus);
  fullGc(); // the build's garbage is not the queries' cost
  const { ms, outputs } = timeQueries(queries, (q) => index.search(q, 10), plan);
  const name = library.name === 'ours' ? 'ours (PassageIndex only)' : library.name;
  latencies.push(latency(name, plan.how, plan.warmup, ms, recallAt10(queries, outputs)));
  hitsByLibrary[name] = outputs.map((list, i) => list.slice(0, 10).includes(queries[i].sourceId));
  msByLibrary[name] = ms.map((v) => round(v, 3));
  for (const [variant, search] of Object.entries(index.variants ?? {})) {
    recallOnly.push({
      library: variant,
      recallAt10: round(
        recallAt10(
          queries,
          queries.map((q) => search(q.text, 10)),
        ),
        3,
      ),
    });
  }
}

// Section 1: builds, round-robin over the libraries; tiny corpora get a warm-up build and averaged repeats.
for (const corpus of corpora) {
  const small = corpus.records.length < 10_000;
  build.push(...(await benchBuilds(corpus, BUILD_LIBRARIES, RUNS, log, small ? 1 : 0, small ? 20 : 1)));
}

// Section 2: queries, one library at a time.
if (policy && queries.length > 0) for (const library of BUILD_LIBRARIES) queryLibrary(policy, library);

// Section 2 (continued): our engine through the Corpus class, as the CLI and server use it.
type CorpusInfo = { refreshMs: number; retainedMB: number; heapUsedMB: number; arrayBuffersMB: number };

async function corpusQueries(loaded: LoadedCorpus): Promise<CorpusInfo> {
  log('queries: ours (Corpus.search), refreshing a Corpus without cache');
  const before = await settledSample();
  const opened = await openCorpus(loaded);
  const retained = delta(await settledSample(), before);
  const plan = queryPlan('ours', queries.length)!;
  log(`queries: ours (Corpus.search) (${plan.how})`);
  const { ms, outputs } = timeQueries(queries, opened.search, plan);
  const ids = outputs.map(opened.toIds);
  latencies.unshift(latency('ours (Corpus.search)', plan.how, plan.warmup, ms, recallAt10(queries, ids)));
  hitsByLibrary['ours (Corpus.search)'] = ids.map((list, i) => list.includes(queries[i].sourceId));
  msByLibrary['ours (Corpus.search)'] = ms.map((v) => round(v, 3));
  return {
    refreshMs: round(opened.refreshMs, 0),
    retainedMB: round(mb(retained.heapUsed + retained.arrayBuffers), 1),
    heapUsedMB: round(mb(retained.heapUsed), 1),
    arrayBuffersMB: round(mb(retained.arrayBuffers), 1),
  };
}

const corpusInfo = policy && queries.length > 0 ? await corpusQueries(policy) : undefined;

// Section 3: cold vs warm start.
const start = policy && !SKIP.has('start') ? await benchStart('policy-corpus', policyRoots, RUNS, log) : undefined;

// Section 4: SciFact.
let scifactResult: unknown;
if (!SKIP.has('scifact')) {
  log('scifact');
  scifactResult = await scifact();
}

// Sections 5-8: the standalone scripts, each in its own process.
const { runScript } = await import('./lib/scriptSection.js');
const SCRIPT_SECTIONS: Array<{ key: string; title: string; scripts: string[] }> = [
  {
    key: 'draft',
    title: '5. Draft analysis (claimDetectionCli, quotes, checkSpeed, evidence)',
    scripts: ['claimDetectionCli', 'quotes', 'checkSpeed', 'evidence'],
  },
  { key: 'lsp', title: '6. Editor protocol (lspLatency)', scripts: ['lspLatency'] },
  { key: 'load', title: '7. Load session (loadSession)', scripts: ['loadSession'] },
  { key: 'formats', title: '8. Source formats (formats)', scripts: ['formats'] },
  {
    key: 'verdicts',
    title: '9. Verdicts (verdicts: policy dev set; verdictsScifact: SciFact sentence level)',
    scripts: ['verdicts', 'verdictsScifact'],
  },
];
const scriptResults: Record<string, unknown> = {};
for (const section of SCRIPT_SECTIONS) {
  if (SKIP.has(section.key)) continue;
  for (const script of section.scripts) {
    if (!existsSync(join(here, `${script}.ts`))) continue;
    log(script);
    scriptResults[script] = runScript(here, script);
  }
}

// The report.
const out: string[] = [];
out.push(report.heading('Corpora (passages = sentences from our ingest)'));
out.push(report.corpusTable(corpora));
for (const c of corpora) {
  const repeat = build.find((b) => b.corpus === c.name)?.repeat ?? 1;
  const how = repeat > 1 ? `median of ${RUNS} runs, each the mean of ${repeat} fresh builds` : `median of ${RUNS} fresh builds`;
  out.push(report.heading(`1. Index build on ${c.name} (${how}; memory retained after GC)`));
  out.push(report.buildTable(build, c.name));
  out.push(report.buildSentence(build, c.name));
}
if (latencies.length > 0) {
  out.push(report.heading(`2. Query latency and recall@10, ${queries.length} perturbed corpus sentences on policy-corpus`));
  out.push(report.latencyTable(latencies));
  for (const r of recallOnly) out.push(`recall@10 of ${r.library}: ${(r.recallAt10 * 100).toFixed(1)}%`);
  const ours = latencies.find((l) => l.library === 'ours (Corpus.search)');
  const ms = latencies.find((l) => l.library === 'minisearch');
  if (ours && ms)
    out.push(
      `ours (Corpus.search) p50 ${(ms.p50Ms / ours.p50Ms).toFixed(1)}x and p95 ${(ms.p95Ms / ours.p95Ms).toFixed(1)}x faster than MiniSearch`,
    );
  if (corpusInfo)
    out.push(
      `Corpus (no cache): refresh ${corpusInfo.refreshMs} ms; retains ${corpusInfo.retainedMB} MB ` +
        `(heapUsed ${corpusInfo.heapUsedMB} + arrayBuffers ${corpusInfo.arrayBuffersMB}) incl. texts and sentences`,
    );
}
if (start) {
  out.push(report.heading(`3. Cold vs warm start (Corpus.refresh with fileCacheStore, median of ${RUNS})`));
  out.push(report.startTable(start));
}
out.push(report.heading('4. SciFact (bench/scifact.ts)'));
out.push(SKIP.has('scifact') ? 'scifact: skipped' : report.scifactLines(scifactResult));
for (const section of SCRIPT_SECTIONS) {
  out.push(report.heading(section.title));
  if (SKIP.has(section.key)) out.push(`${section.key}: skipped`);
  else
    for (const script of section.scripts)
      out.push(scriptResults[script] ? JSON.stringify(scriptResults[script], null, 1) : `${script}: not present`);
}
const targetList = policy
  ? report.targets(
      build,
      policy.name,
      latencies.find((l) => l.library === 'ours (Corpus.search)'),
      start,
    )
  : [];
if (targetList.length > 0) {
  out.push(report.heading('Targets (policy-corpus)'));
  out.push(report.targetTable(targetList));
}
const totalS = round((performance.now() - started) / 1000, 1);
out.push(`\ntotal time ${totalS} s; JSON in bench/results/latest.json`);
console.log(out.join('\n'));

const resultsDir = join(here, 'results');
mkdirSync(resultsDir, { recursive: true });
const json = {
  machine,
  date: new Date().toISOString(),
  totalSeconds: totalS,
  settings: {
    runs: RUNS,
    queries: queries.length,
    fuseQueries: FUSE_QUERIES,
    fuseBudgetMs: FUSE_BUDGET_MS,
    minisearchBudgetMs: MINISEARCH_BUDGET_MS,
    skip: [...SKIP],
    data: DATA,
  },
  corpora: corpora.map((c) => ({
    name: c.name,
    roots: c.roots,
    files: c.docs.length,
    bytes: c.bytes,
    passages: c.records.length,
    readMs: round(c.readMs, 1),
    ingestMs: round(c.ingestMs, 1),
  })),
  build,
  queries: {
    latency: latencies,
    recallOnly,
    corpus: corpusInfo,
    perQuery: queries.map((q, i) => ({
      sourceId: q.sourceId,
      original: q.original,
      query: q.text,
      edits: q.edits,
      found: Object.fromEntries(
        Object.entries(hitsByLibrary)
          .filter(([, h]) => i < h.length)
          .map(([lib, h]) => [lib, h[i]]),
      ),
      ms: Object.fromEntries(
        Object.entries(msByLibrary)
          .filter(([, m]) => i < m.length)
          .map(([lib, m]) => [lib, m[i]]),
      ),
    })),
  },
  start,
  scifact: SKIP.has('scifact') ? 'skipped' : (scifactResult ?? 'not available'),
  scripts: scriptResults,
  targets: targetList,
};
writeFileSync(join(resultsDir, 'latest.json'), `${JSON.stringify(json, null, 2)}\n`);
