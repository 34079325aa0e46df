/**
 * A passage as the verdict reads it for one claim (readPassage): its core (the sentence and the one that carries it
 * on, passageContext's `pair`), the window of its paragraph or list, what of that window may lend words, the
 * document's head, and the passage's trend for the claim's measure. The checks (wordCoverage.ts, figureChecks.ts,
 * polarityChecks.ts) and verdict.ts's decision read this one reading; `used` collects the window sentences that
 * supplied words or figures.
 */
import { analyze, passageTerms } from '../index/analyzer.js';
import type { AnalysedClaim } from './claimAnalysis.js';
import { factsOf, measureAnchor, type ClaimFacts } from './claimFacts.js';
import { bound, CHANGE, type FigurePlace } from './figureMatch.js';
import { numberMentions, type NumberMention } from './numberWords.js';
import type { PassageContext } from './passageContext.js';
import type { TermRelations } from './termRelations.js';
import { comparisonOf, onlyBenchmarked, type Comparison } from './comparison.js';
import { figureDirection } from './figureDirection.js';
import { effectiveDirection, groupPredicate, hasJudgement, judges, opensWithSubordinate, trendNear, trendOf, type Trend } from './trend.js';
import type { Sentence } from '../types.js';

export interface Place extends FigurePlace {
  sentence?: Sentence;
  /** What each claim term earns here through term relations (exact terms earn 1), worked out on first use. */
  credit?: Map<string, number>;
}

export interface PassageReading {
  claim: AnalysedClaim;
  text: string;
  context: PassageContext | undefined;
  figureWeight: (term: string) => number;
  facts: ClaimFacts;
  pair: PassageContext['pair'];
  /** The sentence's own terms, and with its pair's (the core). */
  ownTerms: readonly string[];
  coreTerms: readonly string[];
  core: Place;
  window: Place[];
  /** List items that state one of the claim's figures: part of its statement, their words count. */
  figureItems: ReadonlySet<Place>;
  /** The window's places that may lend words (see readPassage). */
  wordWindow: Place[];
  head: ReadonlySet<string>;
  /** Where the passage stands against a benchmark (read on first use). */
  stands: () => Comparison;
  /** The passage stands against its benchmark the way the claim does. */
  standsSame: () => boolean;
  /** Sentences of the window that supplied words or figures. */
  used: Set<Sentence>;
  passageTrend: Trend;
  /** The window place whose trend the passage's is (its pair's), if any. */
  trendPlace: Place | undefined;
  claimDirection: number;
  sameTrend: boolean;
  opposite: boolean;
  /** The quantities the sentence (and its pair) state, worked out on first use. */
  coreQuantities: () => readonly NumberMention[];
  /** The quantities a text of the passage (its sentence, pair or a neighbour) states, read once per text. */
  mentionsOf: (text: string) => readonly NumberMention[];
  /**
   * Every trend word of the sentence and of the sentence its trend was read from (trendPlace), not only those read for
   * the claim's measure, counted on first use: whether the passage says one way only.
   */
  trendWords: () => number;
}

/** Reads `text` (with its context) for `claim`. */
export function readPassage(
  claim: AnalysedClaim,
  text: string,
  context: PassageContext | undefined,
  figureWeight: (term: string) => number,
): PassageReading {
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
  const head = headFor(claim, context);
  // Where the passage stands against a benchmark, read once and only for a claim that compares.
  let passageComparison: Comparison | undefined;
  const stands = () => (passageComparison ??= comparisonOf(pair ? `${text} ${pair.sentence.text}` : text));
  const standsSame = () => facts.comparison.direction !== 0 && stands().direction === facts.comparison.direction;
  const used = new Set<Sentence>();

  // A claim whose trend is one clause's ("The number of children in care is rising, and a growing share live in
  // residential homes"): see `bothWays` below.
  const trendClause = claim.figures.length === 0 ? facts.figureClause : undefined;
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
  // Both may judge among other trend words ("has improved considerably …, with twice as many" against "has made
  // considerable improvements …, including doubling"): a judgement in each is comparable too.
  const comparable = claim.trendJudges === judges(passageTrend, text) || (hasJudgement(claim.trend) && hasJudgement(passageTrend));
  // A source that judges where the claim counts bears it out when the count moved the better way and the source says
  // it improved (or the worse way, and it deteriorated): "keep the same social worker more often" against "continuity
  // of worker has improved". Never the other way round: a claim is not contradicted on a reading of which way is better
  // (measured: that caught no contradiction more on the studied verdict sets, and flagged an agreeing twin).
  const judgedAlike =
    !comparable && claim.judgedWay !== 0 && !passageTrend.negated && passageDirection === claim.judgedWay && judges(passageTrend, text);
  const sameTrend =
    (comparable && claimDirection !== 0 && claimDirection === passageDirection && claim.trend.negated === passageTrend.negated) ||
    judgedAlike;
  // "While the overall number of children in care is decreasing, the proportion placed in residential care is
  // increasing" says both ways at once; read clause by clause, its clause on the measure of the claim's trend clause may
  // run against the claim ("The number of children in care is rising, and a growing share …"). Only against: the
  // other clause agreeing bears nothing out (measured: reading it so accepted a wrong claim on a studied set).
  let opposite = comparable && claimDirection !== 0 && claimDirection === -passageDirection;
  const bothWays = claimDirection !== 0 && passageDirection === 0 && passageTrend.words.length >= 2;
  if (trendClause && bothWays && claim.judgedWay === 0 && opensWithSubordinate(text)) {
    const split = trendNear(text, (part) => measureAnchor(claim, part, figureWeight, trendClause), true);
    if (!split.negated && claimDirection === -effectiveDirection(split) && !judges(split, text)) {
      // The clause's trend is the passage's for this claim: what the finding quotes.
      passageTrend = split;
      opposite = true;
    }
  }

  // Every check asks for the quantities of the same few texts (the sentence, its pair, its neighbours): read each once.
  const read = new Map<string, readonly NumberMention[]>();
  const mentionsOf = (t: string) => {
    let mentions = read.get(t);
    if (!mentions) read.set(t, (mentions = numberMentions(t)));
    return mentions;
  };
  let quantities: readonly NumberMention[] | undefined;
  const coreQuantities = () => (quantities ??= pair ? [...mentionsOf(text), ...mentionsOf(pair.sentence.text)] : mentionsOf(text));
  let trendWordCount: number | undefined;
  const trendWords = () =>
    (trendWordCount ??= trendOf(text).words.length + (trendPlace?.sentence ? trendOf(trendPlace.sentence.text).words.length : 0));

  return {
    claim,
    text,
    context,
    figureWeight,
    facts,
    pair,
    ownTerms,
    coreTerms,
    core,
    window,
    figureItems,
    wordWindow,
    head,
    stands,
    standsSame,
    used,
    passageTrend,
    trendPlace,
    claimDirection,
    sameTrend,
    opposite,
    coreQuantities,
    mentionsOf,
    trendWords,
  };
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

const termSets = new WeakMap<readonly string[], ReadonlySet<string>>();

/** The set of a passage's terms, kept with its (memoised) term array: the same neighbours come back for many claims. */
export function setOf(terms: readonly string[]): ReadonlySet<string> {
  let set = termSets.get(terms);
  if (!set) {
    set = new Set(terms);
    termSets.set(terms, set);
  }
  return set;
}

/** What `word` of the claim earns in `place` through term relations, phrases included (1 for the term itself). */
const [INSPECT] = analyze('inspection');
const NO_HEAD: ReadonlySet<string> = new Set();

/**
 * The document's head as the claim reads it: with the report's inspection dates only for a claim that speaks of the
 * inspection ("before Trafford's June 2026 inspection"); a month there is no other figure's ("increased between March
 * 2014 and January 2015" is not borne out by any sentence of a report inspected in January 2015).
 */
function headFor(claim: AnalysedClaim, context: PassageContext | undefined): ReadonlySet<string> {
  if (!context) return NO_HEAD;
  if (context.inspectionDates.size === 0 || !claim.words.includes(INSPECT)) return context.head;
  let dated = datedHeads.get(context.head);
  if (!dated) datedHeads.set(context.head, (dated = new Set([...context.head, ...context.inspectionDates])));
  return dated;
}
/** Each document's head with its inspection dates, made once (the head is the document's, shared by its passages). */
const datedHeads = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();

export function related(claim: AnalysedClaim, place: Place, word: string, relations: TermRelations): number {
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
