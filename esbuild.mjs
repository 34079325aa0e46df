// Bundles the entry points into dist/: the VS Code client, the language
// server, the CLI and the extraction worker. Output is CommonJS (what VS Code's extension
// host and `npx sourced` load); dist/package.json says so, since the source
// package is ESM. `--tests` also bundles the extension-host test suite
// (test/editor/suite/) into dist/test/editor/suite/, inside the extension
// folder as VS Code requires; .vscodeignore keeps it out of the .vsix.
//
// The heavy libraries (pdf.js, mammoth, Citation.js) are bundled apart, one
// file per gateway module (dist/lazy/*.js: those in server/src/engine/lazy/
// and Citation.js's in server/src/engine/citeproc/), and
// the entry points load them with require() only when they are needed: V8
// parses every byte of a bundle at start-up, and `sourced check` of a
// Markdown draft needs none of them.
import { build } from 'esbuild';
import { chmodSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, relative, resolve, sep } from 'node:path';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');
const tests = process.argv.includes('--tests');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'info',
  // import.meta.url is empty in CommonJS. That is intended: extractorPool.ts
  // reads it only where __dirname is missing (the ESM sources under tsx), and
  // pdf.js uses it only to look for an optional native canvas (for rendering,
  // which Sourced never does) that the bundles must not load.
  logOverride: { 'empty-import-meta': 'silent' },
};

mkdirSync('dist', { recursive: true });
writeFileSync('dist/package.json', JSON.stringify({ type: 'commonjs' }, null, 2) + '\n');

const LAZY_SRC = resolve('server/src/engine/lazy');
const LAZY_OUT = 'dist/lazy';
/**
 * The gateways, each bundled as dist/lazy/<name>.js: every module directly in
 * server/src/engine/lazy/, and Citation.js's, which lives beside the CSL
 * styles it registers (test/unit/lazyGateways.test.ts names the same files).
 */
const GATEWAYS = [
  ...readdirSync(LAZY_SRC)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .map((f) => resolve(LAZY_SRC, f)),
  resolve('server/src/engine/citeproc/citationJs.ts'),
];
const GATEWAY_IMPORT = new RegExp(`/(${GATEWAYS.map((f) => basename(f, '.ts')).join('|')})\\.js$`);
/** Libraries that only the gateways may bundle. */
const HEAVY = /^(pdfjs-dist|mammoth|jszip|@citation-js)(\/|$)/;

/**
 * For the entry points: `await import('../lazy/x.js')` (or '../citeproc/citationJs.js') becomes
 * `require('./lazy/x.js')` (relative to the output file) instead of pulling
 * the gateway and its library into the bundle. A static import of a gateway
 * fails the build, and so does a heavy library anywhere in a product bundle
 * (`guard`; the editor test suite may use jszip to write Word files), since
 * either would put the library back into the bundle.
 */
function lazyGateways(outfile, guard) {
  return {
    name: 'lazy-gateways',
    setup(b) {
      b.onResolve({ filter: GATEWAY_IMPORT }, (args) => {
        const target = resolve(args.resolveDir, args.path).replace(/\.js$/, '.ts');
        if (!GATEWAYS.includes(target)) return undefined;
        if (args.kind !== 'dynamic-import')
          return {
            errors: [{ text: `${args.path} is a lazy gateway: load it with await import(), never statically (${args.importer}).` }],
          };
        const path = relative(dirname(outfile), `${LAZY_OUT}/${basename(target, '.ts')}.js`)
          .split(sep)
          .join('/');
        return { path: path.startsWith('.') ? path : `./${path}`, external: true };
      });
      if (guard)
        b.onResolve({ filter: HEAVY }, (args) => ({
          errors: [
            {
              text: `${args.path} may be bundled only into the gateways (server/src/engine/lazy/, citeproc/citationJs.ts); ${args.importer} imports it.`,
            },
          ],
        }));
    },
  };
}

const entries = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' },
  // The bin is a small launcher (cli/launch.ts) that runs the CLI bundle through V8's code cache.
  { entryPoints: ['server/src/cli/launch.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: ['server/src/cli/cli.ts'], outfile: 'dist/cliMain.js' },
  // PDF and Word extraction's worker thread, started by server/src/node/extractorPool.ts beside cli.js and server.js.
  { entryPoints: ['server/src/node/extractWorker.ts'], outfile: 'dist/extractWorker.js' },
];
if (tests) {
  const suite = 'test/editor/suite';
  for (const file of readdirSync(suite).filter((f) => f === 'index.ts' || f.endsWith('.test.ts'))) {
    entries.push({
      entryPoints: [`${suite}/${file}`],
      outfile: `dist/${suite}/${file.replace(/\.ts$/, '.js')}`,
      external: ['vscode', 'mocha'],
    });
  }
}

for (const entry of entries) {
  entry.plugins = [lazyGateways(entry.outfile, !entry.outfile.startsWith('dist/test/'))];
  // Emit require() for the gateways, not import(): a plain synchronous load
  // of a CommonJS file, without Node's ESM loader in between.
  entry.supported = { 'dynamic-import': false };
}
// dist/cli.js is the package's bin: npm runs it in place (`npx sourced` in a
// fresh clone), so it needs its run bit, which esbuild does not set. onEnd
// covers --watch rebuilds too.
entries
  .find((entry) => entry.outfile === 'dist/cli.js')
  .plugins.push({
    name: 'executable',
    setup: (b) => b.onEnd((result) => result.errors.length === 0 && chmodSync(b.initialOptions.outfile, 0o755)),
  });
// The gateways themselves: each its own bundle with its library inside.
for (const file of GATEWAYS) {
  entries.push({ entryPoints: [file], outfile: `${LAZY_OUT}/${basename(file, '.ts')}.js` });
}

for (const entry of entries) {
  const options = { ...common, ...entry };
  if (watch) {
    const { context } = await import('esbuild');
    const ctx = await context(options);
    await ctx.watch();
  } else {
    await build(options);
  }
}
