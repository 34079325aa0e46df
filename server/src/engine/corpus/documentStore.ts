/**
 * The corpus's document store: each indexed file's analysis (its cache
 * entry) by path, and the source documents built from them by citation key,
 * with the per-document views that decode lazily (line index, sentence
 * access). It counts generations: every rebuild of the documents is a new
 * one, so callers can drop what they derived from the old.
 *
 * Invariants: `documents()` lists exactly the readable entries (text or
 * passages), each under the unique key assignUniqueKeys gave it; a
 * document's text and sentences read through to its cache entry, which
 * decodes them on first use; the lazy views are dropped with their entry.
 */
import type { IngestProblem, Sentence, SourceDocument } from '../types.js';
import { assignUniqueKeys, proposeKey } from '../ingest/citationKey.js';
import { mergeMetadata } from '../ingest/metadata.js';
import type { BibEntry } from '../ingest/bibliography.js';
import { LineIndex } from '../text/lineIndex.js';
import { lineIndexOf, sentenceAccessOf, type CachedFile, type SentenceAccess } from './cacheCodec.js';
import { defineLazyField } from './lazyField.js';

/** What the store needs of the bibliographies to key documents and give them metadata. */
export interface BibliographyLookup {
  /** The entry cited as `id`. */
  entry(id: string): BibEntry | undefined;
  /** The entry whose `file` field names this document. */
  attachedTo(file: string): BibEntry | undefined;
}

interface Entry {
  cached: CachedFile;
  lineIndex?: LineIndex;
  sentenceAccess?: SentenceAccess;
}

export class DocumentStore {
  private readonly entries = new Map<string, Entry>();
  private docs = new Map<string, SourceDocument>();
  private keyByFile = new Map<string, string>();
  private keyProblems: IngestProblem[] = [];
  private changes = 0;

  /** The analysis of a file, if it is indexed. */
  cached(file: string): CachedFile | undefined {
    return this.entries.get(file)?.cached;
  }

  has(file: string): boolean {
    return this.entries.has(file);
  }

  /** Every indexed file's analysis, in the order they were added. */
  allCached(): CachedFile[] {
    return [...this.entries.values()].map((e) => e.cached);
  }

  files(): string[] {
    return [...this.entries.keys()];
  }

  /** Files in the store until the next rebuild; documents() changes only then. */
  set(file: string, cached: CachedFile): void {
    this.entries.set(file, { cached });
  }

  delete(file: string): boolean {
    return this.entries.delete(file);
  }

  /** Bytes of the indexed files as read. */
  bytes(): number {
    let bytes = 0;
    for (const e of this.entries.values()) bytes += e.cached.size;
    return bytes;
  }

  /** Changes whenever documents change, so callers can drop what they derived. */
  get generation(): number {
    return this.changes;
  }

  get documentCount(): number {
    return this.docs.size;
  }

  documents(): SourceDocument[] {
    return [...this.docs.values()];
  }

  document(sourceId: string): SourceDocument | undefined {
    return this.docs.get(sourceId);
  }

  /** The citation key of an indexed file's document. */
  sourceIdOf(file: string): string | undefined {
    return this.keyByFile.get(file);
  }

  /** Key clashes and per-file analysis problems. */
  problems(): IngestProblem[] {
    return [...this.keyProblems, ...[...this.entries.values()].flatMap((e) => e.cached.problems)];
  }

  /**
   * Rebuilds the documents from the entries: keys (front matter's id, else
   * the attached bibliography entry's, else the file name; made unique) and
   * metadata (front matter over bibliography over guesses). A new generation.
   */
  rebuild(bibliography: BibliographyLookup): void {
    this.changes++;
    const readable = [...this.entries.values()].filter((e) => e.cached.textLength > 0 || e.cached.segment.passageCount > 0);
    // A bibliography entry that lists a document as its attachment gives it
    // its key (what the user's reference manager cites it as), unless the
    // document's front matter names one.
    const { keys, problems } = assignUniqueKeys(
      readable.map((e) => ({
        file: e.cached.file,
        key: proposeKey(e.cached.file, e.cached.declared.id ?? bibliography.attachedTo(e.cached.file)?.id),
      })),
    );
    this.keyByFile = keys;
    this.docs = new Map();
    for (const { cached } of readable) {
      const sourceId = keys.get(cached.file)!;
      const bib = bibliography.entry(sourceId) ?? bibliography.attachedTo(cached.file);
      const doc = {
        sourceId,
        file: cached.file,
        contentHash: cached.contentHash,
        metadata: mergeMetadata(cached.declared, bib, cached.guessed),
        problems: cached.problems,
        abbreviations: cached.abbreviations,
      } as SourceDocument;
      // Read through to the cache entry, which decodes them on first use: most documents are never read.
      defineLazyField(doc, 'text', () => cached.text);
      defineLazyField(doc, 'sentences', () => cached.sentences);
      if (bib) doc.csl = bib.csl;
      this.docs.set(sourceId, doc);
    }
    this.keyProblems = problems;
  }

  /** The sentences either side of a passage, for hovers and previews (same block or the next one only). */
  context(sourceId: string, sentence: number, radius = 1): Sentence[] {
    const doc = this.docs.get(sourceId);
    if (!doc) return [];
    const centre = doc.sentences[sentence];
    if (!centre) return [];
    return doc.sentences.slice(Math.max(0, sentence - radius), sentence + radius + 1).filter((s) => Math.abs(s.block - centre.block) <= 1);
  }

  /** A document's sentences one at a time, decoding only those read (see SentenceAccess). */
  sentenceAccess(sourceId: string): SentenceAccess | undefined {
    const entry = this.entryOf(sourceId);
    if (!entry) return undefined;
    entry.sentenceAccess ??= sentenceAccessOf(entry.cached);
    return entry.sentenceAccess;
  }

  /**
   * Passage `i` of an indexed file, through the file's sentence access: a
   * check's searches meet the same passages again and again (and grading
   * reads their neighbours through the same access), so each is decoded once.
   */
  passage(file: string, i: number): Sentence | undefined {
    const entry = this.entries.get(file);
    if (!entry || !(i >= 0 && i < entry.cached.segment.passageCount)) return undefined;
    entry.sentenceAccess ??= sentenceAccessOf(entry.cached);
    return entry.sentenceAccess.sentence(i);
  }

  /** Where a document's lines start, without decoding its text unless offsets are asked for. */
  lineIndex(sourceId: string): LineIndex | undefined {
    const entry = this.entryOf(sourceId);
    if (!entry) return undefined;
    entry.lineIndex ??= lineIndexOf(entry.cached);
    return entry.lineIndex;
  }

  private entryOf(sourceId: string): Entry | undefined {
    const doc = this.docs.get(sourceId);
    return doc && this.entries.get(doc.file);
  }
}
