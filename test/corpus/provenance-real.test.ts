/**
 * The provenance invariant over every source file of the shared real data
 * (../shared/seeds and both folders of ../shared/data/policy-corpus, about
 * 33 MB of pdftotext output and scraped pages), indexed the way the CLI does
 * it (Node reader, Corpus): spanText(text, start, end, gaps) === sentence.text,
 * ranges inside the file, LineIndex positions round-trip and agree with a
 * naive count. Fails, never skips, when ../shared is missing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Corpus } from '../../server/src/engine/corpus/corpus.js';
import { isSourceFile } from '../../server/src/engine/ingest/readers/index.js';
import { nodeWorkspaceReader } from '../../server/src/node/nodeWorkspaceReader.js';
import { sharedRoot } from '../helpers/paths.js';
import { provenanceViolations } from '../helpers/provenance.js';

const ROOTS = [
  { name: 'seeds', dir: join(sharedRoot, 'seeds'), minFiles: 5 },
  // Both subfolders (ofsted-ilacs: 493 reports, uk-childrens-care-misc: 35 documents) and the README.
  { name: 'data/policy-corpus', dir: join(sharedRoot, 'data', 'policy-corpus'), minFiles: 528 },
];

function sourceFilesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (name.startsWith('.')) return [];
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFilesUnder(path);
    return isSourceFile(name) && !/^(references|bibliography)\.json$/i.test(name) ? [path] : [];
  });
}

let totalSentences = 0;
let totalFiles = 0;

for (const { name, dir, minFiles } of ROOTS) {
  test(`provenance holds for every sentence of every file in ../shared/${name}`, async (t) => {
    assert.ok(
      existsSync(dir),
      `The shared real data is missing: expected ${dir}. ` +
        `These tests need the ../shared folder beside the checkout (see ../shared/data/README.md); they never skip.`,
    );
    const onDisk = sourceFilesUnder(dir);
    assert.ok(onDisk.length >= minFiles, `expected at least ${minFiles} source files under ${dir}, found ${onDisk.length}`);

    const started = performance.now();
    const corpus = new Corpus(nodeWorkspaceReader, { roots: [dir] });
    const summary = await corpus.refresh();
    const problems = summary.problems.filter((p) => p.severity !== 'info');
    assert.deepEqual(problems, [], 'the real data should index without problems');

    const docs = corpus.documents();
    assert.deepEqual(docs.map((d) => d.file).sort(), onDisk.sort(), 'every source file on disk is a document');

    const violations: string[] = [];
    let sentences = 0;
    let withGaps = 0;
    let paged = 0;
    for (const doc of docs) {
      assert.ok(doc.sentences.length > 0 || doc.text.trim() === '', `${doc.file} has text but no sentences`);
      sentences += doc.sentences.length;
      for (const s of doc.sentences) {
        if (s.gaps) withGaps++;
        if (s.page !== undefined) paged++;
      }
      const found = provenanceViolations(relative(sharedRoot, doc.file), doc.text, doc.sentences);
      violations.push(...found.slice(0, 3));
      if (violations.length > 30) break;
    }
    totalSentences += sentences;
    totalFiles += docs.length;
    t.diagnostic(
      `${name}: checked ${sentences} sentences (${withGaps} with gaps, ${paged} with pages) ` +
        `in ${docs.length} files in ${Math.round(performance.now() - started)} ms`,
    );
    assert.deepEqual(violations, []);
    assert.ok(sentences > minFiles, `suspiciously few sentences: ${sentences}`);
  });
}

test('provenance totals over the shared real data', (t) => {
  t.diagnostic(`checked ${totalSentences} sentences in ${totalFiles} files`);
  assert.ok(totalFiles >= 533, `expected all 5 seed and 528+ policy-corpus files, checked ${totalFiles}`);
  assert.ok(totalSentences > 100_000, `expected well over 100,000 sentences, checked ${totalSentences}`);
});
