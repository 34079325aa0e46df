/**
 * Publishes the draft checker's findings as LSP diagnostics: debounced per
 * document, dropped if the document changed meanwhile (stale results are
 * never shown), refreshed for every open draft when the corpus changes.
 * While the corpus is still indexing, drafts get one information notice
 * instead of false "no source" findings.
 */
import { pathToFileURL, fileURLToPath } from 'node:url';
import type { Connection, Diagnostic, TextDocuments } from 'vscode-languageserver/node.js';
import { DiagnosticSeverity } from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DraftChecker } from '../engine/check/checkDraft.js';
import type { DraftDiagnostic, Severity } from '../engine/check/diagnostics.js';
import type { CorpusService } from './corpusService.js';

const DEBOUNCE_MS = 250;
const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export class DiagnosticsPublisher {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private checker: DraftChecker | undefined;
  private checkerCorpus: unknown;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly corpus: CorpusService,
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
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private async publish(uri: string): Promise<void> {
    this.timers.delete(uri);
    const doc = this.documents.get(uri);
    if (!doc || doc.languageId !== 'markdown') return;
    const version = doc.version;
    if (!this.corpus.isReady) {
      await this.connection.sendDiagnostics({ uri, version, diagnostics: [indexingNotice()] });
      return;
    }
    const corpus = this.corpus.current;
    if (!corpus) return;
    if (this.checkerCorpus !== corpus) {
      this.checker = new DraftChecker(corpus);
      this.checkerCorpus = corpus;
    }
    try {
      const draftPath = uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
      const found = this.checker!.check(doc.getText(), { draftPath, ...this.corpus.checkOptions });
      // The user typed while we checked: a newer check is already scheduled.
      if (this.documents.get(uri)?.version !== version) return;
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
