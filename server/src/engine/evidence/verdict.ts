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
 */
import { holdsPhrase, namePhrases } from './placePhrases.js';
import { countedOtherwise } from './countedThing.js';
import { otherQuantity } from './quantityWords.js';
import { analyze, passageTerms } from '../index/analyzer.js';
import type { TermRelations } from './termRelations.js';
import { FOOTNOTED_YEAR, FUNCTION_TERMS, isYear, MONTHS, type AnalysedClaim } from './claimAnalysis.js';
import type { PassageContext } from './passageContext.js';
import {
  alignedFigure,
  bound,
  changeMismatch,
  CHANGE,
  comparedFigure,
  comparisonFigures,
  endFigure,
  changeEndCount,
  lendsFigure,
  MULTIPLE,
  multipleBound,
  MULTIPLE_FACTOR,
  otherFigure,
  sameMultiple,
  sameUnits,
  type FigurePlace,
} from './figureMatch.js';
import type { Sentence } from '../types.js';
import { effectiveDirection, figureDirection, groupPredicate, judges, trendNear, trendOf, type Trend } from './trend.js';
import { numberMentions, sameQuantity, type NumberMention } from './numberWords.js';
import {
  claimPolarity,
  deniedPredicate,
  denial,
  employmentMeasure,
  saysTimely,
  statesTimely,
  statedAim,
  deniesUniversal,
  gradeBelowGood,
  recommends,
  saysUniversal,
  type ClaimPolarity,
} from './polarity.js';
import { shareAgainst, withinBound } from './shareAgainst.js';
import { oppositeWord } from './antonyms.js';
import { comparisonOf, onlyBenchmarked, oppositeComparison, type Comparison } from './comparison.js';
import {
  claimMonths,
  datedByOtherMonth,
  datedByOtherYears,
  datedByOtherPeriods,
  periodsNamed,
  monthYears,
  otherMonthOfYear,
  yearsNamed,
  type MonthYear,
} from './monthDates.js';

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
 * Function words the analyzer keeps (its stop list is short, for retrieval) and "number" (a count is what
 * figures state): none of them tells one measure from another.
 */
const NOT_MEASURE = new Set([
  'between',
  'from',
  'sinc',
  'after',
  'befor',
  'dure',
  'over',
  'under',
  'than',
  'about',
  'across',
  'among',
  'per',
  'each',
  'all',
  'some',
  'which',
  'who',
  'were',
  'been',
  'ha',
  'have',
  'had',
  'it',
  'its',
  'our',
  'those',
  'also',
  'so',
  'becaus',
  'while',
  'number',
  'total',
  'around',
  'almost',
  'nearli',
  'approxim',
  'time',
]);
/** What the date and benchmark checks read of a claim, worked out once per claim rather than once per passage judged. */
interface ClaimFacts {
  years: ReadonlySet<string>;
  /** The year ranges the claim names, read whole (periodsNamed). */
  periods: ReadonlySet<string>;
  months: ReadonlySet<string>;
  monthYears: readonly MonthYear[];
  comparison: Comparison;
  /** The analysed terms of the claim's comparison words ("lower than" → lower, than). */
  comparisonTerms: ReadonlySet<string>;
  /** The weight of the claim's measure words as measureAnchor counts them (not names, months, trend or function words). */
  measureWeight: number;
  /** The figures the claim gives for what it compares with ("against 647 nationally"). */
  comparedFigures: ReadonlySet<string>;
  /**
   * The claim states a figure that counts something: not only the ages of the people it is about ("16- and
   * 17-year-olds", "aged 16 or 17"), which say who it is about.
   */
  counts: boolean;
  /** The ages it names (see AGES): who it is about, found in the passage's paragraph or head as well as its sentence. */
  ages: ReadonlySet<string>;
  /** Its grade, recommendation and universal, for the polarity checks. */
  polarity: ClaimPolarity;
  /**
   * The terms of the clause that states the claim's one figure (or, for a claim without figures, its trend), when the
   * claim has other clauses ("York's care proceedings last an average of 26 weeks, with the courts mostly accepting …";
   * "caseloads … have been creeping up, and several teams now carry too many cases"): a sentence that gives another
   * figure, or the opposite trend, for that clause's measure runs against the claim, whatever the other clauses say.
   */
  figureClause?: ReadonlySet<string>;
}

/** Where a claim's clauses meet: ", with …", ", and …", "; …", ", but …", ", which …", " while …". */
const CLAIM_CLAUSE = /,\s+(?:with|and|but|while|whereas|which|although|though|as)\b|;|\s+(?:but|whereas|while)\s+/i;

/** The terms of the clause holding the claim's only figure, or only trend (see ClaimFacts.figureClause); else undefined. */
function figureClauseOf(claim: AnalysedClaim): ReadonlySet<string> | undefined {
  const clauses = claim.text.split(CLAIM_CLAUSE);
  if (clauses.length < 2) return undefined;
  let holding: string[];
  if (claim.figures.length === 1) {
    const value = claim.figures[0].value;
    holding = clauses.filter((c) => analyze(c).includes(value));
  } else if (claim.figures.length === 0 && claim.trend.direction !== 0 && claim.trend.word !== undefined) {
    const word = claim.trend.word.toLowerCase();
    holding = clauses.filter((c) => c.toLowerCase().includes(word));
  } else return undefined;
  return holding.length === 1 ? new Set(analyze(holding[0])) : undefined;
}

/** A statement cut from a sentence about what should be is about what should be too. */
function withModality(polarity: ClaimPolarity, statementOf: string | undefined): ClaimPolarity {
  if (polarity.aboutRecommendation || statementOf === undefined) return polarity;
  return claimPolarity(statementOf).aboutRecommendation ? { ...polarity, aboutRecommendation: true } : polarity;
}

/**
 * Ages: "16- and 17-year-olds", "a 15-year-old", "aged 16 or 17", "aged 10 to 17", "under-18s", and a care leaver's
 * age as a point in time: "at 21", "after 18", "until they are 18", "over 21" (no unit after it).
 */
const AGES = [
  /\b(\d{1,2})(?:-?\s*(?:and|or|to|[-\u2013])\s*(\d{1,2}))?[-\s]years?[-\s]olds?\b/gi,
  /\baged\s+(\d{1,2})(?:\s*(?:and|or|to|[-\u2013])\s*(\d{1,2}))?\b/gi,
  /\bunder[-\s](\d{1,2})s\b/gi,
  new RegExp(
    String.raw`\b(?:at|after|until|till|over|beyond|past|turn(?:s|ed|ing)?|reach(?:es|ed|ing)?|(?:they|he|she)\s+(?:are|is|were|was|turn)` +
      String.raw`|almost|nearly)\s+(1[0-9]|2[0-5])\b(?!\s*(?:%|[-\s]?per|,\d|\.\d|\s+(?:days?|weeks?|months?|years?|hours?|minutes?` +
      String.raw`|children|young|people|cases|of|to|and|or|in|out)\b))`,
    'gi',
  ),
];

function agesOf(text: string): Set<string> {
  const ages = new Set<string>();
  for (const pattern of AGES) for (const m of text.matchAll(pattern)) for (const age of [m[1], m[2]]) if (age) ages.add(age);
  return ages;
}
const claimFacts = new WeakMap<AnalysedClaim, ClaimFacts>();
/** Words that date a figure as the latest one. */
const LATEST = /\b(?:latest|most\s+recent|more\s+recent|current(?:ly)?|at\s+present|now)\b/i;
const A_YEAR = /\b(?:19|20)\d\d\b/;

/** A claim for the latest figure that names no year, against a sentence dated by a year that does not say latest. */
export function latestAgainstDated(claim: AnalysedClaim, text: string): boolean {
  return claim.figures.length > 0 && claim.years.length === 0 && LATEST.test(claim.text) && !LATEST.test(text) && A_YEAR.test(text);
}

function factsOf(claim: AnalysedClaim): ClaimFacts {
  let facts = claimFacts.get(claim);
  if (!facts) {
    const { text, sequence } = claim;
    const comparison = comparisonOf(text);
    const comparisonTerms = new Set(comparison.word ? analyze(comparison.word) : []);
    const measureWeight = claim.words.reduce(
      (n, w, i) => (notMeasure(w) || claim.names.has(w) || MONTHS.has(w) || claim.trendTerms.has(w) ? n : n + claim.weights[i]),
      0,
    );
    const ages = agesOf(text);
    facts = {
      years: yearsNamed(text),
      periods: periodsNamed(text),
      months: claimMonths(text),
      monthYears: monthYears(sequence),
      comparison,
      comparisonTerms,
      measureWeight,
      comparedFigures: comparisonFigures(text),
      counts: claim.figures.some((f) => !ages.has(f.value)),
      ages,
      polarity: withModality(claimPolarity(text), claim.statementOf),
      figureClause: figureClauseOf(claim),
    };
    claimFacts.set(claim, facts);
  }
  return facts;
}

/** A word that tells no measure from another: one of NOT_MEASURE or a function word (claimAnalysis FUNCTION_TERMS). */
function notMeasure(word: string): boolean {
  return NOT_MEASURE.has(word) || FUNCTION_TERMS.has(word);
}
/** Names of the whole country, which a national source need not repeat. */
const NATIONAL = new Set(['england', 'uk', 'britain', 'wale', 'english', 'nation']);
/** Words for a part of a whole, which a percentage states ("the share who offended" against "8% … offended"). */
const SHARE_WORDS = new Set(['share', 'proport', 'percentag']);
/** Relatedness at which a passage term is the claim term in other letters (an abbreviation, a spelling). */
const EQUIVALENT = 0.9;
/** Credit for a claim word found only in the paragraph or list around the sentence. */
const WINDOW_CREDIT = 0.75;
/** Credit for a claim word found only in the document's head; a name (place, body) earns it all. */
const HEAD_CREDIT = 0.5;
/**
 * Words of quantity or degree ("too few", "many", "most"): part of the measure, but not what is counted. A claim's
 * key words (see KEY_SHARE) are its measure words other than these.
 */
const DEGREE_WORDS: ReadonlySet<string> = new Set(
  ['too', 'few', 'fewer', 'many', 'much', 'more', 'less', 'most', 'least', 'enough', 'lot', 'several', 'number'].flatMap((w) => analyze(w)),
);
/**
 * The key words a sentence (with its pair) lacks, exactly or in other words, may weigh less than this share of them all
 * for it to support the claim or bear out a citation. A short claim's measure is two or three words, and half of it
 * ("shortage" of "shortage of dentists", "social workers" of "social workers are well paid") had been enough.
 */
const KEY_SHARE = 0.35;
/**
 * Key words whatever they weigh: what a claim judges ("poor", "good", "effective") and "too" of "too few" or "too
 * long", which is the claim's assertion. "Herefordshire's school meals are poor" is not borne out by "The proportion of
 * children entitled to free school meals", nor "Hounslow has too few foster carers" by a sentence on its foster carers.
 */
const ALWAYS_KEY: ReadonlySet<string> = new Set(
  [
    ...['good', 'poor', 'weak', 'strong', 'outstanding', 'inadequate', 'effective', 'ineffective', 'excellent'],
    ...['timely', 'prompt', 'robust', 'thorough', 'consistent', 'inconsistent', 'stable', 'unstable', 'suitable', 'unsuitable'],
    ...['sufficient', 'insufficient', 'accurate', 'inaccurate'],
  ].flatMap((w) => analyze(w)),
);
/** A claim with at most this many key words is short: KEY_SHARE of its key words missing is too much. */
const SHORT_CLAIM_KEYS = 3;
/** A list item of at most this many words is a table row or a bare item ("09/03/2022 Full Outstanding"). */
const TABLE_ROW_WORDS = 8;
/** Share of what a sentence holds of the claim that lies in a stated aim's scope for the aim to be all it says of it. */
const AIM_SHARE = 0.5;
/** Relatedness, or pair credit, at which a key word counts as held. */
const KEY_HELD = 0.5;
/** Share of the claim's measure (words other than the trend) a contradicting sentence must hold exactly or nearly. */
const CONTRADICTION_MEASURE = 0.7;
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
   * For a 'polarity' shortfall: the sentence says the contrary in so many words (it denies what the claim asserts, says
   * the opposite word or a lower grade, or recommends it, so it is not yet so), not merely that it does not say the
   * claim's "always" or "not".
   */
  contrary?: boolean;
}

interface Place extends FigurePlace {
  sentence?: Sentence;
  /** What each claim term earns here through term relations (exact terms earn 1), worked out on first use. */
  credit?: Map<string, number>;
}

export function judgePassage(
  claim: AnalysedClaim,
  text: string,
  context: PassageContext | undefined,
  relations: TermRelations,
  figureWeight: (term: string) => number,
): Judgement {
  // A sentence and the one that carries it on ("… 423 children were subject to a plan. This is a 41% increase from
  // 300") are one statement: the core is both.
  const pair = context?.pair;
  const ownTerms = passageTerms(text);
  const coreTerms = !pair
    ? ownTerms
    : pair.sentence.index < context!.sentence.index
      ? [...pair.terms, ...ownTerms]
      : [...ownTerms, ...pair.terms];
  const core: Place = { terms: coreTerms, set: pair ? new Set(coreTerms) : setOf(coreTerms) };
  const window: Place[] = (context?.window ?? []).map((w) => ({ terms: w.terms, set: setOf(w.terms), sentence: w.sentence }));
  // A sentence with its pair is a whole statement: the paragraph's other statements lend it figures, not words
  // ("204 children were on plans. This is a reduction" does not borrow "increase" from the 1,278 children in need).
  // The other items of a list lend the words that go with a figure they state ("52 providers"), nothing else: an
  // inspection report's key facts are a list of separate statements.
  // An age ("16- and 17-year-olds") says who the claim is about, not a statistic: it must be there, but it does not
  // make the paragraph's other statements lend no words.
  const facts = factsOf(claim);
  const statistical = facts.counts || claim.trend.direction !== 0;
  // An item that states one of the claim's figures is part of the claim's statement ("2 Position Keys Group 116 +2 440"
  // for "Keys Group owned 116 homes with 440 places, and Aspris Holdco 81"): its words count; other items lend none.
  const figureItems = new Set<Place>();
  window.forEach((p, i) => {
    if (context!.window[i].kind === 'list' && claim.figures.some((f) => !f.reference && bound(f, p))) figureItems.add(p);
  });
  const wordWindow = window.filter((_, i) => {
    const kind = context!.window[i].kind;
    if (kind === 'list') return !statistical;
    return kind === 'lead-in' || !statistical || context!.window[i] === pair;
  });
  const head = context?.head ?? new Set<string>();
  // Where the passage stands against a benchmark, read once and only for a claim that compares.
  let passageComparison: Comparison | undefined;
  const stands = () => (passageComparison ??= comparisonOf(pair ? `${text} ${pair.sentence.text}` : text));
  const standsSame = () => facts.comparison.direction !== 0 && stands().direction === facts.comparison.direction;
  const used = new Set<Sentence>();

  // The trend: the sentence's own, else that of the sentence that carries it on ("… 423 children were subject to a
  // plan. This is a 41% increase"). Other neighbours lend none: "Increasing numbers of children who come into care
  // benefit …" says nothing of how many entered care.
  const trendFor = claim.trend.direction === 0 ? trendOf : (t: string) => trendAbout(claim, t, figureWeight);
  let passageTrend = trendFor(text);
  if (onlyBenchmarked(text, passageTrend.words)) passageTrend = { direction: 0, negated: false, words: [] };
  let trendPlace: Place | undefined;
  // Only when it speaks of the claim's measure, figures or years: "This means children have more stability" does not.
  if (passageTrend.direction === 0 && claim.trend.direction !== 0 && pair && measureAnchor(claim, pair.sentence.text, figureWeight) > 0) {
    const t = trendFor(pair.sentence.text);
    if (t.direction !== 0) {
      passageTrend = t;
      trendPlace = window.find((w) => w.sentence === pair.sentence);
    }
  }
  const claimDirection = effectiveDirection(claim.trend);
  const passageDirection = effectiveDirection(passageTrend);
  // The same way, said the same way: "did not rise" bears out neither "fell" nor "rose".
  // "The position is improving" says nothing of which way a count went: the share of care leavers not in education
  // improves as it falls. A judgement ("improved", "worsened") bears out or runs against only another judgement,
  // unless its figures say which way ("improved from 41% to 49%").
  const comparable = claim.trendJudges === judges(passageTrend, text);
  const sameTrend =
    comparable && claimDirection !== 0 && claimDirection === passageDirection && claim.trend.negated === passageTrend.negated;
  const opposite = comparable && claimDirection !== 0 && claimDirection === -passageDirection;

  /** The quantities the sentence (and its pair) state, worked out on first use. */
  let quantities: readonly NumberMention[] | undefined;
  const coreQuantities = () =>
    (quantities ??= pair ? [...numberMentions(text), ...numberMentions(pair.sentence.text)] : numberMentions(text));
  let found = 0;
  let coreExact = 0;
  let measureFound = 0;
  let measureTotal = 0;
  /** The same, for the measure words of the claim's figure clause (ClaimFacts.figureClause). */
  let clauseFound = 0;
  let clauseTotal = 0;
  const missing: Array<{ word: string; weight: number }> = [];
  /** The claim's key words (measure words that say what is counted or said), with how well the sentence holds each. */
  const keyWords: Array<{ word: string; weight: number; held: number; always: boolean }> = [];
  for (let i = 0; i < claim.words.length; i++) {
    const word = claim.words[i];
    const w = claim.weights[i];
    const isTrend = claim.trendTerms.has(word);
    if (core.set.has(word)) coreExact += w;
    // "lower than the national average" is borne out by "below the national average": the words that say where the
    // subject stands count when the passage stands the same way.
    if (facts.comparisonTerms.has(word) && !core.set.has(word)) {
      if (standsSame()) found += w;
      else missing.push({ word: claim.surface[i], weight: w });
      continue;
    }
    if (isTrend) {
      // "went up" is borne out by "increased": the trend words count when the passage runs the same way.
      if (core.set.has(word) || sameTrend) found += w;
      else missing.push({ word: claim.surface[i], weight: w });
      continue;
    }
    const name = claim.names.has(word) || (word === claim.firstTerm && head.has(word));
    // A place or body the cited document is about is as good as named in the sentence ("In Milton Keynes …" against
    // Milton Keynes's own report): the sentence's core share counts it.
    if (name && !core.set.has(word) && head.has(word)) coreExact += w;
    // The measure is what is counted or said to change: not the place, the body or the month.
    const inMeasure = !name && !MONTHS.has(word) && !notMeasure(word);
    const inClause = inMeasure && !!facts.figureClause?.has(word);
    if (inMeasure) measureTotal += w;
    if (inClause) clauseTotal += w;
    const key =
      inMeasure && !isTrend && !DEGREE_WORDS.has(word)
        ? { word: claim.surface[i], weight: w, held: 0, always: ALWAYS_KEY.has(word) }
        : undefined;
    if (key) keyWords.push(key);
    // "The share who offended" is what "8% in 2012" measures: a percentage in the sentence is a share.
    if (core.set.has(word) || (SHARE_WORDS.has(word) && coreQuantities().some((m) => m.kind === 'percent'))) {
      found += w;
      if (inMeasure) measureFound += w;
      if (inClause) clauseFound += w;
      if (key) key.held = 1;
      continue;
    }
    const near = related(claim, core, word, relations);
    // An equivalent (an abbreviation and its words: "SDQ" for "strengths and difficulties questionnaires") is the
    // sentence's own term as far as its core share goes.
    if (near >= EQUIVALENT) coreExact += w * near;
    const inPair = trendPlace && related(claim, trendPlace, word, relations);
    const inWindow = wordWindow.find((p) => p.set.has(word)) ?? [...figureItems].find((p) => p.set.has(word));
    const inHead = head.has(word);
    const credit = Math.max(near, inWindow ? WINDOW_CREDIT : 0, inHead ? (name ? 1 : HEAD_CREDIT) : 0);
    if (inMeasure) measureFound += w * Math.max(near, inPair ?? 0);
    if (inClause) clauseFound += w * Math.max(near, inPair ?? 0);
    // A key word is held in context: the sentence, its pair or the paragraph (a correct citation's words are spread
    // over it), not only the document's head.
    if (key) key.held = Math.max(near, inPair ?? 0, inWindow ? WINDOW_CREDIT : 0);
    if (credit === 0) {
      const nearWindow = wordWindow.length ? Math.max(...wordWindow.map((p) => related(claim, p, word, relations))) * WINDOW_CREDIT : 0;
      if (key) key.held = Math.max(key.held, nearWindow);
      if (nearWindow > 0) found += w * nearWindow;
      else missing.push({ word: claim.surface[i], weight: w });
      continue;
    }
    found += w * credit;
    if (inWindow && credit === WINDOW_CREDIT && inWindow.sentence) used.add(inWindow.sentence);
  }
  const coverage = claim.total > 0 ? Math.min(1, found / claim.total) : 0;

  // Figures: each must be in the sentence or its window, and not counting something else there.
  let figureTotal = 0;
  let figureCore = 0;
  const problems: string[] = [];
  let differs: { claim: string; source: string; units: boolean } | undefined;
  let figuresMissing = 0;
  /** One of the claim's counted figures is in the sentence itself: it pins the measure down. */
  let anchored = false;
  /** What only a rounded quantity would settle: it makes the passage partial, never contradicting. */
  let missingQuantities: NumberMention[] = [];
  let roundedChange = false;
  let multipleMissing = false;
  const claimFigures = new Set(claim.figures.map((f) => f.value));
  // The sentence's own terms: a figure the sentence itself gives for the claim's quantity is its answer, whatever
  // the sentence it carries on or its neighbours say ("to 62 in 2012–13. This figure has already been exceeded …
  // 72 children").
  const own: Place = pair ? { terms: ownTerms, set: setOf(ownTerms) } : core;
  // A sentence dated only by other years (or year ranges) than the claim's gives those years' figures, whatever its
  // pair's date.
  // A claim for the latest figure ("the latest data show 79%") and no year: a sentence dated by a year whose pair gives
  // the latest figure is an earlier period's ("In 2015−16 … 79%. The local authority latest data shows … 97%").
  const earlierThanPair = !!pair && LATEST.test(pair.sentence.text) && latestAgainstDated(claim, text);
  const otherYears =
    claim.figures.length > 0 &&
    (datedByOtherYears(facts.years, text, ownTerms) || datedByOtherPeriods(facts.periods, text) || earlierThanPair);
  // The sentence's same number for another thing ("Seven family hubs" for "seven children's homes"): see countedThing.ts.
  let ownMentions: readonly NumberMention[] | undefined;
  const countedElse = (mention: NumberMention | undefined) =>
    countedOtherwise(
      claim,
      mention,
      text,
      () => (ownMentions ??= numberMentions(text)),
      (t) => core.set.has(t) || related(claim, core, t, relations) >= KEY_HELD,
    );
  for (const figure of claim.figures) {
    const fw = figureWeight(figure.value);
    figureTotal += fw;
    if (core.set.has(figure.value)) figureCore += fw;
    const countsElse = countedElse(claim.figureMentions.get(figure.value));
    if (countsElse) {
      figuresMissing++;
      problems.push(countsElse);
      continue;
    }
    if (bound(figure, own) && !otherYears) {
      anchored = true;
      // The figure the sentence compares its subject with is not the subject's ("541 days compared with 606 for similar
      // authorities"): a claim that gives 606 as its own is not borne out, and the sentence's own figure is the answer.
      const compared = comparedFigure(claim, facts.comparedFigures, figure, text);
      if (!compared) continue;
      figuresMissing++;
      if (compared.own && !differs) differs = { claim: figure.value, source: compared.own, units: true };
      problems.push(
        compared.own
          ? `the source gives ${compared.own}, not ${figure.value}`
          : `the source\u2019s ${figure.value} is what it compares with`,
      );
      continue;
    }
    // "around 44%" against "43%", "90%" against "9 out of 10": the same quantity, to the tolerance either allows.
    const mention = claim.figureMentions.get(figure.value);
    const stated = otherYears ? (pair ? numberMentions(pair.sentence.text) : []) : coreQuantities();
    // A claim may round the source's more precise figure ("15%" for "15.1%"), never the other way round.
    const rounds = (m: NumberMention) => mention!.approx || !/\d/.test(m.surface) || m.approx || mention!.step > m.step;
    if (mention && stated.some((m) => rounds(m) && sameQuantity(mention, m))) {
      figureCore += fw;
      continue;
    }
    // An age says who the claim is about: the paragraph or the document's head may give it ("When care leavers over 21
    // contact the duty service …" for "At 21, care leavers move to a separate team").
    if (facts.ages.has(figure.value) && (window.some((p) => p.set.has(figure.value)) || head.has(figure.value))) {
      figureCore += fw;
      continue;
    }
    // The sentence's own figure for the same quantity, if it gives one: then a pair's or a neighbour's matching figure
    // ("26 weeks" as the target, next to "reduced ... to an average of 32 weeks") does not rescue the claim.
    const placed = otherFigure(figure, own, claimFigures, relations) ?? alignedFigure(claim, figure, ownTerms);
    // Both the end of a change ("rose to 17%" against "increased to 12%"): the two count the same thing.
    // Or the end of a change in counts that the passage starts from the claim's start ("an increase from 277").
    const end = placed
      ? undefined
      : (endFigure(claim, figure, text) ?? changeEndCount(claim, figure, pair ? [text, pair.sentence.text] : [text]));
    const other = placed ?? end;
    if (!other && pair && bound(figure, otherYears ? { terms: pair.terms, set: setOf(pair.terms) } : core)) continue;
    // Another item of a list lends a figure only with a word that goes with it, or a name the claim gives it
    // ("52 providers"; "2 Position Keys Group 116"): consecutive short paragraphs are separate statements too.
    // Other sentences of the paragraph are other statements: they lend no figure (the pair is part of the core).
    const elsewhere = window.find((p, i) => {
      const kind = context!.window[i].kind;
      return bound(figure, p) && (kind === 'lead-in' || (kind === 'list' && lendsFigure(claim, figure, p)));
    });
    if (elsewhere && !other) {
      if (elsewhere.sentence) used.add(elsewhere.sentence);
      continue;
    }
    figuresMissing++;
    if (other && !differs) {
      // A figure with no words of its own ("from 93 in 2012 to 127 in 2015") counts what its neighbour counts, when
      // the sentence states that neighbour too.
      const units =
        end !== undefined ||
        sameUnits(figure, other, ownTerms) ||
        (figure.units.length === 0 && claim.figures.some((f) => f !== figure && bound(f, own)));
      differs = { claim: figure.value, source: other, units };
    }
    problems.push(
      other
        ? `the source gives ${other}, not ${figure.value}`
        : core.set.has(figure.value)
          ? `the source\u2019s ${figure.value} counts something else`
          : `the source does not give ${figure.value}`,
    );
  }
  // Quantities in words ("two thirds", "nine in ten", "zero"): in the sentence or its window, to tolerance. A rounded
  // share differs only when the sentence's one share is far from it or breaks its bound (see shareAgainst.ts).
  // A quantity dated by another month than the claim's is another measurement ("in March 2017 of only 24%" is not April's).
  const months = facts.months;
  // A clause holds the claim's measure when it names half of the measure's weight (exact terms).
  const holdsMeasure = (clause: string) =>
    facts.measureWeight > 0 && measureAnchor(claim, clause, figureWeight) >= 0.5 * facts.measureWeight;
  for (const q of claim.quantities) {
    const qw = figureWeight(q.kind === 'percent' ? `${Math.round(q.value)}%` : String(q.value));
    figureTotal += qw;
    const sameIn = (t: string) =>
      numberMentions(t).some((m) => (sameQuantity(q, m) || withinBound(claim.text, q, m)) && !datedByOtherMonth(months, t, m));
    const countsElse = countedElse(q);
    if (countsElse) {
      figuresMissing++;
      problems.push(countsElse);
      continue;
    }
    if (sameIn(text) || (pair && sameIn(pair.sentence.text))) {
      figureCore += qw;
      continue;
    }
    const inWindow = window.find((p) => p.sentence && sameIn(p.sentence.text));
    if (inWindow) {
      used.add(inWindow.sentence!);
      continue;
    }
    figuresMissing++;
    // A share the sentence plainly gives otherwise, in a clause on the claim's measure ("around three quarters" for
    // "around half"), differs as a figure does.
    const against = shareAgainst(claim.text, q, text, months, claimFigures, holdsMeasure);
    if (against) {
      differs ??= { claim: `\u201c${q.surface}\u201d`, source: `\u201c${against.surface}\u201d`, units: true };
      problems.push(`the source gives \u201c${against.surface}\u201d, not \u201c${q.surface}\u201d`);
      continue;
    }
    missingQuantities.push(q);
    problems.push(`the source does not give \u201c${q.surface}\u201d`);
  }
  // "from 41 weeks to 26 weeks" against "targets of 26 weeks are not met, but … reduced from 41 to 34 weeks": where
  // both state a change from the same figure, the source's end figure is the answer for the claim's.
  const change = changeMismatch(claim.text, text);
  if (change) {
    // The claim's end figure may already be counted missing: its problem is replaced, not added.
    const named = [change.claim, `\u201c${change.claimSurface}\u201d`];
    const counted = problems.findIndex((p) => named.some((n) => p.endsWith(`give ${n}`) || p.endsWith(`, not ${n}`)));
    if (counted >= 0) problems.splice(counted, 1);
    else figuresMissing++;
    problems.unshift(change.problem);
    // Started from the same figure, the two speak of one measure.
    anchored = true;
    if (change.exact) {
      differs = { claim: change.claim, source: change.source, units: true };
      // An end figure in words ("to eighteen") is the change's, exact: not a rounded quantity missing.
      missingQuantities = missingQuantities.filter((q) => q.surface !== change.claimSurface);
    } else roundedChange = true;
  }
  // "doubled", "halved": a multiple is a figure. The source must say it, or its figures must ("from 14 to 18" is
  // no doubling), to support the claim; it is never called contradicted for it.
  const multiple = claim.trend.negated ? null : MULTIPLE.exec(claim.text);
  if (multiple) {
    const factor = MULTIPLE_FACTOR[multiple[1].toLowerCase().slice(0, 4)];
    const bounded = multipleBound(claim.text.slice(0, multiple.index));
    const said = [text, pair?.sentence.text ?? ''].some((t) => sameMultiple(t, multiple[1], factor, bounded));
    if (!said) {
      figuresMissing++;
      multipleMissing = true;
      problems.push(`the source does not say it ${multiple[0].toLowerCase()}`);
    }
  }
  // Years: the sentence, its window or the document's date and head. One of the claim's years is enough for the period.
  const years = new Set<string>(
    [...coreTerms, ...window.flatMap((p) => p.terms)].map((t) => (FOOTNOTED_YEAR.test(t) ? t.slice(0, 4) : t)).filter(isYear),
  );
  let yearsMissing = 0;
  let yearsFound = 0;
  for (const year of claim.years) {
    const yw = figureWeight(year);
    figureTotal += yw;
    if (core.set.has(year)) figureCore += yw;
    if (years.has(year) || context?.headYears.has(year)) {
      yearsFound++;
      continue;
    }
    yearsMissing++;
    problems.push(years.size > 0 ? `the source speaks of ${[...years].sort().join(', ')}, not ${year}` : `the source does not say ${year}`);
  }
  // The same year is not the same period when the sentence dates its figure by another month of it.
  const otherMonth = otherMonthOfYear(facts.monthYears, coreTerms);
  if (otherMonth) {
    yearsMissing++;
    problems.push(`the source speaks of ${otherMonth.source}, not ${otherMonth.claim}`);
  }
  const coreShare = claim.total + figureTotal > 0 ? (coreExact + figureCore) / (claim.total + figureTotal) : 0;

  if (opposite) problems.unshift(`the source says \u201c${passageTrend.word ?? ''}\u201d, not \u201c${claim.trend.word ?? ''}\u201d`);
  else if (claimDirection !== 0 && !sameTrend)
    problems.push(`the source does not say it ${claim.trend.negated ? 'did not ' : ''}\u201c${claim.trend.word ?? ''}\u201d`);
  if (trendPlace?.sentence && (opposite || sameTrend)) used.add(trendPlace.sentence);
  // Where the subject stands against a benchmark: "lag behind the national average" against "better than" it.
  const standsOpposite = facts.comparison.direction !== 0 ? oppositeComparison(facts.comparison, stands()) : undefined;
  if (standsOpposite) problems.unshift(`the source says \u201c${standsOpposite.source}\u201d, not \u201c${standsOpposite.claim}\u201d`);
  // "no children were living in …" against "children were living in …", either way round: what a negator governs
  // (see polarity.ts) is denied, and a denial never supports an assertion.
  // A negated predicate the other side asserts denies it too ("is not timely" against "have timely access"); for a
  // claim that counts, only in the sentence that states its figure: "Initial health assessments are not completed in
  // good time" is the state of things, and the next sentence's "in April at 81% being completed on time" the claim's.
  const statesOwn = () => claim.quantities.some((q) => numberMentions(text).some((m) => sameQuantity(q, m)));
  const predicates = (!facts.counts && claim.quantities.length === 0) || anchored || statesOwn();
  const isTerm = (terms: ReadonlySet<string>) => (word: string) => analyze(word).some((t) => terms.has(t));
  const sourceDenies =
    denial(text, (piece) => measureAnchor(claim, piece, figureWeight)) ??
    (predicates ? deniedPredicate(text, isTerm(new Set(claim.words))) : undefined);
  const claimDenies =
    denial(claim.text, (piece) => weightIn(claim, piece, core.set)) ??
    (predicates ? deniedPredicate(claim.text, isTerm(core.set)) : undefined);
  const sourceMeasure = claim.employment && employmentMeasure(text);
  const measureDiffers = sourceMeasure !== undefined && sourceMeasure !== claim.employment;
  // The grade is read from the sentence and the paragraph around it: a title line borrows "good" from the sentence
  // under it, which says "require improvement to be good".
  const { polarity } = facts;
  const lowerGrade = polarity.goodGrade
    ? [text, ...window.map((p) => p.sentence?.text ?? '')].map(gradeBelowGood).find(Boolean)
    : undefined;
  const recommended = polarity.aboutRecommendation ? undefined : recommends(text);
  // "has high aspirations to … ensure that every child … has excellent experiences": what the sentence holds of the
  // claim is what someone means to bring about, not what is so.
  const aim = polarity.aboutAim || polarity.aboutRecommendation ? undefined : statedAim(text);
  const aimOnly = aim && weightIn(claim, aim.after, core.set) >= AIM_SHARE * weightIn(claim, text, core.set) ? aim.aim : undefined;
  // A list or table may bear a universal out only as a whole ("outstanding at every full inspection" against its rows).
  const universal =
    polarity.universal !== undefined &&
    !(context?.window.some((w) => w.kind === 'list') && text.split(/\s+/).length <= TABLE_ROW_WORDS) &&
    !saysUniversal(polarity.universal, pair ? `${text} ${pair.sentence.text}` : text)
      ? polarity.universal
      : undefined;
  // "do not always fully consider" against "always consider": the contrary, not a paraphrase that leaves the word out.
  const universalDenied = universal ? deniesUniversal(universal, text) : undefined;
  // Said in the sentence, or of what it speaks of by a sentence of its paragraph that opens on it: "… receive an
  // excellent service from the Awaken team. The response is prompt, well coordinated and effective." A neighbour's
  // "hampered timely decision-making" is not that, nor another item of a list.
  const untimely =
    polarity.timely &&
    ![text, pair?.sentence.text ?? ''].some(saysTimely) &&
    !context?.window.some((w) => w.kind === 'paragraph' && statesTimely(w.sentence.text));
  // "low rates of turnover" against "high staff turnover": the opposite word of the same thing.
  const opposed = oppositeWord(claim.sequence, ownTerms) ?? quantityOpposed(claim, text, core.set);
  const polarityDiffers =
    measureDiffers || !!lowerGrade || !!recommended || !!aimOnly || !!universal || untimely || !!opposed || !sourceDenies !== !claimDenies;
  // The first problem reported (below) is one of these: the sentence states the contrary.
  const contrary =
    !!universalDenied ||
    (!universal && !untimely && (!!opposed || !!recommended || !!lowerGrade || (!measureDiffers && !!sourceDenies && !claimDenies)));
  if (universalDenied) problems.unshift(`the source says \u201c${universalDenied}\u201d`);
  else if (universal) problems.unshift(`the source does not say \u201c${universal}\u201d`);
  else if (untimely) problems.unshift('the source does not say it is timely');
  else if (aimOnly) problems.unshift(`the source states it as an aim (\u201c${aimOnly.replace(/\s+/g, ' ')} \u2026\u201d), not as so`);
  else if (opposed) problems.unshift(`the source says \u201c${opposed.source}\u201d, not \u201c${opposed.claim}\u201d`);
  else if (recommended) problems.unshift(`the source recommends it (\u201c${recommended} \u2026\u201d), so it is not yet so`);
  else if (lowerGrade) problems.unshift(`the source says \u201c${lowerGrade}\u201d`);
  else if (measureDiffers)
    problems.unshift(`the source speaks of those ${sourceMeasure === 'eet' ? 'in' : 'not in'} education, employment or training`);
  else if (polarityDiffers)
    problems.unshift(sourceDenies ? `the source says \u201c${sourceDenies}\u201d` : `the source does not say \u201c${claimDenies}\u201d`);

  if (pair) used.add(pair.sentence);
  const supporting = [...used].sort((a, b) => a.index - b.index);
  const measure = measureTotal > 0 ? measureFound / measureTotal : 0;
  const nameHeld = (n: string) =>
    MONTHS.has(n) || core.set.has(n) || head.has(n) || window.some((p) => p.set.has(n)) || related(claim, core, n, relations) >= EQUIVALENT;
  // The place or body the claim names must be the passage's, or its document's: a Leeds report does not support a
  // claim about Milton Keynes, however alike the words. The country is the backdrop of every source here.
  const surfaceOf = (n: string) => claim.surface[claim.words.indexOf(n)] ?? n;
  // A name of several words must be there whole, in the sentence, its context or the document's head (placePhrases.ts).
  const places = [coreTerms, ...window.map((p) => p.terms), context?.headSequence ?? []];
  const phraseMissing = namePhrases(claim).find((ph) => !places.some((terms) => holdsPhrase(terms, ph)));
  const placeMissing: string | undefined =
    [...claim.names].find((n) => !NATIONAL.has(n) && !nameHeld(n)) ?? phraseMissing?.map(surfaceOf).join(' ');
  if (placeMissing)
    problems.push(`the source does not mention \u201c${claim.names.has(placeMissing) ? surfaceOf(placeMissing) : placeMissing}\u201d`);
  const samePeriod = claim.years.length === 0 || yearsFound > 0;
  // The country need not be named where the sentence states the claim's own figure for all of its years ("fell by
  // 20 per cent between 2017 and 2022" against "in England increased by 20 per cent between 2017 and 2022"): a local
  // statistic is unlikely to share both, and the country is the backdrop of every source here.
  const pinned = anchored && claim.years.length > 0 && yearsMissing === 0;
  const namesAgree = !phraseMissing && [...claim.names].every((n) => nameHeld(n) || (pinned && NATIONAL.has(n)));
  const plainOpposite = opposite && !claim.trend.negated && !passageTrend.negated;
  // A differing figure contradicts only when it counts what the claim's counts (a word beside it in common, or a
  // change from the same figure): "35 agency social workers" does not contradict "120 social workers".
  const quantityMissing = missingQuantities.length > 0 || roundedChange || multipleMissing;
  // Two percentages count in one unit when the sentence names all of the claim's measure and gives no other share.
  const sharesAlike =
    differs !== undefined && /%$/.test(differs.claim) && /%$/.test(differs.source) && measure >= WHOLE_MEASURE && onePercentage(text);
  const figureAgainst = differs !== undefined && (differs.units || sharesAlike) && figuresMissing === 1 && !quantityMissing && !opposite;
  // A share in words the sentence plainly gives otherwise, as its one share ("around three quarters" for "around half"),
  // pins the measure down as a figure of the claim's in the sentence does.
  const shareStated = differs !== undefined && differs.claim.startsWith('\u201c') && onePercentage(text);
  const measureNeeded = anchored ? ANCHORED_CONTRADICTION_MEASURE : shareStated ? SHARE_CONTRADICTION_MEASURE : CONTRADICTION_MEASURE;
  // Another figure, or the opposite trend, for the measure of the clause that states it runs against the whole claim.
  const figureMeasure = clauseTotal > 0 ? Math.max(measure, clauseFound / clauseTotal) : measure;
  // One side denying what the other asserts turns an opposite trend into agreement ("the share not seen rose" against "the
  // share seen fell"): never a contradiction then.
  const againstBenchmark = !!standsOpposite && measure >= CONTRADICTION_MEASURE;
  const measureHeld = measure >= measureNeeded || ((figureAgainst || plainOpposite) && figureMeasure >= measureNeeded);
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

function onePercentage(text: string): boolean {
  return numberMentions(text).filter((m) => m.kind === 'percent').length === 1;
}

const NO_TREND: Trend = { direction: 0, negated: false, words: [] };

/**
 * The passage's trend for this claim: of a sentence that says two things went opposite ways, the clause that names
 * the claim's measure ("proceedings increased and the share under section 20 reduced" for a claim about section 20);
 * with no trend word, the way its figures run ("from 31% to 27%").
 */
function trendAbout(claim: AnalysedClaim, text: string, figureWeight: (term: string) => number): Trend {
  const trend = trendNear(text, (clause) => measureAnchor(claim, clause, figureWeight));
  if (trend.direction !== 0) {
    // "Increasing numbers of children who come into care are benefiting from …" counts those benefiting: the trend is
    // the claim's only when the claim says what they do.
    const predicate = groupPredicate(text, trend.word);
    return predicate !== undefined && measureAnchor(claim, predicate, figureWeight) === 0 ? NO_TREND : trend;
  }
  const direction = figureDirection(text);
  if (direction === 0) return trend;
  const change = CHANGE.exec(text)?.[0];
  return { direction, negated: false, word: change ?? (direction > 0 ? 'a rise' : 'a fall'), words: [] };
}

/** "a small number" where the claim says "many" (quantityWords.ts), as oppositeWord gives it. */
function quantityOpposed(claim: AnalysedClaim, text: string, terms: ReadonlySet<string>): { claim: string; source: string } | undefined {
  return otherQuantity(claim.text, text, (clause) => weightIn(claim, clause, terms));
}

/** How much of the claim's weight a piece of the claim holds among `terms` (the passage's). */
function weightIn(claim: AnalysedClaim, piece: string, terms: ReadonlySet<string>): number {
  const own = new Set(analyze(piece));
  let score = 0;
  for (let i = 0; i < claim.words.length; i++) if (own.has(claim.words[i]) && terms.has(claim.words[i])) score += claim.weights[i];
  return score;
}

/** How much of the claim's measure, figures and years a piece of text names (exact terms, idf-weighted). */
function measureAnchor(claim: AnalysedClaim, text: string, figureWeight: (term: string) => number): number {
  const terms = new Set(analyze(text));
  let score = 0;
  for (let i = 0; i < claim.words.length; i++) {
    const word = claim.words[i];
    if (terms.has(word) && !claim.trendTerms.has(word) && !claim.names.has(word) && !MONTHS.has(word) && !notMeasure(word))
      score += claim.weights[i];
  }
  for (const f of claim.figures) if (terms.has(f.value)) score += figureWeight(f.value);
  for (const y of claim.years) if (terms.has(y)) score += figureWeight(y);
  return score;
}

const termSets = new WeakMap<readonly string[], ReadonlySet<string>>();

/** The set of a passage's terms, kept with its (memoised) term array: the same neighbours come back for many claims. */
function setOf(terms: readonly string[]): ReadonlySet<string> {
  let set = termSets.get(terms);
  if (!set) {
    set = new Set(terms);
    termSets.set(terms, set);
  }
  return set;
}

/** What `word` of the claim earns in `place` through term relations, phrases included (1 for the term itself). */
function related(claim: AnalysedClaim, place: Place, word: string, relations: TermRelations): number {
  if (!place.credit) {
    place.credit = new Map();
    const credits = relations.credits(claim.sequence, place.terms);
    for (let i = 0; i < credits.length; i++) {
      const t = claim.sequence[i];
      if (credits[i] > (place.credit.get(t) ?? 0)) place.credit.set(t, Math.min(1, credits[i]));
    }
  }
  return place.credit.get(word) ?? 0;
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
