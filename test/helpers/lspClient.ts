/**
 * Starts the built language server (`dist/server.js --stdio`) as a child
 * process and speaks LSP to it with vscode-languageserver-protocol's client
 * side, answering the server's own requests (configuration, progress
 * tokens, registrations) the way an editor would, and recording what it
 * sends (progress, `sourced/status`, logs, diagnostics). Settings are given
 * as flat keys (`sourced.corpus.folders`) and answered nested for the
 * `sourced` section, as VS Code does; `setSettings` changes them live.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { repoRoot } from './paths.js';
import type { StatusParams } from '../../server/src/protocol.js';

export type { StatusParams };

export interface LspSession {
  connection: ProtocolConnection;
  /** The server's process; for an in-process server (StartOptions.inProcess), this test's own process is not it. */
  process: ChildProcessWithoutNullStreams;
  progress: unknown[];
  logs: string[];
  /** Every `workspace/configuration` item the server asked for. */
  configurationRequests: Array<{ section?: string; scopeUri?: string }>;
  /** Every `sourced/status` notification, in order. */
  statuses: StatusParams[];
  /**
   * Waits for a `sourced/status` notification matching `match` that arrives
   * after `since` statuses (default: after the call), so a test can wait for
   * "ready" following its own reindex rather than an earlier one.
   */
  waitForStatus(match: (s: StatusParams) => boolean, since?: number, timeoutMs?: number): Promise<StatusParams>;
  /** Replaces the settings (flat `sourced.x.y` keys, as a user writes them) and notifies the server. */
  setSettings(settings: Record<string, unknown>): void;
  /** Lets held `workspace/configuration` requests be answered (see StartOptions). */
  releaseConfiguration(): void;
  /** Opens a Markdown document. */
  open(uri: string, text: string, version?: number): void;
  /** Replaces a document's whole text. */
  change(uri: string, text: string, version: number): void;
  /** Resolves when the server's progress reports `end` (indexing done). */
  indexed: Promise<void>;
  /** Latest diagnostics per document URI. */
  diagnostics: Map<string, PublishedDiagnostic[]>;
  /** How many times diagnostics were published for a URI (to wait for the next publication). */
  publications(uri: string): number;
  /** The document version the latest diagnostics for a URI were computed for, if the server said. */
  publishedVersion(uri: string): number | undefined;
  /** Waits (event-driven, never a fixed sleep) until the URI's diagnostics satisfy `ready`. */
  waitForDiagnostics(uri: string, ready: (d: PublishedDiagnostic[]) => boolean, timeoutMs?: number): Promise<PublishedDiagnostic[]>;
  /** Calls `listener` on every publication, as it arrives (load tests time them). */
  onPublish(listener: (uri: string, version: number | undefined, diagnostics: PublishedDiagnostic[]) => void): void;
  close(): Promise<void>;
}

export interface PublishedDiagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity?: number;
  code?: string;
  message: string;
  relatedInformation?: Array<{ location: { uri: string; range: unknown }; message: string }>;
  source?: string;
  data?: unknown;
}

/**
 * The value of configuration `section` from flat settings keys, the way VS
 * Code answers: `sourced` gets the nested object built from every
 * `sourced.*` key; a full key gets its value.
 */
export function configurationValue(settings: Record<string, unknown>, section: string | undefined): unknown {
  if (!section) return null;
  if (section in settings) return settings[section];
  const prefix = `${section}.`;
  const keys = Object.keys(settings).filter((k) => k.startsWith(prefix));
  if (keys.length === 0) return null;
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const path = key.slice(prefix.length).split('.');
    let node = out;
    for (const part of path.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
    node[path[path.length - 1]] = settings[key];
  }
  return out;
}

export interface StartOptions {
  /**
   * Hold every `workspace/configuration` answer until `releaseConfiguration()`:
   * the server cannot start indexing before it knows its corpus folders, so
   * a test can send requests that must wait for the index, deterministically.
   */
  holdConfiguration?: boolean;
  /** Extra client capabilities for `textDocument` (e.g. code action resolve support). */
  textDocumentCapabilities?: Record<string, unknown>;
  /** Sent as `initializationOptions` (the VS Code client sends `{ virtualSourceDocuments: true }`). */
  initializationOptions?: Record<string, unknown>;
  /**
   * Start the server from its sources in this process, over a pair of
   * in-memory streams, instead of spawning dist/server.js (no build needed;
   * `process` is then undefined).
   */
  inProcess?: boolean;
}

interface Transport {
  reader: StreamMessageReader;
  writer: StreamMessageWriter;
  child?: ChildProcessWithoutNullStreams;
  /** After shutdown: ends the server (exit for a process; closing the streams in process, since exit would end this process). */
  end(connection: ProtocolConnection): Promise<void>;
}

function spawnedServer(): Transport {
  const serverPath = join(repoRoot, 'dist', 'server.js');
  if (!existsSync(serverPath)) throw new Error(`${serverPath} is missing: run \`npm run build\` before the protocol tests.`);
  const child = spawn(process.execPath, [serverPath, '--stdio'], { env: { ...process.env } });
  return {
    reader: new StreamMessageReader(child.stdout),
    writer: new StreamMessageWriter(child.stdin),
    child,
    async end(connection) {
      connection.sendNotification('exit');
      await new Promise((resolve) => {
        child.once('exit', resolve);
        setTimeout(() => child.kill(), 2000).unref();
      });
    },
  };
}

async function inProcessServer(): Promise<Transport> {
  const { createConnection, ProposedFeatures } = await import('vscode-languageserver/node.js');
  const { startServer: startLanguageServer } = await import('../../server/src/lsp/startServer.js');
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  const serverConnection = createConnection(ProposedFeatures.all, new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
  startLanguageServer(serverConnection);
  return {
    reader: new StreamMessageReader(toClient),
    writer: new StreamMessageWriter(toServer),
    async end() {
      serverConnection.dispose();
      toServer.end();
      toClient.end();
    },
  };
}

export async function startServer(
  workspace: string,
  initialSettings: Record<string, unknown> = {},
  options: StartOptions = {},
): Promise<LspSession> {
  let settings = initialSettings;
  let releaseConfiguration: () => void = () => {};
  const configurationGate = options.holdConfiguration
    ? new Promise<void>((resolve) => (releaseConfiguration = resolve))
    : Promise.resolve();
  const transport = options.inProcess ? await inProcessServer() : spawnedServer();
  const connection = createProtocolConnection(transport.reader, transport.writer);
  const progress: unknown[] = [];
  const logs: string[] = [];
  let markIndexed: () => void = () => {};
  const indexed = new Promise<void>((resolve) => (markIndexed = resolve));
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onRequest('client/registerCapability', () => null);
  const configurationRequests: Array<{ section?: string; scopeUri?: string }> = [];
  connection.onRequest('workspace/configuration', async (params: unknown) => {
    configurationRequests.push(...(params as { items: Array<{ section?: string; scopeUri?: string }> }).items);
    await configurationGate;
    return (params as { items: Array<{ section?: string }> }).items.map((item) => configurationValue(settings, item.section));
  });
  const statuses: StatusParams[] = [];
  const statusWaiters: Array<() => void> = [];
  connection.onNotification('sourced/status', (params: StatusParams) => {
    statuses.push(params);
    for (const wake of statusWaiters.splice(0)) wake();
  });
  const waitForStatus = (match: (s: StatusParams) => boolean, since = statuses.length, timeoutMs = 60_000) =>
    new Promise<StatusParams>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no matching sourced/status within ${timeoutMs} ms; got ${JSON.stringify(statuses.slice(since))}`)),
        timeoutMs,
      );
      const check = () => {
        const found = statuses.slice(since).find(match);
        if (found) {
          clearTimeout(timer);
          resolve(found);
        } else statusWaiters.push(check);
      };
      check();
    });
  connection.onNotification('$/progress', (params: { value: { kind: string } }) => {
    progress.push(params.value);
    if (params.value.kind === 'end') markIndexed();
  });
  const diagnostics = new Map<string, PublishedDiagnostic[]>();
  const publicationCounts = new Map<string, number>();
  const waiters: Array<() => void> = [];
  const versions = new Map<string, number | undefined>();
  const publishListeners: Array<(uri: string, version: number | undefined, diagnostics: PublishedDiagnostic[]) => void> = [];
  connection.onNotification(
    'textDocument/publishDiagnostics',
    (params: { uri: string; version?: number; diagnostics: PublishedDiagnostic[] }) => {
      for (const listener of publishListeners) listener(params.uri, params.version, params.diagnostics);
      diagnostics.set(params.uri, params.diagnostics);
      versions.set(params.uri, params.version);
      publicationCounts.set(params.uri, (publicationCounts.get(params.uri) ?? 0) + 1);
      for (const wake of waiters.splice(0)) wake();
    },
  );
  const waitForDiagnostics = (uri: string, ready: (d: PublishedDiagnostic[]) => boolean, timeoutMs = 30_000) =>
    new Promise<PublishedDiagnostic[]>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms; last: ${JSON.stringify(diagnostics.get(uri))}`)),
        timeoutMs,
      );
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
    // In process, no parent to watch: the server would poll this process's id for as long as it lives.
    processId: options.inProcess ? null : process.pid,
    rootUri: pathToFileURL(workspace).href,
    workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'workspace' }],
    capabilities: {
      workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true }, symbol: {} },
      window: { workDoneProgress: true },
      ...(options.textDocumentCapabilities ? { textDocument: options.textDocumentCapabilities } : {}),
    },
    ...(options.initializationOptions ? { initializationOptions: options.initializationOptions } : {}),
  });
  connection.sendNotification('initialized', {});
  return {
    connection,
    process: transport.child as ChildProcessWithoutNullStreams,
    progress,
    logs,
    indexed,
    diagnostics,
    publications: (uri: string) => publicationCounts.get(uri) ?? 0,
    publishedVersion: (uri: string) => versions.get(uri),
    waitForDiagnostics,
    onPublish: (listener) => void publishListeners.push(listener),
    statuses,
    waitForStatus,
    configurationRequests,
    releaseConfiguration: () => releaseConfiguration(),
    setSettings(next: Record<string, unknown>) {
      settings = next;
      connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    },
    open(uri: string, text: string, version = 1) {
      connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
    },
    change(uri: string, text: string, version: number) {
      connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    },
    async close() {
      await connection.sendRequest('shutdown').catch(() => undefined);
      await transport.end(connection);
      connection.dispose();
    },
  };
}
