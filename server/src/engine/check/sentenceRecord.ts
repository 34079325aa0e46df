/**
 * What the checker learnt about one draft sentence besides its findings:
 * the source each citation resolves to, the verifier's answer for each
 * quotation and the support searches it ran with the passages that
 * supported. Kept beside the findings in the checker's per-sentence memo,
 * so the language service's features (hover, definition, quick fixes) read
 * them instead of resolving, searching and verifying the same text again.
 *
 * Nothing here holds draft offsets: the arrays follow the order of the
 * sentence's `citations` and `quotations`, and the memo key pins both, so
 * a record stays valid wherever the sentence moves in the draft.
 */
import type { QuoteCheck } from '../verify/quoteVerifier.js';
import type { Evidence } from './diagnostics.js';

export interface SupportSearch {
  /** The sources searched; undefined: the whole corpus. */
  sourceIds?: readonly string[];
  /** The passages that supported the sentence, best first. */
  evidence: Evidence[];
}

export interface SentenceRecord {
  /** Per citation of the sentence, in order: the source it names, or undefined for an unknown one. */
  sources: Array<string | undefined>;
  /** Per quotation of the sentence, in order: the quote check (undefined when the sentence was not checked that far). */
  quotes: Array<QuoteCheck | undefined>;
  support: SupportSearch[];
}

export function emptyRecord(): SentenceRecord {
  return { sources: [], quotes: [], support: [] };
}
