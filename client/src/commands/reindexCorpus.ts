/**
 * "Sourced: Reindex corpus": asks the server to rebuild the index
 * (`sourced/reindex`) and shows its `sourced/status` progress as a
 * notification until it is done.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node.js';
import { ReindexRequest } from '../../../server/src/protocol.js';
import type { ServerStatus } from '../status.js';

export async function reindexCorpus(client: LanguageClient, status: ServerStatus): Promise<void> {
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Sourced: indexing corpus', cancellable: false },
    async (progress) => {
      let reported = 0;
      const listener = status.onDidChange((s) => {
        if (s.state !== 'indexing' || !s.total) return;
        const percent = Math.round(((s.done ?? 0) / s.total) * 100);
        progress.report({ message: `${s.done ?? 0} of ${s.total} documents`, increment: Math.max(0, percent - reported) });
        reported = Math.max(reported, percent);
      });
      try {
        await client.sendRequest(ReindexRequest);
      } catch (error) {
        client.error('Reindex corpus failed', error, 'force');
        return;
      } finally {
        listener.dispose();
      }
      const last = status.latest;
      if (last?.state === 'error')
        void vscode.window.showErrorMessage(`Sourced: indexing failed${last.message ? `: ${last.message}` : ''}`);
      else if (last?.state === 'ready' && last.documents !== undefined)
        void vscode.window.setStatusBarMessage(`Sourced: indexed ${last.documents} documents, ${last.passages ?? 0} passages`, 5000);
    },
  );
}
