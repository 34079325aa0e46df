/**
 * Temporary folders for the editor tests (workspaces, code-server data,
 * browser profiles, caches), removed when the run ends unless
 * SOURCED_EDITOR_KEEP=1 (to look at them after a failure).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];

process.on('exit', () => {
  if (process.env.SOURCED_EDITOR_KEEP === '1') return;
  for (const dir of made) {
    try {
      rmSync(dir, { recursive: true, force: true, maxRetries: 2 });
    } catch {
      // a process of the group was still writing: leave it to the OS's temp cleanup
    }
  }
});

export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `sourced-${prefix}-`));
  made.push(dir);
  return dir;
}
