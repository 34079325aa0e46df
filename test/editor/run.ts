/**
 * `npm run test:editor`: Sourced in real editors.
 *   1. setup      test/editor/setup.sh: Debian packages and code-server 4.100.3 in a cache folder
 *   2. build      the extension and its extension-host test suite (node esbuild.mjs --tests)
 *   3. extension  the mocha suite in VS Code's real extension host (code-server + Chromium)
 *   4. package    `npm run package` → .vsix, installed with `code-server --install-extension`
 *   5. ui         the workbench driven like a person, with the installed .vsix; screenshots in test/artifacts/ui/
 *   6. neovim     Neovim 0.7.2 headless against `dist/server.js --stdio`
 *   7. emacs      Emacs 28 + eglot 1.9 (`emacs --batch`) against `dist/server.js --stdio`
 *   8. oracle     `npm run test:oracle`: citations and reference lists against Debian's pandoc
 * Options: --only=extension,ui,neovim,emacs,oracle (steps 1, 2 and 4 run when needed; for neovim and
 * emacs alone, step 1 installs only the Debian packages), --verbose.
 * Ends with "N passed, N failed" and exits 1 when anything failed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureCodeServer, ensureDebianPackages, installExtension } from './lib/codeServer.js';
import { artifactsDir, repoRoot } from './lib/paths.js';
import { run } from './lib/processes.js';
import { runExtensionTests } from './extensionTests.js';
import { runUiTest, type Check } from './uiTest.js';
import { runNeovim } from './neovim.js';
import { runEmacs } from './emacs.js';
import { tempDir } from './lib/temp.js';
import { errorDetail, errorMessage } from '../../server/src/engine/text/errorText.js';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const onlyArg = args.find((a) => a.startsWith('--only='));
const only = onlyArg ? new Set(onlyArg.slice('--only='.length).split(',')) : undefined;
const wants = (step: string) => !only || only.has(step);

const checks: Array<Check & { group: string }> = [];
const timings: Array<[string, number]> = [];

async function phase<T>(name: string, body: () => Promise<T>): Promise<T> {
  console.log(`\n▶ ${name}`);
  const started = Date.now();
  try {
    return await body();
  } finally {
    const ms = Date.now() - started;
    timings.push([name, ms]);
    console.log(`  (${(ms / 1000).toFixed(1)} s)`);
  }
}

function record(group: string, list: Check[]): void {
  for (const c of list) checks.push({ ...c, group });
}

async function main(): Promise<void> {
  const started = Date.now();
  const needsCodeServer = wants('extension') || wants('ui');
  const bin = needsCodeServer
    ? await phase('setup: code-server, Chromium, Neovim, Emacs', async () => {
        const path = await ensureCodeServer();
        console.log(`  code-server: ${path}`);
        return path;
      })
    : '';
  if (!needsCodeServer && (wants('neovim') || wants('emacs'))) {
    await phase('setup: Debian packages (Neovim, Emacs and eglot)', () => ensureDebianPackages());
  }

  if (wants('extension')) {
    await phase('build: extension and extension-host tests', () =>
      run(process.execPath, ['esbuild.mjs', '--tests'], { cwd: repoRoot, timeoutMs: 120_000 }),
    );
    await phase('extension tests in the real extension host (code-server + Chromium)', async () => {
      try {
        const summary = await runExtensionTests(bin, { verbose });
        for (const title of summary.passes) checks.push({ group: 'extension', name: title, ok: true, ms: 0 });
        for (const f of summary.failures) checks.push({ group: 'extension', name: f.title, ok: false, ms: 0, note: f.error });
        if (summary.failed > summary.failures.length)
          checks.push({ group: 'extension', name: 'extension test run', ok: false, ms: 0, note: 'the run failed' });
        for (const f of summary.failures) console.log(`  ✘ ${f.title}\n      ${f.error.split('\n').slice(0, 8).join('\n      ')}`);
      } catch (error) {
        checks.push({
          group: 'extension',
          name: 'extension test run',
          ok: false,
          ms: 0,
          note: errorMessage(error),
        });
        console.log(`  ✘ ${errorMessage(error)}`);
      }
    });
  }

  let extensionsDir: string | undefined;
  if (wants('ui')) {
    await phase('package: npm run package, install the .vsix into code-server', async () => {
      const dir = tempDir('vsix');
      const vsix = join(dir, 'sourced.vsix');
      try {
        // --no-rewrite-relative-links: vsce refuses the README's relative image links (docs/images/) when
        // package.json names no repository to rewrite them against; the installed extension has no use for them.
        await run('npm', ['run', 'package', '--', '--out', vsix, '--no-rewrite-relative-links'], { cwd: repoRoot, timeoutMs: 180_000 });
        extensionsDir = join(dir, 'extensions');
        mkdirSync(extensionsDir);
        const installed = await installExtension(bin, vsix, extensionsDir);
        const line = installed.split('\n').find((l) => /installed/i.test(l)) ?? installed.trim().split('\n').pop();
        checks.push({ group: 'package', name: 'npm run package builds a .vsix that code-server installs', ok: true, ms: 0, note: line });
        console.log(`  ✔ ${line}`);
      } catch (error) {
        extensionsDir = undefined;
        const message = errorMessage(error);
        checks.push({
          group: 'package',
          name: 'npm run package builds a .vsix that code-server installs',
          ok: false,
          ms: 0,
          note: message,
        });
        console.log(`  ✘ ${message}`);
      }
    });
    if (extensionsDir) {
      await phase('UI test: the workbench driven like a person, with the installed .vsix', async () => {
        try {
          record('ui', await runUiTest({ bin, extensionsDir, verbose }));
        } catch (error) {
          checks.push({ group: 'ui', name: 'UI test run', ok: false, ms: 0, note: errorDetail(error) });
          console.log(`  ✘ ${errorDetail(error)}`);
        }
        console.log(`  screenshots: ${join(artifactsDir, 'ui')}`);
      });
    }
  }

  if (wants('oracle')) {
    await phase('oracle: citations and reference lists against pandoc (npm run test:oracle)', async () => {
      let output: string;
      let ok = true;
      try {
        output = await run('npm', ['run', 'test:oracle'], { cwd: repoRoot, timeoutMs: 600_000 });
      } catch (error) {
        ok = false;
        output = errorMessage(error);
      }
      const count = (what: string) => Number(output.match(new RegExp(`^# ${what} (\\d+)$`, 'm'))?.[1] ?? NaN);
      const [passed, failed] = [count('pass'), count('fail')];
      const name = `pandoc differential tests: ${passed} passed, ${failed} failed`;
      checks.push({ group: 'oracle', name, ok: ok && failed === 0 && passed > 0, ms: 0, note: ok ? undefined : output.slice(-4000) });
      console.log(`  ${ok && failed === 0 ? '✔' : '✘'} ${name}${ok ? '' : `\n${output.slice(-4000)}`}`);
    });
  }

  if (wants('neovim')) {
    await phase('Neovim as an LSP client (dist/server.js --stdio)', async () => {
      try {
        const { version, checks: list } = await runNeovim();
        console.log(`  nvim ${version}`);
        for (const c of list) console.log(`  ${c.ok ? '✔' : '✘'} ${c.name}${c.ok ? '' : `\n      ${c.note}`}`);
        record('neovim', list);
      } catch (error) {
        checks.push({
          group: 'neovim',
          name: 'neovim run',
          ok: false,
          ms: 0,
          note: errorMessage(error),
        });
      }
    });
  }

  if (wants('emacs')) {
    await phase('Emacs + eglot as an LSP client (dist/server.js --stdio)', async () => {
      try {
        const { version, checks: list } = await runEmacs();
        console.log(`  emacs ${version}`);
        for (const c of list) console.log(`  ${c.ok ? '✔' : '✘'} ${c.name} (${c.ms} ms)${c.ok ? '' : `\n      ${c.note}`}`);
        record('emacs', list);
      } catch (error) {
        checks.push({ group: 'emacs', name: 'emacs run', ok: false, ms: 0, note: errorMessage(error) });
        console.log(`  ✘ ${errorMessage(error)}`);
      }
    });
  }

  const passed = checks.filter((c) => c.ok).length;
  const failed = checks.length - passed;
  mkdirSync(artifactsDir, { recursive: true });
  writeFileSync(join(artifactsDir, 'editor-tests.json'), JSON.stringify({ timings, checks }, null, 2));
  console.log('\nEditor tests:');
  for (const [name, ms] of timings) console.log(`  ${(ms / 1000).toFixed(1).padStart(6)} s  ${name}`);
  console.log(`  ${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s  in all`);
  for (const c of checks.filter((x) => !x.ok)) console.log(`  failed [${c.group}] ${c.name}`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 || checks.length === 0 ? 1 : 0;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 2;
});
