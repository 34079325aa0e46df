/**
 * The index cache through an in-memory CacheStore: a warm start gives the
 * same documents and search results with summary.fromCache === file count; a
 * damaged cache (random bytes, truncated, empty, bytes flipped) or one from
 * another engine version is ignored and rebuilt without throwing; a changed
 * file is re-analysed while the others come from the cache. A file whose
 * size and time are what the cache recorded is not even read, unless it was
 * written in the last seconds; searching a warm corpus decodes no whole
 * document.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Corpus } from '../../server/src/engine/corpus/corpus.js';
import { ENGINE_VERSION } from '../../server/src/engine/version.js';
import { MemoryCacheStore, MemoryWorkspace } from '../helpers/memoryWorkspace.js';
import { sampleCorpusFiles } from '../helpers/paths.js';
import { provenanceViolations } from '../helpers/provenance.js';
import { isSettled } from '../../server/src/engine/corpus/lazyField.js';

const paged = [
  'Hedgehog care is a growing concern and',
  'councils fund it. Rescue centres grow and',
  'volunteers help. Costs rise and',
  'nobody pays.',
]
  .map((body, i) => `${body}\n\nRunning footer of the report\n${i + 1}\n`)
  .join('\f');
const FILES = {
  ...sampleCorpusFiles(),
  '/corpus/paged.txt': paged,
  '/corpus/notes.md':
    '---\ntitle: Notes on care\nauthor: Jane Doe\n---\nSome **bold** words about [kinship care](https://x.org) and more. Another sentence.\n',
};
const FILE_COUNT = Object.keys(FILES).filter((p) => !p.endsWith('.json')).length;
const QUERIES = [
  'commissioning practices that facilitate stable, local care',
  'hedgehog care',
  'kinship care bold',
  'social workers managers',
  'outcomes framework Nuffield',
];

const results = (corpus: Corpus) => QUERIES.map((q) => corpus.search(q, 10));
const documents = (corpus: Corpus) => corpus.documents().sort((a, b) => a.sourceId.localeCompare(b.sourceId));

async function build(store: MemoryCacheStore, files: Record<string, string | Uint8Array> = FILES) {
  const ws = new MemoryWorkspace(files);
  const corpus = new Corpus(ws, { roots: ['/corpus'], cache: store });
  const summary = await corpus.refresh();
  return { ws, corpus, summary };
}

async function coldBaseline() {
  const store = new MemoryCacheStore();
  const cold = await build(store);
  assert.equal(cold.summary.analysed, FILE_COUNT);
  assert.equal(store.saves, 1, 'the cold start writes the cache');
  assert.ok(store.data && store.data.byteLength > 0);
  return { store, cold };
}

test('warm start: same documents and results, everything from cache', async () => {
  const { store, cold } = await coldBaseline();
  const warm = await build(new MemoryCacheStore(store.data));
  assert.equal(warm.summary.fromCache, FILE_COUNT);
  assert.equal(warm.summary.analysed, 0);
  assert.deepEqual(warm.summary.problems, cold.summary.problems);
  assert.deepEqual(documents(warm.corpus), documents(cold.corpus));
  assert.deepEqual(results(warm.corpus), results(cold.corpus));
  assert.ok(results(warm.corpus).every((r) => r.length > 0));
  const pagedDoc = warm.corpus.document('paged');
  assert.ok(
    pagedDoc?.sentences.some((s) => s.gaps && s.page === 1),
    'gaps and pages survive the cache',
  );
  for (const doc of warm.corpus.documents()) assert.deepEqual(provenanceViolations(doc.file, doc.text, doc.sentences, false), []);
});

test('warm start with one file changed: it is re-analysed, the others come from cache', async () => {
  const { store } = await coldBaseline();
  const changed = { ...FILES, '/corpus/tact-innovation.txt': 'Hedgehog sanctuaries are booming across the county.\n' };
  const warm = await build(new MemoryCacheStore(store.data), changed);
  assert.equal(warm.summary.analysed, 1);
  assert.equal(warm.summary.fromCache, FILE_COUNT - 1);
  assert.equal(warm.corpus.search('hedgehog sanctuaries booming', 1)[0]?.sourceId, 'tact-innovation');
  assert.ok(!warm.corpus.search('overseas pensions funds venture capitalists', 50).some((r) => r.sourceId === 'tact-innovation'));
  const reference = await build(new MemoryCacheStore(), changed);
  assert.deepEqual(results(warm.corpus), results(reference.corpus));
});

/** A small deterministic PRNG so failures reproduce. */
function randomBytes(length: number, seed: number): Uint8Array {
  let x = seed >>> 0 || 1;
  return Uint8Array.from({ length }, () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) & 0xff;
  });
}

function damage(valid: Uint8Array, kind: string): Uint8Array {
  const copy = valid.slice();
  switch (kind) {
    case 'random bytes':
      return randomBytes(4096, 42);
    case 'random bytes after the magic':
      return Uint8Array.from([...new TextEncoder().encode('SRCDCACH'), ...randomBytes(4096, 7)]);
    case 'empty':
      return new Uint8Array(0);
    case 'truncated to half':
      return copy.slice(0, Math.floor(copy.length / 2));
    case 'truncated by 10 bytes':
      return copy.slice(0, copy.length - 10);
    case 'header length too large': {
      new DataView(copy.buffer).setUint32(8, 0x7fffffff, true);
      return copy;
    }
    case 'another engine version': {
      const text = new TextDecoder('latin1').decode(copy);
      const at = text.indexOf(JSON.stringify(ENGINE_VERSION));
      assert.ok(at > 0, 'fixture check: the version string is in the cache header');
      copy[at + 1] = copy[at + 1] === 0x58 ? 0x59 : 0x58; // change its first character, keep the length
      return copy;
    }
    case 'body bytes overwritten': {
      const body = copy.length - 4096;
      copy.set(randomBytes(2048, 99), body);
      return copy;
    }
    default:
      throw new Error(kind);
  }
}

const DAMAGE = [
  'random bytes',
  'random bytes after the magic',
  'empty',
  'truncated to half',
  'truncated by 10 bytes',
  'header length too large',
  'another engine version',
  'body bytes overwritten',
];

for (const kind of DAMAGE) {
  test(`damaged cache (${kind}) is ignored and rebuilt without throwing`, async () => {
    const { store, cold } = await coldBaseline();
    assert.ok(store.data!.length > 8192, 'fixture check: the cache is big enough to damage');
    const damaged = new MemoryCacheStore(damage(store.data!, kind));
    const rebuilt = await build(damaged);
    assert.equal(rebuilt.summary.analysed, FILE_COUNT, 'every file re-analysed');
    assert.equal(rebuilt.summary.fromCache, 0);
    assert.deepEqual(documents(rebuilt.corpus), documents(cold.corpus));
    assert.deepEqual(results(rebuilt.corpus), results(cold.corpus));
    assert.equal(damaged.saves, 1, 'a good cache is written back');
    const next = await build(new MemoryCacheStore(damaged.data));
    assert.equal(next.summary.fromCache, FILE_COUNT, 'and the next start uses it');
  });
}

test('an ignored cache is reported as an info problem of the refresh that rebuilt it', async () => {
  const rebuilt = await build(new MemoryCacheStore(randomBytes(4096, 42)));
  assert.equal(rebuilt.summary.analysed, FILE_COUNT);
  const notes = rebuilt.summary.problems.filter((p) => p.file === '(cache)');
  assert.deepEqual(
    notes.map((p) => p.severity),
    ['info'],
    JSON.stringify(rebuilt.summary.problems),
  );
  assert.match(notes[0].message, /cache.*rebuilt/i);
});

test('a cache store that fails to load or save never stops indexing', async () => {
  const broken = new MemoryCacheStore();
  broken.load = async () => {
    throw new Error('disk on fire');
  };
  broken.save = async () => {
    throw new Error('read-only file system');
  };
  const { summary, corpus } = await build(broken);
  assert.equal(summary.analysed, FILE_COUNT);
  assert.ok(summary.problems.some((p) => p.file === '(cache)' && /read-only file system/.test(p.message)));
  assert.equal(corpus.search('hedgehog care', 1)[0]?.sourceId, 'paged');
});

/** Reads of source files (bibliographies are always re-read: their entries are not cached). */
const sourceReads = (ws: MemoryWorkspace) => ws.readPaths().filter((p) => !p.endsWith('.json'));

test('a warm start trusts files whose size and time are unchanged: no source file is read', async () => {
  const store = new MemoryCacheStore();
  const ws = new MemoryWorkspace(FILES);
  await new Corpus(ws, { roots: ['/corpus'], cache: store }).refresh();
  ws.resetCounts();
  const warm = new Corpus(ws, { roots: ['/corpus'], cache: store });
  const summary = await warm.refresh();
  assert.equal(summary.fromCache, FILE_COUNT);
  assert.deepEqual(sourceReads(ws), []);
  assert.equal(store.saves, 1, 'nothing new to save');
  assert.ok(results(warm).every((r) => r.length > 0));
  const decoded = warm.documents().filter((d) => isSettled(d, 'sentences') || isSettled(d, 'text'));
  assert.deepEqual(decoded, [], 'searching decodes no whole document');
});

test('a file with a new time is read again: same bytes keep the analysis and the new time is saved, new bytes are analysed', async () => {
  const store = new MemoryCacheStore();
  const ws = new MemoryWorkspace(FILES);
  await new Corpus(ws, { roots: ['/corpus'], cache: store }).refresh();
  ws.write('/corpus/notes.md', FILES['/corpus/notes.md']); // touched: same bytes, new time
  ws.write('/corpus/tact-innovation.txt', 'Hedgehog sanctuaries are booming across the county.\n');
  ws.resetCounts();
  const second = await new Corpus(ws, { roots: ['/corpus'], cache: store }).refresh();
  assert.deepEqual(sourceReads(ws), ['/corpus/notes.md', '/corpus/tact-innovation.txt']);
  assert.equal(second.analysed, 1);
  assert.equal(second.fromCache, FILE_COUNT - 1);
  assert.equal(store.saves, 2);
  ws.resetCounts();
  const third = new Corpus(ws, { roots: ['/corpus'], cache: store });
  await third.refresh();
  assert.deepEqual(sourceReads(ws), [], 'both are trusted from now on');
  assert.equal(third.search('hedgehog sanctuaries booming', 1)[0]?.sourceId, 'tact-innovation');
});

test('a file written in the last seconds is not trusted by its time: it is read on every start until it settles', async () => {
  const store = new MemoryCacheStore();
  const ws = new MemoryWorkspace(FILES);
  ws.setMtime('/corpus/notes.md', Date.now());
  await new Corpus(ws, { roots: ['/corpus'], cache: store }).refresh();
  for (let start = 0; start < 2; start++) {
    ws.resetCounts();
    await new Corpus(ws, { roots: ['/corpus'], cache: store }).refresh();
    assert.deepEqual(sourceReads(ws), ['/corpus/notes.md'], `start ${start}`);
  }
  ws.setMtime('/corpus/notes.md', Date.now() - 60_000);
  await new Corpus(ws, { roots: ['/corpus'], cache: store }).refresh();
  ws.resetCounts();
  await new Corpus(ws, { roots: ['/corpus'], cache: store }).refresh();
  assert.deepEqual(sourceReads(ws), []);
});

test('a file that grew under the same time is read again (size and time must both match)', async () => {
  const store = new MemoryCacheStore();
  const ws = new MemoryWorkspace(FILES);
  await new Corpus(ws, { roots: ['/corpus'], cache: store }).refresh();
  const stat = (await ws.fileStat('/corpus/notes.md'))!;
  ws.write('/corpus/notes.md', `${FILES['/corpus/notes.md']}Hedgehogs appended later.\n`);
  ws.setMtime('/corpus/notes.md', stat.mtimeMs);
  ws.resetCounts();
  const corpus = new Corpus(ws, { roots: ['/corpus'], cache: store });
  await corpus.refresh();
  assert.deepEqual(sourceReads(ws), ['/corpus/notes.md']);
  assert.equal(corpus.search('hedgehogs appended later', 1)[0]?.sourceId, 'notes');
});
