/**
 * The corpus: the set of source documents under some root folders, their
 * analysis, citation keys, metadata and the passage index. It reads through
 * an injected `WorkspaceReader`, re-analyses only files whose bytes changed,
 * and persists analyses through an optional `CacheStore`.
 */
import type { IngestProblem, SearchResult, Sentence, SourceDocument } from '../types.js';
import type { CacheStore, WorkspaceReader } from '../host.js';
import { analyseFile } from '../ingest/analyseFile.js';
import { decodeText } from '../ingest/decode.js';
import { contentHash } from '../text/hash.js';
import { assignUniqueKeys, proposeKey } from '../ingest/citationKey.js';
import { parseCslJson, type BibEntry } from '../ingest/bibliography.js';
import { mergeMetadata } from '../ingest/metadata.js';
import { buildSegment } from '../index/segment.js';
import { PassageIndex, type RankingParams, type SearchOptions } from '../index/passageIndex.js';
import { decodeCache, encodeCache, type CachedFile } from './cacheCodec.js';
import { isIndexable, listCorpus } from './walk.js';
import { ENGINE_VERSION } from '../version.js';
import { LineIndex } from '../text/lineIndex.js';
import { rankPassages } from './rankPassages.js';

export interface CorpusOptions {
  roots: readonly string[];
  cache?: CacheStore;
  /** Files larger than this are refused with a message (default 64 MiB). */
  maxFileBytes?: number;
  ranking?: RankingParams;
  onProgress?: (done: number, total: number) => void;
}

export interface RefreshSummary {
  documents: number;
  passages: number;
  bytes: number;
  analysed: number;
  fromCache: number;
  problems: IngestProblem[];
}

interface Entry {
  cached: CachedFile;
  text: string;
  bytes: number;
  lineIndex?: LineIndex;
}

export class Corpus {
  private readonly entries = new Map<string, Entry>();
  private readonly index: PassageIndex;
  private bibliography = new Map<string, BibEntry>();
  private docs = new Map<string, SourceDocument>();
  private keyByFile = new Map<string, string>();
  /** Problems from the last walk (unreadable folders) and the cache. */
  private walkProblems: IngestProblem[] = [];
  private cacheProblems: IngestProblem[] = [];
  /** Files that could not be read, by path; cleared when the file reads again. */
  private readProblems = new Map<string, IngestProblem>();
  private bibliographyProblems: IngestProblem[] = [];
  private keyProblems: IngestProblem[] = [];
  private cacheLoaded = false;
  private changes = 0;
  private cacheDirty = false;

  constructor(
    private readonly reader: WorkspaceReader,
    private readonly options: CorpusOptions,
  ) {
    this.index = new PassageIndex(options.ranking);
  }

  /** Walks the roots and brings everything up to date, reporting documents done of total. */
  async refresh(onProgress = this.options.onProgress): Promise<RefreshSummary> {
    const previous = await this.loadCache();
    const listing = await listCorpus(this.reader, this.options.roots);
    this.walkProblems = listing.problems;
    const live = new Set(listing.sources);
    for (const file of [...this.entries.keys()]) if (!live.has(file)) this.forget(file);
    for (const file of [...this.readProblems.keys()]) if (!live.has(file)) this.readProblems.delete(file);
    let analysed = 0;
    let fromCache = 0;
    let done = 0;
    // Reads run a few files ahead of analysis: sequential awaits left the
    // CPU idle for a quarter of a warm start, waiting on the disk.
    const reads = listing.sources.map((file, i) => (i < READ_AHEAD ? this.read(file) : undefined));
    for (let i = 0; i < listing.sources.length; i++) {
      const file = listing.sources[i];
      const read = reads[i] ?? this.read(file);
      reads[i] = undefined;
      if (i + READ_AHEAD < listing.sources.length) reads[i + READ_AHEAD] = this.read(listing.sources[i + READ_AHEAD]);
      const outcome = this.load(file, previous.get(file), await read);
      if (outcome === 'analysed') analysed++;
      else if (outcome === 'cached') fromCache++;
      onProgress?.(++done, listing.sources.length);
    }
    this.bibliographyProblems = [];
    this.bibliography = await this.readBibliographies(listing.bibliographies, this.bibliographyProblems);
    this.rebuildDocuments();
    await this.saveCache();
    return { ...this.summary(), analysed, fromCache, problems: this.allProblems() };
  }

  /** Re-reads one file (created or changed); paths the walk would skip are ignored. */
  async updateFile(file: string): Promise<void> {
    if (!isIndexable(file, this.options.roots)) return;
    this.load(file, undefined, await this.read(file));
    this.rebuildDocuments();
    await this.saveCache();
  }

  /** Forgets one file (deleted). */
  async removeFile(file: string): Promise<void> {
    this.forget(file);
    this.readProblems.delete(file);
    this.rebuildDocuments();
    await this.saveCache();
  }

  /** Changes whenever documents change, so callers can drop what they derived. */
  get generation(): number {
    return this.changes;
  }

  summary(): { documents: number; passages: number; bytes: number } {
    let bytes = 0;
    for (const e of this.entries.values()) bytes += e.bytes;
    return { documents: this.docs.size, passages: this.index.passageCount, bytes };
  }

  documents(): SourceDocument[] {
    return [...this.docs.values()];
  }

  document(sourceId: string): SourceDocument | undefined {
    return this.docs.get(sourceId);
  }

  allProblems(): IngestProblem[] {
    const perFile = [...this.entries.values()].flatMap((e) => e.cached.problems);
    return [...this.walkProblems, ...this.cacheProblems, ...this.readProblems.values(), ...this.bibliographyProblems, ...this.keyProblems, ...perFile];
  }

  /** Best passages for a query, each once, with exact locations. */
  search(query: string, limit = 10, sourceIds?: ReadonlySet<string>, options?: SearchOptions): SearchResult[] {
    if (limit <= 0) return [];
    const accept = sourceIds ? (file: string) => sourceIds.has(this.keyByFile.get(file) ?? '') : undefined;
    const hits = this.index.search(query, Math.max(limit * 3, limit + 20), accept, options);
    const ranked = rankPassages(query, hits, (hit) => this.entries.get(hit.key)?.cached.sentences[hit.passage], this.index.ranking);
    const results: SearchResult[] = [];
    const seen = new Set<string>();
    for (const hit of ranked) {
      const result = this.toResult(hit.key, hit.passage, hit.score);
      if (!result) continue;
      const identity = `${result.sourceId}\u0000${result.text.toLowerCase()}`;
      if (seen.has(identity)) continue;
      seen.add(identity);
      results.push(result);
      if (results.length >= limit) break;
    }
    return results;
  }

  /** How informative an analysed term is in this corpus (passage-level idf; 0 if unseen). */
  termWeight(term: string): number {
    return this.index.idf(term);
  }

  /**
   * Like termWeight, but a term the corpus never uses weighs the most: for
   * judging support, a claim word no source contains is the strongest sign
   * that no source says it (weighing it 0 would let "the economy grew" be
   * "supported" by any passage mentioning growth).
   */
  claimTermWeight(term: string): number {
    return this.index.idf(term) || this.index.unseenIdf;
  }

  /** The sentences either side of a passage, for hovers and previews. */
  context(sourceId: string, sentence: number, radius = 1): Sentence[] {
    const doc = this.docs.get(sourceId);
    if (!doc) return [];
    const centre = doc.sentences[sentence];
    if (!centre) return [];
    return doc.sentences.slice(Math.max(0, sentence - radius), sentence + radius + 1).filter((s) => Math.abs(s.block - centre.block) <= 1);
  }

  lineIndex(sourceId: string): LineIndex | undefined {
    const doc = this.docs.get(sourceId);
    const entry = doc && this.entries.get(doc.file);
    if (!entry) return undefined;
    entry.lineIndex ??= new LineIndex(entry.text);
    return entry.lineIndex;
  }

  private toResult(file: string, passage: number, score: number): SearchResult | undefined {
    const sourceId = this.keyByFile.get(file);
    const doc = sourceId ? this.docs.get(sourceId) : undefined;
    const sentence = doc?.sentences[passage];
    const lines = sourceId ? this.lineIndex(sourceId) : undefined;
    if (!doc || !sentence || !lines || !sourceId) return undefined;
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

  /** Reads a file, or says why it was not read. Never throws. */
  private async read(file: string): Promise<FileRead> {
    try {
      const size = this.reader.fileSize ? await this.reader.fileSize(file) : undefined;
      const limit = this.options.maxFileBytes ?? 64 * 1024 * 1024;
      if (size !== undefined && size > limit) {
        return { refused: `${file}: ${(size / 1048576).toFixed(1)} MB is over the ${(limit / 1048576).toFixed(0)} MB limit for one source; skipped (raise the limit in settings or with --max-file-mb).` };
      }
      return { bytes: await this.reader.readFile(file) };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  }

  private load(file: string, previous: CachedFile | undefined, read: FileRead): 'analysed' | 'cached' | 'skipped' {
    if ('refused' in read) {
      this.replace(file, refused(file, read.refused));
      return 'skipped';
    }
    if ('error' in read) {
      this.forget(file);
      this.readProblems.set(file, { file, severity: 'error', message: `${file}: could not be read (${read.error}); skipped.` });
      return 'skipped';
    }
    const { bytes } = read;
    this.readProblems.delete(file);
    const hash = contentHash(bytes);
    const current = this.entries.get(file);
    if (current && current.cached.contentHash === hash) return 'cached';
    if (previous && previous.contentHash === hash) {
      // Decoded here only on the cached path: analyseFile decodes for itself.
      this.replace(file, previous, decodeText(file, bytes).text ?? '', bytes.byteLength, false);
      return 'cached';
    }
    const analysis = analyseFile(file, bytes);
    const cached: CachedFile = {
      file,
      contentHash: analysis.contentHash,
      declared: analysis.declared,
      guessed: analysis.guessed,
      problems: analysis.problems,
      sentences: analysis.sentences,
      segment: buildSegment(analysis.sentences.map((s) => s.text)),
    };
    this.replace(file, cached, analysis.text ?? '', bytes.byteLength);
    return 'analysed';
  }

  private replace(file: string, cached: CachedFile, text = '', bytes = 0, changed = true): void {
    this.entries.set(file, { cached, text, bytes });
    if (cached.sentences.length > 0) this.index.set(file, cached.segment);
    else this.index.delete(file);
    if (changed) this.cacheDirty = true;
  }

  private forget(file: string): void {
    if (this.entries.delete(file)) this.cacheDirty = true;
    this.index.delete(file);
  }

  private rebuildDocuments(): void {
    this.changes++;
    const readable = [...this.entries.values()].filter((e) => e.text !== '' || e.cached.sentences.length > 0);
    const { keys, problems } = assignUniqueKeys(readable.map((e) => ({ file: e.cached.file, key: proposeKey(e.cached.file, e.cached.declared.id) })));
    this.keyByFile = keys;
    this.docs = new Map();
    for (const entry of readable) {
      const sourceId = keys.get(entry.cached.file)!;
      this.docs.set(sourceId, {
        sourceId,
        file: entry.cached.file,
        contentHash: entry.cached.contentHash,
        text: entry.text,
        metadata: mergeMetadata(entry.cached.declared, this.bibliography.get(sourceId), entry.cached.guessed),
        sentences: entry.cached.sentences,
        problems: entry.cached.problems,
      });
    }
    this.keyProblems = problems;
  }

  private async readBibliographies(files: string[], problems: IngestProblem[]): Promise<Map<string, BibEntry>> {
    const entries = new Map<string, BibEntry>();
    for (const file of files) {
      try {
        const decoded = decodeText(file, await this.reader.readFile(file));
        problems.push(...decoded.problems);
        if (decoded.text === undefined) continue;
        const parsed = parseCslJson(file, decoded.text);
        problems.push(...parsed.problems);
        for (const entry of parsed.entries) entries.set(entry.id, entry);
      } catch (error) {
        problems.push({ file, severity: 'error', message: `${file}: could not be read (${error instanceof Error ? error.message : String(error)}).` });
      }
    }
    return entries;
  }

  private async loadCache(): Promise<Map<string, CachedFile>> {
    const map = new Map<string, CachedFile>();
    if (this.cacheLoaded || !this.options.cache) return map;
    this.cacheLoaded = true;
    const data = await this.options.cache.load().catch(() => undefined);
    if (!data) return map;
    const files = decodeCache(ENGINE_VERSION, data);
    if (!files) {
      this.cacheProblems = [{ file: '(cache)', severity: 'info', message: 'Index cache was unreadable or from another engine version; rebuilt.' }];
      return map;
    }
    for (const f of files) map.set(f.file, f);
    return map;
  }

  private async saveCache(): Promise<void> {
    if (!this.options.cache || !this.cacheDirty) return;
    this.cacheDirty = false;
    const files = [...this.entries.values()].map((e) => e.cached);
    try {
      await this.options.cache.save(encodeCache(ENGINE_VERSION, files));
    } catch (error) {
      this.cacheProblems = [{ file: '(cache)', severity: 'warning', message: `Index cache could not be written (${error instanceof Error ? error.message : String(error)}); the next start will re-index.` }];
    }
  }
}

/** How many files are read ahead of the one being analysed. */
const READ_AHEAD = 8;

type FileRead = { bytes: Uint8Array } | { refused: string } | { error: string };

function refused(file: string, message: string): CachedFile {
  return {
    file,
    contentHash: '',
    declared: {},
    guessed: {},
    problems: [{ file, severity: 'error', message }],
    sentences: [],
    segment: buildSegment([]),
  };
}
