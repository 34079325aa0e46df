/**
 * The corpus: the set of source documents under some root folders, their
 * analysis, citation keys, metadata and the passage index. It reads through
 * an injected `WorkspaceReader`, re-analyses only files whose bytes changed,
 * and persists analyses through an optional `CacheStore`.
 */
import type { IngestProblem, SearchResult, Sentence, SourceDocument } from '../types.js';
import { baseName, type CacheStore, type DocumentExtractor, type ExtractedDocument, type FileStat, type WorkspaceReader } from '../host.js';
import { analyseExtracted, analyseFile, type AnalysedFile } from '../ingest/analyseFile.js';
import { readerFor } from '../ingest/readers/index.js';
import { inlineExtractor } from '../ingest/extract/extractDocument.js';
import { decodeText } from '../ingest/decode.js';
import { contentHash } from '../text/hash.js';
import { assignUniqueKeys, proposeKey } from '../ingest/citationKey.js';
import { bibliographyKind, parseCslJson, type BibEntry } from '../ingest/bibliography.js';
import { parseBibtex } from '../ingest/bibtex.js';
import { mergeMetadata } from '../ingest/metadata.js';
import { buildSegment } from '../index/segment.js';
import { PassageIndex, type IndexHit, type RankingParams, type SearchOptions } from '../index/passageIndex.js';
import { lineIndexOf, passageOf, sentenceAccessOf, type CachedFile, type SentenceAccess } from './cacheCodec.js';
import { CorpusPersistence } from './corpusPersistence.js';
import { isBibliographyPath, isIndexable, listCorpus } from './walk.js';
import { LineIndex } from '../text/lineIndex.js';
import { rankPassages } from './rankPassages.js';
import { defineLazyField } from './lazyField.js';

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

interface Entry {
  cached: CachedFile;
  lineIndex?: LineIndex;
  sentenceAccess?: SentenceAccess;
}

export class Corpus {
  private readonly entries = new Map<string, Entry>();
  private readonly index: PassageIndex;
  private bibliography = new Map<string, BibEntry>();
  /** Bibliography entries by attached file name (lower case), from `file` fields. */
  private bibliographyByFile = new Map<string, BibEntry>();
  private bibliographyFiles: string[] = [];
  private docs = new Map<string, SourceDocument>();
  private keyByFile = new Map<string, string>();
  /** Problems from the last walk (unreadable folders) and the cache. */
  private walkProblems: IngestProblem[] = [];
  /** The index cache: loaded once, saved when dirty. */
  private readonly persistence: CorpusPersistence;
  /** Files that could not be read, by path; cleared when the file reads again. */
  private readProblems = new Map<string, IngestProblem>();
  private bibliographyProblems: IngestProblem[] = [];
  private keyProblems: IngestProblem[] = [];
  private readonly extractor: DocumentExtractor;
  private changes = 0;

  constructor(
    private readonly reader: WorkspaceReader,
    private readonly options: CorpusOptions,
  ) {
    this.index = new PassageIndex(options.ranking);
    this.extractor = options.extractor ?? reader.extractor ?? inlineExtractor;
    this.persistence = new CorpusPersistence(options.cache);
  }

  private async saveCache(): Promise<void> {
    await this.persistence.save(() => [...this.entries.values()].map((e) => e.cached));
  }

  /** Walks the roots and brings everything up to date, reporting documents done of total. */
  async refresh(onProgress = this.options.onProgress): Promise<RefreshSummary> {
    const previous = await this.persistence.load();
    const listing = await listCorpus(this.reader, this.options.roots);
    this.walkProblems = listing.problems;
    const live = new Set(listing.sources);
    for (const file of [...this.entries.keys()]) if (!live.has(file)) this.forget(file);
    for (const file of [...this.readProblems.keys()]) if (!live.has(file)) this.readProblems.delete(file);
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
    const stats = await Promise.all(sources.map((file) => this.stat(file)));
    const ahead = (i: number) => this.prepare(sources[i], previous.get(sources[i]), stats[i]);
    const reads = sources.map((_, i) => (i < READ_AHEAD ? ahead(i) : undefined));
    for (let i = 0; i < sources.length; i++) {
      const file = sources[i];
      const read = reads[i] ?? ahead(i);
      reads[i] = undefined;
      if (i + READ_AHEAD < sources.length) reads[i + READ_AHEAD] = ahead(i + READ_AHEAD);
      const outcome = await this.load(file, previous.get(file), await read);
      if (outcome === 'analysed') analysed++;
      else if (outcome === 'cached') fromCache++;
      onProgress?.(++done, listing.sources.length);
    }
    this.bibliographyFiles = listing.bibliographies;
    await this.loadBibliographies();
    this.rebuildDocuments();
    await this.saveCache();
    return { ...this.summary(), analysed, fromCache, problems: this.allProblems() };
  }

  /**
   * Re-reads one file (created or changed); paths the walk would skip are
   * ignored. A bibliography (CSL-JSON, BibTeX) re-reads the bibliographies,
   * whose entries change every document's metadata they match.
   */
  /**
   * Re-reads one file after a change. Returns whether the corpus changed:
   * false for a file the walk skips or whose content is what was indexed,
   * so callers need not re-check drafts for nothing.
   */
  async updateFile(file: string): Promise<boolean> {
    if (isBibliographyPath(file, this.options.roots)) {
      if (!this.bibliographyFiles.includes(file)) this.bibliographyFiles = [...this.bibliographyFiles, file].sort();
      await this.loadBibliographies();
      this.rebuildDocuments();
      return true;
    }
    if (!isIndexable(file, this.options.roots)) return false;
    const hadProblem = this.readProblems.has(file);
    const outcome = await this.load(file, undefined, await this.prepare(file, undefined, await this.stat(file)));
    if (outcome === 'cached' && !hadProblem) return false;
    this.rebuildDocuments();
    await this.saveCache();
    return true;
  }

  /** Forgets one file (deleted). */
  /** Drops one file. Returns whether the corpus changed (false for a file it never had). */
  async removeFile(file: string): Promise<boolean> {
    const bibliography = this.bibliographyFiles.includes(file);
    if (!bibliography && !this.entries.has(file) && !this.readProblems.has(file)) return false;
    if (bibliography) {
      this.bibliographyFiles = this.bibliographyFiles.filter((f) => f !== file);
      await this.loadBibliographies();
    }
    this.forget(file);
    this.readProblems.delete(file);
    this.rebuildDocuments();
    await this.saveCache();
    return true;
  }

  /** Changes whenever documents change, so callers can drop what they derived. */
  get generation(): number {
    return this.changes;
  }

  summary(): { documents: number; passages: number; bytes: number } {
    let bytes = 0;
    for (const e of this.entries.values()) bytes += e.cached.size;
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
    return [
      ...this.walkProblems,
      ...this.persistence.problems,
      ...this.readProblems.values(),
      ...this.bibliographyProblems,
      ...this.keyProblems,
      ...perFile,
    ];
  }

  /** Best passages for a query, each once, with exact locations. */
  search(query: string, limit = 10, sourceIds?: ReadonlySet<string>, options?: SearchOptions): SearchResult[] {
    if (limit <= 0) return [];
    const accept = sourceIds ? (file: string) => sourceIds.has(this.keyByFile.get(file) ?? '') : undefined;
    const hits = this.index.search(query, Math.max(limit * 3, limit + 20), accept, options);
    // Each hit's sentence is decoded once, for the re-rank and the result both.
    const decoded = new Map<string, Sentence | undefined>();
    const passage = (hit: IndexHit) => {
      const id = `${hit.key}\u0000${hit.passage}`;
      if (!decoded.has(id)) {
        const cached = this.entries.get(hit.key)?.cached;
        decoded.set(id, cached && passageOf(cached, hit.passage));
      }
      return decoded.get(id);
    };
    const ranked = rankPassages(query, hits, passage, this.index.ranking);
    const results: SearchResult[] = [];
    const seen = new Set<string>();
    for (const hit of ranked) {
      const result = this.toResult(hit.key, passage(hit), hit.score);
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

  /** A document's sentences one at a time, decoding only those read (see SentenceAccess). */
  sentenceAccess(sourceId: string): SentenceAccess | undefined {
    const doc = this.docs.get(sourceId);
    const entry = doc && this.entries.get(doc.file);
    if (!entry) return undefined;
    entry.sentenceAccess ??= sentenceAccessOf(entry.cached);
    return entry.sentenceAccess;
  }

  lineIndex(sourceId: string): LineIndex | undefined {
    const doc = this.docs.get(sourceId);
    const entry = doc && this.entries.get(doc.file);
    if (!entry) return undefined;
    entry.lineIndex ??= lineIndexOf(entry.cached);
    return entry.lineIndex;
  }

  private toResult(file: string, sentence: Sentence | undefined, score: number): SearchResult | undefined {
    const sourceId = this.keyByFile.get(file);
    const doc = sourceId ? this.docs.get(sourceId) : undefined;
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

  /**
   * Reads a file, or says why it was not read. Never throws. The time is
   * taken before the read, so bytes written after it are never filed
   * under it; and it is kept only when the file was last written a while
   * ago: a write within the clock's resolution of ours could leave the
   * time unchanged (the "racy" case git's index also guards against).
   */
  private async read(file: string, stat: FileStat | undefined): Promise<FileRead> {
    try {
      const limit = this.options.maxFileBytes ?? 64 * 1024 * 1024;
      if (stat && stat.size > limit) {
        return {
          refused:
            `${file}: ${(stat.size / 1048576).toFixed(1)} MB is over the ${(limit / 1048576).toFixed(0)} MB limit for one source; ` +
            'skipped (raise sourced.corpus.maxFileMB in the editor settings, or --max-file-mb on the command line).',
        };
      }
      const bytes = await this.reader.readFile(file);
      const settled = stat && stat.size === bytes.byteLength && Date.now() - stat.mtimeMs > RECENT_WRITE_MS;
      return settled ? { bytes, mtimeMs: stat.mtimeMs } : { bytes };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  }

  private async stat(file: string): Promise<FileStat | undefined> {
    return this.reader.fileStat?.(file).catch(() => undefined);
  }

  /**
   * Gets a file ready to load: nothing to read when its size and time are
   * those of its analysis (current, or in the cache); else its bytes and,
   * for PDF and Word files whose bytes changed, their extracted text. This
   * is the part of loading that waits on the disk or another thread.
   */
  private async prepare(file: string, previous: CachedFile | undefined, stat: FileStat | undefined): Promise<Prepared> {
    const current = this.entries.get(file)?.cached;
    for (const known of [current, previous]) if (known && stat && unchanged(known, stat)) return { trusted: known };
    const read = await this.read(file, stat);
    const extract = readerFor(file)?.extract;
    if (!('bytes' in read) || !extract) return { read };
    const hash = contentHash(read.bytes);
    if (current?.contentHash === hash || previous?.contentHash === hash) return { read, hash };
    return { read, hash, extracted: await this.extract(file, read.bytes) };
  }

  /**
   * Never rejects: a failing extractor (a worker that died or timed out) is
   * a problem for this file only, and a passing one: the file is tried again
   * on the next refresh, where a document that cannot be read is not.
   */
  private async extract(file: string, bytes: Uint8Array): Promise<Extraction> {
    const format = readerFor(file)?.extract ?? 'pdf';
    try {
      return await this.extractor.extract(file, format, bytes);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return {
        text: undefined,
        properties: {},
        problems: [{ file, severity: 'error', message: `${file}: could not extract its text (${reason}); skipped.` }],
        transient: true,
      };
    }
  }

  private async load(file: string, previous: CachedFile | undefined, prepared: Prepared): Promise<'analysed' | 'cached' | 'skipped'> {
    if ('trusted' in prepared) {
      if (this.entries.get(file)?.cached !== prepared.trusted) this.replace(file, prepared.trusted, false);
      return 'cached';
    }
    const { read } = prepared;
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
    const hash = prepared.hash ?? contentHash(bytes);
    const current = this.entries.get(file);
    // Same bytes under a new time (touched, copied, checked out again): keep
    // the analysis and remember the time, so the next refresh need not read.
    if (current && current.cached.contentHash === hash) {
      if (this.restamp(current.cached, bytes.byteLength, read.mtimeMs)) this.persistence.markDirty();
      return 'cached';
    }
    const extracting = readerFor(file)?.extract !== undefined;
    if (previous && previous.contentHash === hash) {
      // The text is in the cache too: an extracted format is never extracted twice.
      this.replace(file, previous, this.restamp(previous, bytes.byteLength, read.mtimeMs));
      return 'cached';
    }
    let analysis: AnalysedFile;
    let transient = false;
    if (extracting) {
      const extracted = prepared.extracted ?? (await this.extract(file, bytes));
      transient = extracted.transient === true;
      analysis = analyseExtracted(file, hash, extracted);
    } else analysis = analyseFile(file, bytes, hash);
    const text = analysis.text ?? '';
    const cached: CachedFile = {
      file,
      contentHash: analysis.contentHash,
      size: bytes.byteLength,
      declared: analysis.declared,
      guessed: analysis.guessed,
      problems: analysis.problems,
      sentences: analysis.sentences,
      segment: buildSegment(analysis.sentences.map((s) => s.text)),
      text,
      textLength: text.length,
    };
    if (read.mtimeMs !== undefined) cached.mtimeMs = read.mtimeMs;
    // No hash matches '', so a transient failure is never taken as this
    // file's analysis (nor, see unchanged(), its size and time).
    if (transient) cached.contentHash = '';
    this.replace(file, cached);
    return 'analysed';
  }

  /** Records a file's size and time on the analysis of its (unchanged) bytes; returns whether they differed. */
  private restamp(cached: CachedFile, size: number, mtimeMs: number | undefined): boolean {
    if (cached.size === size && cached.mtimeMs === mtimeMs) return false;
    cached.size = size;
    if (mtimeMs === undefined) delete cached.mtimeMs;
    else cached.mtimeMs = mtimeMs;
    return true;
  }

  private replace(file: string, cached: CachedFile, changed = true): void {
    this.entries.set(file, { cached });
    if (cached.segment.passageCount > 0) this.index.set(file, cached.segment);
    else this.index.delete(file);
    if (changed) this.persistence.markDirty();
  }

  private forget(file: string): void {
    if (this.entries.delete(file)) this.persistence.markDirty();
    this.index.delete(file);
  }

  private rebuildDocuments(): void {
    this.changes++;
    const readable = [...this.entries.values()].filter((e) => e.cached.textLength > 0 || e.cached.segment.passageCount > 0);
    // A bibliography entry that lists a document as its attachment gives it
    // its key (what the user's reference manager cites it as), unless the
    // document's front matter names one.
    const attachedEntry = (file: string) => this.bibliographyFor(file);
    const { keys, problems } = assignUniqueKeys(
      readable.map((e) => ({
        file: e.cached.file,
        key: proposeKey(e.cached.file, e.cached.declared.id ?? attachedEntry(e.cached.file)?.id),
      })),
    );
    this.keyByFile = keys;
    this.docs = new Map();
    for (const entry of readable) {
      const sourceId = keys.get(entry.cached.file)!;
      const bib = this.bibliography.get(sourceId) ?? attachedEntry(entry.cached.file);
      const { cached } = entry;
      const doc = {
        sourceId,
        file: cached.file,
        contentHash: cached.contentHash,
        metadata: mergeMetadata(cached.declared, bib, cached.guessed),
        problems: cached.problems,
      } as SourceDocument;
      // Read through to the cache entry, which decodes them on first use: most documents are never read.
      defineLazyField(doc, 'text', () => cached.text);
      defineLazyField(doc, 'sentences', () => cached.sentences);
      if (bib) doc.csl = bib.csl;
      this.docs.set(sourceId, doc);
    }
    this.keyProblems = problems;
  }

  /** The entry whose `file` field names this document: same file name, else same name without extension. */
  private bibliographyFor(file: string): BibEntry | undefined {
    if (this.bibliographyByFile.size === 0) return undefined;
    const name = baseName(file).toLowerCase();
    return this.bibliographyByFile.get(name) ?? this.bibliographyByFile.get(stem(name));
  }

  private async loadBibliographies(): Promise<void> {
    this.bibliographyProblems = [];
    const entries = await this.readBibliographies(this.bibliographyFiles, this.bibliographyProblems);
    this.bibliography = new Map(entries.map((e) => [e.id, e]));
    this.bibliographyByFile = new Map();
    for (const entry of entries) {
      for (const name of entry.files ?? []) {
        const lower = name.toLowerCase();
        if (!this.bibliographyByFile.has(lower)) this.bibliographyByFile.set(lower, entry);
        if (!this.bibliographyByFile.has(stem(lower))) this.bibliographyByFile.set(stem(lower), entry);
      }
    }
  }

  /** Every entry of every bibliography, in file order; a later file's entry wins a shared key. */
  private async readBibliographies(files: string[], problems: IngestProblem[]): Promise<BibEntry[]> {
    const entries = new Map<string, BibEntry>();
    for (const file of files) {
      try {
        const kind = bibliographyKind(baseName(file));
        // Any .json is tried as a bibliography; a large data file is not read to find out.
        if (kind === 'maybe' && ((await this.stat(file))?.size ?? 0) > MAX_GUESSED_BIBLIOGRAPHY_BYTES) continue;
        const decoded = decodeText(file, await this.reader.readFile(file));
        problems.push(...decoded.problems);
        if (decoded.text === undefined) continue;
        const isBibtex = /\.bib(?:tex)?$/i.test(file);
        const parsed = isBibtex ? await parseBibtex(file, decoded.text) : parseCslJson(file, decoded.text, kind === 'maybe');
        problems.push(...parsed.problems);
        for (const entry of parsed.entries) entries.set(entry.id, entry);
      } catch (error) {
        problems.push({
          file,
          severity: 'error',
          message: `${file}: could not be read (${error instanceof Error ? error.message : String(error)}).`,
        });
      }
    }
    return [...entries.values()];
  }
}

/** A `.json` file not named as a bibliography is read as one only up to this size. */
const MAX_GUESSED_BIBLIOGRAPHY_BYTES = 16 * 1024 * 1024;

/** How many files are read ahead of the one being analysed. */
const READ_AHEAD = 8;

/**
 * A file written less than this long ago is not trusted by its time alone:
 * file systems keep times to between a nanosecond and two seconds (FAT).
 */
const RECENT_WRITE_MS = 3000;

/** Read bytes, with the time to file them under when it can identify them. */
type FileRead = { bytes: Uint8Array; mtimeMs?: number } | { refused: string } | { error: string };

/**
 * A known analysis whose size and time match the file's; or a read file,
 * its hash when already computed, and its extracted text when it needed
 * extracting.
 */
type Prepared = { trusted: CachedFile } | { read: FileRead; hash?: string; extracted?: Extraction };

/** Whether a file's size and time say it still holds the bytes this analysis was made from. */
function unchanged(known: CachedFile, stat: FileStat): boolean {
  return known.mtimeMs !== undefined && known.mtimeMs === stat.mtimeMs && known.size === stat.size && known.contentHash !== '';
}

/** An extraction; `transient` when the extractor failed rather than the document. */
type Extraction = ExtractedDocument & { transient?: boolean };

function stem(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

function refused(file: string, message: string): CachedFile {
  return {
    file,
    contentHash: '',
    size: 0,
    declared: {},
    guessed: {},
    problems: [{ file, severity: 'error', message }],
    sentences: [],
    segment: buildSegment([]),
    text: '',
    textLength: 0,
  };
}
