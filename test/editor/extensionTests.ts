/**
 * Runs the mocha suite (dist/test/editor/suite/) in VS Code's real extension
 * host, through code-server and headless Chromium: the workbench URL carries
 * the extensionDevelopmentPath / extensionTestsPath payload, and the
 * workbench calls `codeAutomationExit(code)` when the run ends. The suite's
 * report arrives on the browser console; its summary in a JSON file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { format } from 'node:util';
import { join } from 'node:path';
import type { ConsoleMessage } from 'playwright-core';
import { launchChromium } from './lib/chromium.js';
import { startCodeServer, workbenchUrl } from './lib/codeServer.js';
import { repoRoot } from './lib/paths.js';
import { makeCacheDir, makeWorkspace } from './lib/workspace.js';
import { tempDir } from './lib/temp.js';

export interface SuiteSummary {
  passed: number;
  failed: number;
  pending: number;
  passes: string[];
  failures: Array<{ title: string; error: string }>;
}

const TIMEOUT_MS = 5 * 60_000;

/** What the suite prints starts with this (test/editor/suite/index.ts), among the workbench's own log lines. */
const SUITE_PREFIX = '[sourced-test] ';

/**
 * The workbench forwards the extension host's console as
 * `console.log('%c INFO', css, format, ...args)`: drop the styled prefix,
 * apply the format, and print the suite's lines (all lines when verbose).
 */
async function printConsole(message: ConsoleMessage, verbose: boolean): Promise<void> {
  const args = await Promise.all(message.args().map((a) => a.jsonValue().catch(() => '?')));
  if (args.length === 0) args.push(message.text());
  const head = typeof args[0] === 'string' ? args[0] : '';
  const styles = (head.match(/%c/g) ?? []).length;
  const rest = styles > 0 ? args.slice(1 + styles) : args;
  const text = rest.length ? format(...(rest as [unknown, ...unknown[]])) : head;
  const at = text.indexOf(SUITE_PREFIX);
  if (at >= 0) console.log(`  ${text.slice(at + SUITE_PREFIX.length).replace(/\s+$/, '')}`);
  else if (verbose) console.log(`[browser:${message.type()}] ${head.replace(/%c/g, '').trim()} ${text.slice(0, 1500)}`);
}

export async function runExtensionTests(bin: string, options: { verbose?: boolean; grep?: string } = {}): Promise<SuiteSummary> {
  const testsModule = join(repoRoot, 'dist', 'test', 'editor', 'suite', 'index.js');
  if (!existsSync(testsModule)) throw new Error(`${testsModule} is missing: build it with \`node esbuild.mjs --tests\``);
  const workspace = makeWorkspace();
  const results = join(tempDir('ext-results'), 'results.json');
  const env: Record<string, string> = { SOURCED_CACHE_DIR: makeCacheDir(), SOURCED_EDITOR_TEST_RESULTS: results };
  if (options.grep) env.SOURCED_EDITOR_TEST_GREP = options.grep;
  const server = await startCodeServer({ bin, env, verbose: options.verbose });
  const browser = await launchChromium();
  try {
    const { page } = browser;
    const exitCode = new Promise<number>((resolve) => void page.exposeFunction('codeAutomationExit', (code: number) => resolve(code)));
    page.on('console', (message) => void printConsole(message, options.verbose === true));
    const payload: Array<[string, string]> = [
      ['extensionDevelopmentPath', server.remote(repoRoot)],
      ['extensionTestsPath', server.remote(join(repoRoot, 'dist', 'test', 'editor', 'suite', 'index.js'))],
    ];
    await page.goto(workbenchUrl(server, workspace, payload));
    let timer: NodeJS.Timeout | undefined;
    const code = await Promise.race([
      exitCode,
      new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), TIMEOUT_MS))),
    ]);
    clearTimeout(timer);
    if (code === 'timeout') throw new Error(`the extension tests did not finish within ${TIMEOUT_MS / 1000} s`);
    if (!existsSync(results))
      throw new Error(
        `the extension tests exited with ${code} and wrote no summary (did the suite load?)\n${server.process.output().slice(-4000)}`,
      );
    const summary = JSON.parse(readFileSync(results, 'utf8')) as SuiteSummary;
    if (code !== 0 && summary.failed === 0) summary.failed = 1;
    return summary;
  } finally {
    await browser.close();
    await server.stop();
  }
}
