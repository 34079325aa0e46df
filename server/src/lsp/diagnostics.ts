/**
 * Publishes the draft checker's findings as LSP diagnostics: debounced per
 * document, dropped if the document changed meanwhile (stale results are
 * never shown), refreshed for every open draft when the corpus or the
 * settings change. While the corpus is still indexing, drafts get one
 * information notice instead of false "no source" findings.
 *
 * Each document is checked with its own settings (sensitivity, severities,
 * the cap per file). The last findings are kept per document version, so
 * hovers and quick fixes use what the user sees instead of checking again.
 */
import { pathToFileURL, fileURLToPath } from 'node:url';
import type { Connection, Diagnostic, TextDocuments } from 'vscode-languageserver/node.js';
import { DiagnosticSeverity } from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DraftChecker, type CheckOptions } from '../engine/check/checkDraft.js';
import type { DraftDiagnostic, Severity } from '../engine/check/diagnostics.js';
import type { Corpus } from '../engine/corpus/corpus.js';
import type { CorpusService } from './corpusService.js';
import type { DraftCache } from './draftCache.js';

export const DEBOUNCE_MS = 250;
const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export interface CheckedDraft {
  version: number;
  diagnostics: DraftDiagnostic[];
}

export class DiagnosticsPublisher {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly latestByUri = new Map<string, CheckedDraft>();
  private checker: DraftChecker | undefined;
  private checkerCorpus: Corpus | undefined;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly corpus: CorpusService,
    /** The document's check options (from its settings). */
    private readonly optionsFor: (uri: string) => Promise<CheckOptions>,
    /** Parsed drafts shared with the other providers, so an edit is parsed once. */
    private readonly drafts: DraftCache,
  ) {}

  schedule(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.set(uri, setTimeout(() => void this.publish(uri), DEBOUNCE_MS));
  }

  refreshAll(): void {
    for (const doc of this.documents.all()) this.schedule(doc.uri);
  }

  clear(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.latestByUri.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** The findings last published for this version of the document, if any. */
  latest(uri: string, version: number): DraftDiagnostic[] | undefined {
    const found = this.latestByUri.get(uri);
    return found && found.version === version ? found.diagnostics : undefined;
  }

  private check(doc: TextDocument, options: CheckOptions): DraftDiagnostic[] | undefined {
    const corpus = this.corpus.current;
    if (!corpus) return undefined;
    if (this.checkerCorpus !== corpus) {
      this.checker = new DraftChecker(corpus);
      this.checkerCorpus = corpus;
    }
    const draftPath = doc.uri.startsWith('file:') ? fileURLToPath(doc.uri) : undefined;
    const draft = this.drafts.get(doc);
    return this.checker!.check(draft.text, { draftPath, ...options }, draft.model);
  }

  private async publish(uri: string): Promise<void> {
    this.timers.delete(uri);
    try {
      const doc = this.documents.get(uri);
      if (!doc || doc.languageId !== 'markdown') return;
      const version = doc.version;
      if (!this.corpus.isReady) {
        await this.connection.sendDiagnostics({ uri, version, diagnostics: [indexingNotice()] });
        return;
      }
      const options = await this.optionsFor(uri);
      // The user typed while the settings were read: a newer check is scheduled.
      if (this.documents.get(uri)?.version !== version || !this.corpus.isReady) return;
      const found = this.check(doc, options);
      if (!found) return;
      this.latestByUri.set(uri, { version, diagnostics: found });
      await this.connection.sendDiagnostics({ uri, version, diagnostics: found.map(toLsp) });
    } catch (error) {
      this.connection.console.error(`Sourced: checking ${uri} failed: ${error instanceof Error ? error.stack : String(error)}`);
    }
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
      location: { uri: pathToFileURL(e.file).href, range: e.range },
      message: `[@${e.sourceId}]${e.page ? ` p. ${e.page}` : ''}: ${e.text}`,
    })),
    data: { evidence: d.evidence, suggestions: d.suggestions },
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
