/**
 * What the verdict needs to know of a claim, worked out once however many
 * passages it is judged against: its informative terms with their weights
 * and the words they came from (for "does not mention …" details), its
 * figures with the words they count (so "52 providers" is not matched by a
 * "52" that numbers a paragraph), its years (the period it speaks of), the
 * names it capitalises (places and bodies), and its trend.
 */
import { analyze } from '../index/analyzer.js';
import { MONTH_NAMES } from '../text/months.js';
import { onlyBenchmarked } from './comparison.js';
import { figureDirection } from './figureDirection.js';
import { judges, trendOf, withoutConcession, type Trend } from './trend.js';
import { employmentMeasure } from './polarity.js';
import { judgedWay } from './measureValence.js';
import { POINTS_AFTER } from './pointsDifference.js';
import { numberMentions, sameQuantity, type NumberMention } from './numberWords.js';

export interface ClaimFigure {
  /** The analysed figure: "44%", "52", "1234". */
  value: string;
  /** Analysed terms either side of it in the claim: what it counts. */
  units: string[];
  /** The word right after it ("52 providers", "41% of children"), if a word follows. */
  next?: string;
  /** The claim itself uses it as a reference number ("section 17"). */
  reference?: boolean;
}

export interface AnalysedClaim {
  text: string;
  /**
   * The sentence this claim is one statement of (see clauseSupport.ts), whose modality it shares: in "A child should
   * have a meeting within ten days, then reviews every eight weeks" the reviews are what should happen too.
   */
  statementOf?: string;
  /** All analysed terms in reading order (for phrase relations: "too few" / "shortage"). */
  sequence: readonly string[];
  /** Distinct non-figure terms, with their weights and a surface word for messages. */
  words: string[];
  weights: number[];
  surface: string[];
  /** Sum of `weights`. */
  total: number;
  /** Figures that are not years. */
  figures: ClaimFigure[];
  /** Years the claim names (1900-2099). */
  years: string[];
  /** Terms of words written with a capital inside the sentence: places, bodies, schemes. */
  names: Set<string>;
  /** The term of the claim's first word: a name too when the cited document's head has it ("Plymouth's plans …"). */
  firstTerm?: string;
  /**
   * Quantities the claim states other than as a plain figure: in words or as a ratio ("two thirds", "nine in ten",
   * "9 out of 10", "reduced to zero"). Each must be found, to tolerance, in a passage that supports the claim; the
   * digits of a ratio are not `figures` as well.
   */
  quantities: NumberMention[];
  /** The claim's own mention of each figure (by value), for comparisons to tolerance ("around 44%"). */
  figureMentions: Map<string, NumberMention>;
  trend: Trend;
  /** Terms of the claim's trend words ("rose", "went up"): credited when the passage runs the same way. */
  trendTerms: Set<string>;
  /** The trend judges rather than counts ("the position improved"; see trend.ts `judges`). */
  trendJudges: boolean;
  /**
   * Whether the counted change is an improvement (+1) or a deterioration (-1) of what the claim counts, which a
   * source's judgement may bear out ("up from under half" against "improved performance"); 0 unknown (measureValence.ts).
   */
  judgedWay: -1 | 0 | 1;
  /** Whether the claim is about care leavers in, or not in, education, employment or training (polarity.ts). */
  employment: 'neet' | 'eet' | undefined;
  /**
   * The claim as the support search reads it: its quantities in words left out, as they are left out of `words`, so
   * that the search's pruning (a share of the claim's weight) and the judgement weigh the same words.
   */
  searchQuery: string;
}

const TOKEN = /[\p{L}\p{M}]+|\d+(?:[.,]\d+)*%?/gu;

/**
 * Closed-class words the analyzer keeps (its stop list is Lucene's short one, for retrieval): pronouns, auxiliaries,
 * conjunctions and prepositions that say how a sentence is built, not what it states. Their idf is high where the
 * corpus seldom uses them ("besides" weighs more than "apprentices" in the policy corpus), which made a claim that
 * said "Besides …" or "though …" need a passage with the same function words. They weigh no more than FUNCTION_WEIGHT.
 * Words that bear on direction, comparison or quantity ("than", "more", "too", "only", "against") are not listed.
 * The search query keeps them (measured: leaving them out of it lost a contradiction on the dev set's tune split), so
 * its pruning may cut a passage that holds CORE_SHARE only once they are discounted, as before they were.
 */
export const FUNCTION_TERMS: ReadonlySet<string> = new Set(
  [
    ...['besides', 'itself', 'themselves', 'himself', 'herself', 'within', 'though', 'although', 'even', 'still'],
    ...['whilst', 'while', 'whether', 'what', 'which', 'who', 'whom', 'whose', 'lately', 'already', 'yet', 'also'],
    ...['however', 'until', 'despite', 'among', 'amongst', 'upon', 'via', 'both', 'either', 'neither', 'own', 'another'],
    ...['has', 'have', 'had', 'having', 'been', 'being', 'were', 'did', 'do', 'does', 'done', 'its', 'they', 'them'],
    ...['those', 'so', 'very', 'quite', 'rather', 'just', 'here', 'where', 'when', 'how', 'why', 'well', 'now'],
    // "According to the council's records": who says it, as the source's "records show" does in a verb.
    'according',
  ].flatMap((w) => analyze(w)),
);
const FUNCTION_WEIGHT = 1;

/**
 * A verb that only says a change happened to the subject ("Richmond saw a sharp fall in …", "has seen a steep rise",
 * "experienced an increase"): what is measured is the change's noun and what follows it, and a source says it with the
 * trend alone ("… has risen sharply"). Read only before "a"/"an" and a trend noun, and only for a verb said once.
 */
const LIGHT_VERB = new RegExp(
  String.raw`\b(saw|see|sees|seen|seeing|experienc(?:e|es|ed|ing)|witness(?:es|ed|ing)?)\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}?` +
    String.raw`(?:rise|increase|fall|decrease|drop|reduction|growth|decline|improvement|deterioration|surge|spike|jump|dip)\b`,
  'giu',
);

/** "not a single child", "not one single case": a denial said with emphasis, as "no children" is; "single" counts nothing. */
const NOT_A_SINGLE = /\bnot\s+(?:a|one)\s+(single)\b/gi;

/**
 * The terms of the light verbs in `claim` (see LIGHT_VERB) and of the emphasis of a denial (NOT_A_SINGLE), each said
 * once in its `sequence`: words that say nothing a source must hold.
 */
function lightVerbTerms(claim: string, sequence: readonly string[]): ReadonlySet<string> {
  const out = new Set<string>();
  for (const m of [...claim.matchAll(LIGHT_VERB), ...claim.matchAll(NOT_A_SINGLE)]) {
    const [term] = analyze(m[1]);
    if (term !== undefined && sequence.filter((t) => t === term).length === 1) out.add(term);
  }
  return out;
}

/** Idf a claim's first word needs to be taken for a name (place names score 6-9 on the policy corpus, "foster" 3.5). */
const FIRST_NAME_WEIGHT = 5.5;

export function isFigure(term: string): boolean {
  const c = term.charCodeAt(0);
  return c >= 48 && c <= 57;
}

export function isYear(term: string): boolean {
  return /^(19|20)\d\d$/.test(term);
}

/**
 * `isName`, when given, says whether a term names a place or body a document is about: a claim's first word that does
 * ("Suffolk has stopped …") is a name the passage or its document must hold, as a capital later in the sentence is.
 */
export function analyseClaim(claim: string, termWeight: (term: string) => number, isName?: (term: string) => boolean): AnalysedClaim {
  const sequence = analyze(claim);
  const surfaceOf = new Map<string, string>();
  const names = new Set<string>();
  let first = true;
  let firstTerm: string | undefined;
  for (const m of claim.matchAll(TOKEN)) {
    const word = m[0];
    const [term] = analyze(word);
    if (term === undefined) {
      first = false;
      continue;
    }
    if (!surfaceOf.has(term)) surfaceOf.set(term, word);
    if (first && !isFigure(term)) firstTerm = term;
    // A capital that does not start the sentence marks a name ("In Westshire", "the Children's Commissioner").
    if (!first && /^\p{Lu}/u.test(word) && !isFigure(term)) names.add(term);
    first = false;
  }
  const distinct = [...new Set(sequence)];
  const mentions = numberMentions(claim);
  const spoken = quantityWordSpans(claim, mentions);
  const quantityTerms = new Set(spoken.flatMap(([start, end]) => analyze(claim.slice(start, end))));
  const light = lightVerbTerms(claim, sequence);
  const words = distinct.filter((t) => !isFigure(t) && !quantityTerms.has(t) && !light.has(t));
  const weights = words.map((t) => (FUNCTION_TERMS.has(t) ? Math.min(FUNCTION_WEIGHT, termWeight(t)) : termWeight(t)));
  let total = 0;
  for (const w of weights) total += w;
  // The first word is capitalised anyway: it may be a name only if it is as rare as names are ("Plymouth's plans …"
  // yes, "Fostering households …" no, even in a report titled "Fostering in England").
  if (firstTerm !== undefined && termWeight(firstTerm) < FIRST_NAME_WEIGHT) firstTerm = undefined;
  // As rare as a name, and the name of a place or body some document is about: a name the passage must hold.
  if (firstTerm !== undefined && isName?.(firstTerm)) names.add(firstTerm);
  const figures: ClaimFigure[] = [];
  const years: string[] = [];
  // "almost 2,000", "1,986 children": a count written with a thousands comma is no year, unless written as one too.
  const counts = commaCounts(claim);
  const counted = countedFigures(sequence, counts);
  const rangeEnds = yearRangeEnds(claim);
  const identifiers = identifierDigits(claim);
  for (const value of distinct) {
    if (!isFigure(value)) continue;
    if (isYear(value) && !counts.has(value)) {
      years.push(value);
      continue;
    }
    if (!counted.has(value)) continue;
    // "2009–12" is a period: its "12" counts nothing (unless the claim also says 12 elsewhere).
    if ((rangeEnds.get(value) ?? 0) >= sequence.filter((t) => t === value).length) continue;
    // "SC485956", "URN 2532283" written as "URN2532283": the digits of an identifier count nothing.
    if (identifiers.has(value)) continue;
    const at = sequence.indexOf(value);
    let after = at + 1;
    while (after < sequence.length && names.has(sequence[after])) after++;
    const next = sequence[after];
    const figure: ClaimFigure = { value, units: unitsAround(sequence, value) };
    if (next !== undefined && !isFigure(next)) {
      figure.next = next;
      // "230 Sutton children": what is counted comes after the place, so it is a unit too.
      if (!MONTHS.has(next) && !figure.units.includes(next)) figure.units.push(next);
    }
    if (REFERENCE_WORDS.has(sequence[at - 1] ?? '')) figure.reference = true;
    figures.push(figure);
  }
  // Quantities in words or ratios; the digits inside a ratio ("9 out of 10") are not figures of their own.
  const quantities: NumberMention[] = [];
  const figureMentions = new Map<string, NumberMention>();
  const inRatio = new Set<string>();
  for (const m of mentions) {
    const digits = /\d/.test(m.surface);
    const ratio = /\d\s+(?:in|out\s+of)\s+(?:every\s+)?\d/i.test(m.surface);
    if (digits && !ratio) {
      const value = figureValue(m);
      if (value) figureMentions.set(value, m);
      continue;
    }
    // "more than one home", "at least one visit": a bound that says "any", not a count to find.
    if (m.kind === 'count' && m.value <= 1 && m.approx) continue;
    if (ratio) for (const d of m.surface.match(/\d+(?:[.,]\d+)*/g) ?? []) inRatio.add(d.replace(/,(?=\d{3}\b)/g, ''));
    quantities.push(m);
  }
  // A quantity written twice ("two thirds (67%)") is checked once, as its figure.
  const said = [...figureMentions.values()];
  for (let i = quantities.length - 1; i >= 0; i--) if (said.some((m) => sameQuantity(m, quantities[i]))) quantities.splice(i, 1);
  for (let i = figures.length - 1; i >= 0; i--) if (inRatio.has(figures[i].value)) figures.splice(i, 1);
  // "… lost a fifth of its beds …, even as need grew": a concession's trend is another measure's.
  let trend = trendOf(withoutConcession(claim));
  // "higher than the national average" says where the subject stands, not which way it moved (see comparison.ts).
  if (onlyBenchmarked(claim, trend.words)) trend = { direction: 0, negated: false, words: [] };
  // "from 44 weeks in 2014 to an average of 26 weeks": the figures say which way it went.
  if (trend.direction === 0) {
    const direction = figureDirection(claim);
    if (direction !== 0) trend = { direction, negated: false, word: direction > 0 ? 'rose' : 'fell', words: [] };
  }
  const trendTerms = new Set(trend.words.flatMap((w) => analyze(w)));
  const trendJudges = judges(trend, claim);
  return {
    text: claim,
    sequence,
    words,
    weights,
    surface: words.map((t) => surfaceOf.get(t) ?? t),
    total,
    figures,
    quantities,
    figureMentions,
    years,
    names,
    firstTerm,
    trend,
    trendTerms,
    trendJudges,
    judgedWay: judgedWay(claim, trend, trendJudges),
    employment: employmentMeasure(claim),
    searchQuery: spoken.length ? blanked(claim, spoken) : claim,
  };
}

/** Words that only say a figure is approximate: "almost half", "nearly 40%", "around a third". */
const APPROXIMATELY = /\b(?:almost|nearly|around|approximately|roughly|circa)\s+$/i;

/**
 * Where the claim states a quantity in words ("two thirds", "a fifth", "half"), with the word that rounds it ("almost
 * half"): [start, end) pairs. Their terms are checked as quantities, to tolerance, so a source's "47%" and "20%" bear
 * out "from almost half to a fifth" without also holding the words "almost", "half" and "fifth". Bounds ("more than
 * half", "at least") stay words: they say which side of the figure the truth is. So do the words "percentage points"
 * after a count.
 */
function quantityWordSpans(claim: string, mentions: readonly NumberMention[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const m of mentions) {
    if (!/\d/.test(m.surface)) {
      const hedge = APPROXIMATELY.exec(claim.slice(Math.max(0, m.start - 16), m.start));
      spans.push([hedge ? m.start - hedge[0].length : m.start, m.end]);
    }
    // "ten percentage points": the unit of a gap a source gives as its two shares (pointsDifference.ts), not words.
    const points = POINTS_AFTER.exec(claim.slice(m.end, m.end + 24));
    if (points && m.kind === 'count') spans.push([m.end, m.end + points[0].length]);
  }
  return spans;
}

/** `claim` with the spans blanked (offsets kept). */
function blanked(claim: string, spans: ReadonlyArray<[number, number]>): string {
  let out = claim;
  for (const [start, end] of [...spans].reverse()) out = `${out.slice(0, start)}${' '.repeat(end - start)}${out.slice(end)}`;
  return out;
}

/** Month names as analysed: a number next to one is a day of a date, not a count. */
export const MONTHS: ReadonlySet<string> = new Set(MONTH_NAMES.map((name) => analyze(name)[0]));

/** Terms before a number that make it a reference, not a count: "section 17", "Key Stage 4", "table 2". */
export const REFERENCE_WORDS = new Set([
  'section',
  'paragraph',
  'para',
  'page',
  'regul',
  'schedul',
  'chapter',
  'part',
  'annex',
  'articl',
  'rule',
  'standard',
  'stage',
  'step',
  'version',
  'clause',
  'appendix',
  'tabl',
  'figur',
  'box',
  'recommend',
]);

/**
 * The figures of an analysed sequence that count something: not years, not
 * the day of a date ("14 November", "31 March") and not the second half of a
 * year range ("2015–16"), in reading order, each once.
 */
/**
 * The numbers `text` writes only with a thousands comma ("2,000", "1,986"), as analysed values ("2000"): counts, even
 * where they read as years. A value the text also writes as a year ("in 2000") is left out.
 */
export function commaCounts(text: string): ReadonlySet<string> {
  const out = new Set<string>();
  if (!text.includes(',')) return out;
  for (const m of text.matchAll(/(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,]*\d)/g)) out.add(m[0].replace(/,/g, ''));
  for (const m of text.matchAll(/(?<![\d.,])\d{4}(?![\d,]*\d)/g)) out.delete(m[0]);
  return out;
}

/** `counts`: values that are counts whatever they look like (commaCounts). */
export function countedFigures(sequence: readonly string[], counts?: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < sequence.length; i++) {
    const t = sequence[i];
    // "2014.10" is a year with its footnote mark run on (text extracted from a PDF), not a count.
    if (!isFigure(t) || (isYear(t) && !counts?.has(t)) || FOOTNOTED_YEAR.test(t)) continue;
    // A day is 1-31: "277 in March 2014" counts plans, "31 March" dates them.
    // "30 March", "March 30, 2015" (a year after it); "In March 30 children were adopted" counts children.
    if (isDay(t) && (MONTHS.has(sequence[i + 1] ?? '') || (MONTHS.has(sequence[i - 1] ?? '') && isYear(sequence[i + 1] ?? '')))) continue;
    // "2015–16" ends a range only when it is the next year: "in March 2024 the 22 largest" counts companies.
    if (/^\d{2}$/.test(t) && isYear(sequence[i - 1] ?? '') && Number(t) === (Number(sequence[i - 1]) + 1) % 100) continue;
    out.add(t);
  }
  return out;
}

/** The analysed figure term a mention in digits stands for ("44%", "1068"), as the analyzer writes it. */
export function figureValue(m: NumberMention): string | undefined {
  const digits = m.surface.match(/\d+(?:[.,]\d+)*/)?.[0];
  if (!digits) return undefined;
  const number = digits.replace(/,(?=\d{3}\b)/g, '');
  return m.kind === 'percent' ? `${number}%` : number;
}

/**
 * The year ranges a text writes with a dash or slash, unspaced, and a two-digit end ("2009–12", "2012-15", "2014/15";
 * "In 2014 – 16 children" is a year and a count), spanning one to ten years: the end as written ("12") and as a year
 * ("2012"). Read from the text, because the analyzer drops the dash ("in 2009 12 children" is a count).
 */
export function yearRanges(text: string): Array<{ start: string; end: string; endYear: string }> {
  const out: Array<{ start: string; end: string; endYear: string }> = [];
  for (const m of text.matchAll(/\b((?:19|20)\d\d)[-\u2010-\u2015\u2212/](\d\d)\b(?![%.,]?\d)/g)) {
    const start = Number(m[1]);
    let end = start - (start % 100) + Number(m[2]);
    if (end < start) end += 100;
    if (end - start >= 1 && end - start <= 10) out.push({ start: m[1], end: m[2], endYear: String(end) });
  }
  return out;
}

/** How many times each two-digit end ("12") closes a year range of the text; the range's first year stands for its period. */
export function yearRangeEnds(text: string): Map<string, number> {
  const ends = new Map<string, number>();
  for (const { end } of yearRanges(text)) ends.set(end, (ends.get(end) ?? 0) + 1);
  return ends;
}

/** Digits run on to letters before them ("SC485956", "Y6"): part of an identifier, not a figure. */
export function identifierDigits(text: string): ReadonlySet<string> {
  return new Set([...text.matchAll(/\p{L}(\d+)(?![.,]?\d)/gu)].map((m) => m[1]));
}

/** A year with a footnote number run on to it ("31 March 2014.10"). */
export const FOOTNOTED_YEAR = /^(?:19|20)\d\d\.\d{1,2}$/;

function isDay(term: string): boolean {
  return /^\d{1,2}$/.test(term) && Number(term) >= 1 && Number(term) <= 31;
}

/** The non-figure terms next to each occurrence of `figure` in an analysed sequence. */
function unitsAround(sequence: readonly string[], figure: string, reach = 1): string[] {
  const units = new Set<string>();
  for (let i = 0; i < sequence.length; i++) {
    if (sequence[i] !== figure) continue;
    for (let j = Math.max(0, i - reach); j <= Math.min(sequence.length - 1, i + reach); j++)
      if (j !== i && !isFigure(sequence[j]) && !MONTHS.has(sequence[j])) units.add(sequence[j]);
  }
  return [...units];
}
