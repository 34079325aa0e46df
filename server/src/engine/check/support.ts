/**
 * Does a passage support a claim? The graded judgement of `evidence/`
 * (supports, partial, related, contradicts), exposed in the two shapes its
 * callers use: one claim against one passage text (tests, tools), and a
 * claim against search results with the corpus's weighting and each
 * passage's context (the checker, quote completion, "Show evidence"), so
 * they never disagree. Conservative, because a wrong "supported" is worse
 * than a missing one: see evidence/verdict.ts for the rule.
 */
import type { Corpus } from '../corpus/corpus.js';
import type { SearchResult } from '../types.js';
import { analyze, passageTerms } from '../index/analyzer.js';
import { analyseClaim, isFigure } from '../evidence/claimAnalysis.js';
import { judgePassage, type Judgement, type Verdict } from '../evidence/verdict.js';
import { gradeResults, type Evidence, type GradingCorpus } from '../evidence/gradedEvidence.js';
import { loadTermRelations, type TermRelations } from '../evidence/termRelations.js';

export { SUPPORT_COVERAGE, CORE_SHARE, PARTIAL_COVERAGE, type Verdict } from '../evidence/verdict.js';

export interface SupportJudgement {
  supports: boolean;
  verdict: Verdict;
  /** 0..1, see Judgement.score. */
  score: number;
  /** What is missing or differs, for partial and contradicting passages. */
  detail?: string;
  /** Weighted share of the claim's terms found in the passage, 0..1. */
  coverage: number;
  /** Figures (numbers, percentages, years) in the claim that the passage does not contain at all. */
  missingFigures: string[];
}

/** One claim against one passage read alone (no document context). */
export function judgeSupport(
  claim: string,
  passage: string,
  termWeight: (term: string) => number,
  relations: TermRelations = loadTermRelations(),
): SupportJudgement {
  const j = judgePassage(analyseClaim(claim, termWeight), passage, undefined, relations, termWeight);
  const has = passageTerms(passage);
  const missingFigures = [...new Set(analyze(claim))].filter((t) => isFigure(t) && !has.includes(t));
  return withDetail<SupportJudgement>({ ...verdictFields(j), missingFigures }, j);
}

export interface RankedBySupport {
  result: SearchResult;
  supports: boolean;
  verdict: Verdict;
  score: number;
  detail?: string;
  coverage: number;
  /** The result as published evidence (verdict, score, search score, exact spans). */
  evidence: Evidence;
}

/**
 * Search results judged against `claim` with the corpus's claim weighting
 * (a word no source uses weighs the most) and each passage's context,
 * ordered by verdict (supports, partial, contradicts, related), then score.
 */
export function rankBySupport(
  corpus: GradingCorpus | Pick<Corpus, 'claimTermWeight'>,
  claim: string,
  results: readonly SearchResult[],
): RankedBySupport[] {
  return gradeResults(corpus, claim, results).map(({ result, judgement, evidence }) =>
    withDetail<RankedBySupport>({ result, ...verdictFields(judgement), evidence }, judgement),
  );
}

/** The judgement's verdict as both shapes publish it (key order kept: these objects are serialised). */
function verdictFields(j: Judgement): Pick<SupportJudgement, 'supports' | 'verdict' | 'score' | 'coverage'> {
  return { supports: j.verdict === 'supports', verdict: j.verdict, score: j.score, coverage: j.coverage };
}

/** `out` with the judgement's detail last, only when there is one. */
function withDetail<T extends { detail?: string }>(out: T, j: Judgement): T {
  if (j.detail) out.detail = j.detail;
  return out;
}
