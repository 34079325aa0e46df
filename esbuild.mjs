// Bundles the three entry points into dist/: the VS Code client, the
// language server and the CLI. Output is CommonJS (what VS Code's extension
// host and `npx sourced` load); dist/package.json says so, since the source
// package is ESM. `--tests` also bundles the extension-host test suite
// (test/editor/suite/) into dist/test/editor/suite/, inside the extension
// folder as VS Code requires; .vscodeignore keeps it out of the .vsix.
import { build } from 'esbuild';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';

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

const entries = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['server/src/cli/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  // PDF and Word extraction's worker thread, started by server/src/node/extractorPool.ts beside cli.js and server.js.
  { entryPoints: ['server/src/node/extractWorker.ts'], outfile: 'dist/extractWorker.js' },
];
if (tests) {
  const suite = 'test/editor/suite';
  for (const file of readdirSync(suite).filter((f) => f === 'index.ts' || f.endsWith('.test.ts'))) {
    entries.push({ entryPoints: [`${suite}/${file}`], outfile: `dist/${suite}/${file.replace(/\.ts$/, '.js')}`, external: ['vscode', 'mocha'] });
  }
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
