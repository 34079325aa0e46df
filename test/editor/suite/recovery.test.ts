/**
 * Recovery in the real extension host: when the language server process
 * dies (killed here with SIGKILL), the client starts a new one, the user's
 * unsaved text is untouched, and the draft is checked again.
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import { State } from 'vscode-languageclient/node.js';
import { byCode, scratchDraft, sourcedApi, waitForDiagnostics } from './helpers.js';

/** The Sourced server: a child of this extension host running dist/server.js. */
function serverPid(): number {
  const lines = execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(process.pid)], { encoding: 'utf8' }).split('\n');
  const line = lines.find((l) => /dist[\\/]server\.js/.test(l));
  if (!line) throw new Error(`no Sourced server among the extension host's children:\n${lines.join('\n')}`);
  return Number(line.trim().split(/\s+/)[0]);
}

suite('Sourced recovery', () => {
  test('a killed server is restarted; the unsaved draft keeps its text and is checked again', async () => {
    const api = await sourcedApi();
    const editor = await scratchDraft('Spending on residential placements in the county rose by 38% between 2019 and 2023.\n', 'crash');
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, (d) => byCode(d, 'unsupported-claim').length === 1, 'the draft checked before the crash');
    assert.ok(await editor.edit((b) => b.insert(new vscode.Position(1, 0), '\nAdoptions in the county fell by 12% in 2024.\n')));
    const unsaved = editor.document.getText();
    const pid = serverPid();

    // Stopped (or starting), then running again: the client's restart.
    const restarted = new Promise<void>((resolve, reject) => {
      let wentDown = false;
      const timer = setTimeout(() => reject(new Error(`the client did not restart the server; state ${api.client.state}`)), 60_000);
      const listener = api.client.onDidChangeState((e) => {
        if (e.newState !== State.Running) wentDown = true;
        else if (wentDown) {
          clearTimeout(timer);
          listener.dispose();
          resolve();
        }
      });
    });
    process.kill(pid, 'SIGKILL');
    await restarted;

    assert.notEqual(serverPid(), pid);
    assert.equal(editor.document.getText(), unsaved);
    assert.ok(editor.document.isDirty, 'the unsaved edit is still unsaved');
    await waitForDiagnostics(uri, (d) => byCode(d, 'unsupported-claim').length === 2, 'both claims checked by the new server');
  });
});
