/**
 * Incremental indexing through Corpus on an in-memory workspace whose
 * readFile calls are counted: updateFile re-reads only the changed file,
 * removeFile drops its passages, refresh analyses only new files, a file that
 * throws on read is reported and skipped, and an index built by many edits
 * answers exactly like one built from scratch (also after compaction).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Corpus } from '../../server/src/engine/corpus/corpus.js';
import { MemoryWorkspace } from '../helpers/memoryWorkspace.js';
import { sampleCorpusFiles } from '../helpers/paths.js';

const TACT = '/corpus/tact-innovation.txt';

async function openSample() {
  const ws = new MemoryWorkspace(sampleCorpusFiles());
  const corpus = new Corpus(ws, { roots: ['/corpus'] });
  const summary = await corpus.refresh();
  return { ws, corpus, summary };
}

const ids = (corpus: Corpus, query: string, limit = 10) => corpus.search(query, limit).map((r) => r.sourceId);

test('first refresh reads every source once and the bibliography', async () => {
  const { ws, summary } = await openSample();
  assert.equal(summary.analysed, 5);
  assert.deepEqual(ws.readPaths(), Object.keys(sampleCorpusFiles()).sort());
  for (const path of ws.readPaths()) assert.equal(ws.reads(path), 1, path);
});

test('updateFile re-reads only the changed file and search reflects the change', async () => {
  const { ws, corpus } = await openSample();
  assert.ok(ids(corpus, 'overseas pensions funds venture capitalists').includes('tact-innovation'));
  ws.write(TACT, 'Hedgehog sanctuaries are booming across the county.\n');
  ws.resetCounts();
  await corpus.updateFile(TACT);
  assert.deepEqual(ws.readPaths(), [TACT]);
  assert.equal(ws.reads(TACT), 1);
  assert.deepEqual(ids(corpus, 'hedgehog sanctuaries'), ['tact-innovation']);
  assert.ok(!ids(corpus, 'overseas pensions funds venture capitalists', 50).includes('tact-innovation'), 'old passages gone');
  assert.deepEqual(
    corpus.document('tact-innovation')?.sentences.map((s) => s.text),
    ['Hedgehog sanctuaries are booming across the county.'],
  );
  assert.equal(
    corpus.document('tact-innovation')?.metadata.title,
    'Innovation in children\u2019s services: private sector involvement in child protection, and what charities can offer',
    'bibliography still applies',
  );
});

test('updateFile for a file created after refresh indexes it; for a deleted file, forgets it', async () => {
  const { ws, corpus } = await openSample();
  ws.write('/corpus/new-note.md', '# New note\n\nHedgehog sanctuaries are booming.\n');
  ws.resetCounts();
  await corpus.updateFile('/corpus/new-note.md');
  assert.deepEqual(ws.readPaths(), ['/corpus/new-note.md']);
  assert.deepEqual(ids(corpus, 'hedgehog sanctuaries'), ['new-note']);
  ws.delete('/corpus/new-note.md');
  await corpus.updateFile('/corpus/new-note.md');
  assert.deepEqual(ids(corpus, 'hedgehog sanctuaries'), []);
  assert.equal(corpus.document('new-note'), undefined);
});

test('removeFile removes its passages from results and the summary', async () => {
  const { ws, corpus, summary } = await openSample();
  const tactPassages = corpus.document('tact-innovation')?.sentences.length ?? 0;
  assert.ok(tactPassages > 0);
  ws.delete(TACT);
  ws.resetCounts();
  await corpus.removeFile(TACT);
  assert.equal(ws.totalReads(), 0, 'removing reads nothing');
  assert.equal(corpus.document('tact-innovation'), undefined);
  for (const q of ['overseas pensions funds venture capitalists', 'charities permanence foster carers adopters', 'social care']) {
    assert.ok(!ids(corpus, q, 200).includes('tact-innovation'), q);
  }
  assert.deepEqual(corpus.summary().documents, 4);
  assert.equal(corpus.summary().passages, summary.passages - tactPassages);
});

test('refresh after adding a file analyses only the new one', async () => {
  const { ws, corpus } = await openSample();
  ws.write('/corpus/sub/kinship.txt', 'Kinship carers receive too little financial support from councils.\n');
  const summary = await corpus.refresh();
  assert.equal(summary.analysed, 1);
  assert.equal(summary.fromCache, 5);
  assert.equal(summary.documents, 6);
  assert.deepEqual(ids(corpus, 'kinship carers financial support', 1), ['kinship']);
});

test('refresh after deleting a file drops it', async () => {
  const { ws, corpus } = await openSample();
  ws.delete(TACT);
  const summary = await corpus.refresh();
  assert.equal(summary.analysed, 0);
  assert.equal(summary.documents, 4);
  assert.ok(!ids(corpus, 'overseas pensions funds venture capitalists', 50).includes('tact-innovation'));
});

test('a file that throws on read mid-index is reported; the rest is indexed; it recovers later', async () => {
  const ws = new MemoryWorkspace(sampleCorpusFiles());
  ws.throwOnRead(TACT);
  const corpus = new Corpus(ws, { roots: ['/corpus'] });
  const summary = await corpus.refresh();
  const errors = summary.problems.filter((p) => p.severity === 'error');
  assert.equal(errors.length, 1, JSON.stringify(summary.problems));
  assert.equal(errors[0].file, TACT);
  assert.match(errors[0].message, /tact-innovation\.txt.*could not be read.*ENOENT/);
  assert.equal(summary.documents, 4);
  assert.equal(summary.analysed, 4);
  assert.deepEqual(ids(corpus, 'commissioning practices that facilitate stable, local care', 1), ['ncercc-outsourcing-key-sentences']);

  ws.stopThrowing(TACT);
  const again = await corpus.refresh();
  assert.deepEqual(again.problems, []);
  assert.equal(again.analysed, 1);
  assert.equal(again.documents, 5);
  assert.deepEqual(ids(corpus, 'overseas pensions funds venture capitalists', 1), ['tact-innovation']);
});

/** Every result as a comparable line, sorted (ties may come out in either order). */
function fingerprint(corpus: Corpus, queries: string[]): string[] {
  return queries.flatMap((q) => corpus.search(q, 1000).map((r) => `${q} | ${r.sourceId} ${r.start}-${r.end} ${r.score}`)).sort();
}

const QUERIES = [
  'social care',
  'children in care placements',
  'commissioning services local authorities',
  'outcomes framework',
  'hedgehog',
  'funds',
];

test('an index built by many edits answers exactly like one built from scratch', async () => {
  const { ws, corpus } = await openSample();
  const edits: Array<[string, string | null]> = [
    [TACT, 'Hedgehog sanctuaries are booming. Social care is stretched.\n'],
    ['/corpus/extra-a.txt', 'Children in care need stable placements. Funds are short.\n'],
    ['/corpus/basw-outsourcing-caution.txt', null],
    ['/corpus/extra-b.md', '# Outcomes\n\nAn outcomes framework for social care.\n'],
    [TACT, 'Tact commissions services with local authorities. Hedgehog care too.\n'],
    ['/corpus/extra-a.txt', null],
  ];
  for (const [path, text] of edits) {
    if (text === null) {
      ws.delete(path);
      await corpus.removeFile(path);
    } else {
      ws.write(path, text);
      await corpus.updateFile(path);
    }
  }
  const fresh = new Corpus(ws, { roots: ['/corpus'] });
  await fresh.refresh();
  assert.deepEqual(corpus.summary(), fresh.summary());
  assert.deepEqual(fingerprint(corpus, QUERIES), fingerprint(fresh, QUERIES));
});

test('repeated re-indexing of a large file (index compaction) keeps results exact', async () => {
  const big = (version: number) =>
    Array.from(
      { length: 3000 },
      (_, i) => `Sentence ${i} of version ${version} mentions ${i % 7 === 0 ? 'hedgehog' : 'placement'} costs.`,
    ).join(' ');
  const ws = new MemoryWorkspace({ '/w/big.txt': big(0), '/w/small.txt': 'Hedgehog rescue funds are small.\n' });
  const corpus = new Corpus(ws, { roots: ['/w'] });
  await corpus.refresh();
  for (let v = 1; v <= 4; v++) {
    ws.write('/w/big.txt', big(v));
    await corpus.updateFile('/w/big.txt');
  }
  const fresh = new Corpus(ws, { roots: ['/w'] });
  await fresh.refresh();
  assert.deepEqual(corpus.summary(), fresh.summary());
  assert.deepEqual(
    fingerprint(corpus, ['hedgehog rescue funds', 'placement costs version 4', 'sentence 2999']),
    fingerprint(fresh, ['hedgehog rescue funds', 'placement costs version 4', 'sentence 2999']),
  );
  assert.deepEqual(ids(corpus, 'hedgehog rescue funds', 1), ['small']);
});

test('a read problem disappears once the file is read successfully by updateFile', async () => {
  const ws = new MemoryWorkspace(sampleCorpusFiles());
  ws.throwOnRead(TACT);
  const corpus = new Corpus(ws, { roots: ['/corpus'] });
  assert.equal((await corpus.refresh()).problems.length, 1);
  ws.stopThrowing(TACT);
  await corpus.updateFile(TACT);
  assert.ok(corpus.document('tact-innovation'), 'the file is indexed now');
  assert.deepEqual(corpus.allProblems(), [], 'no stale "could not be read" problem');
});

const SKIPPED_BY_THE_WALK = [
  '/corpus/node_modules/pkg/readme.md',
  '/corpus/.hidden/notes.md',
  '/corpus/.draft.md',
  '/elsewhere/outside.txt',
];

for (const path of SKIPPED_BY_THE_WALK) {
  test(`updateFile on ${path} (which refresh never indexes) leaves the index as refresh would`, async () => {
    const { ws, corpus } = await openSample();
    ws.write(path, 'Hedgehog sanctuaries are booming.\n');
    await corpus.updateFile(path);
    const fresh = new Corpus(ws, { roots: ['/corpus'] });
    await fresh.refresh();
    assert.deepEqual(
      corpus
        .documents()
        .map((d) => d.file)
        .sort(),
      fresh
        .documents()
        .map((d) => d.file)
        .sort(),
    );
    assert.deepEqual(ids(corpus, 'hedgehog sanctuaries'), []);
  });
}
