/**
 * The Node.js implementation of the engine's `WorkspaceReader`: the only
 * place (with the cache store) where corpus files are touched on disk. PDF
 * and Word files are extracted on worker threads (extractorPool.ts).
 */
import { promises as fs } from 'node:fs';
import type { DirEntry, FileStat, WorkspaceReader } from '../engine/host.js';
import { ExtractorPool } from './extractorPool.js';

export const nodeWorkspaceReader: WorkspaceReader = {
  async readDirectory(path: string): Promise<DirEntry[]> {
    const entries = await fs.readdir(path, { withFileTypes: true });
    const out: DirEntry[] = [];
    for (const e of entries) {
      if (e.isDirectory()) out.push({ name: e.name, kind: 'directory' });
      else if (e.isFile()) out.push({ name: e.name, kind: 'file' });
      else if (e.isSymbolicLink()) {
        const target = await fs.stat(`${path}/${e.name}`).catch(() => undefined);
        out.push({ name: e.name, kind: target?.isDirectory() ? 'directory' : target?.isFile() ? 'file' : 'other' });
      } else out.push({ name: e.name, kind: 'other' });
    }
    return out;
  },
  async readFile(path: string): Promise<Uint8Array> {
    return fs.readFile(path);
  },
  async fileStat(path: string): Promise<FileStat | undefined> {
    const stat = await fs.stat(path).catch(() => undefined);
    return stat && { size: stat.size, mtimeMs: stat.mtimeMs };
  },
  async realPath(path: string): Promise<string> {
    return fs.realpath(path);
  },
  // Workers start only when the first PDF or Word file needs extracting.
  extractor: new ExtractorPool(),
};
