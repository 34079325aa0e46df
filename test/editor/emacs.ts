/**
 * Runs test/editor/emacs/check.el in Emacs 28 with eglot 1.9 (Debian's
 * emacs-nox and elpa-eglot), `emacs --batch`, against the built server
 * (`dist/server.js --stdio`) on a fresh workspace, and returns its checks.
 *
 * The oracle for citation-key completion is the CLI's own list of sources
 * (`sourced sources --json` on the same corpus). Emacs starts the server in
 * a session of its own (setsid), out of reach of the Emacs process group
 * that run() stops on a timeout: check.el writes the server's pid, and the
 * server's group is killed here whatever happened.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Check } from './uiTest.js';
import { editorTestDir, repoRoot } from './lib/paths.js';
import { run } from './lib/processes.js';
import { makeCacheDir, makeWorkspace } from './lib/workspace.js';
import { tempDir } from './lib/temp.js';
import { errorMessage } from '../../server/src/engine/text/errorText.js';

interface EmacsResult {
  emacs: string;
  eglot: string;
  markdown_mode: boolean;
  checks: Array<{ name: string; ok: boolean; ms: number; detail?: string }>;
}

/** Each wait inside check.el is bounded (10 to 30 s; a normal run takes 2 to 3 s); this bounds the whole run. */
const EMACS_TIMEOUT_MS = 150_000;

function killServerGroup(pidFile: string): void {
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  if (!Number.isInteger(pid) || pid <= 1) return;
  for (const target of [-pid, pid]) {
    try {
      process.kill(target, 'SIGKILL');
    } catch {
      // already gone: eglot-shutdown stopped it
    }
  }
}

export async function runEmacs(): Promise<{ version: string; checks: Check[] }> {
  const server = join(repoRoot, 'dist', 'server.js');
  const cli = join(repoRoot, 'dist', 'cli.js');
  for (const file of [server, cli]) if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\``);
  const workspace = makeWorkspace();
  const dir = tempDir('emacs');
  const resultFile = join(dir, 'result.json');
  const keysFile = join(dir, 'keys.txt');
  const pidFile = join(dir, 'server.pid');
  const cacheDir = makeCacheDir();
  const env = { ...process.env, SOURCED_CACHE_DIR: cacheDir };

  const listed = JSON.parse(
    await run(process.execPath, [cli, 'sources', '--corpus', 'corpus', '--json'], { cwd: workspace, env, timeoutMs: 60_000 }),
  ) as {
    sources: Array<{ sourceId: string }>;
  };
  writeFileSync(keysFile, listed.sources.map((s) => s.sourceId).join('\n') + '\n');

  const started = Date.now();
  let failure: string | undefined;
  const onExit = () => killServerGroup(pidFile);
  process.once('exit', onExit);
  try {
    await run('emacs', ['--batch', '-Q', '-l', join(editorTestDir, 'emacs', 'check.el'), 'briefing.md'], {
      cwd: workspace,
      env: {
        ...env,
        SOURCED_SERVER: server,
        SOURCED_EMACS_RESULT: resultFile,
        SOURCED_EMACS_KEYS: keysFile,
        SOURCED_EMACS_SERVER_PID: pidFile,
      },
      timeoutMs: EMACS_TIMEOUT_MS,
    });
  } catch (error) {
    failure = errorMessage(error);
  } finally {
    killServerGroup(pidFile);
    process.removeListener('exit', onExit);
  }
  const ms = Date.now() - started;
  if (!existsSync(resultFile))
    return { version: '?', checks: [{ name: 'emacs ran the LSP checks', ok: false, ms, note: failure ?? 'no result file' }] };
  const result = JSON.parse(readFileSync(resultFile, 'utf8')) as EmacsResult;
  return {
    version: `${result.emacs}, eglot ${result.eglot}${result.markdown_mode ? ', markdown-mode' : ', no markdown-mode (raw Markdown hovers)'}`,
    checks: result.checks.map((c) => ({ name: c.name, ok: c.ok, ms: c.ms, note: c.ok ? c.detail?.slice(0, 200) : c.detail })),
  };
}
