/**
 * The extension-host test entry (VS Code's `extensionTestsPath`): runs every
 * `*.test.js` beside it with mocha in the real extension host, under either
 * runner (code-server + Chromium here, @vscode/test-electron on a desktop).
 * Besides mocha's report on the console, writes a JSON summary to
 * $SOURCED_EDITOR_TEST_RESULTS when set, for the runner to read.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import Mocha from 'mocha';

/** The runner picks the suite's lines out of the workbench's console by this prefix. */
const PREFIX = '[sourced-test] ';

export async function run(): Promise<void> {
  // One formatted string per line, so it survives the trip to the browser console intact.
  (Mocha.reporters.Base as unknown as { consoleLog: (...args: unknown[]) => void }).consoleLog = (...args: unknown[]) => {
    for (const line of format(...args).split('\n')) console.log(PREFIX + line);
  };
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60_000, reporter: 'spec' });
  const grep = process.env.SOURCED_EDITOR_TEST_GREP;
  if (grep) mocha.grep(grep);
  for (const file of readdirSync(__dirname)
    .filter((f) => f.endsWith('.test.js'))
    .sort())
    mocha.addFile(join(__dirname, file));
  const summary = { passed: 0, failed: 0, pending: 0, passes: [] as string[], failures: [] as Array<{ title: string; error: string }> };
  const failures = await new Promise<number>((resolve) => {
    const runner = mocha.run(resolve);
    runner.on('pass', (test) => {
      summary.passed++;
      summary.passes.push(test.fullTitle());
    });
    runner.on('pending', () => summary.pending++);
    runner.on('fail', (test, error: Error) => {
      summary.failed++;
      summary.failures.push({ title: test.fullTitle(), error: String(error?.stack ?? error) });
    });
  });
  const out = process.env.SOURCED_EDITOR_TEST_RESULTS;
  if (out) writeFileSync(out, JSON.stringify(summary, null, 2));
  if (failures > 0) throw new Error(`${failures} extension test(s) failed`);
}
