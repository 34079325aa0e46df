/**
 * Month-and-year dates in analysed terms ("October 2015", "31 March 2015", "March 30, 2015"), and whether a
 * passage dates itself by another month of the claim's year. Ofsted reports give the same measure at several
 * points of one year ("As at 31 March 2015, 10% … in October 2015 this figure had increased to 15%"), so a
 * year in common does not make the same period: "By October 2015, one in ten …" is not borne out by the
 * March figure, however alike the words and the number.
 */
import { isYear, MONTHS, yearRanges } from './claimAnalysis.js';
import { analyze } from '../index/analyzer.js';
import { MONTH_NAMES, SHORT_MONTH_NAMES } from '../text/months.js';

export interface MonthYear {
  /** The month's analyzer term ("octob", "march", "mai"). */
  month: string;
  year: string;
}

/** Month terms (as claimAnalysis's MONTHS) to their names, for messages. */
const NAME_OF_MONTH: ReadonlyMap<string, string> = new Map(MONTH_NAMES.map((name) => [analyze(name)[0], name]));

/** Short forms of the months as the analyzer writes them ("Sept", "Oct"), to the full month's term. */
const SHORT_MONTHS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(SHORT_MONTH_NAMES).map(([short, month]) => [analyze(short)[0], analyze(MONTH_NAMES[month])[0]]),
);

/** The month an analysed term names ("octob", or the short "oct"), or undefined. */
function monthOf(term: string): string | undefined {
  return MONTHS.has(term) ? term : SHORT_MONTHS[term];
}

/**
 * A month followed by a year, perhaps with the day between ("March 30, 2015", "Sept 2014"). "May" the verb is seldom
 * before a year.
 */
export function monthYears(terms: readonly string[]): MonthYear[] {
  const out: MonthYear[] = [];
  for (let i = 0; i < terms.length; i++) {
    const month = monthOf(terms[i]);
    if (!month) continue;
    const next = isYear(terms[i + 1] ?? '')
      ? terms[i + 1]
      : /^\d{1,2}$/.test(terms[i + 1] ?? '') && isYear(terms[i + 2] ?? '')
        ? terms[i + 2]
        : undefined;
    if (next) out.push({ month, year: next });
  }
  return out;
}

/**
 * The first of the claim's month-and-year dates (`monthYears` of its terms) that the passage contradicts by date: the passage names another month of
 * that year and never the claim's month. Undefined when the claim names no such date, or the passage agrees or is silent.
 */
export function otherMonthOfYear(
  claimDates: readonly MonthYear[],
  passageTerms: readonly string[],
): { claim: string; source: string } | undefined {
  if (claimDates.length === 0) return undefined;
  const passageDates = monthYears(passageTerms);
  if (passageDates.length === 0) return undefined;
  const passageMonths = new Set(passageTerms.map(monthOf).filter((m): m is string => m !== undefined));
  // A claim's period is pinned when the passage gives one of its dates ("between April 2015 and March 2016" against
  // "in the year to March 2016 … up from 30 in the year to March 2015").
  if (claimDates.some((c) => passageDates.some((d) => d.month === c.month && d.year === c.year))) return undefined;
  for (const date of claimDates) {
    if (passageMonths.has(date.month)) continue;
    const other = passageDates.find((d) => d.year === date.year);
    if (other) return { claim: `${NAME_OF_MONTH.get(date.month)} ${date.year}`, source: `${NAME_OF_MONTH.get(other.month)} ${other.year}` };
  }
  return undefined;
}

/** A month written out or shortened, capitalised (so the verb "may" is none). */
const MONTH_WORD = new RegExp(`\\b(?:${[...MONTH_NAMES, ...Object.keys(SHORT_MONTH_NAMES)].join('|')})\\b`, 'g');
/** How far (in characters) a month may be from a figure to date it. */
const MONTH_REACH = 40;

/** The months a claim names, as analyzer terms: capitalised, so the verb "may" is none. */
export function claimMonths(claim: string): ReadonlySet<string> {
  return new Set([...claim.matchAll(MONTH_WORD)].map((m) => monthTerm(m[0])));
}

function monthTerm(name: string): string {
  return monthOf(analyze(name)[0] ?? '')!;
}

/**
 * Whether the figure at [start, end) of `text`, a sentence that names two months or more, is dated by another month
 * than the claim's: the month written nearest to it, within MONTH_REACH characters, is not one of `months` ("the rate
 * in April at 81% … in March 2017 of only 24%": 24% is March's). False when the claim names no month, the sentence
 * fewer than two, or none is near.
 */
export function datedByOtherMonth(months: ReadonlySet<string>, text: string, at: { start: number; end: number }): boolean {
  if (months.size === 0) return false;
  // Only a sentence that gives figures for two months needs them told apart; with one, otherMonthOfYear decides.
  const named = [...text.matchAll(MONTH_WORD)];
  if (new Set(named.map((m) => monthTerm(m[0]))).size < 2) return false;
  let nearest: { distance: number; month: string } | undefined;
  for (const m of named) {
    const from = m.index;
    const to = from + m[0].length;
    const distance = to <= at.start ? at.start - to : from >= at.end ? from - at.end : 0;
    // A month across a comma or a semicolon dates another clause ("In March 2017, following the review in April, a
    // quarter …").
    const between = to <= at.start ? text.slice(to, at.start) : text.slice(at.end, from);
    if (/[,;:]/.test(between)) continue;
    if (distance <= MONTH_REACH && (!nearest || distance < nearest.distance)) nearest = { distance, month: m[0] };
  }
  return nearest !== undefined && !months.has(monthTerm(nearest.month));
}

/** The years a text names, a range's end included ("2013–14" names 2013 and 2014). */
export function yearsNamed(text: string): Set<string> {
  const years = new Set<string>(text.match(/\b(?:19|20)\d\d\b/g) ?? []);
  for (const { endYear } of yearRanges(text)) years.add(endYear);
  return years;
}

/**
 * Periods of whole years in words or with both years in full: "2012 to 2015", "between 2011 and 2014", "2012–2015".
 * "between" is needed for "and": "in 2013 and 2014" names two years, not a period.
 */
const SPELLED_PERIOD = /\b(?:between\s+((?:19|20)\d\d)\s+and|((?:19|20)\d\d)\s*(?:to|[-\u2010-\u2015\u2212]))\s*((?:19|20)\d\d)\b/gi;

/** The periods a text names, read whole ("2012–13", "2012/13" and "2012 to 2013" are all "2012-2013"). */
export function periodsNamed(text: string): Set<string> {
  const periods = new Set(yearRanges(text).map((r) => `${r.start}-${r.endYear}`));
  for (const m of text.matchAll(SPELLED_PERIOD)) {
    const start = m[1] ?? m[2];
    const span = Number(m[3]) - Number(start);
    if (span >= 1 && span <= 10) periods.add(`${start}-${m[3]}`);
  }
  return periods;
}

/**
 * Whether a sentence is dated only by other periods than the claim's year ranges: it names a year range and none of
 * the claim's (`claimPeriods`, from periodsNamed). A range dates a figure as a month does ("72 children have been
 * placed for adoption in 2013–14" holds no figure for 2012–13), and unlike a bare year it never names an Act.
 */
export function datedByOtherPeriods(claimPeriods: ReadonlySet<string>, text: string): boolean {
  if (claimPeriods.size === 0) return false;
  const periods = periodsNamed(text);
  return periods.size > 0 && ![...periods].some((p) => claimPeriods.has(p));
}

/**
 * Whether a sentence (`text`, analysed as `terms`) is dated only by other years than the claim's: it gives a month-and-year date, every such date
 * is of another year, and it names none of `claimYears` (the claim's, ranges read whole). Its figures are then those
 * years' ("an increase from 465 (36.3 per 10,000) at 31 March 2013" holds no figure for 2014, though the sentence
 * before it speaks of 2014).
 */
export function datedByOtherYears(claimYears: ReadonlySet<string>, text: string, terms: readonly string[]): boolean {
  if (claimYears.size === 0) return false;
  // Only a date with its month dates a figure ("at 31 March 2013"); a bare year may name an Act, a strategy or a
  // comparison ("the Children Act 1989", "higher than 36.3 in 2013").
  const dated = monthYears(terms);
  if (dated.length === 0) return false;
  const years = yearsNamed(text);
  return dated.every((d) => !claimYears.has(d.year)) && ![...claimYears].some((y) => years.has(y));
}
