/**
 * The engine seam: nothing under server/src/engine may import VS Code, the
 * language server, or Node built-ins (node:*, fs, path, child_process, ...);
 * the host injects those through host.ts. Scans import/export/require/
 * dynamic import statements with a regex and names every offending file.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtinModules } from 'node:module';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { repoRoot } from '../helpers/paths.js';
import { importedSpecifiers } from '../helpers/importScan.js';

const ENGINE_DIR = join(repoRoot, 'server', 'src', 'engine');

const BARE_BUILTINS = new Set(builtinModules.filter((m) => !m.startsWith('_')).map((m) => m.split('/')[0]));

export function isForbidden(specifier: string): boolean {
  if (specifier.startsWith('node:')) return true;
  if (specifier === 'vscode' || specifier.startsWith('vscode/')) return true;
  if (
    specifier.startsWith('vscode-languageserver') ||
    specifier.startsWith('vscode-languageclient') ||
    specifier.startsWith('vscode-jsonrpc')
  )
    return true;
  return BARE_BUILTINS.has(specifier.split('/')[0]);
}

const SCANNER_CASES: Array<{ name: string; input: string; expected: string[] }> = [
  { name: 'default import', input: "import fs from 'fs';", expected: ['fs'] },
  {
    name: 'named import over lines',
    input: 'import {\n  readFile,\n  writeFile,\n} from "node:fs/promises";',
    expected: ['node:fs/promises'],
  },
  { name: 'namespace import', input: "import * as path from 'node:path';", expected: ['node:path'] },
  {
    name: 'type-only import',
    input: "import type { Connection } from 'vscode-languageserver/node';",
    expected: ['vscode-languageserver/node'],
  },
  { name: 'side-effect import', input: "import 'vscode';", expected: ['vscode'] },
  { name: 're-export', input: "export { spawn } from 'child_process';\nexport * from './x.js';", expected: ['child_process', './x.js'] },
  { name: 'require', input: "const os = require( 'os' );", expected: ['os'] },
  { name: 'dynamic import', input: "const m = await import('node:worker_threads');", expected: ['node:worker_threads'] },
  {
    name: 'commented-out imports ignored',
    input: "// import fs from 'fs';\n/* import 'vscode'; */\nimport { a } from './a.js';",
    expected: ['./a.js'],
  },
  { name: 'strings mentioning import are not imports', input: "const s = 'we import data from files';", expected: [] },
];

for (const { name, input, expected } of SCANNER_CASES) {
  test(`import scanner: ${name}`, () => {
    assert.deepEqual(importedSpecifiers(input), expected);
  });
}

const FORBIDDEN_CASES: Array<[string, boolean]> = [
  ['node:fs', true],
  ['fs', true],
  ['fs/promises', true],
  ['path', true],
  ['child_process', true],
  ['os', true],
  ['crypto', true],
  ['vscode', true],
  ['vscode-languageserver', true],
  ['vscode-languageserver/node', true],
  ['vscode-languageserver-textdocument', true],
  ['./types.js', false],
  ['../host.js', false],
  ['unified', false],
  ['remark-parse', false],
  ['yaml', false],
  ['stemmer', false],
];

for (const [specifier, forbidden] of FORBIDDEN_CASES) {
  test(`seam rule: ${specifier} is ${forbidden ? 'forbidden' : 'allowed'} in the engine`, () => {
    assert.equal(isForbidden(specifier), forbidden);
  });
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

test('no engine file imports VS Code, the language server or Node built-ins', () => {
  const files = tsFiles(ENGINE_DIR);
  assert.ok(files.length >= 20, `expected the engine's .ts files under ${ENGINE_DIR}, found ${files.length}`);
  const offenders = files.flatMap((file) =>
    importedSpecifiers(readFileSync(file, 'utf8'))
      .filter(isForbidden)
      .map((specifier) => `${relative(repoRoot, file)} imports '${specifier}'`),
  );
  assert.deepEqual(offenders, [], `engine files must reach the host only through host.ts:\n${offenders.join('\n')}`);
});

test("the scanner sees the engine's real imports (it is not vacuous)", () => {
  // The corpus's file loader: it reads through the host and analyses what it reads.
  const corpusFile = readFileSync(join(ENGINE_DIR, 'corpus', 'fileLoader.ts'), 'utf8');
  const specifiers = importedSpecifiers(corpusFile);
  assert.ok(specifiers.includes('../host.js'), JSON.stringify(specifiers));
  assert.ok(specifiers.includes('../ingest/analyseFile.js'));
});
