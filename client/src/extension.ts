/**
 * The VS Code client's entry point: starts the Sourced language server,
 * then registers the commands, the Sources view and the status-bar item.
 * It stays thin: every feature is computed by the server, so other editors
 * get the same. Returns a small API (the client and the view) that the
 * extension tests use.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node.js';
import { Commands, StatusNotification, type StatusParams } from '../../server/src/protocol.js';
import { createLanguageClient } from './languageClient.js';
import { ServerStatus } from './status.js';
import { SourcesView } from './sourcesView.js';
import { StatusBar } from './statusBar.js';
import { searchCorpus } from './commands/searchCorpus.js';
import { reindexCorpus } from './commands/reindexCorpus.js';
import { showEvidence } from './commands/showEvidence.js';
import { insertReferences } from './commands/insertReferences.js';
import { openSourceAtPassage } from './commands/openSource.js';
import { registerSourceDocuments } from './sourceDocuments.js';

export interface SourcedApi {
  client: LanguageClient;
  sources: SourcesView;
  statusBar: StatusBar;
  status: ServerStatus;
}

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<SourcedApi> {
  const output = vscode.window.createOutputChannel('Sourced');
  const status = new ServerStatus();
  client = createLanguageClient(context, output);
  const languageClient = client;
  const sources = new SourcesView(languageClient);
  const statusBar = new StatusBar(status);

  context.subscriptions.push(
    output,
    status,
    sources,
    statusBar,
    vscode.window.registerTreeDataProvider(SourcesView.viewId, sources),
    registerSourceDocuments(languageClient),
    status.onDidChange((s) => {
      if (s.state === 'ready') sources.refresh();
    }),
    vscode.workspace.onDidSaveTextDocument((doc) => {
      if (doc.languageId === 'markdown') sources.refresh();
    }),
    vscode.commands.registerCommand(Commands.search, () => searchCorpus(languageClient)),
    vscode.commands.registerCommand(Commands.reindex, () => reindexCorpus(languageClient, status)),
    vscode.commands.registerCommand(Commands.showEvidence, () => showEvidence(languageClient)),
    vscode.commands.registerCommand(Commands.insertReferences, () => insertReferences()),
    vscode.commands.registerCommand(Commands.openSource, (uri?: string | vscode.Uri, range?: unknown) =>
      openSourceAtPassage(uri, range as Parameters<typeof openSourceAtPassage>[1]),
    ),
    { dispose: () => void languageClient.stop() },
  );

  languageClient.onNotification(StatusNotification, (params: StatusParams) => status.update(params));
  await languageClient.start();
  sources.refresh();
  return { client: languageClient, sources, statusBar, status };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
