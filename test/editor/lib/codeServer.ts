/**
 * code-server (VS Code 1.100.3 in the browser, with a real remote extension
 * host) for the editor tests: installed by test/editor/setup.sh into a cache
 * folder, started on a free loopback port with fresh user-data and
 * extensions folders, no auth, telemetry and update checks off.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { editorTestDir } from './paths.js';
import { freePort, run, spawnGroup, type GroupProcess } from './processes.js';
import { tempDir } from './temp.js';

/** Runs the setup script (idempotent) and returns the code-server binary. */
export async function ensureCodeServer(): Promise<string> {
  const out = await run('bash', [join(editorTestDir, 'setup.sh')], { timeoutMs: 15 * 60_000, env: process.env });
  const lines = out.trim().split('\n');
  return lines[lines.length - 1].trim();
}

/** Only the Debian packages of the setup script (Neovim, Emacs with eglot, Chromium…), without code-server. */
export async function ensureDebianPackages(): Promise<void> {
  await run('bash', [join(editorTestDir, 'setup.sh'), '--packages-only'], { timeoutMs: 15 * 60_000, env: process.env });
}

export interface CodeServerOptions {
  bin: string;
  /** Environment for code-server and so for the extension host and the language server. */
  env?: Record<string, string>;
  /** Echo code-server's own log lines. */
  verbose?: boolean;
  /** Extensions folder (default: a fresh one). */
  extensionsDir?: string;
}

export interface CodeServer {
  url: string;
  /** `vscode-remote://host:port` + an absolute path: how the workbench names a file on the server. */
  remote(path: string): string;
  dataDir: string;
  extensionsDir: string;
  process: GroupProcess;
  stop(): Promise<void>;
}

export function codeServerDirs(extensionsDir?: string): { root: string; dataDir: string; extensionsDir: string; config: string } {
  const root = tempDir('code-server');
  const dataDir = join(root, 'data');
  mkdirSync(join(dataDir, 'User'), { recursive: true });
  writeFileSync(
    join(dataDir, 'User', 'settings.json'),
    JSON.stringify(
      {
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'security.workspace.trust.enabled': false,
        'telemetry.telemetryLevel': 'off',
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'update.mode': 'none',
        'chat.disableAIFeatures': true,
        'workbench.colorTheme': 'Default Light Modern',
        'editor.fontSize': 14,
        'files.autoSave': 'off',
      },
      null,
      2,
    ),
  );
  return { root, dataDir, extensionsDir: extensionsDir ?? join(root, 'extensions'), config: join(root, 'config.yaml') };
}

/** `code-server --install-extension x.vsix` into an extensions folder. */
export async function installExtension(bin: string, vsix: string, extensionsDir: string): Promise<string> {
  const dirs = codeServerDirs(extensionsDir);
  writeFileSync(dirs.config, 'bind-addr: 127.0.0.1:0\nauth: none\ncert: false\n');
  return run(
    bin,
    ['--config', dirs.config, '--user-data-dir', dirs.dataDir, '--extensions-dir', extensionsDir, '--install-extension', vsix],
    { timeoutMs: 120_000 },
  );
}

export async function startCodeServer(options: CodeServerOptions): Promise<CodeServer> {
  const port = await freePort();
  const dirs = codeServerDirs(options.extensionsDir);
  writeFileSync(dirs.config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const proc = spawnGroup(
    options.bin,
    [
      '--config',
      dirs.config,
      '--user-data-dir',
      dirs.dataDir,
      '--extensions-dir',
      dirs.extensionsDir,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
    ],
    {
      env: { ...process.env, EXTENSIONS_GALLERY: '{}', ...options.env },
      echo: options.verbose ? (line) => console.log(`[code-server] ${line}`) : undefined,
    },
  );
  const url = `http://127.0.0.1:${port}`;
  const started = Date.now();
  for (;;) {
    if (proc.child.exitCode !== null) throw new Error(`code-server exited with ${proc.child.exitCode}:\n${proc.output()}`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() - started > 60_000) {
      await proc.stop();
      throw new Error(`code-server did not answer on ${url} within 60 s:\n${proc.output()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    remote: (path) => `vscode-remote://127.0.0.1:${port}${path}`,
    dataDir: dirs.dataDir,
    extensionsDir: dirs.extensionsDir,
    process: proc,
    stop: () => proc.stop(),
  };
}

/** The workbench URL for a folder, with an optional extension-development payload. */
export function workbenchUrl(server: CodeServer, folder: string, payload?: Array<[string, string]>): string {
  let url = `${server.url}/?folder=${encodeURIComponent(folder)}`;
  if (payload) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return url;
}
