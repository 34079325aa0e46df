/**
 * Publishes the language service's diagnostics: each open draft is checked
 * when CheckScheduler says (after a pause in typing, one at a time), and
 * every open draft again when the corpus or the settings change. While the
 * corpus is still indexing, drafts get one information notice instead of
 * false "no source" findings.
 *
 * Stale findings are never shown: a check is synchronous and reads the
 * document as it is when it runs, and it publishes that version.
 */
import type { Connection, Diagnostic, TextDocuments } from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckOptions } from '../engine/check/checkDraft.js';
import type { LanguageService } from '../service/languageService.js';
import type { UriMapper } from '../service/types.js';
import { errorDetail } from '../engine/text/errorText.js';
import { CheckScheduler } from './checkScheduler.js';
import { indexingNotice, toLspDiagnostic, toServiceDocument } from './convert.js';

export class DiagnosticsPublisher {
  private readonly scheduler: CheckScheduler;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly service: LanguageService,
    private readonly uris: UriMapper,
    /** The index is complete (while it is not, the check is not prepared: no settings are asked for). */
    private readonly indexReady: () => boolean,
  ) {
    this.scheduler = new CheckScheduler(
      (uri) => this.prepare(uri),
      (uri, error) => this.connection.console.error(`Sourced: checking ${uri} failed: ${errorDetail(error)}`),
    );
  }

  /** The document was opened: it is checked at once, unless another check waits (CheckScheduler.opened). */
  opened(uri: string): void {
    this.scheduler.opened(uri);
  }

  /** The document was edited: it is checked after a pause in typing. */
  schedule(uri: string): void {
    this.scheduler.edited(uri);
  }

  refreshAll(): void {
    for (const doc of this.documents.all()) this.scheduler.refresh(doc.uri);
  }

  clear(uri: string): void {
    this.scheduler.cancel(uri);
    this.send(uri, undefined, []);
  }

  /** Reads the settings (may ask the client), then hands the scheduler the check to run. */
  private async prepare(uri: string): Promise<(() => void) | undefined> {
    const doc = this.documents.get(uri);
    if (!doc || doc.languageId !== 'markdown') return undefined;
    if (!this.indexReady()) return () => this.run(uri, undefined);
    const options = await this.service.checkOptions(uri);
    return () => this.run(uri, options);
  }

  private run(uri: string, options: CheckOptions | undefined): void {
    const doc = this.documents.get(uri);
    if (!doc) return;
    // Indexing (re)started since the check was prepared: its end re-checks every draft.
    const checked = toServiceDocument(doc);
    const result = options ? this.service.diagnosticsWith(checked, options) : { kind: 'indexing' as const };
    if (result.kind === 'indexing') this.send(uri, doc.version, [indexingNotice()]);
    else if (result.kind === 'checked') {
      // Written first (the connection writes on a later turn), then the passages hovers will want: a
      // hover that comes in between looks its passage up itself, into the same store.
      void this.send(
        uri,
        result.version,
        result.findings.map((d) => toLspDiagnostic(d, this.uris)),
      ).then(() => {
        try {
          this.service.prepareHovers(checked);
        } catch (error) {
          this.connection.console.error(`Sourced: preparing hovers for ${uri} failed: ${errorDetail(error)}`);
        }
      });
    }
  }

  private send(uri: string, version: number | undefined, diagnostics: Diagnostic[]): Promise<void> {
    // Fails only when the client has gone (shutting down); nothing to tell it then.
    return this.connection.sendDiagnostics({ uri, version, diagnostics }).catch(() => undefined);
  }
}
