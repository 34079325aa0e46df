/**
 * Owns the engine's Corpus inside the language server: resolves the corpus
 * folders from settings, indexes with `window/workDoneProgress`, and applies
 * file-watcher events one file at a time. Converts nothing itself beyond
 * paths; providers do the LSP type conversion.
 */
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Connection } from 'vscode-languageserver/node.js';
import { FileChangeType, type FileEvent } from 'vscode-languageserver/node.js';
import { Corpus } from '../engine/corpus/corpus.js';
import { nodeWorkspaceReader } from '../node/nodeWorkspaceReader.js';
import { fileCacheStore } from '../node/fileCacheStore.js';

export class CorpusService {
  private corpus: Corpus | undefined;
  private roots: string[] = [];
  private ready: Promise<void> = Promise.resolve();
  private indexing = false;
  /** Called after every (re)index and file change, to refresh open drafts. */
  onDidChange: () => void = () => {};
  /** Options passed to every draft check (from settings). */
  checkOptions: { sensitivity?: number } = {};

  constructor(private readonly connection: Connection) {}

  get current(): Corpus | undefined {
    return this.corpus;
  }

  get isReady(): boolean {
    return this.corpus !== undefined && !this.indexing;
  }

  /** Resolves when the latest (re)index has finished. */
  whenReady(): Promise<void> {
    return this.ready;
  }

  async configure(workspaceFolders: string[], folders: string[]): Promise<void> {
    const bases = workspaceFolders.length > 0 ? workspaceFolders : [process.cwd()];
    const roots = folders.flatMap((f) => (isAbsolute(f) ? [f] : bases.map((b) => resolve(b, f))));
    this.roots = roots;
    this.corpus = new Corpus(nodeWorkspaceReader, { roots, cache: fileCacheStore(roots) });
    this.ready = this.reindex();
    await this.ready;
  }

  async reindex(): Promise<void> {
    const corpus = this.corpus;
    if (!corpus) return;
    this.indexing = true;
    const progress = await this.connection.window.createWorkDoneProgress();
    progress.begin('Sourced: indexing corpus', 0, `${this.roots.join(', ')}`, false);
    try {
      const summary = await corpus.refresh((done, total) => progress.report(Math.round((done / Math.max(total, 1)) * 100), `${done} of ${total} documents`));
      for (const p of summary.problems) if (p.severity !== 'info') this.connection.console.warn(p.message);
      this.connection.console.info(`Sourced: indexed ${summary.documents} documents, ${summary.passages} passages.`);
    } catch (error) {
      this.connection.console.error(`Sourced: indexing failed: ${error instanceof Error ? error.stack : String(error)}`);
    } finally {
      this.indexing = false;
      progress.done();
      this.onDidChange();
    }
  }

  async applyFileEvents(events: FileEvent[]): Promise<void> {
    const corpus = this.corpus;
    if (!corpus) return;
    for (const event of events) {
      const path = fileURLToPath(event.uri);
      // A bibliography changes metadata across documents; sources go one by
      // one, and Corpus.updateFile applies the walk's rules to them itself.
      if (/(?:^|[\\/])(?:references|bibliography)\.json$/i.test(path)) {
        if (this.roots.some((r) => path.startsWith(r))) await corpus.refresh();
        continue;
      }
      if (event.type === FileChangeType.Deleted) await corpus.removeFile(path);
      else await corpus.updateFile(path);
    }
    this.onDidChange();
  }
}
