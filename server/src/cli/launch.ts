/**
 * The `sourced` binary (bundled to dist/cli.js): runs the CLI bundle (dist/cliMain.js, from cli.ts) through V8's
 * code cache. Compiling the 2 MB bundle, and the functions a check then compiles lazily, was about a tenth of a warm
 * `sourced check`; the cache, written after the first run of each build (so it holds what that run compiled), saves
 * most of it. Node 22's `module.enableCompileCache` does the same, but the supported Node here is 20.
 *
 * The cache is an optimisation only: a missing, unreadable or rejected one (another Node, other V8 flags) costs one
 * plain compile and is written again; a failed write is ignored. It sits beside the index cache
 * (`--cache-dir`, else $SOURCED_CACHE_DIR, else ~/.cache/sourced), one file per build of the bundle and Node version; `--no-cache`
 * writes none.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire, wrap } from 'node:module';
import { join, resolve } from 'node:path';
import { Script } from 'node:vm';
import { defaultCacheDir } from '../node/fileCacheStore.js';

const PREFIX = 'cli-code-';

function launch(): void {
  const bundle = join(__dirname, 'cliMain.js');
  const source = readFileSync(bundle, 'utf8');
  const dir = cacheDir(process.argv);
  const { size, mtimeMs } = statSync(bundle);
  // V8 checks its own version and flags, not the source: the name pins the build (size and time) and the Node.
  const cacheFile = join(dir, `${PREFIX}${process.version}-${process.arch}-${size}-${Math.round(mtimeMs)}.bin`);
  const cachedData = readOrUndefined(cacheFile);
  const script = new Script(wrap(source), { filename: bundle, cachedData });
  if ((cachedData === undefined || script.cachedDataRejected === true) && !process.argv.includes('--no-cache')) {
    // At exit the cache holds every function this run compiled, not only the top level.
    process.once('exit', () => saveCodeCache(dir, cacheFile, script));
  }
  const run = script.runInThisContext() as (
    exports: unknown,
    require: NodeJS.Require,
    module: { exports: unknown },
    filename: string,
    dirname: string,
  ) => void;
  const module = { exports: {} };
  run(module.exports, createRequire(bundle), module, bundle, __dirname);
}

/** `--cache-dir DIR` (or `--cache-dir=DIR`) as the commands read it, else the index cache's default folder. */
function cacheDir(argv: readonly string[]): string {
  const at = argv.indexOf('--cache-dir');
  const given = at >= 0 ? argv[at + 1] : argv.find((a) => a.startsWith('--cache-dir='))?.slice('--cache-dir='.length);
  return given ? resolve(given) : defaultCacheDir();
}

function readOrUndefined(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Writes the cache (a temporary file renamed over) and drops the caches of other builds. */
function saveCodeCache(dir: string, file: string, script: Script): void {
  try {
    mkdirSync(dir, { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, script.createCachedData());
    renameSync(temp, file);
    for (const name of readdirSync(dir)) {
      if (name.startsWith(PREFIX) && join(dir, name) !== file && !name.endsWith('.tmp')) unlinkSync(join(dir, name));
    }
  } catch {
    // Read-only or full cache folder: the next run compiles again, nothing else changes.
  }
}

launch();
