/**
 * The one wrapper every LSP handler runs through:
 * - an exception is logged to the output channel and answered with the
 *   handler's empty result, so one bad draft or source never takes the
 *   server down;
 * - a request that will wait for the index says so in the log, so an editor
 *   that seems slow right after start-up has an explanation;
 * - a cancelled request is answered empty;
 * - an answer about a document that was edited while it was computed is
 *   dropped (its ranges are for the old text): the editor asks again.
 */
import type { CancellationToken, Connection } from 'vscode-languageserver/node.js';
import type { CorpusAccess, ServiceDocument } from '../service/types.js';
import { errorDetail } from '../engine/text/errorText.js';

export type Logger = Pick<Connection['console'], 'error' | 'warn' | 'info' | 'log'>;

export interface HandlerOptions {
  /** Logged in "Sourced: <what> failed" and "<what> waits for indexing". */
  what: string;
  /** The feature waits for the index (it logs that it does). */
  needsIndex?: boolean;
  /** The document the request is about, read inside the wrapper (a malformed request fails there, logged); its version is compared after the answer. */
  document?: () => ServiceDocument | undefined;
}

export class Handlers {
  constructor(
    private readonly log: Logger,
    private readonly corpus: CorpusAccess,
    private readonly currentVersion: (uri: string) => number | undefined,
  ) {}

  async run<T>(
    options: HandlerOptions,
    fallback: T,
    token: CancellationToken | undefined,
    work: (doc: ServiceDocument | undefined) => Promise<T> | T,
  ): Promise<T> {
    try {
      const doc = options.document?.();
      if (options.document && !doc) return fallback;
      if (options.needsIndex && !this.corpus.isReady()) this.log.info(`Sourced: ${options.what} waits for indexing to finish.`);
      const result = await work(doc);
      if (token?.isCancellationRequested) return fallback;
      if (doc && this.currentVersion(doc.uri) !== undefined && this.currentVersion(doc.uri) !== doc.version) return fallback;
      return result;
    } catch (error) {
      this.log.error(`Sourced: ${options.what} failed: ${errorDetail(error)}`);
      return fallback;
    }
  }

  /** For notifications: errors logged, nothing answered. */
  async notify(what: string, work: () => Promise<unknown> | unknown): Promise<void> {
    await this.run({ what }, undefined, undefined, () => work());
  }
}
