/**
 * The Sourced language server: wires LSP events to the providers in lsp/.
 * Runs over IPC from the VS Code client, or `--stdio` for other editors.
 * Every handler runs through `guarded`, so one failing request is logged
 * and answered empty, never taking the server down; requests that need the
 * index wait for it (or for the client to cancel) rather than answer from a
 * half-built one.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isAbsolute, resolve } from 'node:path';
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
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
import { SettingsService, checkOptionsFrom } from './lsp/settings.js';
import { DraftCache } from './lsp/draftCache.js';
import { WorkspaceDrafts } from './lsp/workspaceDrafts.js';
import { CompletionProvider, TRIGGER_CHARACTERS } from './lsp/completion.js';
import { hoverAt } from './lsp/hover.js';
import { definitionAt } from './lsp/definition.js';
import { referencesAt } from './lsp/references.js';
import { codeActions, resolveReferencesAction, type ReferencesActionData } from './lsp/codeActions.js';
import { evidenceFor, listSources, searchCorpus } from './lsp/sourcedRequests.js';
import { guarded, indexReady } from './lsp/guard.js';
import {
  EvidenceRequest,
  InsertReferencesKind,
  ReindexRequest,
  SearchRequest,
  SourcesRequest,
  SourceTextRequest,
  type SourceTextParams,
  type SourceTextResult,
  type EvidenceParams,
  type EvidenceResult,
  type PassageHit,
  type ReindexResult,
  type SearchParams,
  type SourceInfo,
} from './protocol.js';
import { sourceFileOf, useVirtualSourceDocuments } from './lsp/sourceUri.js';

const connection = createConnection(ProposedFeatures.all);
const log = connection.console;
const documents = new TextDocuments(TextDocument);
const corpus = new CorpusService(connection);
let canWatchFiles = false;
let canReadConfiguration = false;
let canRegisterConfiguration = false;
let hasWorkspaceFolders = false;
let canResolveEdits = false;
let workspaceFolders: string[] = [];
const settings = new SettingsService(connection, () => canReadConfiguration);
const drafts = new DraftCache();
const workspaceDrafts = new WorkspaceDrafts(documents, drafts, () => workspaceFolders, () => corpus.corpusRoots);
const diagnostics = new DiagnosticsPublisher(connection, documents, corpus, async (uri) => checkOptionsFrom(await settings.get(uri)), drafts);
const completion = new CompletionProvider();
corpus.onDidChange = () => diagnostics.refreshAll();

// Node ends the process on an unhandled rejection; a notification the client
// can no longer receive (it is shutting down) must not take the server with it.
process.on('unhandledRejection', (reason) => {
  log.error(`Sourced: unhandled rejection: ${reason instanceof Error ? reason.stack : String(reason)}`);
});

connection.onInitialize((params: InitializeParams) => {
  workspaceFolders = (params.workspaceFolders ?? []).map((f) => fileURLToPath(f.uri));
  if (workspaceFolders.length === 0 && params.rootUri) workspaceFolders = [fileURLToPath(params.rootUri)];
  const workspace = params.capabilities.workspace;
  canWatchFiles = workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
  canReadConfiguration = workspace?.configuration === true;
  canRegisterConfiguration = workspace?.didChangeConfiguration?.dynamicRegistration === true;
  hasWorkspaceFolders = workspace?.workspaceFolders === true;
  canResolveEdits = params.capabilities.textDocument?.codeAction?.resolveSupport?.properties.includes('edit') === true;
  useVirtualSourceDocuments((params.initializationOptions as { virtualSourceDocuments?: unknown } | undefined)?.virtualSourceDocuments === true);
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      workspaceSymbolProvider: true,
      completionProvider: { triggerCharacters: TRIGGER_CHARACTERS, resolveProvider: false },
      hoverProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, InsertReferencesKind], resolveProvider: true },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'sourced' },
  };
});

connection.onInitialized(async () => {
  // A client that refuses a registration still gets its corpus indexed.
  await guarded(log, 'registering for file and settings changes', undefined, async () => {
    if (canWatchFiles) {
      await connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/*.{md,markdown,txt,text,html,htm,xhtml,json,pdf,docx,bib,bibtex}' }],
      });
    }
    // Clients that pull settings only send didChangeConfiguration when asked to.
    if (canRegisterConfiguration) await connection.client.register(DidChangeConfigurationNotification.type, { section: 'sourced' });
    if (hasWorkspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders(async (event) => {
        await guarded(log, 'workspace folder change', undefined, async () => {
          const removed = new Set(event.removed.map((f) => fileURLToPath(f.uri)));
          workspaceFolders = [...workspaceFolders.filter((f) => !removed.has(f)), ...event.added.map((f) => fileURLToPath(f.uri))];
          await applySettings();
        });
      });
    }
  });
  await guarded(log, 'indexing the corpus', undefined, async () => corpus.setRoots(await corpusRoots(), await maxFileBytes()));
});

/**
 * Settings changed: drop cached answers, re-index only if the corpus
 * folders changed (re-indexing refreshes the drafts itself), otherwise just
 * re-check the open drafts with their new settings.
 */
async function applySettings(): Promise<void> {
  settings.clear();
  const reindexed = await corpus.setRoots(await corpusRoots(), await maxFileBytes());
  if (!reindexed) diagnostics.refreshAll();
}

connection.onDidChangeConfiguration(async () => {
  await guarded(log, 'configuration change', undefined, applySettings);
});

connection.onDidChangeWatchedFiles(async (params) => {
  await guarded(log, 'file change', undefined, () => corpus.applyFileEvents(params.changes));
});

/** The corpus folders of every workspace folder (each reads its own settings), as absolute paths. */
async function corpusRoots(): Promise<string[]> {
  const bases = workspaceFolders.length > 0 ? workspaceFolders : [process.cwd()];
  const roots: string[] = [];
  for (const base of bases) {
    const scope = workspaceFolders.length > 0 ? pathToFileURL(base).href : undefined;
    for (const folder of (await settings.get(scope)).corpus.folders) roots.push(isAbsolute(folder) ? folder : resolve(base, folder));
  }
  return [...new Set(roots)];
}

/** The size limit for one source, from the first workspace folder's settings (one index serves them all). */
async function maxFileBytes(): Promise<number> {
  const scope = workspaceFolders.length > 0 ? pathToFileURL(workspaceFolders[0]).href : undefined;
  return (await settings.get(scope)).corpus.maxFileMB * 1024 * 1024;
}

function draftPathOf(uri: string): string | undefined {
  return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
}

connection.onWorkspaceSymbol((params, token) =>
  guarded(log, 'workspace symbols', [], async () => {
    if (!(await indexReady(corpus, log, 'workspace symbols', token))) return [];
    return workspaceSymbols(corpus.current, params.query);
  }),
);

connection.onCompletion((params, token) =>
  guarded(log, 'completion', null, async () => {
    const asked = documents.get(params.textDocument.uri);
    // Decide first (cheap): most trigger characters (every space) offer nothing.
    const context = asked && completion.context(asked, params);
    if (!asked || !context || context.kind === 'none') return null;
    if (!(await indexReady(corpus, log, 'completion', token))) return null;
    const style = (await settings.get(asked.uri)).quotes.insertStyle;
    const doc = documents.get(params.textDocument.uri);
    const current = corpus.current;
    if (!doc || !current || token.isCancellationRequested) return null;
    // The context again only if the user typed while we waited.
    return completion.complete(doc, doc.version === asked.version ? context : completion.context(doc, params), current, style);
  }),
);

connection.onHover((params, token) =>
  guarded(log, 'hover', null, async () => {
    if (!documents.get(params.textDocument.uri)) return null;
    if (!(await indexReady(corpus, log, 'hover', token))) return null;
    const doc = documents.get(params.textDocument.uri);
    const current = corpus.current;
    if (!doc || !current) return null;
    // What the user sees underlined: the findings published for this version (none while a check is pending).
    const findings = diagnostics.latest(doc.uri, doc.version);
    return hoverAt(drafts.get(doc), doc.offsetAt(params.position), current, draftPathOf(doc.uri), findings);
  }),
);

connection.onDefinition((params, token) =>
  guarded(log, 'definition', null, async () => {
    if (!(await indexReady(corpus, log, 'definition', token))) return null;
    const doc = documents.get(params.textDocument.uri);
    const current = corpus.current;
    if (!doc || !current) return null;
    return definitionAt(drafts.get(doc), doc.offsetAt(params.position), current, draftPathOf(doc.uri));
  }),
);

connection.onReferences((params, token) =>
  guarded(log, 'references', null, async () => {
    if (!(await indexReady(corpus, log, 'references', token))) return null;
    const doc = documents.get(params.textDocument.uri);
    const current = corpus.current;
    if (!doc || !current) return null;
    return referencesAt(drafts.get(doc), doc.offsetAt(params.position), current, draftPathOf(doc.uri), workspaceDrafts, params.context.includeDeclaration, token);
  }),
);

connection.onCodeAction((params) =>
  guarded(log, 'code actions', [], async () => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    // Quick fixes come from the diagnostics' data; only the references
    // section needs the index, and editors ask for actions on every cursor
    // move, so nothing here waits for indexing.
    const style = (await settings.get(doc.uri)).quotes.insertStyle;
    const current = corpus.isReady ? corpus.current : undefined;
    return await codeActions(drafts.get(doc), params, current, draftPathOf(doc.uri), diagnostics.latest(doc.uri, doc.version), style, canResolveEdits);
  }),
);

connection.onCodeActionResolve((action) =>
  guarded(log, 'code action resolve', action, async () => {
    const data = action.data as ReferencesActionData | undefined;
    const doc = data?.uri ? documents.get(data.uri) : undefined;
    if (action.kind !== InsertReferencesKind || !doc) return action;
    if (doc.version !== data!.version) log.info('Sourced: the draft changed since the references action was offered; the list is made from the draft as it is now.');
    await corpus.whenReady();
    return corpus.current ? await resolveReferencesAction(action, drafts.get(doc), corpus.current, draftPathOf(doc.uri)) : action;
  }),
);

connection.onRequest(SearchRequest, (params: SearchParams, token) =>
  guarded<PassageHit[]>(log, SearchRequest, [], async () => {
    if (!(await indexReady(corpus, log, SearchRequest, token))) return [];
    const style = (await settings.get(params?.uri)).quotes.insertStyle;
    return corpus.current ? searchCorpus(corpus.current, params, style) : [];
  }),
);

connection.onRequest(EvidenceRequest, (params: EvidenceParams, token) =>
  guarded<EvidenceResult | null>(log, EvidenceRequest, null, async () => {
    if (!(await indexReady(corpus, log, EvidenceRequest, token))) return null;
    const doc = documents.get(params.uri);
    const current = corpus.current;
    if (!doc || !current) return null;
    const style = (await settings.get(doc.uri)).quotes.insertStyle;
    return evidenceFor(drafts.get(doc), doc, params, current, style);
  }),
);

connection.onRequest(SourcesRequest, (_params: unknown, token) =>
  guarded<SourceInfo[]>(log, SourcesRequest, [], async () => {
    if (!(await indexReady(corpus, log, SourcesRequest, token))) return [];
    return corpus.current ? listSources(corpus.current, workspaceDrafts, token) : [];
  }),
);

connection.onRequest(SourceTextRequest, (params: SourceTextParams, token) =>
  guarded<SourceTextResult>(log, SourceTextRequest, null, async () => {
    if (!(await indexReady(corpus, log, SourceTextRequest, token))) return null;
    const file = sourceFileOf(params.uri);
    const doc = file ? corpus.current?.documents().find((d) => d.file === file) : undefined;
    return doc ? { text: doc.text } : null;
  }),
);

connection.onRequest(ReindexRequest, () =>
  guarded<ReindexResult | null>(log, ReindexRequest, null, async () => {
    const summary = await corpus.reindex();
    return summary ? { documents: summary.documents, passages: summary.passages } : null;
  }),
);

documents.onDidOpen((e) => diagnostics.schedule(e.document.uri));
documents.onDidChangeContent((e) => diagnostics.schedule(e.document.uri));
documents.onDidClose((e) => {
  diagnostics.clear(e.document.uri);
  drafts.forget(e.document.uri);
  settings.forget(e.document.uri);
});

documents.listen(connection);
connection.listen();
