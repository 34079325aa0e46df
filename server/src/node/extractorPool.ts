/**
 * The Node host's `DocumentExtractor`: PDF and Word extraction on a small
 * pool of worker threads, so that reading a 60-page PDF never blocks the
 * language server's main thread (hovers and diagnostics stay responsive
 * while a corpus indexes), and a CLI run on a multi-core machine extracts
 * while it analyses.
 *
 * Workers start on the first task and run one task at a time. An idle
 * worker does not keep the process alive (unref), and all of them stop
 * after a quiet minute. A task that runs too long (a pathological PDF) or a
 * worker that dies fails that document only: the worker is replaced.
 * Where no worker script can be found (a bundle without it) or workers
 * cannot start, extraction runs on the calling thread, as in the pure engine.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { DocumentExtractor, ExtractedDocument, ExtractFormat } from '../engine/host.js';
import { inlineExtractor } from '../engine/ingest/extract/extractDocument.js';
import type { ExtractReply, ExtractRequest } from './extractProtocol.js';

export interface ExtractorPoolOptions {
  /**
   * Worker threads at most; 0 extracts on the calling thread. Default:
   * $SOURCED_EXTRACT_THREADS, else one per core, at most 4: the main thread
   * mostly waits while a corpus of PDFs indexes (bench/formats.ts, 2 cores:
   * 100 PDFs in 12.3 s with two workers, 18.5 s with one, 17.2 s on the
   * main thread alone).
   */
  size?: number;
  /** A task taking longer than this fails its document (default 120 s). */
  timeoutMs?: number;
  /** Idle workers stop after this long (default 60 s). */
  idleMs?: number;
  /** The worker script (default: extractWorker.js beside the bundle, or the .ts source under tsx). */
  script?: string;
}

interface Task {
  request: ExtractRequest;
  resolve: (result: ExtractedDocument) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  /** Set when the worker said it loaded; a worker that fails before that cannot start at all. */
  ready: boolean;
  task?: Task;
  timer?: ReturnType<typeof setTimeout>;
}

export class ExtractorPool implements DocumentExtractor {
  private readonly size: number;
  private readonly timeoutMs: number;
  private readonly idleMs: number;
  private script: string | undefined;
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private nextId = 1;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(options: ExtractorPoolOptions = {}) {
    const size = options.size ?? threadsFromEnvironment() ?? Math.min(4, availableParallelism());
    this.size = Math.max(1, size);
    this.timeoutMs = options.timeoutMs ?? 120_000;
    this.idleMs = options.idleMs ?? 60_000;
    this.script = size === 0 ? undefined : (options.script ?? defaultWorkerScript());
  }

  /** Whether extraction runs on worker threads (false: on the calling thread). */
  get threaded(): boolean {
    return this.script !== undefined;
  }

  extract(file: string, format: ExtractFormat, bytes: Uint8Array): Promise<ExtractedDocument> {
    if (!this.script) return inlineExtractor.extract(file, format, bytes);
    return new Promise((resolve, reject) => {
      this.queue.push({ request: { id: this.nextId++, file, format, bytes }, resolve, reject });
      this.dispatch();
    });
  }

  /** Workers cannot start here: everything queued, and everything after, runs on this thread. */
  private fallBackInline(): void {
    this.script = undefined;
    const pending = [...this.slots.flatMap((s) => (s.task ? [s.task] : [])), ...this.queue.splice(0)];
    for (const slot of this.slots.splice(0)) {
      // The task now runs here: the worker's exit must not fail it.
      this.finish(slot);
      void slot.worker.terminate().catch(() => undefined);
    }
    for (const task of pending) {
      const { file, format, bytes } = task.request;
      inlineExtractor.extract(file, format, bytes).then(task.resolve, task.reject);
    }
  }

  /** Stops every worker; queued tasks fail. */
  async close(): Promise<void> {
    clearTimeout(this.idleTimer);
    for (const task of this.queue.splice(0)) task.reject(new Error('the extractor was closed'));
    await Promise.all(this.slots.splice(0).map((slot) => this.stop(slot, new Error('the extractor was closed'))));
  }

  private dispatch(): void {
    clearTimeout(this.idleTimer);
    while (this.queue.length > 0) {
      let slot = this.slots.find((s) => !s.task);
      if (!slot && this.slots.length < this.size) slot = this.spawn();
      if (!slot) return;
      const task = this.queue.shift()!;
      slot.task = task;
      slot.worker.ref();
      slot.timer = setTimeout(() => {
        void this.stop(slot!, new Error(`timed out after ${Math.round(this.timeoutMs / 1000)} s`));
      }, this.timeoutMs);
      slot.worker.postMessage(task.request);
    }
    if (this.slots.every((s) => !s.task)) {
      this.idleTimer = setTimeout(() => void this.close(), this.idleMs);
      this.idleTimer.unref();
    }
  }

  private spawn(): Slot {
    const worker = startWorker(this.script!);
    const slot: Slot = { worker, ready: false };
    worker.unref();
    worker.on('message', (reply: ExtractReply | 'ready') => {
      if (reply === 'ready') {
        slot.ready = true;
        return;
      }
      const task = slot.task;
      if (!task || task.request.id !== reply.id) return;
      this.finish(slot);
      if ('result' in reply) task.resolve(reply.result);
      else task.reject(new Error(reply.error));
      this.dispatch();
    });
    worker.on('error', (error) => (slot.ready ? void this.stop(slot, error) : this.fallBackInline()));
    worker.on('exit', (code) => {
      if (!slot.ready && this.slots.includes(slot)) this.fallBackInline();
      else void this.stop(slot, new Error(`the extraction worker stopped (exit code ${code})`));
    });
    this.slots.push(slot);
    return slot;
  }

  private finish(slot: Slot): void {
    clearTimeout(slot.timer);
    slot.task = undefined;
    slot.worker.unref();
  }

  /** Removes a worker, failing its task; the queue carries on with a new one. */
  private async stop(slot: Slot, reason: Error): Promise<void> {
    const at = this.slots.indexOf(slot);
    const task = slot.task;
    this.finish(slot);
    if (at >= 0) this.slots.splice(at, 1);
    task?.reject(reason);
    await slot.worker.terminate().catch(() => undefined);
    if (task) this.dispatch();
  }
}

function threadsFromEnvironment(): number | undefined {
  const value = Number(process.env.SOURCED_EXTRACT_THREADS);
  return process.env.SOURCED_EXTRACT_THREADS && Number.isInteger(value) && value >= 0 ? value : undefined;
}

/**
 * A worker on the script. TypeScript (the sources, under tsx in tests and
 * benchmarks) goes through a small bootstrap that registers tsx's loader in
 * the worker first: Node 20 does not pass the parent's `--import tsx` on.
 */
function startWorker(script: string): Worker {
  if (!script.endsWith('.ts')) return new Worker(script);
  const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(pathToFileURL(script).href)}); });`;
  return new Worker(boot, { eval: true });
}

/**
 * Beside the running bundle (dist/extractWorker.js, next to dist/cli.js and
 * dist/server.js); from the sources (tests and benchmarks under tsx), the
 * TypeScript worker, which tsx's loader, inherited by worker threads, runs.
 */
function defaultWorkerScript(): string | undefined {
  const here = typeof __dirname === 'string' ? __dirname : dirname(fileURLToPath(import.meta.url));
  for (const name of ['extractWorker.js', 'extractWorker.ts']) {
    const path = join(here, name);
    if (existsSync(path)) return path;
  }
  return undefined;
}
