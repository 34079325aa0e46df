/**
 * What the verdict's checks read of a claim, worked out once per claim rather than once per passage judged
 * (factsOf: its years, months, comparison, ages, polarity, the clause that states its figure), and the two measures
 * of how much of a claim a piece of text holds (weightIn, measureAnchor). Nothing here reads a passage's context.
 */
import { analyze } from '../index/analyzer.js';
import { FUNCTION_TERMS, MONTHS, type AnalysedClaim } from './claimAnalysis.js';
import { comparisonFigures } from './benchmarkFigures.js';
import { claimPolarity, type ClaimPolarity } from './polarity.js';
import { comparisonOf, type Comparison } from './comparison.js';
import { claimMonths, monthYears, periodsNamed, yearsNamed, type MonthYear } from './monthDates.js';

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
/** Names of the whole country, which a national source need not repeat. */
export const NATIONAL: ReadonlySet<string> = new Set(['england', 'uk', 'britain', 'wale', 'english', 'nation']);

/** What the date and benchmark checks read of a claim, worked out once per claim rather than once per passage judged. */
export interface ClaimFacts {
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
export const LATEST = /\b(?:latest|most\s+recent|more\s+recent|current(?:ly)?|at\s+present|now)\b/i;
const A_YEAR = /\b(?:19|20)\d\d\b/;

/** A claim for the latest figure that names no year, against a sentence dated by a year that does not say latest. */
export function latestAgainstDated(claim: AnalysedClaim, text: string): boolean {
  return claim.figures.length > 0 && claim.years.length === 0 && LATEST.test(claim.text) && !LATEST.test(text) && A_YEAR.test(text);
}

export function factsOf(claim: AnalysedClaim): ClaimFacts {
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
      ...withYearBefore(text, yearsNamed(text), periodsNamed(text)),
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
export function notMeasure(word: string): boolean {
  return NOT_MEASURE.has(word) || FUNCTION_TERMS.has(word);
}

/** How much of the claim's weight a piece of the claim holds among `terms` (the passage's). */
export function weightIn(claim: AnalysedClaim, piece: string, terms: ReadonlySet<string>): number {
  const own = new Set(analyze(piece));
  let score = 0;
  for (let i = 0; i < claim.words.length; i++) if (own.has(claim.words[i]) && terms.has(claim.words[i])) score += claim.weights[i];
  return score;
}

/** How much of the claim's measure, figures and years a piece of text names (exact terms, idf-weighted). */
export function measureAnchor(
  claim: AnalysedClaim,
  text: string,
  figureWeight: (term: string) => number,
  within?: ReadonlySet<string>,
): number {
  const terms = new Set(analyze(text));
  let score = 0;
  for (let i = 0; i < claim.words.length; i++) {
    const word = claim.words[i];
    if (within && !within.has(word)) continue;
    if (terms.has(word) && !claim.trendTerms.has(word) && !claim.names.has(word) && !MONTHS.has(word) && !notMeasure(word))
      score += claim.weights[i];
  }
  for (const f of claim.figures) if (terms.has(f.value)) score += figureWeight(f.value);
  for (const y of claim.years) if (terms.has(y)) score += figureWeight(y);
  return score;
}

/** "down from 68% the year before", "compared with a year earlier": the claim speaks of the year before its own too. */
const YEAR_BEFORE =
  /\b(?:the\s+(?:year|twelve\s+months)\s+(?:before|earlier)|the\s+(?:previous|prior)\s+year|a\s+year\s+(?:earlier|before))\b/i;

/**
 * The claim's years and periods, with the year before each when it says so: a sentence dated by that year ("In
 * 2014–15, 68% …") then gives the claim's start, not another period's figure, against "In 2015–16 only 58% …, down
 * from 68% the year before".
 */
function withYearBefore(text: string, years: Set<string>, periods: Set<string>): { years: Set<string>; periods: Set<string> } {
  if (!YEAR_BEFORE.test(text)) return { years, periods };
  for (const y of [...years]) years.add(String(Number(y) - 1));
  for (const p of [...periods]) {
    const [start, end] = p.split('-').map(Number);
    periods.add(`${start - 1}-${end - 1}`);
  }
  return { years, periods };
}
