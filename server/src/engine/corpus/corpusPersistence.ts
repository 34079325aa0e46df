/**
 * The corpus's one persistence job: loading the index cache once per
 * corpus (keyed by ENGINE_VERSION; anything unreadable is ignored and
 * rebuilt, with an info problem) and saving it when something changed
 * since the last save. The bytes go through the host's CacheStore, whose
 * writes are atomic; the format is cacheCodec.ts's.
 */
import type { CacheStore } from '../host.js';
import type { IngestProblem } from '../types.js';
import { ENGINE_VERSION } from '../version.js';
import { decodeCache, encodeCache, type CachedFile } from './cacheCodec.js';
import { errorMessage } from '../text/errorText.js';

export class CorpusPersistence {
  private loaded = false;
  private dirty = false;
  /** The latest load or save problem (at most one). */
  problems: IngestProblem[] = [];

  constructor(private readonly store: CacheStore | undefined) {}

  /** Something in the index changed: the next save writes. */
  markDirty(): void {
    this.dirty = true;
  }

  /** The cached files by path, the first time only (later refreshes start from what is in memory). */
  async load(): Promise<Map<string, CachedFile>> {
    const map = new Map<string, CachedFile>();
    if (this.loaded || !this.store) return map;
    this.loaded = true;
    const data = await this.store.load().catch(() => undefined);
    if (!data) return map;
    const files = decodeCache(ENGINE_VERSION, data);
    if (!files) {
      this.problems = [
        { file: '(cache)', severity: 'info', message: 'Index cache was unreadable or from another engine version; rebuilt.' },
      ];
      return map;
    }
    for (const f of files) map.set(f.file, f);
    return map;
  }

  /** Writes the files if anything changed since the last save; a failed write is a warning, never fatal. */
  async save(files: () => CachedFile[]): Promise<void> {
    if (!this.store || !this.dirty) return;
    this.dirty = false;
    try {
      await this.store.save(encodeCache(ENGINE_VERSION, files()));
    } catch (error) {
      const reason = errorMessage(error);
      this.problems = [
        { file: '(cache)', severity: 'warning', message: `Index cache could not be written (${reason}); the next start will re-index.` },
      ];
    }
  }
}
