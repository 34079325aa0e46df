/**
 * Brings one corpus file's analysis up to date: trusts a known analysis
 * whose size and time match the file's, else reads the bytes (refusing
 * files over the size limit), hashes them, keeps the analysis of the same
 * bytes (current or cached) and only otherwise extracts (PDF, Word) and
 * analyses. Split in two so the corpus can read ahead: `prepare` is the part
 * that waits on the disk or the extractor's thread, `load` the part that
 * computes and files the outcome in the target.
 *
 * Invariants: never throws (an unreadable file is a problem of that file);
 * an analysis is filed under a size and time only when they identify its
 * bytes (see read); a transient extraction failure is filed with an empty
 * content hash, so it is never taken for the file's analysis and is retried.
 */
import type { IngestProblem } from '../types.js';
import type { DocumentExtractor, ExtractedDocument, FileStat, WorkspaceReader } from '../host.js';
import { analyseExtracted, analyseFile, type AnalysedFile } from '../ingest/analyseFile.js';
import { readerFor } from '../ingest/readers/index.js';
import { contentHash } from '../text/hash.js';
import { buildSegment } from '../index/segment.js';
import type { CachedFile } from './cacheCodec.js';
import { errorMessage } from '../text/errorText.js';
import { extractionFailure } from '../ingest/extract/extractionFailure.js';
import { abbreviationDefinitions } from '../text/abbreviationDefinitions.js';

/** Where a loaded file's outcome goes: the corpus's store, index and cache state. */
export interface LoadTarget {
  /** The analysis currently indexed for a file. */
  current(file: string): CachedFile | undefined;
  /** Files an analysis (changed = false when it is the cache's, unchanged). */
  replace(file: string, cached: CachedFile, changed?: boolean): void;
  /** Drops a file that cannot be read. */
  forget(file: string): void;
  /** The cache must be written (an analysis got a new size and time). */
  markDirty(): void;
}

export type LoadOutcome = 'analysed' | 'cached' | 'skipped';

/**
 * A known analysis whose size and time match the file's; or a read file,
 * its hash when already computed, and its extracted text when it needed
 * extracting.
 */
export type Prepared = { trusted: CachedFile } | { read: FileRead; hash?: string; extracted?: Extraction };

/** Read bytes, with the time to file them under when it can identify them. */
type FileRead = { bytes: Uint8Array; mtimeMs?: number } | { refused: string } | { error: string };

/** An extraction; `transient` when the extractor failed rather than the document. */
type Extraction = ExtractedDocument & { transient?: boolean };

/**
 * A file written less than this long ago is not trusted by its time alone:
 * file systems keep times to between a nanosecond and two seconds (FAT).
 */
const RECENT_WRITE_MS = 3000;

export class FileLoader {
  /** Files that could not be read, by path; cleared when the file reads again. */
  private readonly readProblems = new Map<string, IngestProblem>();

  constructor(
    private readonly reader: WorkspaceReader,
    private readonly extractor: DocumentExtractor,
    private readonly maxFileBytes: number,
    private readonly target: LoadTarget,
  ) {}

  problems(): IngestProblem[] {
    return [...this.readProblems.values()];
  }

  hasProblem(file: string): boolean {
    return this.readProblems.has(file);
  }

  /** Forgets the read problem of a file (deleted, or no longer in the corpus). */
  dropProblem(file: string): void {
    this.readProblems.delete(file);
  }

  /** Files with a read problem. */
  problemFiles(): string[] {
    return [...this.readProblems.keys()];
  }

  async stat(file: string): Promise<FileStat | undefined> {
    return this.reader.fileStat?.(file).catch(() => undefined);
  }

  /**
   * Gets a file ready to load: nothing to read when its size and time are
   * those of its analysis (current, or in the cache); else its bytes and,
   * for PDF and Word files whose bytes changed, their extracted text. This
   * is the part of loading that waits on the disk or another thread.
   */
  async prepare(file: string, previous: CachedFile | undefined, stat: FileStat | undefined): Promise<Prepared> {
    const current = this.target.current(file);
    for (const known of [current, previous]) if (known && stat && unchanged(known, stat)) return { trusted: known };
    const read = await this.read(file, stat);
    const extract = readerFor(file)?.extract;
    if (!('bytes' in read) || !extract) return { read };
    const hash = contentHash(read.bytes);
    if (current?.contentHash === hash || previous?.contentHash === hash) return { read, hash };
    return { read, hash, extracted: await this.extract(file, read.bytes) };
  }

  /** Files the prepared file's outcome in the target. */
  async load(file: string, previous: CachedFile | undefined, prepared: Prepared): Promise<LoadOutcome> {
    const { target } = this;
    if ('trusted' in prepared) {
      if (target.current(file) !== prepared.trusted) target.replace(file, prepared.trusted, false);
      return 'cached';
    }
    const { read } = prepared;
    if ('refused' in read) {
      target.replace(file, refused(file, read.refused));
      return 'skipped';
    }
    if ('error' in read) {
      target.forget(file);
      this.readProblems.set(file, { file, severity: 'error', message: `${file}: could not be read (${read.error}); skipped.` });
      return 'skipped';
    }
    const { bytes } = read;
    this.readProblems.delete(file);
    const hash = prepared.hash ?? contentHash(bytes);
    const current = target.current(file);
    // Same bytes under a new time (touched, copied, checked out again): keep
    // the analysis and remember the time, so the next refresh need not read.
    if (current && current.contentHash === hash) {
      if (restamp(current, bytes.byteLength, read.mtimeMs)) target.markDirty();
      return 'cached';
    }
    const extracting = readerFor(file)?.extract !== undefined;
    if (previous && previous.contentHash === hash) {
      // The text is in the cache too: an extracted format is never extracted twice.
      target.replace(file, previous, restamp(previous, bytes.byteLength, read.mtimeMs));
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
      abbreviations: abbreviationDefinitions(text),
    };
    if (read.mtimeMs !== undefined) cached.mtimeMs = read.mtimeMs;
    // No hash matches '', so a transient failure is never taken as this
    // file's analysis (nor, see unchanged(), its size and time).
    if (transient) cached.contentHash = '';
    target.replace(file, cached);
    return 'analysed';
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
      const limit = this.maxFileBytes;
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
      return { error: errorMessage(error) };
    }
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
      return { ...extractionFailure(file, error), transient: true };
    }
  }
}

/** Records a file's size and time on the analysis of its (unchanged) bytes; returns whether they differed. */
function restamp(cached: CachedFile, size: number, mtimeMs: number | undefined): boolean {
  if (cached.size === size && cached.mtimeMs === mtimeMs) return false;
  cached.size = size;
  if (mtimeMs === undefined) delete cached.mtimeMs;
  else cached.mtimeMs = mtimeMs;
  return true;
}

/** Whether a file's size and time say it still holds the bytes this analysis was made from. */
function unchanged(known: CachedFile, stat: FileStat): boolean {
  return known.mtimeMs !== undefined && known.mtimeMs === stat.mtimeMs && known.size === stat.size && known.contentHash !== '';
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
    abbreviations: {},
  };
}
