/**
 * Runs one of the standalone bench scripts (bench/<name>.ts, each printing
 * JSON) in its own Node process, so its timings and memory are not skewed
 * by what the main bench process already holds, and returns what it printed.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export interface ScriptResult {
  script: string;
  seconds: number;
  /** The script's JSON output: one value, or one per JSON line. */
  result?: unknown;
  error?: string;
}

export function runScript(benchDir: string, script: string, args: string[] = [], timeoutMs = 30 * 60_000): ScriptResult {
  const started = performance.now();
  const child = spawnSync(process.execPath, ['--import', 'tsx', join(benchDir, `${script}.ts`), ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    timeout: timeoutMs,
  });
  const seconds = Math.round((performance.now() - started) / 100) / 10;
  if (child.status !== 0)
    return {
      script,
      seconds,
      error: `exit ${child.status ?? child.signal}: ${(child.stderr ?? '').trim().split('\n').slice(-3).join(' ')}`,
    };
  return { script, seconds, result: parseOutput(child.stdout) };
}

function parseOutput(stdout: string): unknown {
  try {
    return JSON.parse(stdout);
  } catch {
    const values = stdout
      .split('\n')
      .filter((l) => l.trim().startsWith('{'))
      .map((l) => JSON.parse(l) as unknown);
    return values.length === 1 ? values[0] : values;
  }
}
