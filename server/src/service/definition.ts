/**
 * Go to definition from a draft to the exact passage in the source file,
 * read from the analysis: from a citation, the cited passage (the page's
 * first passage, what the check found in that source, else its best match);
 * from a quotation, the span the quote check matched, exact or nearly.
 * The range covers the passage, so the editor selects what is cited.
 */
import type { Corpus } from '../engine/corpus/corpus.js';
import { locateInDraft } from '../engine/draft/cursorContext.js';
import type { DraftAnalysis } from './analysis.js';
import type { Location, UriMapper } from './types.js';

export class DefinitionProvider {
  constructor(private readonly uris: UriMapper) {}

  provideDefinition(analysis: DraftAnalysis, offset: number, corpus: Corpus): Location | null {
    const at = locateInDraft(analysis.model, offset);
    if (at.citation) {
      const passage = analysis.citedPassage(corpus, at.citation, at.sentence);
      return passage ? { uri: this.uris.sourceUri(passage.file), range: passage.range } : null;
    }
    if (at.quotation) {
      const check = analysis.quoteCheck(corpus, at.quotation, at.sentence);
      if (check.status === 'not-found' || !check.file || !check.range) return null;
      return { uri: this.uris.sourceUri(check.file), range: check.range };
    }
    return null;
  }
}
