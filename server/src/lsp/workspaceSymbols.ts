/**
 * Workspace symbols (Ctrl+T): searches the corpus by passage, so a user can
 * jump to the sentence in a source that says what they half remember.
 */
import { SymbolKind, type SymbolInformation } from 'vscode-languageserver/node.js';
import type { Corpus } from '../engine/corpus/corpus.js';
import { sourceUri } from './sourceUri.js';

const MAX_SYMBOLS = 50;

export function workspaceSymbols(corpus: Corpus | undefined, query: string): SymbolInformation[] {
  if (!corpus || query.trim().length < 3) return [];
  return corpus.search(query, MAX_SYMBOLS).map((r) => ({
    name: r.text.length > 120 ? `${r.text.slice(0, 117)}...` : r.text,
    kind: SymbolKind.String,
    containerName: `@${r.sourceId}${r.page ? `, p. ${r.page}` : ''}`,
    location: { uri: sourceUri(r.file), range: r.range },
  }));
}
