/**
 * "Sourced: Open source at passage" (args: uri, range): opens the source
 * file and selects and reveals the passage. Used by the Sources view, the
 * evidence and search pickers, and links from the server.
 */
import * as vscode from 'vscode';
import type { LspRange } from '../../../server/src/protocol.js';
import { toRange, toUri } from '../convert.js';

export async function openSourceAtPassage(
  uri?: string | vscode.Uri,
  range?: LspRange | vscode.Range,
): Promise<vscode.TextEditor | undefined> {
  if (!uri) {
    void vscode.window.showInformationMessage(
      'Sourced: Open source at passage needs a source and a passage; use it from the Sources view or a search.',
    );
    return undefined;
  }
  const selection = range ? toRange(range) : undefined;
  const editor = await vscode.window.showTextDocument(toUri(uri), { selection, preview: true });
  if (selection) editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}
