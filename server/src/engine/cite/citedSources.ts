/**
 * The corpus sources a draft cites, in the order they are first cited: what
 * a reference list holds. Pandoc keys resolve to documents by key, link
 * citations by the file they point at; keys the corpus does not know are
 * returned apart, for a message.
 */
import type { Corpus } from '../corpus/corpus.js';
import type { DraftModel } from '../draft/draftTypes.js';
import { sourceIdOf } from '../check/citationResolver.js';

export function citedSources(draft: DraftModel, corpus: Corpus, draftPath?: string): { sourceIds: string[]; unknown: string[] } {
  const sourceIds: string[] = [];
  const unknown: string[] = [];
  for (const citation of [...draft.citations].sort((a, b) => a.start - b.start)) {
    const id = sourceIdOf(citation, corpus, draftPath);
    const name = citation.key ?? citation.target ?? '';
    if (id) {
      if (!sourceIds.includes(id)) sourceIds.push(id);
    } else if (name && !unknown.includes(name)) unknown.push(name);
  }
  return { sourceIds, unknown };
}
