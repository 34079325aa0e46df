/**
 * The package's bin as npm runs it: package.json names dist/cli.js, the
 * build (`npm run build`, esbuild.mjs) leaves it with its `#!/usr/bin/env node`
 * line and its run bit, and `sourced --help` works both when the file is run
 * directly (as npm does when it runs a bin in place, without linking it) and
 * through `npx --no-install sourced` from the checkout, as the README says.
 * Without the bit both of the latter fail with "Permission denied" (126/127).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { constants, existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../helpers/paths.js';

const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { bin: Record<string, string> };
const BIN = join(repoRoot, pkg.bin.sourced);

interface Run {
  code: number | string;
  stdout: string;
  stderr: string;
}

function run(command: string, args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    // --no-install and offline: npx must find the package's own bin, never fetch one.
    const env = { ...process.env, npm_config_offline: 'true', npm_config_update_notifier: 'false', npm_config_fund: 'false' };
    execFile(command, args, { cwd: repoRoot, env, timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error ? (error.code ?? error.signal ?? -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

test('package.json names dist/cli.js as the sourced bin, and the build wrote it with its #! line and run bits', () => {
  assert.equal(pkg.bin.sourced, 'dist/cli.js');
  assert.ok(existsSync(BIN), `${BIN} is missing: run \`npm run build\` first`);
  assert.equal(readFileSync(BIN, 'utf8').split('\n', 1)[0], '#!/usr/bin/env node');
  const mode = statSync(BIN).mode;
  for (const [who, bit] of [
    ['owner', constants.S_IXUSR],
    ['group', constants.S_IXGRP],
    ['others', constants.S_IXOTH],
  ] as const) {
    assert.ok(mode & bit, `dist/cli.js is not executable by its ${who} (mode ${(mode & 0o777).toString(8)})`);
  }
});

const ways: Array<[string, string, string[]]> = [
  ['the bin run directly (npm running it in place)', BIN, ['--help']],
  ['npx --no-install sourced from the checkout', 'npx', ['--no-install', 'sourced', '--help']],
];

for (const [name, command, args] of ways) {
  test(`${name}: --help prints the usage and exits 0`, async () => {
    const result = await run(command, args);
    assert.equal(result.code, 0, `exit ${result.code}\n${result.stderr}`);
    assert.match(result.stdout, /^Usage:\n {2}sourced index/);
    assert.match(result.stdout, /sourced check FILE\.\.\./);
  });
}
