/**
 * Child processes for the editor tests: each server starts in its own
 * process group and is always stopped, group and all, on success, failure,
 * Ctrl+C or a test runner's SIGTERM.
 */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { createServer } from 'node:net';

const running = new Set<ChildProcess>();

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

process.on('exit', () => {
  for (const child of running) killGroup(child, 'SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    for (const child of running) killGroup(child, 'SIGKILL');
    process.exit(130);
  });
}

export interface GroupProcess {
  child: ChildProcess;
  /** Everything it printed so far. */
  output(): string;
  /** SIGTERM to the group, SIGKILL after a grace period; resolves when it has exited. */
  stop(): Promise<void>;
}

export function spawnGroup(command: string, args: string[], options: SpawnOptions & { echo?: (line: string) => void } = {}): GroupProcess {
  const child = spawn(command, args, { ...options, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  let log = '';
  const onData = (chunk: Buffer) => {
    const text = chunk.toString();
    log += text;
    if (log.length > 2_000_000) log = log.slice(-1_000_000);
    if (options.echo) for (const line of text.split('\n')) if (line.trim()) options.echo(line);
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.once('exit', () => running.delete(child));
  return {
    child,
    output: () => log,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      killGroup(child, 'SIGTERM');
      const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
      // Stragglers in the group (the extension host, the language server).
      killGroup(child, 'SIGKILL');
    },
  };
}

/** Runs a command to completion; rejects with its output on a non-zero exit or after the timeout. */
export function run(command: string, args: string[], options: SpawnOptions & { timeoutMs?: number } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const proc = spawnGroup(command, args, options);
    const timer = setTimeout(() => {
      void proc.stop();
      reject(new Error(`${command} ${args.join(' ')} timed out after ${options.timeoutMs} ms\n${proc.output()}`));
    }, options.timeoutMs ?? 600_000);
    proc.child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(proc.output());
      else reject(new Error(`${command} ${args.join(' ')} exited with ${code ?? signal}\n${proc.output()}`));
    });
    proc.child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
