/**
 * Locations the tests read from: the repository root, its sample corpus and
 * the shared real data beside the checkout (../shared).
 */
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { readdirSync, readFileSync } from 'node:fs';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const sampleCorpusDir = resolve(repoRoot, 'corpus');
export const sharedRoot = resolve(repoRoot, '..', 'shared');

/** The sample corpus as a record for MemoryWorkspace, under `root` (default /corpus). */
export function sampleCorpusFiles(root = '/corpus'): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  for (const name of readdirSync(sampleCorpusDir)) files[`${root}/${name}`] = readFileSync(resolve(sampleCorpusDir, name));
  return files;
}
