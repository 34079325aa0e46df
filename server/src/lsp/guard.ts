/**
 * Every request handler runs through `guarded`: an exception in one
 * provider is logged to the output channel and answered with an empty
 * result, so one bad draft or source never takes the server down. Requests
 * that need the index wait for it (a "no source" answer from a half-built
 * index would be false), but give up as soon as the client cancels, which
 * editors do when the cursor moves on.
 */
import type { CancellationToken, Connection } from 'vscode-languageserver/node.js';
import type { CorpusService } from './corpusService.js';

export type Logger = Pick<Connection['console'], 'error' | 'warn' | 'info' | 'log'>;

export async function guarded<T>(logger: Logger, what: string, fallback: T, run: () => Promise<T> | T): Promise<T> {
  try {
    return await run();
  } catch (error) {
    logger.error(`Sourced: ${what} failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    return fallback;
  }
}

/**
 * Resolves true once the corpus is indexed, false if the request was
 * cancelled first. Logs that it waits, so an editor that seems slow right
 * after start-up has an explanation in the output channel.
 */
export async function indexReady(corpus: CorpusService, logger: Logger, what: string, token?: CancellationToken): Promise<boolean> {
  if (corpus.isReady) return true;
  logger.info(`Sourced: ${what} waits for indexing to finish.`);
  if (!token) {
    await corpus.whenReady();
    return true;
  }
  if (token.isCancellationRequested) return false;
  return new Promise<boolean>((resolve) => {
    const listener = token.onCancellationRequested(() => {
      listener.dispose();
      resolve(false);
    });
    void corpus.whenReady().then(() => {
      listener.dispose();
      resolve(!token.isCancellationRequested);
    });
  });
}
