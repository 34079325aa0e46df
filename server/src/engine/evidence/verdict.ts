/**
 * The graded verdict on one passage for one claim: `supports`, `partial`
 * (supports part; `detail` says which part is missing or differs),
 * `related` (on the subject, not confirmed) or `contradicts` (same measure
 * and period, the other direction or another figure). Conservative, because
 * a wrong "supported" or a false "contradicted" costs a writer more than a
 * missing one.
 *
 * The passage is a statement: its sentence and the one that carries it on
 * (passageContext's `pair`: "… 204 children were on plans. This is a
 * reduction from 249"), read in its context: a claim term found only in the
 * paragraph, the list or the document's head earns part of its weight (for
 * a claim with figures or a trend, other statements lend nothing), a figure
 * may sit in another item of the same list or row of the same table, and a
 * place, body or year may be the cited document's own. Terms worded
 * differently earn their weight times their relatedness (term relations).
 * The statement must hold CORE_SHARE of the claim's own terms, figures
 * included. How figures are matched is figureMatch.ts's job.
 *
 * The stages, one module each: the passage read for the claim (passageReading.ts), its words (wordCoverage.ts), its
 * figures and years (figureChecks.ts), its polarity (polarityChecks.ts); what they read of the claim once
 * (claimFacts.ts). This module decides: contradicts, supports, partial or related.
 */
import { holdsPhrase, longerNameOf, namePhrases } from './placePhrases.js';
import type { TermRelations } from './termRelations.js';
import { MONTHS, type AnalysedClaim } from './claimAnalysis.js';
import type { PassageContext } from './passageContext.js';
import type { Sentence } from '../types.js';
import type { NumberMention } from './numberWords.js';
import { oppositeComparison } from './comparison.js';
import { readPassage, related } from './passageReading.js';
import { EQUIVALENT, inspectorateOf, KEY_HELD, weighWords } from './wordCoverage.js';
import { checkFigures } from './figureChecks.js';
import { checkPolarity } from './polarityChecks.js';
import { NATIONAL } from './claimFacts.js';

export type Verdict = 'supports' | 'partial' | 'related' | 'contradicts';

/** Weighted share of the claim's terms a supporting passage, read in context, must hold. */
export const SUPPORT_COVERAGE = 0.6;
/**
 * Share of the claim's measure (its words other than names, months, function words and the trend) the sentence must
 * hold, exactly or in related words, to support it: "children … January … March … increase" in Calderdale is not
 * the claim's "child protection plans".
 */
export const SUPPORT_MEASURE = 0.5;
/** Below support but at least this share: partial (with a detail), if the sentence holds its core share. */
export const PARTIAL_COVERAGE = 0.45;
/**
 * Share of the claim's idf weight (words and figures, exact terms) the passage's own sentence must hold to
 * support or partly support it. Support searches pass it as `minShare`.
 */
export const CORE_SHARE = 0.4;
/**
 * The key words a sentence (with its pair) lacks, exactly or in other words, may weigh less than this share of them all
 * for it to support the claim or bear out a citation. A short claim's measure is two or three words, and half of it
 * ("shortage" of "shortage of dentists", "social workers" of "social workers are well paid") had been enough.
 */
const KEY_SHARE = 0.35;
/** A claim with at most this many key words is short: KEY_SHARE of its key words missing is too much. */
const SHORT_CLAIM_KEYS = 3;
/** Share of the claim's measure (words other than the trend) a contradicting sentence must hold exactly or nearly. */
const CONTRADICTION_MEASURE = 0.7;
/**
 * The same, for a claim of more than SHORT_CLAIM_KEYS key words against a sentence that says one way only, once (the
 * opposite trend, or another figure for the claim's): a writer who reports the opposite of a source words its measure
 * their own way ("persistent absence … climbing" against "persistently absent … is reducing"). A sentence of several
 * trend words ("lower … higher") may say the opposite of another measure than the claim's, and a short claim's few
 * words are soon held. Asked of the whole claim's measure, never of one clause's (whose few words are soon held too).
 */
const PLAIN_CONTRADICTION_MEASURE = 0.6;
/**
 * The same, when the sentence also states one of the claim's own figures ("decreased by 32% since the MASS was
 * established" against "risen by 32% since the MASS was set up"): a shared figure and place pin the measure down.
 */
const ANCHORED_CONTRADICTION_MEASURE = 0.5;
/** The same, when the sentence's one share, in words or digits, is plainly another than the claim's share in words. */
const SHARE_CONTRADICTION_MEASURE = 0.6;

export interface Judgement {
  verdict: Verdict;
  /** 0..1: coverage for supports/partial/related, the measure's share for contradicts. */
  score: number;
  /** For partial and contradicts: what is missing or differs, e.g. "the source gives 41%, not 44%". */
  detail?: string;
  /** Share of the claim's weight found in context (0..1). */
  coverage: number;
  /** Sentences of the window that supplied words or figures, in document order (the passage itself excluded). */
  supporting: Sentence[];
  /** Share of the claim's measure (its words other than names, months and trend) the sentence holds. */
  measure?: number;
  /** Share of the claim's weight (words and figures) the sentence holds as exact terms: context never changes it. */
  coreShare?: number;
  /**
   * For partial: whether only wording falls short ('wording'), the measure is in other words ('measure'), a key word of
   * the measure is missing ('key'), or a figure, year or trend does not match.
   */
  shortfall?: 'wording' | 'figure' | 'period' | 'trend' | 'polarity' | 'measure' | 'key' | 'place' | 'clause';
  /**
   * For a 'clause' shortfall: every statement of the sentence the document does not bear out states nothing checkable
   * (clauseSupport.ts), so a citation may be taken at its word for them.
   */
  uncheckedOnly?: boolean;
  /**
   * For a 'polarity' shortfall: the sentence says the contrary in so many words (it denies what the claim asserts, says
   * the opposite word or a lower grade, or recommends it, so it is not yet so), not merely that it does not say the
   * claim's "always" or "not".
   */
  contrary?: boolean;
}

export function judgePassage(
  claim: AnalysedClaim,
  text: string,
  context: PassageContext | undefined,
  relations: TermRelations,
  figureWeight: (term: string) => number,
): Judgement {
  const reading = readPassage(claim, text, context, figureWeight);
  const { pair, core, coreTerms, window, head, facts, used, passageTrend, trendPlace, claimDirection, sameTrend, opposite, stands } =
    reading;
  const { coverage, coreExact, measureFound, measureTotal, clauseFound, clauseTotal, missing, keyWords } = weighWords(reading, relations);
  const figures = checkFigures(reading, relations);
  const { problems, differs, figuresMissing, yearsMissing, anchored } = figures;
  const coreShare = claim.total + figures.figureTotal > 0 ? (coreExact + figures.figureCore) / (claim.total + figures.figureTotal) : 0;

  if (opposite) problems.unshift(`the source says \u201c${passageTrend.word ?? ''}\u201d, not \u201c${claim.trend.word ?? ''}\u201d`);
  else if (claimDirection !== 0 && !sameTrend)
    problems.push(`the source does not say it ${claim.trend.negated ? 'did not ' : ''}\u201c${claim.trend.word ?? ''}\u201d`);
  if (trendPlace?.sentence && (opposite || sameTrend)) used.add(trendPlace.sentence);
  // Where the subject stands against a benchmark: "lag behind the national average" against "better than" it.
  const standsOpposite = facts.comparison.direction !== 0 ? oppositeComparison(facts.comparison, stands()) : undefined;
  if (standsOpposite) problems.unshift(`the source says \u201c${standsOpposite.source}\u201d, not \u201c${standsOpposite.claim}\u201d`);
  const { differs: polarityDiffers, contrary, problem: polarityProblem } = checkPolarity(reading, anchored);
  if (polarityProblem) problems.unshift(polarityProblem);

  if (pair) used.add(pair.sentence);
  const supporting = [...used].sort((a, b) => a.index - b.index);
  const measure = measureTotal > 0 ? measureFound / measureTotal : 0;
  const nameHeld = (n: string) =>
    MONTHS.has(n) ||
    core.set.has(n) ||
    head.has(n) ||
    window.some((p) => p.set.has(n)) ||
    related(claim, core, n, relations) >= EQUIVALENT ||
    inspectorateOf(n, head);
  // The place or body the claim names must be the passage's, or its document's: a Leeds report does not support a
  // claim about Milton Keynes, however alike the words. The country is the backdrop of every source here.
  const surfaceOf = (n: string) => claim.surface[claim.words.indexOf(n)] ?? n;
  // A name of several words must be there whole, in the sentence, its context or the document's head (placePhrases.ts).
  const places = [coreTerms, ...window.map((p) => p.terms), context?.headSequence ?? []];
  const phraseMissing = namePhrases(claim).find((ph) => !places.some((terms) => holdsPhrase(terms, ph)));
  const unnamed = [...claim.names].find((n) => !NATIONAL.has(n) && !nameHeld(n));
  // Or only inside a longer one ("South Gloucestershire" for "Gloucestershire"): another place.
  const otherPlace =
    unnamed || phraseMissing
      ? undefined
      : [...claim.names]
          .filter((n) => !NATIONAL.has(n))
          .map((name) => ({ name, compass: longerNameOf(claim, name, places) }))
          .find((p) => p.compass !== undefined);
  const placeMissing: string | undefined = unnamed ?? phraseMissing?.map(surfaceOf).join(' ') ?? otherPlace?.name;
  if (otherPlace) {
    const compass = otherPlace.compass!;
    const place = surfaceOf(otherPlace.name);
    problems.push(`the source speaks of \u201c${compass[0].toUpperCase()}${compass.slice(1)} ${place}\u201d, not \u201c${place}\u201d`);
  } else if (placeMissing)
    problems.push(`the source does not mention \u201c${claim.names.has(placeMissing) ? surfaceOf(placeMissing) : placeMissing}\u201d`);
  const samePeriod = claim.years.length === 0 || figures.yearsFound > 0;
  // The country need not be named where the sentence states the claim's own figure for all of its years ("fell by
  // 20 per cent between 2017 and 2022" against "in England increased by 20 per cent between 2017 and 2022"): a local
  // statistic is unlikely to share both, and the country is the backdrop of every source here.
  const pinned = anchored && claim.years.length > 0 && yearsMissing === 0;
  const namesAgree = !phraseMissing && !otherPlace && [...claim.names].every((n) => nameHeld(n) || (pinned && NATIONAL.has(n)));
  const plainOpposite = opposite && !claim.trend.negated && !passageTrend.negated;
  // A differing figure contradicts only when it counts what the claim's counts (a word beside it in common, or a
  // change from the same figure): "35 agency social workers" does not contradict "120 social workers".
  const quantityMissing = figures.missingQuantities.length > 0 || figures.roundedChange || figures.multipleMissing;
  // Two percentages count in one unit when the sentence names all of the claim's measure and gives no other share.
  const sharesAlike =
    differs !== undefined &&
    /%$/.test(differs.claim) &&
    /%$/.test(differs.source) &&
    measure >= WHOLE_MEASURE &&
    onePercentage(reading.mentionsOf(text));
  const figureAgainst = differs !== undefined && (differs.units || sharesAlike) && figuresMissing === 1 && !quantityMissing && !opposite;
  // A share in words the sentence plainly gives otherwise, as its one share ("around three quarters" for "around half"),
  // pins the measure down as a figure of the claim's in the sentence does.
  const shareStated = differs !== undefined && differs.claim.startsWith('\u201c') && onePercentage(reading.mentionsOf(text));
  const measureNeeded = anchored ? ANCHORED_CONTRADICTION_MEASURE : shareStated ? SHARE_CONTRADICTION_MEASURE : CONTRADICTION_MEASURE;
  // A long claim against a passage that says one way only (PLAIN_CONTRADICTION_MEASURE): asked of the whole claim's
  // measure only, never of one clause's.
  const plainTier =
    measureNeeded === CONTRADICTION_MEASURE &&
    measure >= PLAIN_CONTRADICTION_MEASURE &&
    (plainOpposite || differs !== undefined) &&
    keyWords.length > SHORT_CLAIM_KEYS &&
    reading.trendWords() <= 1;
  // Another figure, or the opposite trend, for the measure of the clause that states it runs against the whole claim.
  const figureMeasure = clauseTotal > 0 ? Math.max(measure, clauseFound / clauseTotal) : measure;
  // One side denying what the other asserts turns an opposite trend into agreement ("the share not seen rose" against "the
  // share seen fell"): never a contradiction then.
  const againstBenchmark = !!standsOpposite && measure >= CONTRADICTION_MEASURE;
  const measureHeld = measure >= measureNeeded || plainTier || ((figureAgainst || plainOpposite) && figureMeasure >= measureNeeded);
  if (measureHeld && namesAgree && samePeriod && !polarityDiffers && (plainOpposite || figureAgainst || againstBenchmark)) {
    const detail = plainOpposite || !figureAgainst ? problems[0] : `the source gives ${differs!.source}, not ${differs!.claim}`;
    return { verdict: 'contradicts', score: round(measure), detail, coverage, supporting, measure, coreShare };
  }
  const keyTotal = keyWords.reduce((n, k) => n + k.weight, 0);
  const unheld = keyWords.filter((k) => k.held < KEY_HELD);
  // Figures the passage states pin the measure down (a table row's "81 … 294" for "81 homes with 294 places", whose
  // column heads say "homes"): the key words are asked of claims without them. A long claim lacks a word or two of
  // its measure in any paraphrase; a short one (SHORT_CLAIM_KEYS key words) that lacks one lacks a third of it.
  const short = keyWords.length <= SHORT_CLAIM_KEYS;
  const keyMissing = facts.counts
    ? undefined
    : (unheld.find((k) => k.always) ??
      (short && unheld.reduce((n, k) => n + k.weight, 0) >= KEY_SHARE * keyTotal
        ? [...unheld].sort((a, b) => b.weight - a.weight)[0]
        : undefined));
  const trendOk = (claimDirection === 0 || sameTrend) && !standsOpposite;
  // What is counted or said must be there, not only the place, the dates and the direction around it.
  const measureOk = measureTotal === 0 || measure >= SUPPORT_MEASURE;
  if (
    coreShare >= CORE_SHARE &&
    coverage >= SUPPORT_COVERAGE &&
    figuresMissing === 0 &&
    yearsMissing === 0 &&
    trendOk &&
    !polarityDiffers &&
    measureOk &&
    !keyMissing &&
    !placeMissing
  ) {
    return { verdict: 'supports', score: round(coverage), coverage, supporting, measure, coreShare };
  }
  if (coreShare >= CORE_SHARE && coverage >= PARTIAL_COVERAGE) {
    const detail = problems[0] ?? missingWords(keyMissing ? [keyMissing] : missing);
    const shortfall = !trendOk
      ? 'trend'
      : polarityDiffers
        ? 'polarity'
        : figuresMissing > 0
          ? 'figure'
          : yearsMissing > 0
            ? 'period'
            : placeMissing
              ? 'place'
              : keyMissing
                ? 'key'
                : measureOk
                  ? 'wording'
                  : 'measure';
    const judged: Judgement = { verdict: 'partial', score: round(coverage), detail, coverage, supporting, shortfall, measure, coreShare };
    if (shortfall === 'polarity' && contrary) judged.contrary = true;
    return judged;
  }
  return { verdict: 'related', score: round(coverage), coverage, supporting: [], measure, coreShare };
}

/** A sentence that names this share of the claim's measure names all of it, to the rounding of a stem. */
const WHOLE_MEASURE = 0.95;

function onePercentage(mentions: readonly NumberMention[]): boolean {
  return mentions.filter((m) => m.kind === 'percent').length === 1;
}

function missingWords(missing: Array<{ word: string; weight: number }>): string {
  const top = [...missing]
    .sort((a, b) => b.weight - a.weight)
    .slice(0, 2)
    .map((m) => `\u201c${m.word}\u201d`);
  return top.length ? `the source does not mention ${top.join(' or ')}` : 'the source says less than the sentence';
}

function round(n: number): number {
  return Math.round(Math.min(1, Math.max(0, n)) * 1000) / 1000;
}
