/**
 * Loads a benchmark corpus through our own ingest: the engine's walker lists
 * the files (same paths the Corpus class sees), each file is read, then
 * analysed with analyseFile; the sentences' texts are the passages every
 * library indexes. Read and ingest times are measured here, apart from any
 * index build.
 */
import { resolve } from 'node:path';
import { listCorpus } from '../../server/src/engine/corpus/walk.js';
import { analyseFile } from '../../server/src/engine/ingest/analyseFile.js';
import { nodeWorkspaceReader } from '../../server/src/node/nodeWorkspaceReader.js';

export interface PassageRecord {
  /** Position in the flat passage list: the id given to every library. */
  id: number;
  text: string;
}

export interface DocPassages {
  file: string;
  texts: string[];
  /** Sentence start offsets, to match Corpus.search results back to passages. */
  starts: number[];
  /** Id of this document's first passage in the flat list. */
  firstId: number;
}

export interface LoadedCorpus {
  name: string;
  roots: string[];
  docs: DocPassages[];
  records: PassageRecord[];
  bytes: number;
  readMs: number;
  ingestMs: number;
}

export async function loadCorpus(name: string, roots: string[]): Promise<LoadedCorpus> {
  const absolute = roots.map((r) => resolve(r));
  const listing = await listCorpus(nodeWorkspaceReader, absolute);
  if (listing.sources.length === 0) throw new Error(`${name}: no source files under ${absolute.join(', ')}`);
  let readMs = 0;
  let ingestMs = 0;
  let bytes = 0;
  const docs: DocPassages[] = [];
  const records: PassageRecord[] = [];
  for (const file of listing.sources) {
    let t = performance.now();
    const data = await nodeWorkspaceReader.readFile(file);
    readMs += performance.now() - t;
    bytes += data.byteLength;
    t = performance.now();
    const analysed = analyseFile(file, data);
    ingestMs += performance.now() - t;
    const doc: DocPassages = { file, texts: [], starts: [], firstId: records.length };
    for (const s of analysed.sentences) {
      doc.texts.push(s.text);
      doc.starts.push(s.start);
      records.push({ id: records.length, text: s.text });
    }
    docs.push(doc);
  }
  return { name, roots: absolute, docs, records, bytes, readMs, ingestMs };
}
