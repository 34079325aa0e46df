/**
 * Starts the built language server (`dist/server.js --stdio`) as a child
 * process and speaks LSP to it with vscode-languageserver-protocol's client
 * side, answering the server's own requests (configuration, progress
 * tokens, registrations) the way an editor would, and recording what it
 * sends (progress, logs).
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { repoRoot } from './paths.js';

export interface LspSession {
  connection: ProtocolConnection;
  process: ChildProcessWithoutNullStreams;
  progress: unknown[];
  logs: string[];
  /** Resolves when the server's progress reports `end` (indexing done). */
  indexed: Promise<void>;
  /** Latest diagnostics per document URI. */
  diagnostics: Map<string, PublishedDiagnostic[]>;
  /** Waits (event-driven, never a fixed sleep) until the URI's diagnostics satisfy `ready`. */
  waitForDiagnostics(uri: string, ready: (d: PublishedDiagnostic[]) => boolean, timeoutMs?: number): Promise<PublishedDiagnostic[]>;
  close(): Promise<void>;
}

export interface PublishedDiagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity?: number;
  code?: string;
  message: string;
  relatedInformation?: Array<{ location: { uri: string; range: unknown }; message: string }>;
}

export async function startServer(workspace: string, settings: Record<string, unknown> = {}): Promise<LspSession> {
  const serverPath = join(repoRoot, 'dist', 'server.js');
  if (!existsSync(serverPath)) throw new Error(`${serverPath} is missing: run \`npm run build\` before the protocol tests.`);
  const child = spawn(process.execPath, [serverPath, '--stdio'], { env: { ...process.env } });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const progress: unknown[] = [];
  const logs: string[] = [];
  let markIndexed: () => void = () => {};
  const indexed = new Promise<void>((resolve) => (markIndexed = resolve));
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('workspace/configuration', (params: unknown) =>
    (params as { items: Array<{ section?: string }> }).items.map((item) => (item.section ? settings[item.section] ?? null : null)),
  );
  connection.onNotification('$/progress', (params: { value: { kind: string } }) => {
    progress.push(params.value);
    if (params.value.kind === 'end') markIndexed();
  });
  const diagnostics = new Map<string, PublishedDiagnostic[]>();
  const waiters: Array<() => void> = [];
  connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; diagnostics: PublishedDiagnostic[] }) => {
    diagnostics.set(params.uri, params.diagnostics);
    for (const wake of waiters.splice(0)) wake();
  });
  const waitForDiagnostics = (uri: string, ready: (d: PublishedDiagnostic[]) => boolean, timeoutMs = 30_000) =>
    new Promise<PublishedDiagnostic[]>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms; last: ${JSON.stringify(diagnostics.get(uri))}`)), timeoutMs);
      const check = () => {
        const current = diagnostics.get(uri);
        if (current && ready(current)) {
          clearTimeout(timer);
          resolve(current);
        } else waiters.push(check);
      };
      check();
    });
  connection.onNotification('window/logMessage', (params: { message: string }) => {
    logs.push(params.message);
  });
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(workspace).href,
    workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'workspace' }],
    capabilities: {
      workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true }, symbol: {} },
      window: { workDoneProgress: true },
    },
  });
  connection.sendNotification('initialized', {});
  return {
    connection,
    process: child,
    progress,
    logs,
    indexed,
    diagnostics,
    waitForDiagnostics,
    async close() {
      await connection.sendRequest('shutdown').catch(() => undefined);
      connection.sendNotification('exit');
      await new Promise((resolve) => {
        child.once('exit', resolve);
        setTimeout(() => child.kill(), 2000).unref();
      });
      connection.dispose();
    },
  };
}
