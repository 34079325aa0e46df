/**
 * The Sourced language server's entry point (bundled as dist/server.js):
 * creates the connection, over IPC from the VS Code client or `--stdio`
 * for other editors (vscode-languageserver reads which from the command
 * line), and starts the server on it (lsp/startServer.ts).
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import { startServer } from './lsp/startServer.js';
import { errorDetail } from './engine/text/errorText.js';

export function main(): void {
  const connection = createConnection(ProposedFeatures.all);
  // Node ends the process on an unhandled rejection; a notification the client
  // can no longer receive (it is shutting down) must not take the server with it.
  process.on('unhandledRejection', (reason) => connection.console.error(`Sourced: unhandled rejection: ${errorDetail(reason)}`));
  startServer(connection);
}

main();
