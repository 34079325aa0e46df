/**
 * `npm run test:editor:electron`: the same extension-host suite as the
 * code-server run (dist/test/editor/suite/), in desktop VS Code downloaded by
 * @vscode/test-electron. For developers on a machine that can reach VS
 * Code's download site (CI here cannot; it uses code-server, see run.ts).
 * SOURCED_VSCODE_VERSION picks the version (default: 1.100.3, the oldest
 * the extension supports; "stable" for the newest).
 */
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { repoRoot } from './lib/paths.js';
import { makeCacheDir, makeWorkspace } from './lib/workspace.js';

async function main(): Promise<void> {
  const workspace = makeWorkspace();
  await runTests({
    version: process.env.SOURCED_VSCODE_VERSION ?? '1.100.3',
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: join(repoRoot, 'dist', 'test', 'editor', 'suite', 'index.js'),
    extensionTestsEnv: { SOURCED_CACHE_DIR: makeCacheDir() },
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
  });
}

main().catch((error) => {
  console.error('Extension tests failed:', error);
  process.exit(1);
});
