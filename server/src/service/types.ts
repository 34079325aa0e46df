/**
 * The language service's own types: plain data in and out, no protocol
 * types. Offsets are UTF-16 code units into the document text and ranges
 * are LSP-style (0-based line, UTF-16 character), as everywhere in the
 * engine; the server converts these to and from LSP messages.
 */
import type { Corpus } from '../engine/corpus/corpus.js';
import type { WorkspaceReader } from '../engine/host.js';
import type { Position, Range } from '../engine/types.js';
import type { SourcedSettings } from '../protocol.js';
import type { verifyQuote } from '../engine/verify/quoteVerifier.js';

export type { Position, Range };

/** A draft as the editor has it: the text of one version. */
export interface ServiceDocument {
  uri: string;
  version: number;
  text: string;
  /** The editor's language id; only `markdown` documents are drafts. */
  languageId?: string;
}

/** The editor gave up on a request (the cursor moved on); long work checks it and stops. */
export interface CancellationToken {
  readonly isCancellationRequested: boolean;
}

export const NO_CANCELLATION: CancellationToken = { isCancellationRequested: false };

export interface Location {
  uri: string;
  range: Range;
}

/** The index as the service sees it: the current corpus and whether it is complete. */
export interface CorpusAccess {
  /** The corpus, once one has been created (it may still be indexing). */
  current(): Corpus | undefined;
  /** True when no full (re)index is queued or running. */
  isReady(): boolean;
  /** Resolves true once indexed, false if the token is cancelled first. */
  whenReady(token?: CancellationToken): Promise<boolean>;
}

/** The editor's open documents (their unsaved text is what the user sees). */
export interface OpenDocuments {
  get(uri: string): ServiceDocument | undefined;
  all(): ServiceDocument[];
}

/** Paths ⇄ URIs, implemented by the host (server/src/node/uris.ts). */
export interface UriMapper {
  /** The `file:` URI of a path. */
  fileUri(path: string): string;
  /** The path a `file:` URI names, or undefined for any other URI. */
  pathOf(uri: string): string | undefined;
  /** The URI a client opens for a corpus source (a virtual document for extracted PDF and Word text, when the client shows those). */
  sourceUri(file: string): string;
  /** The source file a source URI (either form) names, or undefined. */
  sourceFileOf(uri: string): string | undefined;
}

/** Everything the service is created with: the injected workspace. */
export interface LanguageServiceInit {
  corpus: CorpusAccess;
  documents: OpenDocuments;
  /** Reads the workspace's files (drafts on disk for references and citation counts). */
  files: WorkspaceReader;
  /** The workspace folders (absolute paths). */
  workspaceFolders(): readonly string[];
  /** The corpus folders being indexed (absolute paths): files in them are sources, not drafts. */
  corpusRoots(): readonly string[];
  /** The `sourced` settings for a document or folder URI (undefined: the window's). */
  settings(scopeUri?: string): Promise<SourcedSettings>;
  uris: UriMapper;
  /** The quote verifier (injected by tests to count calls). */
  verifyQuote?: typeof verifyQuote;
  /** How many document versions' analyses to keep (default 16). */
  analysisCacheSize?: number;
}
