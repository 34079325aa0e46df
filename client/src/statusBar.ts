/**
 * The status-bar item: indexing progress from `sourced/status`, then the
 * number of unsupported claims in the active Markdown draft (its
 * `unsupported-claim` diagnostics). Clicking it opens the Problems panel.
 */
import * as vscode from 'vscode';
import { activeMarkdownEditor, codeOf } from './convert.js';
import type { ServerStatus } from './status.js';

export class StatusBar implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('sourced.status', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly status: ServerStatus) {
    this.item.name = 'Sourced';
    this.item.command = 'workbench.actions.view.problems';
    this.subscriptions.push(
      status.onDidChange(() => this.update()),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.languages.onDidChangeDiagnostics((e) => {
        const uri = vscode.window.activeTextEditor?.document.uri.toString();
        if (uri && e.uris.some((u) => u.toString() === uri)) this.update();
      }),
    );
    this.update();
  }

  update(): void {
    const status = this.status.latest;
    const editor = activeMarkdownEditor();
    if (status?.state === 'indexing') {
      const progress = status.total ? ` ${status.done ?? 0}/${status.total}` : '';
      this.show(`$(sync~spin) Sourced: indexing${progress}`, 'Sourced is indexing the corpus');
    } else if (status?.state === 'error') {
      this.show('$(error) Sourced: indexing failed', `Sourced could not index the corpus${status.message ? `: ${status.message}` : ''}`);
    } else if (editor) {
      const count = unsupportedClaims(editor.document.uri);
      const text =
        count === 0 ? '$(check) Sourced: no unsupported claims' : `$(warning) Sourced: ${count} unsupported claim${count === 1 ? '' : 's'}`;
      const corpus = status?.documents !== undefined ? ` (${status.documents} sources indexed)` : '';
      this.show(text, `Claims in this draft that cite no source${corpus}. Click to open the Problems panel.`);
    } else {
      this.item.hide();
    }
  }

  private show(text: string, tooltip: string): void {
    this.item.text = text;
    this.item.tooltip = tooltip;
    this.item.show();
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.item.dispose();
  }
}

export function unsupportedClaims(uri: vscode.Uri): number {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'sourced' && codeOf(d) === 'unsupported-claim').length;
}
