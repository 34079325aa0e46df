/**
 * Runs test/editor/nvim/check.lua in headless Neovim against the built
 * server (`dist/server.js --stdio`) on a fresh workspace, and returns its
 * checks.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Check } from './uiTest.js';
import { editorTestDir, repoRoot } from './lib/paths.js';
import { run } from './lib/processes.js';
import { makeCacheDir, makeWorkspace } from './lib/workspace.js';
import { tempDir } from './lib/temp.js';
import { errorMessage } from '../../server/src/engine/text/errorText.js';

interface NvimResult {
  nvim: string;
  checks: Array<{ name: string; ok: boolean; detail?: string }>;
}

export async function runNeovim(): Promise<{ version: string; checks: Check[] }> {
  const server = join(repoRoot, 'dist', 'server.js');
  if (!existsSync(server)) throw new Error(`${server} is missing: run \`npm run build\``);
  const workspace = makeWorkspace();
  const resultFile = join(tempDir('nvim'), 'result.json');
  const started = Date.now();
  let failure: string | undefined;
  try {
    await run(
      'nvim',
      ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${join(editorTestDir, 'nvim', 'check.lua')}`, 'briefing.md'],
      {
        cwd: workspace,
        env: { ...process.env, SOURCED_SERVER: server, SOURCED_NVIM_RESULT: resultFile, SOURCED_CACHE_DIR: makeCacheDir() },
        timeoutMs: 90_000,
      },
    );
  } catch (error) {
    failure = errorMessage(error);
  }
  const ms = Date.now() - started;
  if (!existsSync(resultFile))
    return { version: '?', checks: [{ name: 'neovim ran the LSP checks', ok: false, ms, note: failure ?? 'no result file' }] };
  const result = JSON.parse(readFileSync(resultFile, 'utf8')) as NvimResult;
  return {
    version: result.nvim,
    checks: result.checks.map((c) => ({ name: c.name, ok: c.ok, ms, note: c.ok ? c.detail?.slice(0, 200) : c.detail })),
  };
}
