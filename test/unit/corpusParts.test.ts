/**
 * The parts Corpus is composed of, each on its own job: the document store
 * (keys, generations, passages read through the sentence access), the
 * bibliography (attachments matched with and without extension, a later
 * file's entry winning a shared key) and the passage search (only files with
 * passages indexed; results each once). The oracle for each is the corpus
 * itself, which composes them: what a part answers must be what the corpus
 * answers for the same files.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Corpus } from '../../server/src/engine/corpus/corpus.js';
import { DocumentStore } from '../../server/src/engine/corpus/documentStore.js';
import { CorpusBibliography } from '../../server/src/engine/corpus/corpusBibliography.js';
import { analyseFile } from '../../server/src/engine/ingest/analyseFile.js';
import { buildSegment } from '../../server/src/engine/index/segment.js';
import type { CachedFile } from '../../server/src/engine/corpus/cacheCodec.js';
import { MemoryWorkspace } from '../helpers/memoryWorkspace.js';
import { abbreviationDefinitions } from '../../server/src/engine/text/abbreviationDefinitions.js';

const FILES: Record<string, string> = {
  '/corpus/care-review.md':
    '---\nid: review\ntitle: The care review\n---\n# Findings\n\nToo few foster carers were recruited in 2023. Placements moved often.\n',
  '/corpus/sufficiency.txt': 'The council had a shortage of local registered homes. Children were placed far away.\n',
  '/corpus/empty.txt': '',
  '/corpus/references.json': JSON.stringify([
    { id: 'suff2024', title: 'Sufficiency strategy', file: 'sufficiency.pdf' },
    { id: 'review', title: 'Overridden by front matter? no: front matter wins' },
  ]),
  '/corpus/more.bib': '@report{suff2024, title = {Sufficiency strategy, second edition}, file = {sufficiency.txt}}\n',
};

function cachedOf(file: string, text: string): CachedFile {
  const analysis = analyseFile(file, new TextEncoder().encode(text), `hash-${file}`);
  return {
    file,
    contentHash: analysis.contentHash,
    size: text.length,
    declared: analysis.declared,
    guessed: analysis.guessed,
    problems: analysis.problems,
    sentences: analysis.sentences,
    segment: buildSegment(analysis.sentences.map((s) => s.text)),
    text: analysis.text ?? '',
    textLength: (analysis.text ?? '').length,
    abbreviations: abbreviationDefinitions(analysis.text ?? ''),
  };
}

const NO_BIBLIOGRAPHY = { entry: () => undefined, attachedTo: () => undefined };

test('the store keys what the corpus keys, counts a generation per rebuild and reads passages lazily', async () => {
  const corpus = new Corpus(new MemoryWorkspace(FILES), { roots: ['/corpus'] });
  await corpus.refresh();
  const store = new DocumentStore();
  const sources = Object.entries(FILES).filter(([f]) => /\.(md|txt)$/.test(f));
  for (const [file, text] of sources) store.set(file, cachedOf(file, text));
  const bibliography = new CorpusBibliography(new MemoryWorkspace(FILES), async () => undefined);
  bibliography.files = ['/corpus/more.bib', '/corpus/references.json'];
  await bibliography.load();
  assert.equal(store.generation, 0);
  store.rebuild(bibliography);
  assert.equal(store.generation, 1);
  const keys = (docs: Array<{ sourceId: string; file: string }>) => docs.map((d) => [d.file, d.sourceId]).sort();
  assert.deepEqual(keys(store.documents()), keys(corpus.documents()));
  assert.ok(!store.documents().some((d) => d.file.endsWith('empty.txt')), 'an empty file is no document');
  for (const doc of store.documents()) {
    assert.deepEqual(doc.metadata, corpus.document(doc.sourceId)!.metadata, doc.sourceId);
    doc.sentences.forEach((s, i) => assert.deepEqual(store.passage(doc.file, i), s));
    assert.equal(store.passage(doc.file, doc.sentences.length), undefined, 'past the last passage');
    assert.equal(store.passage(doc.file, -1), undefined);
  }
  store.rebuild(NO_BIBLIOGRAPHY);
  assert.equal(store.generation, 2);
  assert.equal(store.sourceIdOf('/corpus/sufficiency.txt'), 'sufficiency', 'without the bibliography, the file name is the key');
});

const ATTACHMENTS: Array<{ name: string; file: string; id: string | undefined }> = [
  { name: 'same name', file: '/corpus/docs/sufficiency.txt', id: 'suff2024' },
  { name: 'another extension (the stem matches)', file: '/corpus/docs/Sufficiency.docx', id: 'suff2024' },
  { name: 'a name no entry lists', file: '/corpus/docs/other.txt', id: undefined },
];

for (const c of ATTACHMENTS) {
  test(`bibliography attachment: ${c.name}`, async () => {
    const bibliography = new CorpusBibliography(new MemoryWorkspace(FILES), async () => undefined);
    bibliography.add('/corpus/references.json');
    bibliography.add('/corpus/more.bib');
    assert.deepEqual(bibliography.files, ['/corpus/more.bib', '/corpus/references.json'], 'sorted, each once');
    bibliography.add('/corpus/more.bib');
    assert.equal(bibliography.files.length, 2);
    await bibliography.load();
    assert.equal(bibliography.attachedTo(c.file)?.id, c.id);
  });
}

test('a later bibliography file wins a shared key; a removed one is forgotten on the next load', async () => {
  const bibliography = new CorpusBibliography(new MemoryWorkspace(FILES), async () => undefined);
  bibliography.files = ['/corpus/more.bib', '/corpus/references.json'];
  await bibliography.load();
  assert.equal(bibliography.entry('suff2024')?.title, 'Sufficiency strategy', 'references.json is read after more.bib');
  bibliography.remove('/corpus/references.json');
  await bibliography.load();
  assert.equal(bibliography.entry('suff2024')?.title, 'Sufficiency strategy, second edition');
  assert.equal(bibliography.entry('review'), undefined);
  assert.deepEqual(bibliography.problems, []);
});
