/**
 * Creates the LanguageClient that runs `dist/server.js` over IPC for Markdown
 * files. Hover and completion Markdown from the server stays untrusted (no
 * command links, no HTML), since it carries corpus text.
 */
import * as path from 'node:path';
import type { ExtensionContext, OutputChannel } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node.js';

export function createLanguageClient(context: ExtensionContext, outputChannel: OutputChannel): LanguageClient {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ scheme: 'file', language: 'markdown' }],
    // Sends workspace/didChangeConfiguration for every `sourced.*` change; the
    // server re-reads its settings through workspace/configuration.
    synchronize: { configurationSection: 'sourced' },
    diagnosticCollectionName: 'sourced',
    outputChannel,
    // `sourced.trace.server` is read by the client itself (client id "sourced").
    markdown: { isTrusted: false, supportHtml: false },
    // PDF and Word passages then open in their extracted text (sourceDocuments.ts), not the binary file.
    initializationOptions: { virtualSourceDocuments: true },
  };
  return new LanguageClient('sourced', 'Sourced', serverOptions, clientOptions);
}
