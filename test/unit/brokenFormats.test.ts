/**
 * Broken, protected and empty documents in a corpus with good ones: a PDF
 * cut short, random bytes named .pdf, a password-protected PDF, an empty zip
 * named .docx, a Word file with no text, HTML with no body or nothing
 * visible in it. Each gets one clear problem naming the file; nothing
 * throws; the good documents are indexed. Also: HTML navigation, scripts
 * and styles never become passages; extraction happens once per content
 * (the cache keeps the extracted text); an extractor that fails (a worker
 * that died) is not cached as the document's analysis.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Corpus } from '../../server/src/engine/corpus/corpus.js';
import type { DocumentExtractor } from '../../server/src/engine/host.js';
import { inlineExtractor } from '../../server/src/engine/ingest/extract/extractDocument.js';
import { MemoryWorkspace, MemoryCacheStore } from '../helpers/memoryWorkspace.js';
import { makeDocx, makeEmptyZip, makePdf } from '../helpers/documents.js';
import { sharedRoot } from '../helpers/paths.js';

const GOOD_PDF = makePdf({ pages: [['Foster carers in Northshire were paid more in 2023.'], ['Placements became more stable.']] });
const randomBytes = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i * 7919 + 13) % 256);

const BROKEN: Array<{ name: string; file: string; bytes: () => Promise<Uint8Array> | Uint8Array; pattern: RegExp; severity: string }> = [
  {
    name: 'a truncated PDF',
    file: '/c/truncated.pdf',
    bytes: () => readFileSync(join(sharedRoot, 'data', 'pdf', 'ofsted-ilacs-dorset-2021-11-19.pdf')).subarray(0, 900),
    pattern: /truncated\.pdf: not a readable PDF \(.+\); skipped\./,
    severity: 'error',
  },
  {
    name: 'random bytes named .pdf',
    file: '/c/random.pdf',
    bytes: () => randomBytes(4000),
    pattern: /random\.pdf: not a readable PDF \(.+\); skipped\./,
    severity: 'error',
  },
  {
    name: 'a password-protected PDF',
    file: '/c/locked.pdf',
    bytes: () => makePdf({ pages: [['Secret text.']], encrypted: true }),
    pattern: /locked\.pdf: the PDF is password-protected; skipped\./,
    severity: 'error',
  },
  {
    name: 'a PDF with no text layer',
    file: '/c/scan.pdf',
    bytes: () => makePdf({ pages: [[], []] }),
    pattern: /scan\.pdf: the PDF has no text layer \(a scan\?\); nothing to index/,
    severity: 'warning',
  },
  {
    name: 'an empty zip named .docx',
    file: '/c/empty.docx',
    bytes: () => makeEmptyZip(),
    pattern: /empty\.docx: not a readable Word document \(.+\); skipped\./,
    severity: 'error',
  },
  {
    name: 'random bytes named .docx',
    file: '/c/random.docx',
    bytes: () => randomBytes(2000),
    pattern: /random\.docx: not a readable Word document \(.+\); skipped\./,
    severity: 'error',
  },
  {
    name: 'a Word file with no text',
    file: '/c/blank.docx',
    bytes: () => makeDocx({ paragraphs: [] }),
    pattern: /blank\.docx: the Word document has no text; nothing to index\./,
    severity: 'info',
  },
  {
    name: 'HTML with no body',
    file: '/c/headonly.html',
    bytes: () => new TextEncoder().encode('<html><head><title>Only a head</title><style>p{}</style></head></html>'),
    pattern: /headonly\.html: the HTML has no <body> with text/,
    severity: 'warning',
  },
  {
    name: 'HTML whose body is only navigation and scripts',
    file: '/c/chrome.html',
    bytes: () =>
      new TextEncoder().encode(
        '<html><body><nav><a href="/">Home</a></nav><script>var x = "text";</script><style>body{}</style></body></html>',
      ),
    pattern: /chrome\.html: the page's <body> has no visible text/,
    severity: 'warning',
  },
];

test('broken, protected and empty documents: one clear problem each, nothing thrown, the rest indexed', async () => {
  const files: Record<string, Uint8Array> = {
    '/c/good.pdf': GOOD_PDF,
    '/c/notes.txt': new TextEncoder().encode('Kinship allowances rose in 2023.\n'),
  };
  for (const b of BROKEN) files[b.file] = await b.bytes();
  const corpus = new Corpus(new MemoryWorkspace(files), { roots: ['/c'] });
  const summary = await corpus.refresh();
  for (const b of BROKEN) {
    const mine = summary.problems.filter((p) => p.file === b.file);
    assert.equal(mine.length, 1, `${b.name}: ${JSON.stringify(mine)}`);
    assert.match(mine[0].message, b.pattern, b.name);
    assert.equal(mine[0].severity, b.severity, b.name);
  }
  // A document without passages is still a source (a scanned report can be cited); it just has nothing to search.
  assert.deepEqual(
    corpus
      .documents()
      .filter((d) => d.sentences.length > 0)
      .map((d) => d.sourceId)
      .sort(),
    ['good', 'notes'],
  );
  const good = corpus.document('good')!;
  assert.deepEqual(
    good.sentences.map((s) => [s.page, s.text]),
    [
      [1, 'Foster carers in Northshire were paid more in 2023.'],
      [2, 'Placements became more stable.'],
    ],
  );
});

test('HTML: navigation, scripts, styles and forms never become passages', async () => {
  const html =
    '<html><head><title>Care news</title><style>.x{color:red}</style></head><body><nav>Home | About | Contact</nav>' +
    '<script>document.write("Injected words")</script><main><h1>Care news</h1><p>Kinship carers received a new allowance.</p></main>' +
    '<form><button>Subscribe now</button></form><noscript>Enable scripts</noscript></body></html>';
  const corpus = new Corpus(new MemoryWorkspace({ '/c/page.html': html }), { roots: ['/c'] });
  const summary = await corpus.refresh();
  assert.deepEqual(summary.problems, []);
  assert.deepEqual(
    corpus.document('page')!.sentences.map((s) => s.text),
    ['Care news', 'Kinship carers received a new allowance.'],
  );
});

/** Counts extractions, delegating to the in-thread extractor. */
function countingExtractor(): DocumentExtractor & { calls: number } {
  const counter = {
    calls: 0,
    extract: (file: string, format: 'pdf' | 'docx', bytes: Uint8Array) => {
      counter.calls++;
      return inlineExtractor.extract(file, format, bytes);
    },
  };
  return counter;
}

test('extraction runs once per content: a warm start and an unchanged file reuse the cached text', async () => {
  const workspace = new MemoryWorkspace({
    '/c/a.pdf': GOOD_PDF,
    '/c/b.docx': await makeDocx({ paragraphs: [{ text: 'A Word paragraph about fostering.' }] }),
  });
  const cache = new MemoryCacheStore();
  const extractor = countingExtractor();
  const first = new Corpus(workspace, { roots: ['/c'], cache, extractor });
  await first.refresh();
  assert.equal(extractor.calls, 2);
  await first.refresh();
  assert.equal(extractor.calls, 2, 'a second refresh of unchanged files extracts nothing');
  const warm = new Corpus(workspace, { roots: ['/c'], cache, extractor });
  const summary = await warm.refresh();
  assert.equal(extractor.calls, 2, 'a warm start extracts nothing');
  assert.equal(summary.fromCache, 2);
  assert.equal(warm.document('a')?.text, first.document('a')?.text, 'the extracted text comes back from the cache');
  assert.equal(warm.search('foster carers paid more', 1)[0]?.page, 1);
  workspace.write('/c/a.pdf', makePdf({ pages: [['Changed text about adoption.']] }));
  await warm.refresh();
  assert.equal(extractor.calls, 3, 'a changed file is extracted again');
});

test('an extractor that fails (not the document) is reported and tried again next time', async () => {
  const workspace = new MemoryWorkspace({ '/c/a.pdf': GOOD_PDF });
  let fail = true;
  const flaky: DocumentExtractor = {
    extract: (file, format, bytes) =>
      fail ? Promise.reject(new Error('the extraction worker stopped (exit code 1)')) : inlineExtractor.extract(file, format, bytes),
  };
  const corpus = new Corpus(workspace, { roots: ['/c'], extractor: flaky });
  const summary = await corpus.refresh();
  assert.match(
    summary.problems.map((p) => p.message).join('\n'),
    /a\.pdf: could not extract its text \(the extraction worker stopped \(exit code 1\)\); skipped\./,
  );
  assert.equal(corpus.documents().length, 0);
  fail = false;
  const again = await corpus.refresh();
  assert.deepEqual(again.problems, []);
  assert.equal(corpus.documents().length, 1);
});

test('Office lock files (~$name.docx) beside an open document are not sources', async () => {
  const corpus = new Corpus(
    new MemoryWorkspace({
      '/c/~$review.docx': randomBytes(162),
      '/c/review.docx': await makeDocx({ paragraphs: [{ text: 'A paragraph.' }] }),
    }),
    { roots: ['/c'] },
  );
  const summary = await corpus.refresh();
  assert.deepEqual(summary.problems, []);
  assert.deepEqual(
    corpus.documents().map((d) => d.file),
    ['/c/review.docx'],
  );
});
