/**
 * The built bundles leave the heavy libraries out (esbuild.mjs): pdf.js,
 * mammoth and Citation.js live in dist/lazy/*.js and are required only when
 * a command needs them, because V8 parses all of a bundle at every start.
 * Checked on the files (size; library marker strings absent from the entry
 * bundles, present in their gateway) and at run time: a preloaded script
 * records which dist/lazy files a CLI run loaded. `check` of a Markdown
 * draft loads none; `references` loads Citation.js only; indexing PDF, Word
 * and BibTeX on the CLI's own thread (SOURCED_EXTRACT_THREADS=0, no worker)
 * loads all three, proving the paths from dist/cli.js resolve. The worker
 * thread's path (dist/extractWorker.js) is covered by formats.test.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { repoRoot } from '../helpers/paths.js';
import { makeDocx, makePdf } from '../helpers/documents.js';

const DIST = join(repoRoot, 'dist');
const CLI = join(DIST, 'cli.js');
const root = mkdtempSync(join(tmpdir(), 'sourced-lazy-'));

/** Written at exit by every CLI run: the dist/lazy bundles it required. */
const PRELOAD = join(root, 'record-lazy.cjs');
writeFileSync(
  PRELOAD,
  `process.on('exit', () => {
  const loaded = Object.keys(require.cache).filter((f) => /[\\\\/]dist[\\\\/]lazy[\\\\/]/.test(f));
  require('node:fs').writeFileSync(process.env.SOURCED_TEST_LAZY_RECORD, JSON.stringify(loaded));
});
`,
);

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  /** The gateway bundles loaded, by name ("pdfjs"), sorted. */
  lazy: string[];
}

let runs = 0;
function run(args: string[], env: Record<string, string> = {}): Promise<Run> {
  assert.ok(existsSync(CLI), `${CLI} is missing: run \`npm run build\` first.`);
  const record = join(root, `lazy-${++runs}.json`);
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--require', PRELOAD, CLI, ...args],
      {
        cwd: root,
        env: { ...process.env, SOURCED_CACHE_DIR: join(root, `cache-${runs}`), SOURCED_TEST_LAZY_RECORD: record, ...env },
        timeout: 120_000,
      },
      (error, stdout, stderr) => {
        const lazy = existsSync(record)
          ? (JSON.parse(readFileSync(record, 'utf8')) as string[]).map((f) => basename(f, '.js')).sort()
          : ['(no record)'];
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr, lazy });
      },
    );
  });
}

/** Strings only each library's code contains (checked present in its own bundle). */
const MARKERS: Array<{ gateway: string; markers: string[] }> = [
  { gateway: 'pdfjs', markers: ['GlobalWorkerOptions', 'PDFDocumentProxy'] },
  { gateway: 'mammoth', markers: ['word/document.xml'] },
  { gateway: 'citationJs', markers: ['CSL.Engine', '@bibtex'] },
];
const ENTRY_BUNDLES = ['cli.js', 'server.js', 'extractWorker.js'];

for (const bundle of ENTRY_BUNDLES) {
  test(`dist/${bundle} is under 3 MB and holds none of pdf.js, mammoth, Citation.js`, () => {
    const file = join(DIST, bundle);
    assert.ok(statSync(file).size < 3 * 1024 * 1024, `dist/${bundle} is ${(statSync(file).size / 1024 / 1024).toFixed(1)} MB`);
    const code = readFileSync(file, 'utf8');
    for (const { gateway, markers } of MARKERS) {
      for (const marker of markers) assert.ok(!code.includes(marker), `dist/${bundle} contains "${marker}", from ${gateway}`);
    }
  });
}

for (const { gateway, markers } of MARKERS) {
  test(`dist/lazy/${gateway}.js holds its library (the markers are real)`, () => {
    const code = readFileSync(join(DIST, 'lazy', `${gateway}.js`), 'utf8');
    for (const marker of markers) assert.ok(code.includes(marker), `"${marker}" not in dist/lazy/${gateway}.js`);
  });
}

test('check of a Markdown draft against a text corpus loads no heavy library', async () => {
  const r = await run(['check', join(repoRoot, 'examples', 'briefing.md'), '--corpus', join(repoRoot, 'corpus')]);
  assert.ok(r.code === 0 || r.code === 1, r.stderr);
  assert.match(r.stdout, /briefing\.md/);
  assert.deepEqual(r.lazy, []);
});

test('references loads Citation.js only, and renders the list', async () => {
  const r = await run(['references', join(repoRoot, 'examples', 'briefing.md'), '--corpus', join(repoRoot, 'corpus')]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^- .+\(\d{4}\)/m);
  assert.deepEqual(r.lazy, ['citationJs']);
});

test("PDF, Word and BibTeX extracted on the CLI's own thread load their gateways from dist/cli.js", async () => {
  const corpus = join(root, 'mixed');
  mkdirSync(corpus);
  writeFileSync(join(corpus, 'report.pdf'), makePdf({ pages: [['Foster placements in Westshire rose by a third in 2024.']] }));
  writeFileSync(
    join(corpus, 'kinship.docx'),
    await makeDocx({ paragraphs: [{ text: 'Kinship carers in Northshire received a weekly allowance.' }] }),
  );
  writeFileSync(
    join(corpus, 'library.bib'),
    '@report{northshire2023,\n  title = {Kinship Care in {Northshire}},\n  author = {Smith, Jane},\n  year = {2023},\n  file = {kinship.docx}\n}\n',
  );
  const index = await run(['index', '--corpus', corpus], { SOURCED_EXTRACT_THREADS: '0' });
  assert.equal(index.code, 0, index.stderr);
  assert.match(index.stdout, /^Indexed 2 documents/);
  assert.equal(index.stderr, '');
  assert.deepEqual(index.lazy, ['citationJs', 'mammoth', 'pdfjs']);

  const search = await run(['search', 'foster placements Westshire', '--corpus', corpus, '--json'], { SOURCED_EXTRACT_THREADS: '0' });
  assert.equal(search.code, 0, search.stderr);
  assert.match(search.stdout, /Foster placements in Westshire rose by a third in 2024\./);
  const sources = await run(['sources', '--corpus', corpus], { SOURCED_EXTRACT_THREADS: '0' });
  assert.match(sources.stdout, /@northshire2023\n\s+Kinship care in Northshire/);
});
