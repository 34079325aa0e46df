// Bundles the three entry points into dist/: the VS Code client, the
// language server and the CLI. Output is CommonJS (what VS Code's extension
// host and `npx sourced` load); dist/package.json says so, since the source
// package is ESM.
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'info',
};

mkdirSync('dist', { recursive: true });
writeFileSync('dist/package.json', JSON.stringify({ type: 'commonjs' }, null, 2) + '\n');

const entries = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['server/src/cli/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
];

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
