/**
 * Owns the engine's Corpus inside the language server: indexes the corpus
 * folders (absolute paths, resolved from settings by the server), reports
 * progress with `window/workDoneProgress` and the `sourced/status`
 * notification, and applies file-watcher events one file at a time.
 *
 * Operations run one after another on a queue: a settings change, a
 * reindex request and file events can arrive while an index is being built,
 * and interleaving them on one Corpus would mix two walks. "Ready" means no
 * full (re)index is queued or running; single-file updates are quick and
 * do not make drafts show the indexing notice.
 */
import type { Connection } from 'vscode-languageserver/node.js';
import { FileChangeType, type FileEvent } from 'vscode-languageserver/node.js';
import { Corpus, type RefreshSummary } from '../engine/corpus/corpus.js';
import { nodeWorkspaceReader } from '../node/nodeWorkspaceReader.js';
import { fileCacheStore } from '../node/fileCacheStore.js';
import { StatusNotification, type StatusParams } from '../protocol.js';
import type { CancellationToken, CorpusAccess, UriMapper } from '../service/types.js';
import { errorDetail, errorMessage } from '../engine/text/errorText.js';

export class CorpusService {
  private corpus: Corpus | undefined;
  private roots: string[] = [];
  private queue: Promise<unknown> = Promise.resolve();
  /** Full (re)indexes queued or running. */
  private indexing = 0;
  private configured = false;
  /** The folders most recently asked for, sorted and joined. */
  private requested = '';
  private readonly waiters: Array<() => void> = [];
  /** Called after every (re)index and file change, to refresh open drafts. */
  onDidChange: () => void = () => {};

  constructor(
    private readonly connection: Connection,
    private readonly uris: UriMapper,
  ) {}

  /** The corpus as the language service sees it. */
  readonly access: CorpusAccess = {
    current: () => this.corpus,
    isReady: () => this.isReady,
    whenReady: (token) => this.whenReadyOrCancelled(token),
  };

  get current(): Corpus | undefined {
    return this.corpus;
  }

  get isReady(): boolean {
    return this.configured && this.indexing === 0 && this.corpus !== undefined;
  }

  /** The corpus folders being indexed (absolute). */
  get corpusRoots(): readonly string[] {
    return this.roots;
  }

  /** Resolves when no (re)index is queued or running (also before the first one has started). */
  whenReady(): Promise<void> {
    if (this.isReady) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /**
   * Resolves true once the corpus is indexed, false if the request was
   * cancelled first (the handler wrapper logs who waits).
   */
  private async whenReadyOrCancelled(
    token?: CancellationToken & { onCancellationRequested?: (listener: () => void) => { dispose(): void } },
  ): Promise<boolean> {
    if (this.isReady) return true;
    if (!token?.onCancellationRequested) {
      await this.whenReady();
      return !token?.isCancellationRequested;
    }
    if (token.isCancellationRequested) return false;
    return new Promise<boolean>((resolve) => {
      const listener = token.onCancellationRequested!(() => {
        listener.dispose();
        resolve(false);
      });
      void this.whenReady().then(() => {
        listener.dispose();
        resolve(!token.isCancellationRequested);
      });
    });
  }

  /**
   * Indexes these folders. Returns false (and does nothing) when they are
   * the folders already indexed, so a settings change that does not touch
   * them costs no re-index.
   */
  async setRoots(roots: readonly string[], maxFileBytes?: number): Promise<boolean> {
    const wanted = [...new Set(roots)].sort();
    const request = `${wanted.join('\n')}\n${maxFileBytes ?? ''}`;
    // Compared with the latest request, not the folders indexed so far: a
    // settings change during start-up must not queue the same index twice.
    if (this.configured && request === this.requested) return false;
    this.requested = request;
    this.configured = true;
    await this.fullIndex(() => {
      this.roots = wanted;
      this.corpus = new Corpus(nodeWorkspaceReader, { roots: wanted, cache: fileCacheStore(wanted), maxFileBytes });
    });
    return true;
  }

  /** Re-walks the corpus folders (the `sourced/reindex` request). */
  async reindex(): Promise<RefreshSummary | undefined> {
    // Asked before the server knew its folders: the first index is this one's answer.
    if (!this.configured) await this.whenReady();
    return this.fullIndex();
  }

  async applyFileEvents(events: FileEvent[]): Promise<void> {
    await this.enqueue(async () => {
      const corpus = this.corpus;
      if (!corpus) return;
      let changed = false;
      for (const event of events) {
        const path = this.uris.pathOf(event.uri);
        if (!path) continue;
        // One file at a time: Corpus.updateFile and removeFile apply the walk's
        // rules themselves (roots, skipped files, sources and bibliographies
        // alike) and say whether anything changed, so a lock file or an
        // unchanged save re-checks no draft.
        const touched = event.type === FileChangeType.Deleted ? await corpus.removeFile(path) : await corpus.updateFile(path);
        changed ||= touched;
      }
      if (!changed) return;
      this.sendStatus({ state: 'ready', ...corpus.summary() });
      this.onDidChange();
    });
  }

  private async fullIndex(prepare?: () => void): Promise<RefreshSummary | undefined> {
    this.indexing++;
    // Tell the client at once, not when the queue reaches this index.
    this.sendStatus({ state: 'indexing', done: 0, total: 0, message: 'queued' });
    try {
      return await this.enqueue(async () => {
        prepare?.();
        return this.refreshWithProgress();
      });
    } finally {
      this.indexing--;
      this.wakeIfReady();
      this.onDidChange();
    }
  }

  private async refreshWithProgress(): Promise<RefreshSummary | undefined> {
    const corpus = this.corpus;
    if (!corpus) return undefined;
    const progress = await this.connection.window.createWorkDoneProgress().catch(() => undefined);
    progress?.begin('Sourced: indexing corpus', 0, this.roots.join(', '), false);
    this.sendStatus({ state: 'indexing', done: 0, total: 0, message: this.roots.join(', ') });
    let lastPercent = -1;
    let summary: RefreshSummary | undefined;
    try {
      summary = await corpus.refresh((done, total) => {
        const percent = Math.floor((done / Math.max(total, 1)) * 100);
        // One message per percent at most: a 5,000-file corpus should not send 10,000 notifications.
        if (percent === lastPercent && done !== total) return;
        lastPercent = percent;
        progress?.report(percent, `${done} of ${total} documents`);
        this.sendStatus({ state: 'indexing', done, total });
      });
      for (const p of summary.problems) {
        if (p.severity === 'info') this.connection.console.info(p.message);
        else this.connection.console.warn(p.message);
      }
      this.connection.console.info(`Sourced: indexed ${summary.documents} documents, ${summary.passages} passages.`);
    } catch (error) {
      const message = errorMessage(error);
      this.connection.console.error(`Sourced: indexing failed: ${errorDetail(error)}`);
      progress?.done();
      this.sendStatus({ state: 'error', message });
      return undefined;
    }
    // Progress ends before "ready", so a client that sees "ready" sees no progress after it.
    progress?.done();
    this.sendStatus({ state: 'ready', documents: summary.documents, passages: summary.passages });
    return summary;
  }

  private enqueue<T>(op: () => Promise<T>): Promise<T> {
    const run = this.queue.then(op);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private wakeIfReady(): void {
    if (!this.isReady) return;
    for (const wake of this.waiters.splice(0)) wake();
  }

  private sendStatus(status: StatusParams): void {
    void this.connection.sendNotification(StatusNotification, status).catch(() => undefined);
  }
}
