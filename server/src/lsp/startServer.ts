/**
 * The language server on a connection: LSP messages converted to calls of
 * the language service (server/src/service/) and its answers back. Every
 * handler runs through one wrapper (handlers.ts: errors logged and answered
 * empty, cancellation, stale versions dropped) and is a few lines of
 * conversion; the server decides nothing itself. All state lives in this
 * function's scope, so a test can start a whole server in-process on a pair
 * of streams (test/lsp/inProcess.test.ts); server.ts starts it on stdio or IPC.
 */
import { isAbsolute, resolve } from 'node:path';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type Connection,
  type InitializeParams,
} from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../service/languageService.js';
import { TRIGGER_CHARACTERS } from '../service/completion.js';
import type { OpenDocuments } from '../service/types.js';
import { nodeUris } from '../node/uris.js';
import { nodeWorkspaceReader } from '../node/nodeWorkspaceReader.js';
import {
  EvidenceRequest,
  InsertReferencesKind,
  ReindexRequest,
  SearchRequest,
  SourcesRequest,
  SourceTextRequest,
  type EvidenceParams,
  type SearchParams,
  type SourceTextParams,
} from '../protocol.js';
import { CorpusService } from './corpusService.js';
import { DiagnosticsPublisher } from './diagnostics.js';
import { SettingsService } from './settings.js';
import { Handlers } from './handlers.js';
import * as convert from './convert.js';

const WATCHED = '**/*.{md,markdown,txt,text,html,htm,xhtml,json,pdf,docx,bib,bibtex}';

export function startServer(connection: Connection): void {
  const log = connection.console;
  const documents = new TextDocuments(TextDocument);
  const client = {
    canWatchFiles: false,
    canReadConfiguration: false,
    canRegisterConfiguration: false,
    hasWorkspaceFolders: false,
    canResolveEdits: false,
  };
  let virtualSourceDocuments = false;
  let workspaceFolders: string[] = [];
  const uris = nodeUris({ virtualSourceDocuments: () => virtualSourceDocuments });
  const corpus = new CorpusService(connection, uris);
  const settings = new SettingsService(connection, () => client.canReadConfiguration);
  const openDocuments: OpenDocuments = {
    get: (uri) => {
      const doc = documents.get(uri);
      return doc && convert.toServiceDocument(doc);
    },
    all: () => documents.all().map(convert.toServiceDocument),
  };
  const service = createLanguageService({
    corpus: corpus.access,
    documents: openDocuments,
    files: nodeWorkspaceReader,
    workspaceFolders: () => workspaceFolders,
    corpusRoots: () => corpus.corpusRoots,
    settings: (scope) => settings.get(scope),
    uris,
  });
  const diagnostics = new DiagnosticsPublisher(connection, documents, service, uris, () => corpus.isReady);
  const handlers = new Handlers(log, corpus.access, (uri) => documents.get(uri)?.version);
  corpus.onDidChange = () => diagnostics.refreshAll();
  /** The open document a request names, as the service takes it. */
  const open = (uri: string) => openDocuments.get(uri);

  connection.onInitialize((params: InitializeParams) => {
    workspaceFolders = (params.workspaceFolders ?? []).map((f) => uris.pathOf(f.uri)).filter((p): p is string => p !== undefined);
    const root = params.rootUri ? uris.pathOf(params.rootUri) : undefined;
    if (workspaceFolders.length === 0 && root) workspaceFolders = [root];
    const workspace = params.capabilities.workspace;
    client.canWatchFiles = workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    client.canReadConfiguration = workspace?.configuration === true;
    client.canRegisterConfiguration = workspace?.didChangeConfiguration?.dynamicRegistration === true;
    client.hasWorkspaceFolders = workspace?.workspaceFolders === true;
    client.canResolveEdits = params.capabilities.textDocument?.codeAction?.resolveSupport?.properties.includes('edit') === true;
    virtualSourceDocuments =
      (params.initializationOptions as { virtualSourceDocuments?: unknown } | undefined)?.virtualSourceDocuments === true;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        workspaceSymbolProvider: true,
        documentSymbolProvider: true,
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
    await handlers.notify('registering for file and settings changes', async () => {
      if (client.canWatchFiles)
        await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: WATCHED }] });
      // Clients that pull settings only send didChangeConfiguration when asked to.
      if (client.canRegisterConfiguration)
        await connection.client.register(DidChangeConfigurationNotification.type, { section: 'sourced' });
      if (client.hasWorkspaceFolders) {
        connection.workspace.onDidChangeWorkspaceFolders((event) =>
          handlers.notify('workspace folder change', async () => {
            const removed = new Set(event.removed.map((f) => uris.pathOf(f.uri)));
            const added = event.added.map((f) => uris.pathOf(f.uri)).filter((p): p is string => p !== undefined);
            workspaceFolders = [...workspaceFolders.filter((f) => !removed.has(f)), ...added];
            await applySettings();
          }),
        );
      }
    });
    await handlers.notify('indexing the corpus', async () => corpus.setRoots(await corpusRoots(), await maxFileBytes()));
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

  /** The corpus folders of every workspace folder (each reads its own settings), as absolute paths. */
  async function corpusRoots(): Promise<string[]> {
    const bases = workspaceFolders.length > 0 ? workspaceFolders : [process.cwd()];
    const roots: string[] = [];
    for (const base of bases) {
      const scope = workspaceFolders.length > 0 ? uris.fileUri(base) : undefined;
      for (const folder of (await settings.get(scope)).corpus.folders) roots.push(isAbsolute(folder) ? folder : resolve(base, folder));
    }
    return [...new Set(roots)];
  }

  /** The size limit for one source, from the first workspace folder's settings (one index serves them all). */
  async function maxFileBytes(): Promise<number> {
    const scope = workspaceFolders.length > 0 ? uris.fileUri(workspaceFolders[0]) : undefined;
    return (await settings.get(scope)).corpus.maxFileMB * 1024 * 1024;
  }

  connection.onDidChangeConfiguration(() => handlers.notify('configuration change', applySettings));
  connection.onDidChangeWatchedFiles((params) => handlers.notify('file change', () => corpus.applyFileEvents(params.changes)));

  connection.onWorkspaceSymbol((params, token) =>
    handlers.run({ what: 'workspace symbols', needsIndex: true }, [], token, async () =>
      (await service.workspaceSymbols(params.query, token)).map(convert.toLspWorkspaceSymbol),
    ),
  );

  connection.onDocumentSymbol((params, token) =>
    handlers.run({ what: 'document symbols', document: () => open(params.textDocument.uri) }, [], token, async (doc) =>
      (await service.documentSymbols(doc!, token)).map(convert.toLspDocumentSymbol),
    ),
  );

  // Not dropped when the draft changes meanwhile (no `document`): the service answers for the draft as it is then.
  connection.onCompletion((params, token) =>
    handlers.run({ what: 'completion' }, null, token, async () => {
      const doc = open(params.textDocument.uri);
      if (!doc) return null;
      const list = await service.completion(doc, offsetIn(doc.uri, params.position), convert.toTrigger(params.context), token);
      return convert.toLspCompletion(list);
    }),
  );

  connection.onHover((params, token) =>
    handlers.run({ what: 'hover', needsIndex: true, document: () => open(params.textDocument.uri) }, null, token, async (doc) =>
      convert.toLspHover(await service.hover(doc!, offsetIn(doc!.uri, params.position), token)),
    ),
  );

  connection.onDefinition((params, token) =>
    handlers.run({ what: 'definition', needsIndex: true, document: () => open(params.textDocument.uri) }, null, token, (doc) =>
      service.definition(doc!, offsetIn(doc!.uri, params.position), token),
    ),
  );

  connection.onReferences((params, token) =>
    handlers.run({ what: 'references', needsIndex: true, document: () => open(params.textDocument.uri) }, null, token, (doc) =>
      service.references(doc!, offsetIn(doc!.uri, params.position), params.context.includeDeclaration, token),
    ),
  );

  connection.onCodeAction((params, token) =>
    handlers.run({ what: 'code actions', document: () => open(params.textDocument.uri) }, [], token, async (doc) => {
      const { inputs, originals } = convert.toFindingInputs(params.context.diagnostics);
      const actions = await service.codeActions(
        doc!,
        { findings: inputs, only: params.context.only, lazyEdits: client.canResolveEdits },
        token,
      );
      return actions.map((a) => convert.toLspCodeAction(doc!.uri, a, originals));
    }),
  );

  connection.onCodeActionResolve((action, token) =>
    handlers.run({ what: 'code action resolve' }, action, token, async (): Promise<CodeAction> => {
      const data = action.data as { uri?: string; version?: number } | undefined;
      const doc = data?.uri ? open(data.uri) : undefined;
      if (action.kind !== InsertReferencesKind || !doc) return action;
      if (doc.version !== data!.version)
        log.info('Sourced: the draft changed since the references action was offered; the list is made from the draft as it is now.');
      const resolved = await service.resolveReferences(doc, token);
      return resolved?.edits ? { ...action, edit: { changes: { [doc.uri]: resolved.edits } } } : action;
    }),
  );

  connection.onRequest(SearchRequest, (params: SearchParams, token) =>
    handlers.run({ what: SearchRequest, needsIndex: true }, [], token, () =>
      service.search(params?.query, params?.limit, params?.uri, token),
    ),
  );

  connection.onRequest(EvidenceRequest, (params: EvidenceParams, token) =>
    handlers.run({ what: EvidenceRequest, needsIndex: true, document: () => open(params.uri) }, null, token, (doc) =>
      service.evidence(doc!, offsetIn(doc!.uri, params.position), token),
    ),
  );

  connection.onRequest(SourcesRequest, (_params: unknown, token) =>
    handlers.run({ what: SourcesRequest, needsIndex: true }, [], token, () => service.sources(token)),
  );

  connection.onRequest(SourceTextRequest, (params: SourceTextParams, token) =>
    handlers.run({ what: SourceTextRequest, needsIndex: true }, null, token, () => service.sourceText(params?.uri ?? '', token)),
  );

  connection.onRequest(ReindexRequest, (_params: unknown, token) =>
    handlers.run({ what: ReindexRequest }, null, token, async () => {
      const summary = await corpus.reindex();
      return summary ? { documents: summary.documents, passages: summary.passages } : null;
    }),
  );

  /** A position in an open document as an offset (the editor's own line index, kept up to date by its edits). */
  function offsetIn(uri: string, position: { line: number; character: number }): number {
    return documents.get(uri)?.offsetAt(position) ?? 0;
  }

  documents.onDidOpen((e) => diagnostics.opened(e.document.uri));
  documents.onDidChangeContent((e) => diagnostics.schedule(e.document.uri));
  documents.onDidClose((e) => {
    diagnostics.clear(e.document.uri);
    service.closed(e.document.uri);
    settings.forget(e.document.uri);
  });

  documents.listen(connection);
  connection.listen();
}
