/**
 * The heavy libraries (pdf.js, mammoth + jszip, Citation.js) are loaded only
 * through the gateway modules (those in server/src/engine/lazy/, and
 * Citation.js's beside its CSL styles in server/src/engine/citeproc/), and those only by
 * a dynamic `import()`: esbuild.mjs builds each gateway as its own file, so
 * one static import would put megabytes back into every start-up of the CLI
 * and the server. Type-only imports are fine (they vanish when compiled).
 * A scanner over the sources, checked on examples first, then run on
 * server/src and client/src, naming every offending import.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { repoRoot } from '../helpers/paths.js';

const LAZY_DIR = join(repoRoot, 'server', 'src', 'engine', 'lazy');
/** Citation.js's gateway lives with the CSL data it registers; esbuild.mjs lists it beside lazy/. */
const CITEPROC_GATEWAY = join(repoRoot, 'server', 'src', 'engine', 'citeproc', 'citationJs.ts');

/** Whether a source file (absolute, `.ts`) is a gateway: bundled apart, the only place a heavy library may be imported. */
function isGateway(file: string): boolean {
  return (dirname(file) === LAZY_DIR && !file.endsWith('.d.ts')) || file === CITEPROC_GATEWAY;
}
const HEAVY = /^(pdfjs-dist|mammoth|jszip|@citation-js)(\/|$)/;

type Kind = 'static' | 'dynamic' | 'type';

/** Every module specifier in `source`, with how it is imported. */
export function imports(source: string): Array<{ specifier: string; kind: Kind }> {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  const out: Array<{ specifier: string; kind: Kind; at: number }> = [];
  const statement = /\b(import|export)\s+(type\s+)?([\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]/g;
  for (const m of code.matchAll(statement)) {
    // `import { type A, type B } from` is type-only too: compilers drop it.
    const names = /\{([^}]*)\}/
      .exec(m[3] ?? '')?.[1]
      .split(',')
      .map((n) => n.trim())
      .filter(Boolean);
    const onlyTypes =
      names !== undefined && names.length > 0 && names.every((n) => n.startsWith('type ')) && !/^\s*\w+\s*,/.test(m[3] ?? '');
    out.push({ specifier: m[4], kind: m[2] || onlyTypes ? 'type' : 'static', at: m.index });
  }
  for (const m of code.matchAll(/\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g)) out.push({ specifier: m[1], kind: 'static', at: m.index });
  for (const m of code.matchAll(/(\btypeof\s+)?\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g))
    out.push({ specifier: m[2], kind: m[1] ? 'type' : 'dynamic', at: m.index });
  return out.sort((a, b) => a.at - b.at).map(({ specifier, kind }) => ({ specifier, kind }));
}

/** What is wrong with importing `specifier` this way from `file` (absolute), or undefined. */
export function offence(file: string, specifier: string, kind: Kind): string | undefined {
  if (kind === 'type' || isGateway(file)) return undefined;
  if (HEAVY.test(specifier)) return `imports ${specifier}: load it through a gateway (server/src/engine/lazy/, citeproc/citationJs.ts)`;
  const target = specifier.startsWith('.') ? resolve(dirname(file), specifier).replace(/\.js$/, '.ts') : undefined;
  if (target && isGateway(target) && kind === 'static') return `imports the gateway ${specifier} statically: use await import()`;
  return undefined;
}

const SCANNER_CASES: Array<{ name: string; input: string; expected: Array<[string, Kind]> }> = [
  { name: 'default import', input: "import mammoth from 'mammoth';", expected: [['mammoth', 'static']] },
  { name: 'side-effect import', input: "import '@citation-js/plugin-bibtex';", expected: [['@citation-js/plugin-bibtex', 'static']] },
  { name: 're-export', input: "export { Cite } from '@citation-js/core';", expected: [['@citation-js/core', 'static']] },
  { name: 'require', input: "const z = require('jszip');", expected: [['jszip', 'static']] },
  {
    name: 'dynamic import',
    input: "const { Cite } = await import('../citeproc/citationJs.js');",
    expected: [['../citeproc/citationJs.js', 'dynamic']],
  },
  { name: 'import type', input: "import type { PdfJs } from '../../lazy/pdfjs.js';", expected: [['../../lazy/pdfjs.js', 'type']] },
  { name: 'inline type names only', input: "import { type A, type B } from 'jszip';", expected: [['jszip', 'type']] },
  { name: 'a value among type names', input: "import { type A, B } from 'jszip';", expected: [['jszip', 'static']] },
  {
    name: 'typeof import()',
    input: "type P = (typeof import('pdfjs-dist/legacy/build/pdf.mjs'))['getDocument'];",
    expected: [['pdfjs-dist/legacy/build/pdf.mjs', 'type']],
  },
  { name: 'commented-out imports ignored', input: "// import mammoth from 'mammoth';\n/* import 'jszip'; */", expected: [] },
];

for (const { name, input, expected } of SCANNER_CASES) {
  test(`gateway scanner: ${name}`, () => {
    assert.deepEqual(
      imports(input).map((i) => [i.specifier, i.kind]),
      expected,
    );
  });
}

const ENGINE_FILE = join(repoRoot, 'server', 'src', 'engine', 'ingest', 'extract', 'pdfText.ts');
const GATEWAY_FILE = join(LAZY_DIR, 'pdfjs.ts');
const REFERENCE_FILE = join(repoRoot, 'server', 'src', 'engine', 'cite', 'referenceList.ts');

const RULE_CASES: Array<{ name: string; file: string; specifier: string; kind: Kind; offends: boolean }> = [
  {
    name: 'engine imports pdf.js statically',
    file: ENGINE_FILE,
    specifier: 'pdfjs-dist/legacy/build/pdf.mjs',
    kind: 'static',
    offends: true,
  },
  {
    name: 'engine imports pdf.js dynamically (still bundled in)',
    file: ENGINE_FILE,
    specifier: 'pdfjs-dist/legacy/build/pdf.mjs',
    kind: 'dynamic',
    offends: true,
  },
  { name: 'engine imports pdf.js types', file: ENGINE_FILE, specifier: 'pdfjs-dist/legacy/build/pdf.mjs', kind: 'type', offends: false },
  { name: 'engine imports a gateway statically', file: ENGINE_FILE, specifier: '../../lazy/pdfjs.js', kind: 'static', offends: true },
  { name: 'engine imports a gateway dynamically', file: ENGINE_FILE, specifier: '../../lazy/pdfjs.js', kind: 'dynamic', offends: false },
  { name: "engine imports a gateway's types", file: ENGINE_FILE, specifier: '../../lazy/pdfjs.js', kind: 'type', offends: false },
  { name: 'engine imports another module', file: ENGINE_FILE, specifier: './pdfLayout.js', kind: 'static', offends: false },
  {
    name: 'a gateway imports its library',
    file: GATEWAY_FILE,
    specifier: 'pdfjs-dist/legacy/build/pdf.mjs',
    kind: 'dynamic',
    offends: false,
  },
  { name: 'a gateway imports its own helper', file: GATEWAY_FILE, specifier: './pdfjs/domMatrix.js', kind: 'static', offends: false },
  {
    name: 'the Citation.js gateway imports its library',
    file: CITEPROC_GATEWAY,
    specifier: '@citation-js/core',
    kind: 'static',
    offends: false,
  },
  {
    name: 'the style names beside it import Citation.js',
    file: join(dirname(CITEPROC_GATEWAY), 'styles.ts'),
    specifier: '@citation-js/core',
    kind: 'static',
    offends: true,
  },
  {
    name: 'reference lists load the Citation.js gateway dynamically',
    file: REFERENCE_FILE,
    specifier: '../citeproc/citationJs.js',
    kind: 'dynamic',
    offends: false,
  },
  {
    name: 'reference lists import the Citation.js gateway statically',
    file: REFERENCE_FILE,
    specifier: '../citeproc/citationJs.js',
    kind: 'static',
    offends: true,
  },
  {
    name: 'reference lists import the style names statically',
    file: REFERENCE_FILE,
    specifier: '../citeproc/styles.js',
    kind: 'static',
    offends: false,
  },
  {
    name: 'the CLI imports mammoth',
    file: join(repoRoot, 'server', 'src', 'cli', 'cli.ts'),
    specifier: 'mammoth',
    kind: 'static',
    offends: true,
  },
  {
    name: 'the server imports a Citation.js plugin',
    file: join(repoRoot, 'server', 'src', 'server.ts'),
    specifier: '@citation-js/plugin-csl',
    kind: 'static',
    offends: true,
  },
];

for (const { name, file, specifier, kind, offends } of RULE_CASES) {
  test(`gateway rule: ${name} is ${offends ? 'refused' : 'allowed'}`, () => {
    assert.equal(offence(file, specifier, kind) !== undefined, offends);
  });
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

const SOURCES = [join(repoRoot, 'server', 'src'), join(repoRoot, 'client', 'src')].flatMap(tsFiles);

test('no source imports a heavy library outside the gateways, nor a gateway statically', () => {
  assert.ok(SOURCES.length >= 50, `expected the sources under server/src and client/src, found ${SOURCES.length}`);
  const offenders = SOURCES.flatMap((file) =>
    imports(readFileSync(file, 'utf8')).flatMap(({ specifier, kind }) => {
      const why = offence(file, specifier, kind);
      return why ? [`${relative(repoRoot, file)} ${why}`] : [];
    }),
  );
  assert.deepEqual(offenders, [], offenders.join('\n'));
});

test('the gateways exist, each with a header comment, esbuild.mjs bundles each apart, and the engine loads every one', () => {
  const gateways = [...readdirSync(LAZY_DIR).map((f) => join(LAZY_DIR, f)), CITEPROC_GATEWAY].filter(
    (f) => f.endsWith('.ts') && isGateway(f),
  );
  const names = (files: string[]) => files.map((f) => relative(join(repoRoot, 'server', 'src', 'engine'), f)).sort();
  assert.deepEqual(names(gateways), ['citeproc/citationJs.ts', 'lazy/mammoth.ts', 'lazy/pdfjs.ts']);
  for (const file of gateways) assert.match(readFileSync(file, 'utf8'), /^\/\*\*\n \* Gateway to /, file);
  // The build's own list: every module in lazy/ plus this one path.
  assert.match(readFileSync(join(repoRoot, 'esbuild.mjs'), 'utf8'), /resolve\('server\/src\/engine\/citeproc\/citationJs\.ts'\)/);
  const loaded = new Set(
    SOURCES.flatMap((file) =>
      imports(readFileSync(file, 'utf8'))
        .filter((i) => i.kind === 'dynamic' && i.specifier.startsWith('.'))
        .map((i) => resolve(dirname(file), i.specifier).replace(/\.js$/, '.ts'))
        .filter(isGateway),
    ),
  );
  assert.deepEqual(names([...loaded]), names(gateways));
});
