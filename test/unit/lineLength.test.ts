/**
 * No line of code over 160 characters, outside the vendored CSL data and the dev sets' authoring data: a long line
 * is one nobody reads whole in a review, and prettier leaves long regexes and strings as they are. The tracked files
 * come from git, so a new file is held to it the moment it is added.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const MAX = 160;
const CODE = /\.(?:ts|mjs|js|lua|el|sh)$/;
const EXEMPT = /csl|^bench\/data\//i;

test(`no line of code is over ${MAX} characters`, () => {
  const files = execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' })
    .split('\n')
    .filter((f) => CODE.test(f) && !EXEMPT.test(f));
  assert.ok(files.length > 100, `only ${files.length} tracked code files: is this a git checkout?`);
  const long: string[] = [];
  for (const file of files) {
    readFileSync(join(ROOT, file), 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (line.length > MAX) long.push(`${file}:${i + 1} (${line.length})`);
      });
  }
  // The whole list in the message: a deepEqual diff would skip lines once there are more than a few.
  assert.equal(long.length, 0, `${long.length} lines over ${MAX} characters:\n${long.join('\n')}`);
});
