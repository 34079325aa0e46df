/**
 * Publishes the draft checker's findings as LSP diagnostics, refreshed for
 * every open draft when the corpus or the settings change; when and in what
 * order drafts are checked is CheckScheduler's business. While the corpus
 * is still indexing, drafts get one information notice instead of false
 * "no source" findings.
 *
 * Each document is checked with its own settings (sensitivity, severities,
 * the cap per file) and its own DraftChecker: the checker memoises per
 * sentence and trims its memo to the sentences of the draft it checked
 * last, so one checker shared by fifty drafts forgot the long draft being
 * edited every time a short one was checked, and re-checked all of it
 * (measured: 30 ms became 500 ms). The last findings are kept per document
 * version, so hovers and quick fixes use what the user sees.
 *
 * Stale findings are never shown: a check is synchronous and reads the
 * document as it is when it runs, and it publishes that version.
 */
import { fileURLToPath } from 'node:url';
import type { Connection, Diagnostic, TextDocuments } from 'vscode-languageserver/node.js';
import { DiagnosticSeverity } from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DraftChecker, type CheckOptions } from '../engine/check/checkDraft.js';
import type { DraftDiagnostic, Severity } from '../engine/check/diagnostics.js';
import type { Corpus } from '../engine/corpus/corpus.js';
import type { CorpusService } from './corpusService.js';
import type { DraftCache } from './draftCache.js';
import { CheckScheduler } from './checkScheduler.js';
import { sourceUri } from './sourceUri.js';


const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

interface CheckedDraft {
  version: number;
  diagnostics: DraftDiagnostic[];
}

export class DiagnosticsPublisher {
  private readonly latestByUri = new Map<string, CheckedDraft>();
  private readonly checkers = new Map<string, { corpus: Corpus; checker: DraftChecker }>();
  private readonly scheduler: CheckScheduler;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly corpus: CorpusService,
    /** The document's check options (from its settings). */
    private readonly optionsFor: (uri: string) => Promise<CheckOptions>,
    /** Parsed drafts shared with the other providers, so an edit is parsed once. */
    private readonly drafts: DraftCache,
  ) {
    this.scheduler = new CheckScheduler(
      (uri) => this.prepare(uri),
      (uri, error) => this.connection.console.error(`Sourced: checking ${uri} failed: ${error instanceof Error ? error.stack : String(error)}`),
    );
  }

  /** The document was opened or edited. */
  schedule(uri: string): void {
    this.scheduler.edited(uri);
  }

  refreshAll(): void {
    for (const doc of this.documents.all()) this.scheduler.refresh(doc.uri);
  }

  clear(uri: string): void {
    this.scheduler.cancel(uri);
    this.latestByUri.delete(uri);
    this.checkers.delete(uri);
    this.send(uri, undefined, []);
  }

  /** The findings last published for this version of the document, if any. */
  latest(uri: string, version: number): DraftDiagnostic[] | undefined {
    const found = this.latestByUri.get(uri);
    return found && found.version === version ? found.diagnostics : undefined;
  }

  /** Reads the settings (may ask the client), then hands the scheduler the check to run. */
  private async prepare(uri: string): Promise<(() => void) | undefined> {
    const doc = this.documents.get(uri);
    if (!doc || doc.languageId !== 'markdown') return undefined;
    if (!this.corpus.isReady) return () => this.run(uri, undefined);
    const options = await this.optionsFor(uri);
    return () => this.run(uri, options);
  }

  private run(uri: string, options: CheckOptions | undefined): void {
    const doc = this.documents.get(uri);
    if (!doc || doc.languageId !== 'markdown') return;
    // Indexing (re)started since the check was prepared: its end re-checks every draft.
    if (!options || !this.corpus.isReady) {
      this.send(uri, doc.version, [indexingNotice()]);
      return;
    }
    const found = this.check(doc, options);
    if (!found) return;
    this.latestByUri.set(uri, { version: doc.version, diagnostics: found });
    this.send(uri, doc.version, found.map(toLsp));
  }

  private check(doc: TextDocument, options: CheckOptions): DraftDiagnostic[] | undefined {
    const corpus = this.corpus.current;
    if (!corpus) return undefined;
    let entry = this.checkers.get(doc.uri);
    if (entry?.corpus !== corpus) {
      entry = { corpus, checker: new DraftChecker(corpus) };
      this.checkers.set(doc.uri, entry);
    }
    const draftPath = doc.uri.startsWith('file:') ? fileURLToPath(doc.uri) : undefined;
    const draft = this.drafts.get(doc);
    return entry.checker.check(draft.text, { draftPath, ...options }, draft);
  }

  private send(uri: string, version: number | undefined, diagnostics: Diagnostic[]): void {
    // Fails only when the client has gone (shutting down); nothing to tell it then.
    void this.connection.sendDiagnostics({ uri, version, diagnostics }).catch(() => undefined);
  }
}

function toLsp(d: DraftDiagnostic): Diagnostic {
  return {
    range: d.range,
    severity: SEVERITY[d.severity],
    code: d.code,
    source: 'sourced',
    message: d.message,
    relatedInformation: d.evidence.map((e) => ({
      location: { uri: sourceUri(e.file), range: e.range },
      message: `[@${e.sourceId}]${e.page ? ` p. ${e.page}` : ''}: ${e.text}`,
    })),
    data: { evidence: d.evidence, suggestions: d.suggestions, ...(d.data ?? {}) },
  };
}

function indexingNotice(): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: 'sourced',
    code: 'indexing',
    message: 'Sourced is still indexing the corpus; claims will be checked when it is done.',
  };
}
