/**
 * Source formats: (1) PDF text extraction throughput (pages per second) for
 * each of the four real PDFs in ../shared/data/pdf/, in this process, pdf.js
 * loaded; (2) the index build time of a folder of 100 PDFs (the four copied
 * in turn) against a folder of the same extracted text as 100 .txt files,
 * cold (--no-cache), through the built CLI (a fresh process per run, as a
 * user runs it): PDFs with the default worker pool (one thread per core),
 * with one worker thread, and on the main thread (SOURCED_EXTRACT_THREADS),
 * then the .txt folder; (3) a warm start of the PDF folder from the cache.
 * Configurations take turns within each round, so a machine busy with
 * something else slows them alike. Medians of 3. Prints one JSON object.
 *
 * `npm run build && npx tsx bench/formats.ts` (or `npm run bench`, section 8).
 * Environment: BENCH_DATA_DIR (default ../shared next to the repo), BENCH_RUNS (3),
 * BENCH_PDF_COPIES (100).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractPdf, loadPdfjs } from '../server/src/engine/ingest/extract/pdfText.js';
import { median } from './lib/stats.js';

const DATA = resolve(process.env.BENCH_DATA_DIR ?? fileURLToPath(new URL('../../shared/data', import.meta.url)));
const PDF_DIR = join(DATA, 'pdf');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const COPIES = Number(process.env.BENCH_PDF_COPIES ?? 100);
const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

async function timeRuns(run: () => Promise<void>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return median(times);
}

async function extractionThroughput(pdfs: string[]) {
  await loadPdfjs(); // loading pdf.js once (~0.2 s) is not per-document work
  const out = [];
  for (const file of pdfs) {
    const bytes = new Uint8Array(readFileSync(file));
    let pages = 0;
    let chars = 0;
    const ms = await timeRuns(async () => {
      const result = await extractPdf(file, bytes);
      pages = result.pages ?? 0;
      chars = result.text?.length ?? 0;
    });
    out.push({
      file: basename(file),
      bytes: bytes.byteLength,
      pages,
      chars,
      medianMs: round(ms),
      pagesPerSecond: round((pages * 1000) / ms),
    });
  }
  return out;
}

/** 100 PDFs (the four in turn) and, beside them, the same extracted text as .txt files. */
async function makeFolders(pdfs: string[]): Promise<{ root: string; pdfDir: string; txtDir: string; pages: number }> {
  const root = mkdtempSync(join(tmpdir(), 'sourced-formats-'));
  const pdfDir = join(root, 'pdf');
  const txtDir = join(root, 'txt');
  mkdirSync(pdfDir);
  mkdirSync(txtDir);
  const texts = new Map<string, { text: string; pages: number }>();
  for (const file of pdfs) {
    const result = await extractPdf(file, new Uint8Array(readFileSync(file)));
    texts.set(file, { text: result.text ?? '', pages: result.pages ?? 0 });
  }
  let pages = 0;
  for (let i = 0; i < COPIES; i++) {
    const source = pdfs[i % pdfs.length];
    const name = `${String(i).padStart(3, '0')}-${basename(source, '.pdf')}`;
    copyFileSync(source, join(pdfDir, `${name}.pdf`));
    writeFileSync(join(txtDir, `${name}.txt`), texts.get(source)!.text);
    pages += texts.get(source)!.pages;
  }
  return { root, pdfDir, txtDir, pages };
}

/** One `sourced index` run: wall-clock ms, the engine's indexMs, and the documents and passages. */
function cliIndex(
  dir: string,
  env: Record<string, string>,
  cacheDir?: string,
): { wallMs: number; indexMs: number; documents: number; passages: number } {
  const args = [CLI, 'index', '--corpus', dir, '--stats', ...(cacheDir ? ['--cache-dir', cacheDir] : ['--no-cache'])];
  const started = performance.now();
  const child = spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 1 << 26 });
  const wallMs = performance.now() - started;
  if (child.status !== 0) throw new Error(`sourced index failed: ${child.stderr}`);
  const stats = JSON.parse(child.stderr.trim().split('\n').pop()!) as { indexMs: number; documents: number; passages: number };
  return { wallMs, indexMs: stats.indexMs, documents: stats.documents, passages: stats.passages };
}

async function main(): Promise<void> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first.`);
  const pdfs = readdirSync(PDF_DIR)
    .filter((f) => f.endsWith('.pdf'))
    .sort()
    .map((f) => join(PDF_DIR, f));
  const extraction = await extractionThroughput(pdfs);
  const { root, pdfDir, txtDir, pages } = await makeFolders(pdfs);
  try {
    const configs: Array<{ name: string; dir: string; env: Record<string, string> }> = [
      { name: 'pdfWorkerPool', dir: pdfDir, env: {} },
      { name: 'pdfOneWorker', dir: pdfDir, env: { SOURCED_EXTRACT_THREADS: '1' } },
      { name: 'pdfMainThread', dir: pdfDir, env: { SOURCED_EXTRACT_THREADS: '0' } },
      { name: 'txt', dir: txtDir, env: {} },
    ];
    const times = new Map<string, number[]>(configs.map((c) => [c.name, []]));
    const counts = new Map<string, { documents: number; passages: number }>();
    for (let round = 0; round < RUNS; round++) {
      for (const config of configs) {
        const r = cliIndex(config.dir, config.env);
        times.get(config.name)!.push(r.wallMs);
        counts.set(config.name, { documents: r.documents, passages: r.passages });
      }
    }
    const cacheDir = join(root, 'cache');
    cliIndex(pdfDir, {}, cacheDir);
    const warm = Array.from({ length: RUNS }, () => cliIndex(pdfDir, {}, cacheDir).wallMs);
    const buildMs = Object.fromEntries([...times].map(([name, ms]) => [name, round(median(ms))]));
    const folderBytes = (dir: string) => readdirSync(dir).reduce((n, f) => n + statSync(join(dir, f)).size, 0);
    process.stdout.write(
      `${JSON.stringify({
        machine: { cores: availableParallelism(), node: process.version },
        runs: RUNS,
        extraction,
        folder: {
          files: COPIES,
          pages,
          pdfMB: round(folderBytes(pdfDir) / 1048576, 2),
          txtMB: round(folderBytes(txtDir) / 1048576, 2),
          pdf: counts.get('pdfWorkerPool'),
          txt: counts.get('txt'),
          wallMs: { ...buildMs, pdfWarmFromCache: round(median(warm)) },
          pagesPerSecondCold: round((pages * 1000) / buildMs.pdfWorkerPool),
          pdfOverTxt: round(buildMs.pdfWorkerPool / buildMs.txt, 2),
        },
      })}\n`,
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

await main();
