/**
 * "Sourced: Show evidence for current paragraph": asks the server
 * (`sourced/evidence`) for the claims of the paragraph at the cursor and
 * their supporting passages, lists them in a QuickPick (one section per
 * claim), and opens the chosen source at the passage.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node.js';
import { EvidenceRequest, type EvidenceParams, type EvidenceResult, type PassageHit } from '../../../server/src/protocol.js';
import { activeMarkdownEditor, plain } from '../convert.js';
import { openSourceAtPassage } from './openSource.js';

interface EvidenceItem extends vscode.QuickPickItem {
  hit?: PassageHit;
}

export async function showEvidence(client: LanguageClient): Promise<void> {
  const editor = activeMarkdownEditor();
  if (!editor) {
    void vscode.window.showInformationMessage('Sourced: open a Markdown draft and put the cursor in a paragraph.');
    return;
  }
  const position = editor.selection.active;
  const params: EvidenceParams = { uri: editor.document.uri.toString(), position: { line: position.line, character: position.character } };
  const result = await client.sendRequest<EvidenceResult | null>(EvidenceRequest, params);
  const claims = result?.claims ?? [];
  if (claims.every((c) => c.evidence.length === 0)) {
    void vscode.window.showInformationMessage(
      claims.length === 0
        ? 'Sourced: no claims in this paragraph.'
        : 'Sourced: nothing in the corpus supports the claims in this paragraph.',
    );
    return;
  }
  const items: EvidenceItem[] = [];
  for (const claim of claims) {
    // A separator's label shares a row with the first passage: keep it short.
    items.push({ label: plain(claim.text, 48), kind: vscode.QuickPickItemKind.Separator });
    if (claim.evidence.length === 0) items.push({ label: 'No supporting passage in the corpus' });
    for (const hit of claim.evidence) {
      items.push({
        hit,
        label: plain(hit.text, 160),
        detail: plain(`@${hit.sourceId}${hit.page ? `, p. ${hit.page}` : ''} · ${hit.title}`, 160),
      });
    }
  }
  const chosen = await vscode.window.showQuickPick(items, {
    title: 'Sourced: evidence for this paragraph',
    placeHolder: 'Choose a passage to open it in its source',
    matchOnDescription: true,
    matchOnDetail: true,
  });
  if (chosen?.hit) await openSourceAtPassage(chosen.hit.uri, chosen.hit.range);
}
