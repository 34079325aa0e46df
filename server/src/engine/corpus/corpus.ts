/**
 * The corpus: the set of source documents under some root folders, their
 * analysis, citation keys, metadata and the passage index. It reads through
 * an injected `WorkspaceReader`, re-analyses only files whose bytes changed,
 * and persists analyses through an optional `CacheStore`.
 *
 * A thin composition with one job, keeping its parts in step: the walk and
 * the refresh order (read ahead, then bibliographies, then documents, then
 * the cache). Each part has one job of its own:
 *  - fileLoader.ts: one file's analysis brought up to date (read, hash, extract, analyse);
 *  - documentStore.ts: analyses by file, documents by key, generations, lazy per-document views;
 *  - passageSearch.ts: the passage index, re-rank and results, term weights;
 *  - corpusBibliography.ts: bibliography files and their entries;
 *  - corpusPersistence.ts: the index cache, loaded once and saved when dirty.
 *
 * Invariant: every analysis in the store has its segment in the search
 * index (or none, when it has no passages), and the cache is marked dirty
 * whenever one changes; replace() and forget() are the only ways in.
 */
import { NamedDocuments } from './namedDocuments.js';
import type { IngestProblem, SearchResult, Sentence, SourceDocument } from '../types.js';
import type { CacheStore, DocumentExtractor, WorkspaceReader } from '../host.js';
import { inlineExtractor } from '../ingest/extract/extractDocument.js';
import type { RankingParams, SearchOptions } from '../index/passageIndex.js';
import { LineIndex } from '../text/lineIndex.js';
import { contentHash } from '../text/hash.js';
import { ENGINE_VERSION } from '../version.js';
import type { CachedFile, SentenceAccess } from './cacheCodec.js';
import { CorpusPersistence } from './corpusPersistence.js';
import { CorpusBibliography } from './corpusBibliography.js';
import { DocumentStore } from './documentStore.js';
import { FileLoader } from './fileLoader.js';
import { PassageSearch } from './passageSearch.js';
import { isBibliographyPath, isIndexable, listCorpus } from './walk.js';

export interface CorpusOptions {
  roots: readonly string[];
  cache?: CacheStore;
  /** Files larger than this are refused with a message (default 64 MiB). */
  maxFileBytes?: number;
  ranking?: RankingParams;
  onProgress?: (done: number, total: number) => void;
  /**
   * Extracts PDF and Word files; default: the reader's `extractor` if it
   * has one, else extraction on the calling thread.
   */
  extractor?: DocumentExtractor;
}

export interface RefreshSummary {
  documents: number;
  passages: number;
  bytes: number;
  analysed: number;
  fromCache: number;
  problems: IngestProblem[];
}

/** How many files are read ahead of the one being analysed. */
const READ_AHEAD = 8;

export class Corpus {
  private readonly store = new DocumentStore();
  private readonly passages: PassageSearch;
  private readonly bibliography: CorpusBibliography;
  private readonly loader: FileLoader;
  /** The index cache: loaded once, saved when dirty. */
  private readonly persistence: CorpusPersistence;
  private readonly named = new NamedDocuments(
    () => this.store.documents(),
    () => this.store.generation,
  );
  /** Problems from the last walk (unreadable folders). */
  private walkProblems: IngestProblem[] = [];

  constructor(
    private readonly reader: WorkspaceReader,
    private readonly options: CorpusOptions,
  ) {
    const { store } = this;
    this.passages = new PassageSearch(
      {
        sourceIdOf: (file) => store.sourceIdOf(file),
        passage: (file, i) => store.passage(file, i),
        result: (file, sentence, score) => this.toResult(file, sentence, score),
      },
      options.ranking,
    );
    this.persistence = new CorpusPersistence(options.cache);
    const extractor = options.extractor ?? reader.extractor ?? inlineExtractor;
    this.loader = new FileLoader(reader, extractor, options.maxFileBytes ?? 64 * 1024 * 1024, {
      current: (file) => store.cached(file),
      replace: (file, cached, changed) => this.replace(file, cached, changed),
      forget: (file) => this.forget(file),
      markDirty: () => this.persistence.markDirty(),
    });
    this.bibliography = new CorpusBibliography(reader, (file) => this.loader.stat(file));
  }

  /** Walks the roots and brings everything up to date, reporting documents done of total. */
  async refresh(onProgress = this.options.onProgress): Promise<RefreshSummary> {
    const { loader } = this;
    const previous = await this.persistence.load();
    const listing = await listCorpus(this.reader, this.options.roots);
    this.walkProblems = listing.problems;
    const live = new Set(listing.sources);
    for (const file of this.store.files()) if (!live.has(file)) this.forget(file);
    for (const file of loader.problemFiles()) if (!live.has(file)) loader.dropProblem(file);
    let analysed = 0;
    let fromCache = 0;
    let done = 0;
    // Reads run a few files ahead of analysis: sequential awaits left the
    // CPU idle for a quarter of a warm start, waiting on the disk. PDFs and
    // Word files are extracted in the same window, so the host's extractor
    // (worker threads in Node) works while this thread analyses.
    const { sources } = listing;
    // Sizes and times first, all at once: on a warm start they are all
    // that is read of most files, and one at a time they waited in line.
    const stats = await Promise.all(sources.map((file) => loader.stat(file)));
    const ahead = (i: number) => loader.prepare(sources[i], previous.get(sources[i]), stats[i]);
    const reads = sources.map((_, i) => (i < READ_AHEAD ? ahead(i) : undefined));
    for (let i = 0; i < sources.length; i++) {
      const file = sources[i];
      const read = reads[i] ?? ahead(i);
      reads[i] = undefined;
      if (i + READ_AHEAD < sources.length) reads[i + READ_AHEAD] = ahead(i + READ_AHEAD);
      const outcome = await loader.load(file, previous.get(file), await read);
      if (outcome === 'analysed') analysed++;
      else if (outcome === 'cached') fromCache++;
      onProgress?.(++done, listing.sources.length);
    }
    this.bibliography.files = listing.bibliographies;
    await this.bibliography.load();
    this.store.rebuild(this.bibliography);
    await this.saveCache();
    return { ...this.summary(), analysed, fromCache, problems: this.allProblems() };
  }

  /**
   * Re-reads one file after a change; paths the walk would skip are
   * ignored. A bibliography (CSL-JSON, BibTeX) re-reads the bibliographies,
   * whose entries change every document's metadata they match. Returns
   * whether the corpus changed: false for a file the walk skips or whose
   * content is what was indexed, so callers need not re-check drafts for
   * nothing.
   */
  async updateFile(file: string): Promise<boolean> {
    if (isBibliographyPath(file, this.options.roots)) {
      this.bibliography.add(file);
      await this.bibliography.load();
      this.store.rebuild(this.bibliography);
      return true;
    }
    if (!isIndexable(file, this.options.roots)) return false;
    const { loader } = this;
    const hadProblem = loader.hasProblem(file);
    const outcome = await loader.load(file, undefined, await loader.prepare(file, undefined, await loader.stat(file)));
    if (outcome === 'cached' && !hadProblem) return false;
    this.store.rebuild(this.bibliography);
    await this.saveCache();
    return true;
  }

  /** Drops one file (deleted). Returns whether the corpus changed (false for a file it never had). */
  async removeFile(file: string): Promise<boolean> {
    const bibliography = this.bibliography.has(file);
    if (!bibliography && !this.store.has(file) && !this.loader.hasProblem(file)) return false;
    if (bibliography) {
      this.bibliography.remove(file);
      await this.bibliography.load();
    }
    this.forget(file);
    this.loader.dropProblem(file);
    this.store.rebuild(this.bibliography);
    await this.saveCache();
    return true;
  }

  /** Changes whenever documents change, so callers can drop what they derived. */
  get generation(): number {
    return this.store.generation;
  }

  /**
   * Identifies everything a check reads of the corpus: each indexed file's content, the bibliographies' entries, the
   * ranking and the engine's version. Equal fingerprints give equal check results, so a caller that keeps results
   * across runs (the CLI's result cache, cli/checkResultCache.ts) keeps them only while the fingerprint holds.
   */
  fingerprint(): string {
    const files = this.store
      .allCached()
      .map((c) => `${c.file}\u0000${c.contentHash}`)
      .sort();
    const parts = [ENGINE_VERSION, JSON.stringify(this.options.ranking ?? null), this.bibliography.signature(), ...files];
    return contentHash(new TextEncoder().encode(parts.join('\n')));
  }

  summary(): { documents: number; passages: number; bytes: number } {
    return { documents: this.store.documentCount, passages: this.passages.passageCount, bytes: this.store.bytes() };
  }

  documents(): SourceDocument[] {
    return this.store.documents();
  }

  document(sourceId: string): SourceDocument | undefined {
    return this.store.document(sourceId);
  }

  allProblems(): IngestProblem[] {
    return [
      ...this.walkProblems,
      ...this.persistence.problems,
      ...this.loader.problems(),
      ...this.bibliography.problems,
      ...this.store.problems(),
    ];
  }

  /** Best passages for a query, each once, with exact locations. */
  search(query: string, limit = 10, sourceIds?: ReadonlySet<string>, options?: SearchOptions): SearchResult[] {
    return this.passages.search(query, limit, sourceIds, options);
  }

  /** The documents whose key or title names the analysed `term` (a place, a body), if it is a name; see NamedDocuments. */
  documentsNaming(term: string): ReadonlySet<string> | undefined {
    return this.named.naming(term);
  }

  /** How informative an analysed term is in this corpus (passage-level idf; 0 if unseen). */
  termWeight(term: string): number {
    return this.passages.termWeight(term);
  }

  /** See PassageSearch.claimTermWeight: a term no source uses weighs the most. */
  claimTermWeight(term: string): number {
    return this.passages.claimTermWeight(term);
  }

  /** The sentences either side of a passage, for hovers and previews. */
  context(sourceId: string, sentence: number, radius = 1): Sentence[] {
    return this.store.context(sourceId, sentence, radius);
  }

  /** A document's sentences one at a time, decoding only those read (see SentenceAccess). */
  sentenceAccess(sourceId: string): SentenceAccess | undefined {
    return this.store.sentenceAccess(sourceId);
  }

  lineIndex(sourceId: string): LineIndex | undefined {
    return this.store.lineIndex(sourceId);
  }

  private toResult(file: string, sentence: Sentence, score: number): SearchResult | undefined {
    const sourceId = this.store.sourceIdOf(file);
    const doc = sourceId ? this.store.document(sourceId) : undefined;
    const lines = sourceId ? this.store.lineIndex(sourceId) : undefined;
    if (!doc || !lines || !sourceId) return undefined;
    const result: SearchResult = {
      sourceId,
      title: doc.metadata.title ?? sourceId,
      file: doc.file,
      range: lines.rangeOf(sentence.start, sentence.end),
      start: sentence.start,
      end: sentence.end,
      text: sentence.text,
      score: Math.round(score * 10000) / 10000,
    };
    if (sentence.page !== undefined) result.page = sentence.page;
    return result;
  }

  /** Files an analysis in the store and its segment in the index; `changed` marks the cache dirty. */
  private replace(file: string, cached: CachedFile, changed = true): void {
    this.store.set(file, cached);
    this.passages.set(file, cached.segment);
    if (changed) this.persistence.markDirty();
  }

  private forget(file: string): void {
    if (this.store.delete(file)) this.persistence.markDirty();
    this.passages.delete(file);
  }

  private async saveCache(): Promise<void> {
    await this.persistence.save(() => this.store.allCached());
  }
}
