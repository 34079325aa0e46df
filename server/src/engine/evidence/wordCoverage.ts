/**
 * How much of a claim's words a passage holds, read in context (weighWords): each claim term earns its idf weight
 * where the sentence (or its pair) has it, its relatedness where it is said in other words, part of it where only
 * the paragraph, the list or the document's head has it. Also the shares verdict.ts decides on: of the claim's
 * measure (what is counted or said, not names, months or the trend), of the measure of its figure clause, and how
 * well each key word (a measure word other than degree words) is held.
 */
import { analyze } from '../index/analyzer.js';
import { MONTHS } from './claimAnalysis.js';
import { notMeasure } from './claimFacts.js';
import { related, type PassageReading } from './passageReading.js';
import type { TermRelations } from './termRelations.js';

/** Words for a part of a whole, which a percentage states ("the share who offended" against "8% … offended"). */
const SHARE_WORDS = new Set(['share', 'proport', 'percentag']);
/** Relatedness at which a passage term is the claim term in other letters (an abbreviation, a spelling). */
export const EQUIVALENT = 0.9;
/** Credit for a claim word found only in the paragraph or list around the sentence. */
const WINDOW_CREDIT = 0.75;
/** Credit for a claim word found only in the document's head; a name (place, body) earns it all. */
const HEAD_CREDIT = 0.5;
/**
 * Words of quantity or degree ("too few", "many", "most"): part of the measure, but not what is counted. A claim's
 * key words (see verdict.ts's KEY_SHARE) are its measure words other than these.
 */
const DEGREE_WORDS: ReadonlySet<string> = new Set(
  ['too', 'few', 'fewer', 'many', 'much', 'more', 'less', 'most', 'least', 'enough', 'lot', 'several', 'number'].flatMap((w) => analyze(w)),
);
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
/**
 * The inspectorates, whose name a claim on an inspection report gives as who inspected ("when Ofsted inspected",
 * "since Ofsted's last visit"): a report whose title or key says it is an inspection is theirs, and seldom names them.
 */
const INSPECTORATES: ReadonlySet<string> = new Set(analyze('Ofsted CQC HMICFRS'));
const [INSPECTION] = analyze('inspection');

/** Whether `term` names the inspectorate of a document whose head (`head`) says it is an inspection report. */
export function inspectorateOf(term: string, head: ReadonlySet<string>): boolean {
  return INSPECTORATES.has(term) && head.has(INSPECTION);
}

/** Relatedness, or pair credit, at which a key word counts as held. */
export const KEY_HELD = 0.5;

/** A key word of the claim's measure, with how well the sentence holds it (0..1). */
export interface KeyWord {
  word: string;
  weight: number;
  held: number;
  /** One of ALWAYS_KEY: required whatever it weighs. */
  always: boolean;
}

export interface WordCoverage {
  /** Weight of the claim's words found, in context (credits included). */
  found: number;
  /** Weight of the claim's words the core holds as exact terms (or equivalents). */
  coreExact: number;
  measureFound: number;
  measureTotal: number;
  /** The same, for the measure words of the claim's figure clause (ClaimFacts.figureClause). */
  clauseFound: number;
  clauseTotal: number;
  /** The claim's words found nowhere, with their weights. */
  missing: Array<{ word: string; weight: number }>;
  keyWords: KeyWord[];
  /** Share of the claim's weight found in context (0..1). */
  coverage: number;
}

/** The claim's words as `reading` holds them (see the header). Adds the window sentences that lent words to `used`. */
export function weighWords(reading: PassageReading, relations: TermRelations): WordCoverage {
  const { claim, core, facts, standsSame, head, sameTrend, coreQuantities, trendPlace, wordWindow, figureItems, used } = reading;
  let found = 0;
  let coreExact = 0;
  let measureFound = 0;
  let measureTotal = 0;
  /** The same, for the measure words of the claim's figure clause (ClaimFacts.figureClause). */
  let clauseFound = 0;
  let clauseTotal = 0;
  const missing: Array<{ word: string; weight: number }> = [];
  /** The claim's key words (measure words that say what is counted or said), with how well the sentence holds each. */
  const keyWords: KeyWord[] = [];
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
    const inHead = head.has(word) || (name && inspectorateOf(word, head));
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
  return { found, coreExact, measureFound, measureTotal, clauseFound, clauseTotal, missing, keyWords, coverage };
}
