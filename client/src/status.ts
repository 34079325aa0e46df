/**
 * Fans out the server's `sourced/status` notification to the parts of the
 * client that follow it (status bar, Sources view, Reindex progress), and
 * remembers the latest one.
 */
import * as vscode from 'vscode';
import type { StatusParams } from '../../server/src/protocol.js';

export class ServerStatus implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<StatusParams>();
  readonly onDidChange = this.emitter.event;
  /** Undefined until the server first reports (older servers never do). */
  latest: StatusParams | undefined;

  update(status: StatusParams): void {
    this.latest = status;
    this.emitter.fire(status);
  }

  dispose(): void {
    this.emitter.dispose();
  }
}
