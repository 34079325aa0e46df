/**
 * Symbols. Workspace symbols (Ctrl+T) search the corpus by passage, so a
 * user can jump to the sentence in a source that says what they half
 * remember. Document symbols outline a draft by its cited sources: one
 * entry per citation, named by the source it resolves to.
 */
import type { Corpus } from '../engine/corpus/corpus.js';
import type { DraftAnalysis } from './analysis.js';
import { clip } from './format.js';
import type { Location, Range, UriMapper } from './types.js';

const MAX_SYMBOLS = 50;

export interface WorkspaceSymbol {
  name: string;
  /** Where it lives: `@key, p. N`. */
  containerName: string;
  location: Location;
}

export interface DocumentSymbol {
  /** `@key` as resolved, or the key or link as written for an unknown source. */
  name: string;
  /** The source's title, or "not in the corpus". */
  detail: string;
  range: Range;
  selectionRange: Range;
}

export class SymbolsProvider {
  constructor(private readonly uris: UriMapper) {}

  provideWorkspaceSymbols(corpus: Corpus, query: string): WorkspaceSymbol[] {
    if (query.trim().length < 3) return [];
    return corpus.search(query, MAX_SYMBOLS).map((r) => ({
      name: r.text.length > 120 ? `${r.text.slice(0, 117)}...` : r.text,
      containerName: `@${r.sourceId}${r.page ? `, p. ${r.page}` : ''}`,
      location: { uri: this.uris.sourceUri(r.file), range: r.range },
    }));
  }

  provideDocumentSymbols(analysis: DraftAnalysis, corpus: Corpus | undefined): DocumentSymbol[] {
    return analysis.model.citations.map((c) => {
      const id = corpus ? analysis.sourceOf(corpus, c, analysis.sentenceOf(c)) : undefined;
      const title = id ? corpus?.document(id)?.metadata.title : undefined;
      return {
        name: id ? `@${id}` : c.key !== undefined ? `@${c.key}` : (c.target ?? ''),
        detail: id ? clip(title ?? id, 80) : 'not in the corpus',
        range: analysis.lines.rangeOf(c.start, c.end),
        selectionRange: analysis.lines.rangeOf(c.keyStart, c.keyEnd),
      };
    });
  }
}
