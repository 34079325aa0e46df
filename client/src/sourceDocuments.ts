/**
 * Read-only virtual documents with the extracted text of PDF and Word
 * sources (`sourced-source:` URIs, which the server uses for their
 * passages), so go-to-definition, hover links and "Open source at passage"
 * land on the exact passage instead of a binary file.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node.js';
import { SOURCE_TEXT_SCHEME, SourceTextRequest, type SourceTextParams, type SourceTextResult } from '../../server/src/protocol.js';

export function registerSourceDocuments(client: LanguageClient): vscode.Disposable {
  return vscode.workspace.registerTextDocumentContentProvider(SOURCE_TEXT_SCHEME, {
    async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
      const params: SourceTextParams = { uri: uri.toString() };
      const result = await client.sendRequest<SourceTextResult>(SourceTextRequest, params);
      return (
        result?.text ??
        `Sourced: ${uri.path.replace(/\.txt$/, '')} is not in the corpus index (it may have been removed or not yet indexed).`
      );
    },
  });
}
