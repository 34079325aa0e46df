/**
 * Plain data types shared by every engine module. Nothing here knows about
 * LSP, VS Code or the file system: positions follow the LSP convention
 * (0-based line, UTF-16 character) so the server converts without loss.
 */

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** Bibliographic facts about one source document. */
export interface SourceMetadata {
  title?: string;
  author?: string;
  publisher?: string;
  /** ISO-like date string as given (YYYY, YYYY-MM or YYYY-MM-DD). */
  date?: string;
  url?: string;
  /** Where each field came from, so hovers and `--stats` can explain it. */
  origin: Partial<Record<'title' | 'author' | 'publisher' | 'date' | 'url' | 'id', MetadataOrigin>>;
}

export type MetadataOrigin = 'front-matter' | 'bibliography' | 'heuristic' | 'file-name';

/**
 * [start, end) of the file replaced by `replacement` (a single space when
 * absent, i.e. the span separates words; "" when it joins them).
 */
export type Gap = [start: number, end: number, replacement?: string];

/** One sentence of a source, with exact provenance. */
export interface Sentence {
  /** Index of the sentence within its document. */
  index: number;
  /** UTF-16 offsets into the original file text: [start, end). */
  start: number;
  end: number;
  /**
   * Spans inside [start, end) where `text` does not read the file as it
   * stands: page headers and footers left out, Markdown or HTML markup
   * removed, HTML entities decoded. Usually absent. See `Gap`.
   */
  gaps?: Gap[];
  /** The sentence as the author wrote it, whitespace-normalised. */
  text: string;
  /** Index of the block (paragraph, list item, table row) it belongs to. */
  block: number;
  /** 1-based page, for sources with pages (form-feed separated text, PDFs). */
  page?: number;
}

/** A problem found while reading a file; never fatal. */
export interface IngestProblem {
  file: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
}

/** A source document after ingest: text, metadata, sentences. */
export interface SourceDocument {
  /** Citation key, unique in the corpus. */
  sourceId: string;
  /** Path as the host reported it (the engine never opens it itself). */
  file: string;
  /** Hash of the file's bytes, for the cache. */
  contentHash: string;
  /** The decoded file text; all offsets and positions refer to it. */
  text: string;
  metadata: SourceMetadata;
  /**
   * The document's bibliography entry as CSL-JSON, when a bibliography in
   * the corpus has one (by key or attached file): what reference lists are
   * rendered from (structured names, type, container), beyond `metadata`.
   */
  csl?: Record<string, unknown>;
  sentences: Sentence[];
  problems: IngestProblem[];
  /**
   * The abbreviations the text defines, with their long forms ("PA": "personal advisers"), when the index found them
   * (see text/abbreviationDefinitions.ts); absent in a document built otherwise, whose text is then read for them.
   */
  abbreviations?: Readonly<Record<string, string>>;
}

export interface SearchResult {
  sourceId: string;
  title: string;
  file: string;
  range: Range;
  /** UTF-16 offsets of the passage in the file. */
  start: number;
  end: number;
  text: string;
  score: number;
  page?: number;
}
