/**
 * Go to definition from a draft to the exact passage in the source file:
 * - from a citation: the first passage on the cited page (`[@key, p. 4]`),
 *   else the source's passage that best matches the citing sentence, else
 *   the start of the source (engine/cite/passageLookup.ts);
 * - from a quotation: the span the quote checker matched, exact or nearly.
 * The range covers the passage, so the editor selects what is cited.
 */
import type { Location } from 'vscode-languageserver/node.js';
import type { Corpus } from '../engine/corpus/corpus.js';
import { locateInDraft } from '../engine/draft/cursorContext.js';
import { citedPassage } from '../engine/cite/passageLookup.js';
import { verifyQuote } from '../engine/verify/quoteVerifier.js';
import type { ParsedDraft } from './draftCache.js';
import { sourceIdOf } from '../engine/check/linkTargets.js';
import { sourceUri } from './sourceUri.js';

export function definitionAt(draft: ParsedDraft, offset: number, corpus: Corpus, draftPath: string | undefined): Location | null {
  const at = locateInDraft(draft.model, offset);
  if (at.citation) {
    const sourceId = sourceIdOf(at.citation, corpus, draftPath);
    const passage = sourceId ? citedPassage(corpus, sourceId, { page: at.citation.page, claim: at.sentence?.claimText }) : undefined;
    return passage ? { uri: sourceUri(passage.file), range: passage.range } : null;
  }
  if (at.quotation) {
    const cited = new Set((at.sentence?.citations ?? []).map((c) => sourceIdOf(c, corpus, draftPath)).filter((id): id is string => id !== undefined));
    const check = verifyQuote(corpus, at.quotation.text, cited.size ? { sourceIds: cited } : undefined);
    if (check.status === 'not-found' || !check.file || !check.range) return null;
    return { uri: sourceUri(check.file), range: check.range };
  }
  return null;
}
