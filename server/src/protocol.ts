/**
 * Sourced's own LSP extensions: the custom requests, notifications, commands
 * and settings shared by the server and the VS Code client. Types only and
 * string constants, no runtime imports, so the client bundle stays small and
 * other editors can call the same methods. Positions are LSP (0-based line,
 * UTF-16 character); URIs are `file:` URIs.
 */

export interface LspPosition {
  line: number;
  character: number;
}
export interface LspRange {
  start: LspPosition;
  end: LspPosition;
}

/** One passage of the corpus, ready to show or insert verbatim. */
export interface PassageHit {
  sourceId: string;
  title: string;
  uri: string;
  range: LspRange;
  /** Verbatim passage text (what a quote inserts). */
  text: string;
  score: number;
  page?: number;
  /** The quote with its citation, in the user's configured insertion style. */
  insertText: string;
  /** `sourced/evidence` only: the passage supports the claim (covers its terms and figures), rather than merely relating to it. */
  supports?: boolean;
}

/** `sourced/search`: live corpus search (the Search corpus QuickPick). */
export const SearchRequest = 'sourced/search';
export interface SearchParams {
  query: string;
  limit?: number;
  /** draft the result will be inserted into (for its settings) */ uri?: string;
}
export type SearchResult = PassageHit[];

/** `sourced/evidence`: supporting passages for the paragraph at a position. */
export const EvidenceRequest = 'sourced/evidence';
export interface EvidenceParams {
  uri: string;
  position: LspPosition;
}
export interface EvidenceResult {
  paragraph: LspRange;
  claims: Array<{ range: LspRange; text: string; evidence: PassageHit[] }>;
}

/** `sourced/sources`: corpus documents for the Sources tree view. */
export const SourcesRequest = 'sourced/sources';
export interface SourceInfo {
  sourceId: string;
  title: string;
  author?: string;
  publisher?: string;
  date?: string;
  url?: string;
  uri: string;
  /** Range of the document's first passage (where "open" lands). */
  firstPassage: LspRange;
  passages: number;
  /** Citations of this source across open and workspace drafts. */
  citationCount: number;
}
export type SourcesResult = SourceInfo[];

/**
 * `sourced/sourceText`: the extracted text of a PDF or Word source, for a
 * client that shows it as a read-only virtual document (URIs with
 * SOURCE_TEXT_SCHEME, offered when the client's initializationOptions carry
 * `{ virtualSourceDocuments: true }`). Returns null for an unknown source.
 */
export const SourceTextRequest = 'sourced/sourceText';
export const SOURCE_TEXT_SCHEME = 'sourced-source';
export interface SourceTextParams {
  uri: string;
}
export type SourceTextResult = { text: string } | null;

/** `sourced/reindex`: rebuild the index from the corpus folders. */
export const ReindexRequest = 'sourced/reindex';
/** What `sourced/reindex` answers once the index is rebuilt (null if it failed). */
export interface ReindexResult {
  documents: number;
  passages: number;
}

/** `sourced/status` (server → client notification): drives the status bar and Sources view refresh. */
export const StatusNotification = 'sourced/status';
export interface StatusParams {
  state: 'indexing' | 'ready' | 'error';
  done?: number;
  total?: number;
  documents?: number;
  passages?: number;
  message?: string;
}

/** Code action kind of the "Insert references section" source action. */
export const InsertReferencesKind = 'source.sourced.insertReferences';

/** Client command ids (category "Sourced"). */
export const Commands = {
  search: 'sourced.searchCorpus',
  reindex: 'sourced.reindexCorpus',
  showEvidence: 'sourced.showEvidence',
  insertReferences: 'sourced.insertReferences',
  openSource: 'sourced.openSourceAtPassage',
} as const;

/** Settings (all `resource` scope except trace), applied without a reload. */
export interface SourcedSettings {
  /** maxFileMB: single sources larger than this are refused with a message (raise it for huge exports). */
  corpus: { folders: string[]; maxFileMB: number };
  claims: { sensitivity: 'low' | 'medium' | 'high' };
  quotes: { insertStyle: 'inline' | 'blockquote' };
  /** Per diagnostic code: a severity, or "off" to not report it. */
  diagnostics: { severity: Record<string, 'error' | 'warning' | 'information' | 'hint' | 'off'>; maxPerFile: number };
}

export const DEFAULT_SETTINGS: SourcedSettings = {
  corpus: { folders: ['corpus'], maxFileMB: 64 },
  claims: { sensitivity: 'medium' },
  quotes: { insertStyle: 'inline' },
  diagnostics: { severity: {}, maxPerFile: 200 },
};

/** Claim sensitivity names → the engine's [-1, 1] scale. */
export const SENSITIVITY_VALUE = { low: -0.6, medium: 0, high: 0.6 } as const;
