/**
 * Show evidence (`sourced/evidence`): for each sentence of the paragraph
 * (or list item, or table cell) at a position, its best passages, those
 * that support it first. The ranking is the analysis's, searched once per
 * sentence and version.
 */
import type { Corpus } from '../engine/corpus/corpus.js';
import type { QuoteStyle } from '../engine/cite/quoteInsertion.js';
import { locateInDraft, paragraphAt } from '../engine/draft/cursorContext.js';
import type { EvidenceResult } from '../protocol.js';
import type { DraftAnalysis } from './analysis.js';
import { toPassageHit } from './passageHits.js';
import type { UriMapper } from './types.js';

const EVIDENCE_PER_CLAIM = 5;

export class EvidenceProvider {
  constructor(private readonly uris: UriMapper) {}

  provideEvidence(analysis: DraftAnalysis, offset: number, corpus: Corpus, style: QuoteStyle): EvidenceResult {
    const [paraStart, paraEnd] = paragraphAt(analysis.text, offset);
    const here = locateInDraft(analysis.model, offset).sentence;
    const sentences = here
      ? analysis.model.sentences.filter((s) => s.unit === here.unit)
      : analysis.model.sentences.filter((s) => s.start >= paraStart && s.end <= paraEnd);
    const claims = sentences.map((s) => {
      const evidence = analysis
        .evidence(corpus, s)
        .slice(0, EVIDENCE_PER_CLAIM)
        .map(({ result, supports }) => ({ ...toPassageHit(this.uris, result, style), supports }));
      return { range: analysis.lines.rangeOf(s.start, s.end), text: s.claimText, evidence };
    });
    const start = sentences.length ? sentences[0].start : paraStart;
    const end = sentences.length ? sentences[sentences.length - 1].end : paraEnd;
    return { paragraph: analysis.lines.rangeOf(start, end), claims };
  }
}
