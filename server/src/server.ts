/**
 * The Sourced language server: wires LSP events to the engine. Runs over
 * IPC from the VS Code client, or `--stdio` for other editors. Every handler
 * catches its own errors so one failing request never takes the server down.
 */
import { fileURLToPath } from 'node:url';
import {
  createConnection,
  DidChangeWatchedFilesNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type InitializeParams,
} from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CorpusService } from './lsp/corpusService.js';
import { workspaceSymbols } from './lsp/workspaceSymbols.js';
import { DiagnosticsPublisher } from './lsp/diagnostics.js';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const corpus = new CorpusService(connection);
const diagnostics = new DiagnosticsPublisher(connection, documents, corpus);
corpus.onDidChange = () => diagnostics.refreshAll();
let workspaceFolders: string[] = [];
let canWatchFiles = false;
let canReadConfiguration = false;

connection.onInitialize((params: InitializeParams) => {
  workspaceFolders = (params.workspaceFolders ?? []).map((f) => fileURLToPath(f.uri));
  if (workspaceFolders.length === 0 && params.rootUri) workspaceFolders = [fileURLToPath(params.rootUri)];
  canWatchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
  canReadConfiguration = params.capabilities.workspace?.configuration === true;
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      workspaceSymbolProvider: true,
    },
    serverInfo: { name: 'sourced' },
  };
});

connection.onInitialized(async () => {
  if (canWatchFiles) {
    await connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: [{ globPattern: '**/*.{md,markdown,txt,text,html,htm,xhtml,json}' }],
    });
  }
  await corpus.configure(workspaceFolders, await corpusFolders());
});

connection.onDidChangeConfiguration(async () => {
  await guard('configuration change', async () => corpus.configure(workspaceFolders, await corpusFolders()));
});

connection.onDidChangeWatchedFiles(async (params) => {
  await guard('file change', () => corpus.applyFileEvents(params.changes));
});

connection.onWorkspaceSymbol(async (params) => {
  await corpus.whenReady();
  return guard('workspace symbols', async () => workspaceSymbols(corpus.current, params.query), []);
});

async function corpusFolders(): Promise<string[]> {
  if (!canReadConfiguration) return ['corpus'];
  const value: unknown = await connection.workspace.getConfiguration({ section: 'sourced.corpus.folders' }).catch(() => undefined);
  return Array.isArray(value) && value.every((v) => typeof v === 'string') && value.length > 0 ? value : ['corpus'];
}

async function guard<T>(what: string, run: () => Promise<T>, fallback?: T): Promise<T | undefined> {
  try {
    return await run();
  } catch (error) {
    connection.console.error(`Sourced: ${what} failed: ${error instanceof Error ? error.stack : String(error)}`);
    return fallback;
  }
}

documents.onDidOpen((e) => diagnostics.schedule(e.document.uri));
documents.onDidChangeContent((e) => diagnostics.schedule(e.document.uri));
documents.onDidClose((e) => diagnostics.clear(e.document.uri));

documents.listen(connection);
connection.listen();
