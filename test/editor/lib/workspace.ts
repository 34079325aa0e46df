/**
 * A throw-away workspace for the editor tests: the sample corpus, an extra
 * source with a command link and HTML in it (to check corpus text stays
 * plain), and the sample briefing from test/editor/fixtures. Returns its
 * path; nothing in the checkout is written.
 */
import { cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { editorTestDir, repoRoot } from './paths.js';
import { tempDir } from './temp.js';

export function makeWorkspace(): string {
  const root = tempDir('editor-ws');
  const workspace = join(root, 'briefings');
  mkdirSync(workspace);
  cpSync(join(repoRoot, 'corpus'), join(workspace, 'corpus'), { recursive: true });
  cpSync(join(editorTestDir, 'fixtures', 'corpus-extra'), join(workspace, 'corpus'), { recursive: true });
  cpSync(join(editorTestDir, 'fixtures', 'briefing.md'), join(workspace, 'briefing.md'));
  return workspace;
}

/** A fresh cache folder for the language server (SOURCED_CACHE_DIR). */
export function makeCacheDir(): string {
  return tempDir('editor-cache');
}
