/**
 * "Sourced: Insert references section": runs the server's source action of
 * kind `source.sourced.insertReferences` for the active draft through VS
 * Code's code-action machinery and applies it.
 */
import * as vscode from 'vscode';
import { InsertReferencesKind } from '../../../server/src/protocol.js';
import { activeMarkdownEditor } from '../convert.js';

export async function insertReferences(): Promise<boolean> {
  const editor = activeMarkdownEditor();
  if (!editor) {
    void vscode.window.showInformationMessage('Sourced: open a Markdown draft to insert its references section.');
    return false;
  }
  const kind = vscode.CodeActionKind.Empty.append(InsertReferencesKind);
  const actions = await vscode.commands.executeCommand<Array<vscode.CodeAction | vscode.Command>>(
    'vscode.executeCodeActionProvider',
    editor.document.uri,
    editor.selection,
    InsertReferencesKind,
  );
  const action = (actions ?? []).find((a): a is vscode.CodeAction => 'kind' in a && a.kind !== undefined && kind.contains(a.kind));
  if (!action) {
    void vscode.window.showInformationMessage('Sourced: this draft cites no sources, so there is no references section to insert.');
    return false;
  }
  if (action.edit && !(await vscode.workspace.applyEdit(action.edit))) return false;
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
  return true;
}
