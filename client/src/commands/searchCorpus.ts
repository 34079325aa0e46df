/**
 * "Sourced: Search corpus": a QuickPick that asks the server (`sourced/search`)
 * as the user types, debounced, cancelling the previous request. Choosing a
 * passage inserts its quote with citation (PassageHit.insertText) at the
 * cursor; without a Markdown editor it opens the source at the passage.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node.js';
import { SearchRequest, type PassageHit, type SearchParams, type SearchResult } from '../../../server/src/protocol.js';
import { activeMarkdownEditor, plain } from '../convert.js';
import { openSourceAtPassage } from './openSource.js';

const DEBOUNCE_MS = 150;
const LIMIT = 20;

interface HitItem extends vscode.QuickPickItem {
  hit: PassageHit;
}

export async function searchCorpus(client: LanguageClient): Promise<void> {
  const editor = activeMarkdownEditor();
  const pick = vscode.window.createQuickPick<HitItem>();
  pick.title = 'Sourced: Search corpus';
  pick.placeholder = 'Words from the passage you are looking for';
  pick.matchOnDescription = false;
  pick.matchOnDetail = false;
  const initial = editor && !editor.selection.isEmpty ? editor.document.getText(editor.selection) : '';
  let timer: NodeJS.Timeout | undefined;
  let pending: vscode.CancellationTokenSource | undefined;

  const run = async (query: string) => {
    pending?.cancel();
    if (query.trim().length < 2) {
      pick.items = [];
      pick.busy = false;
      return;
    }
    const source = (pending = new vscode.CancellationTokenSource());
    pick.busy = true;
    try {
      const params: SearchParams = { query, limit: LIMIT, uri: editor?.document.uri.toString() };
      const hits = await client.sendRequest<SearchResult>(SearchRequest, params, source.token);
      if (source.token.isCancellationRequested) return;
      pick.items = hits.map((hit) => ({
        hit,
        label: plain(hit.text, 160),
        detail: plain(`@${hit.sourceId}${hit.page ? `, p. ${hit.page}` : ''} · ${hit.title}`, 160),
        // The server has ranked them; the QuickPick must not filter them away.
        alwaysShow: true,
      }));
    } catch (error) {
      if (!source.token.isCancellationRequested) client.error('Search corpus failed', error);
    } finally {
      if (pending === source) pick.busy = false;
    }
  };

  pick.onDidChangeValue((value) => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(value), DEBOUNCE_MS);
  });
  const chosen = await new Promise<PassageHit | undefined>((resolve) => {
    pick.onDidAccept(() => {
      resolve(pick.selectedItems[0]?.hit);
      pick.hide();
    });
    pick.onDidHide(() => resolve(undefined));
    pick.show();
    if (initial) pick.value = initial.replace(/\s+/g, ' ').trim();
  });
  clearTimeout(timer);
  pending?.cancel();
  pick.dispose();
  if (!chosen) return;
  if (editor) {
    await editor.edit((edit) => {
      for (const selection of editor.selections) edit.replace(selection, chosen.insertText);
    });
  } else {
    await openSourceAtPassage(chosen.uri, chosen.range);
  }
}
