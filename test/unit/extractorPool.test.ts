/**
 * The Node host's extractor pool (server/src/node/extractorPool.ts): PDFs
 * and Word files extracted on worker threads give exactly what the
 * in-thread extractor gives; several documents run concurrently; a task
 * that runs too long fails alone and the pool carries on; a worker script
 * that cannot start makes the pool extract on the calling thread instead.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ExtractorPool } from '../../server/src/node/extractorPool.js';
import { inlineExtractor } from '../../server/src/engine/ingest/extract/extractDocument.js';
import { makeDocx, makePdf } from '../helpers/documents.js';
import { sharedRoot } from '../helpers/paths.js';

const REAL_PDF = join(sharedRoot, 'data', 'pdf', 'ofsted-ilacs-dorset-2021-11-19.pdf');

test('worker threads extract what the calling thread extracts (PDF and DOCX, several at once)', async () => {
  const pool = new ExtractorPool({ size: 2 });
  try {
    assert.equal(pool.threaded, true, 'the TypeScript worker is found beside the pool');
    const pdf = new Uint8Array(readFileSync(REAL_PDF));
    const docx = await makeDocx({ paragraphs: [{ text: 'Heading', style: 'Heading1' }, { text: 'A paragraph about kinship care.' }] });
    const small = makePdf({ pages: [['One page of text.']] });
    const [a, b, c] = await Promise.all([
      pool.extract('d.pdf', 'pdf', pdf),
      pool.extract('k.docx', 'docx', docx),
      pool.extract('s.pdf', 'pdf', small),
    ]);
    assert.deepEqual(a, await inlineExtractor.extract('d.pdf', 'pdf', pdf));
    assert.deepEqual(b, await inlineExtractor.extract('k.docx', 'docx', docx));
    assert.deepEqual(c, await inlineExtractor.extract('s.pdf', 'pdf', small));
    assert.equal(a.pages, 9);
  } finally {
    await pool.close();
  }
});

test('a task that runs too long fails alone; the next one gets a fresh worker', async () => {
  const pool = new ExtractorPool({ size: 1, timeoutMs: 1 });
  try {
    await assert.rejects(pool.extract('d.pdf', 'pdf', new Uint8Array(readFileSync(REAL_PDF))), /timed out after 0 s/);
  } finally {
    await pool.close();
  }
  const patient = new ExtractorPool({ size: 1, timeoutMs: 60_000 });
  try {
    const result = await patient.extract('s.pdf', 'pdf', makePdf({ pages: [['Still works.']] }));
    assert.equal(result.text, 'Still works.');
  } finally {
    await patient.close();
  }
});

test('a worker script that cannot start: extraction falls back to the calling thread', async () => {
  const pool = new ExtractorPool({ size: 1, script: join(sharedRoot, 'no-such-worker.js') });
  try {
    const result = await pool.extract('s.pdf', 'pdf', makePdf({ pages: [['Fallback text.']] }));
    assert.equal(result.text, 'Fallback text.');
    assert.equal(pool.threaded, false);
  } finally {
    await pool.close();
  }
});

test('size 0 (SOURCED_EXTRACT_THREADS=0) extracts on the calling thread', async () => {
  const pool = new ExtractorPool({ size: 0 });
  assert.equal(pool.threaded, false);
  assert.equal((await pool.extract('s.pdf', 'pdf', makePdf({ pages: [['Main thread.']] }))).text, 'Main thread.');
  await pool.close();
});
