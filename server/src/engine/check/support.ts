/**
 * Does a passage support a claim? A conservative lexical judgement, because
 * a wrong "supported" is worse than a missing one: the passage must cover
 * most of the claim's informative terms (idf-weighted), contain every figure
 * the claim states (numbers, percentages, years), and not run the other way
 * on a trend (rose vs fell, more vs fewer). A merely related passage fails.
 */
import { analyze, passageTerms } from '../index/analyzer.js';
import type { Corpus } from '../corpus/corpus.js';
import type { SearchResult } from '../types.js';

export interface SupportJudgement {
  supports: boolean;
  /** idf-weighted share of the claim's terms found in the passage, 0..1. */
  coverage: number;
  /** Figures in the claim that the passage does not contain. */
  missingFigures: string[];
  /** The passage's trend runs against the claim's. */
  oppositeDirection: boolean;
}

/** Share of the claim's informative terms a supporting passage must hold. */
export const SUPPORT_COVERAGE = 0.6;

const UP = /\b(ris(e|es|ing)|rose|risen|increas\w*|grow(s|th|ing|n)?|grew|more|higher|up|doubl\w*|tripl\w*|rais\w*|improv\w*|gain\w*|exceed\w*)\b/i;
const DOWN = /\b(fall(s|ing|en)?|fell|decreas\w*|declin\w*|drop\w*|fewer|less|lower|down|reduc\w*|halv\w*|cut|worsen\w*|deteriorat\w*|shr[iu]nk\w*)\b/i;

export function judgeSupport(claim: string, passage: string, termWeight: (term: string) => number): SupportJudgement {
  return judge(analyseClaim(claim, termWeight), passage);
}

/** What the judgement needs of a claim, worked out once however many passages it is judged against. */
interface AnalysedClaim {
  figures: string[];
  words: string[];
  weights: number[];
  total: number;
  direction: number;
}

function analyseClaim(claim: string, termWeight: (term: string) => number): AnalysedClaim {
  const claimTerms = [...new Set(analyze(claim))];
  const figures = claimTerms.filter(isFigure);
  const words = claimTerms.filter((t) => !isFigure(t));
  const weights = words.map((term) => termWeight(term));
  // Summed in the claim's term order, like `found` in judge, so both are the doubles a single per-passage loop gave.
  let total = 0;
  for (const w of weights) total += w;
  return { figures, words, weights, total, direction: directionOf(claim) };
}

function judge(claim: AnalysedClaim, passage: string): SupportJudgement {
  const passageHas = passageTerms(passage);
  let found = 0;
  for (let i = 0; i < claim.words.length; i++) if (passageHas.includes(claim.words[i])) found += claim.weights[i];
  const coverage = claim.total > 0 ? found / claim.total : 0;
  const missingFigures = claim.figures.filter((f) => !passageHas.includes(f));
  const oppositeDirection = claim.direction !== 0 && claim.direction === -directionOf(passage);
  return { supports: coverage >= SUPPORT_COVERAGE && missingFigures.length === 0 && !oppositeDirection, coverage, missingFigures, oppositeDirection };
}

function isFigure(term: string): boolean {
  return /^\d/.test(term);
}

/** +1 for a rising trend, -1 for a falling one, 0 for neither or both. */
function directionOf(text: string): number {
  const up = UP.test(text);
  const down = DOWN.test(text);
  return up === down ? 0 : up ? 1 : -1;
}

export interface RankedBySupport {
  result: SearchResult;
  supports: boolean;
  coverage: number;
}

/**
 * Search results judged against `claim` with the corpus's claim weighting
 * (a word no source uses weighs the most), supporting passages first and
 * search order otherwise. The one place the checker, quote completion and
 * "Show evidence" decide what supports a sentence, so they never disagree.
 */
export function rankBySupport(corpus: Pick<Corpus, 'claimTermWeight'>, claim: string, results: readonly SearchResult[]): RankedBySupport[] {
  const analysed = analyseClaim(claim, (term) => corpus.claimTermWeight(term));
  return results
    .map((result, i) => {
      const judgement = judge(analysed, result.text);
      return { result, supports: judgement.supports, coverage: judgement.coverage, i };
    })
    .sort((a, b) => Number(b.supports) - Number(a.supports) || a.i - b.i)
    .map(({ result, supports, coverage }) => ({ result, supports, coverage }));
}
