/**
 * Search results graded for one claim: each passage judged in its context
 * (judgePassage) and turned into published evidence carrying its verdict,
 * a 0..1 score, the search's own score, a detail for partial and
 * contradicting passages, and (in `context`) the exact spans of the other
 * sentences that hold some of the words or figures. Ordered by verdict (supports, partial, contradicts, related),
 * then score. The one place the checker, quote completion and "Show
 * evidence" grade passages, so they never disagree.
 */
import type { Corpus } from '../corpus/corpus.js';
import type { Range, SearchResult, Sentence, SourceDocument } from '../types.js';
import { analyseClaim, type AnalysedClaim } from './claimAnalysis.js';
import { expandAbbreviations } from './abbreviations.js';
import { mayPair, passageContext } from './passageContext.js';
import { CORE_SHARE, judgePassage, type Judgement, type Verdict } from './verdict.js';
import { latestAgainstDated } from './claimFacts.js';
import { loadTermRelations, type TermRelations } from './termRelations.js';

/** A passage offered as evidence: a search result, verbatim from its source, with its verdict. */
export interface Evidence extends SearchResult {
  verdict: Verdict;
  /** 0..1: how well the passage bears the verdict out (see Judgement.score). */
  score: number;
  /** The search's (BM25) score, when the passage came from a search. */
  searchScore?: number;
  /** For partial and contradicting evidence: which part is missing or differs. */
  detail?: string;
  /**
   * Other sentences of the passage's paragraph, list or table that hold some of
   * the claim's words or figures (list items, table cells), each verbatim with
   * its exact location.
   */
  context?: Array<{ start: number; end: number; range: Range; text: string; page?: number }>;
}

export const VERDICT_ORDER: Record<Verdict, number> = { supports: 0, partial: 1, contradicts: 2, related: 3 };

export type GradingCorpus = Pick<Corpus, 'claimTermWeight'> &
  Partial<Pick<Corpus, 'document' | 'lineIndex' | 'sentenceAccess' | 'documentsNaming'>>;

export interface Graded {
  result: SearchResult;
  judgement: Judgement;
  evidence: Evidence;
}

/** A sentence under CORE_SHARE can still contradict with its neighbour's trend if it holds this much of the measure. */
const CONTEXT_MEASURE = 0.4;
/**
 * A sentence with this much of the claim's weight of its own may reach CORE_SHARE with the sentence that carries
 * it on ("This is a 41% increase from 300"): its context is read.
 */
const PAIR_SHARE = 0.25;
/**
 * Or this much of the claim's measure in other words: "In 2012–13 the proportion was only 8% and this increased to
 * 12%" names its measure only in the sentence it carries on ("the proportion of children looked after who are adopted").
 */
const PAIR_MEASURE = 0.3;

export function gradeResults(
  corpus: GradingCorpus,
  claim: string | AnalysedClaim,
  results: readonly SearchResult[],
  relations: TermRelations = loadTermRelations(),
): Graded[] {
  const figureWeight = (t: string) => corpus.claimTermWeight(t);
  const analysed = typeof claim === 'string' ? analyseClaim(claim, figureWeight, placeNames(corpus)) : claim;
  // A place or body the document is about counts in a passage's core share once its context is read (see verdict).
  let nameWeight = 0;
  analysed.words.forEach((w, i) => {
    if (analysed.names.has(w) || w === analysed.firstTerm) nameWeight += analysed.weights[i];
  });
  const nameShare = analysed.total > 0 ? nameWeight / analysed.total : 0;
  return results
    .map((result) => {
      // The sentence alone first: its context (a few neighbouring sentences, decoded one by one) is read only when it could
      // change the verdict, i.e. when the sentence is not already supporting and holds enough of the claim itself.
      const found = corpus.document?.(result.sourceId);
      // The passage's abbreviations in the words its document defines them by ("YOIs": young offender institutions),
      // appended for judging only: the evidence is still the sentence as written.
      const longForms = found ? expandAbbreviations(found, result.text) : '';
      const judged = longForms ? `${result.text} (${longForms})` : result.text;
      let judgement = judgePassage(analysed, judged, undefined, relations, figureWeight);
      const core = judgement.coreShare ?? 0;
      const readContext = (doc: SourceDocument | undefined) =>
        doc !== undefined &&
        ((judgement.verdict !== 'supports' &&
          (core + nameShare >= CORE_SHARE ||
            (judgement.measure ?? 0) >= CONTEXT_MEASURE ||
            ((core >= PAIR_SHARE || (judgement.measure ?? 0) >= PAIR_MEASURE) &&
              mayPair(doc, result.start, corpus.sentenceAccess?.(result.sourceId))))) ||
          // A claim for the latest figure, against a dated sentence: the sentence after it may give a newer one.
          (judgement.verdict === 'supports' &&
            latestAgainstDated(analysed, result.text) &&
            mayPair(doc, result.start, corpus.sentenceAccess?.(result.sourceId))));
      const doc = readContext(found) ? found : undefined;
      const context = doc ? passageContext(doc, result.start, corpus.sentenceAccess?.(result.sourceId)) : undefined;
      if (context) judgement = judgePassage(analysed, judged, context, relations, figureWeight);
      return { result, judgement, evidence: toEvidence(corpus, result, judgement) };
    })
    .sort(byVerdict);
}

/** Whether a term names a place or body some document is about (its title says it), when the corpus can tell. */
export function placeNames(corpus: Pick<GradingCorpus, 'documentsNaming'>): ((term: string) => boolean) | undefined {
  const naming = corpus.documentsNaming?.bind(corpus);
  return naming ? (term) => naming(term) !== undefined : undefined;
}

/** Graded passages in evidence order: by verdict, then score; the search's order among equals (the sort is stable). */
export function byVerdict(a: Graded, b: Graded): number {
  return VERDICT_ORDER[a.judgement.verdict] - VERDICT_ORDER[b.judgement.verdict] || b.judgement.score - a.judgement.score;
}

function toEvidence(corpus: GradingCorpus, r: SearchResult, judgement: Judgement): Evidence {
  const e: Evidence = {
    sourceId: r.sourceId,
    title: r.title,
    file: r.file,
    range: r.range,
    start: r.start,
    end: r.end,
    text: r.text,
    score: judgement.score,
    verdict: judgement.verdict,
    searchScore: r.score,
  };
  if (r.page !== undefined) e.page = r.page;
  if (judgement.detail) e.detail = judgement.detail;
  // The sentences of the window that hold the rest of the words or figures, each with its own exact span.
  const lines = judgement.supporting.length ? corpus.lineIndex?.(r.sourceId) : undefined;
  if (lines) e.context = judgement.supporting.map((s) => spanOf(s, lines));
  return e;
}

function spanOf(s: Sentence, lines: { rangeOf(a: number, b: number): Range }) {
  const span: { start: number; end: number; range: Range; text: string; page?: number } = {
    start: s.start,
    end: s.end,
    range: lines.rangeOf(s.start, s.end),
    text: s.text,
  };
  if (s.page !== undefined) span.page = s.page;
  return span;
}
