/**
 * How a claim's figures are found in a passage, and what the passage gives
 * instead: a figure bound in a place and not a reference number ("section
 * 52"), the sentence's own figure for the same quantity (by the word after it,
 * by its slot among the figures, a lone percentage), whether the two count the
 * same thing, a change told by its two ends ("from 41 weeks to 26 weeks")
 * compared as quantities, a multiple ("doubled") and whether a list item may
 * lend a figure. Split out of verdict.ts, which decides what these findings
 * make of a passage.
 */
import type { TermRelations } from './termRelations.js';
import { analyze } from '../index/analyzer.js';
import {
  countedFigures,
  figureValue,
  isFigure,
  isYear,
  MONTHS,
  REFERENCE_WORDS,
  type AnalysedClaim,
  type ClaimFigure,
} from './claimAnalysis.js';
import { differentQuantity, numberMentions, sameQuantity, type NumberMention } from './numberWords.js';

/** A passage's terms in reading order, and as a set. */
export interface FigurePlace {
  terms: readonly string[];
  set: ReadonlySet<string>;
}

/**
 * The list item states the figure with a word the claim puts beside it, with one of the claim's names, or with every
 * telling word of what the claim's figure counts ("and 39 of them were unaccompanied asylum-seeking children" against
 * the item "39 children are unaccompanied asylum-seeking children").
 */
export function lendsFigure(claim: AnalysedClaim, figure: ClaimFigure, place: FigurePlace): boolean {
  if (figure.units.some((u) => place.set.has(u)) || [...claim.names].some((n) => !MONTHS.has(n) && place.set.has(n))) return true;
  const counted = countedPhrase(claim, figure);
  return counted.length > 0 && counted.every((t) => place.set.has(t));
}

/** Words after a figure, up to a clause's end, that say what it counts. */
const COUNTED_REACH = 8;
/** Weight (idf) a word of what a figure counts must have to tell it apart (countedThing.ts's TELLING_WEIGHT). */
const COUNTED_TELLING = 3;

/** The telling terms of the words after the claim's figure up to the clause's end (see lendsFigure). */
function countedPhrase(claim: AnalysedClaim, figure: ClaimFigure): string[] {
  const mention = claim.figureMentions.get(figure.value);
  if (!mention) return [];
  const clause = /^[^,;:.()]*/.exec(claim.text.slice(mention.end))![0].split(/\s+(?:and|but|while|whereas)\s+/)[0];
  const words = clause.split(/\s+/).filter(Boolean).slice(0, COUNTED_REACH).join(' ');
  return analyze(words).filter((t) => !isFigure(t) && (claim.weights[claim.words.indexOf(t)] ?? 0) >= COUNTED_TELLING);
}

/**
 * Words that make a figure a change of the same direction: "rise by 54%" and "(44% increase)" are both the rise of
 * what the sentence measures, so the two figures count in one unit however each is worded.
 */
const CHANGE_UNITS: ReadonlyArray<ReadonlySet<string>> = [
  'rise rises rising rose risen increase increases increased increasing growth grow grows grew grown up',
  'fall falls falling fell fallen decrease decreases decreased decreasing decline declined drop dropped reduction reduced down',
].map((words) => new Set(analyze(words)));

/** The source's figure stands beside a word the claim's figure stands beside ("41% of the children" / "31% of the children"). */
export function sameUnits(figure: ClaimFigure, other: string, terms: readonly string[]): boolean {
  const alike = (t: string) => figure.units.includes(t) || CHANGE_UNITS.some((g) => g.has(t) && figure.units.some((u) => g.has(u)));
  for (let i = 0; i < terms.length; i++) {
    if (terms[i] !== other) continue;
    for (const t of [terms[i - 1], terms[i + 1]]) if (t !== undefined && !isFigure(t) && !MONTHS.has(t) && alike(t)) return true;
  }
  return false;
}

/** A change from one figure to another ("from 41 weeks to 26 weeks", "from half of posts to 15%"), as quantities. */
export function changeOf(text: string): { from: NumberMention; to: NumberMention } | undefined {
  const m = CHANGE.exec(text);
  if (!m) return undefined;
  // The start is the first quantity after "from", the end the first after the last "to".
  const toAt = m[0].search(/\bto\s+(?:an?\s+(?:average|total)\s+of\s+)?\S+\s*\S*$/i);
  const mentions = numberMentions(m[0]);
  const from = mentions.find((x) => x.start < toAt);
  const to = mentions.find((x) => x.start >= toAt);
  return from && to ? { from, to } : undefined;
}

/**
 * The claim gives, as its one figure for a time it does not name, the figure a change in the sentence started from
 * ("Only 63% of care leavers were in education or employment at the time of the inspection" against "there has been
 * an increase from 63% to 66%"): the figure the change ended at, which is the sentence's latest (analysed, as the
 * claim's figures are); else undefined. A claim that states a change, or names a year or month, is left alone.
 */
export function changeStart(claim: AnalysedClaim, figure: ClaimFigure, dated: boolean, text: string): string | undefined {
  if (dated || claim.trend.direction !== 0 || CHANGE.test(claim.text)) return undefined;
  const change = changeOf(text);
  if (!change || figureValue(change.from) !== figure.value || change.from.kind !== change.to.kind) return undefined;
  const end = figureValue(change.to);
  return end !== undefined && end !== figure.value && !claim.figures.some((f) => f.value === end) ? end : undefined;
}

/**
 * Claim and sentence both state a change from the same quantity, to different ones: the detail, and whether both
 * end figures are exact (then it may contradict; "to a fifth" against "to 21%" may not).
 */
export function changeMismatch(
  claimText: string,
  text: string,
): { claim: string; claimSurface: string; source: string; problem: string; exact: boolean } | undefined {
  const ours = changeOf(claimText);
  const theirs = ours && changeOf(text);
  if (!ours || !theirs || !sameQuantity(ours.from, theirs.from) || ours.to.kind !== theirs.to.kind) return undefined;
  if (sameQuantity(ours.to, theirs.to)) return undefined;
  const exact = differentQuantity(ours.to, theirs.to);
  const claim = figureValue(ours.to) ?? ours.to.surface;
  const source = figureValue(theirs.to) ?? theirs.to.surface;
  const shown = (m: NumberMention, v: string) => (/\d/.test(m.surface) ? v : `\u201c${m.surface}\u201d`);
  const problem = `the source gives ${shown(theirs.to, source)}, not ${shown(ours.to, claim)}`;
  return { claim, claimSurface: ours.to.surface, source, exact, problem };
}

/** How a change may start: a figure, or a quantity in words. */
const FROM_WORDS = 'a\\b|an\\b|half|one|two|three|four|five|six|seven|eight|nine|ten|almost|nearly|around|about|over|under|just';
/** How a change's end figure may be said in words: its first word, then the words that may follow. */
const TO_FIRST = [
  ...['a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'],
  ...['thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'],
  ...['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'],
  ...['half', 'almost', 'nearly', 'around', 'about', 'under', 'over', 'just'],
].join('|');
const TO_NEXT = [
  ...['a', 'in', 'out', 'of', 'every', 'half', 'third', 'thirds', 'quarter', 'quarters', 'fifth', 'fifths', 'tenth'],
  ...['tenths', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twenty', 'thirty'],
  ...['forty', 'fifty', 'hundred'],
].join('|');
/**
 * "from 37 in 2011–12 to 72 in 2012–13", "from almost half to a fifth": a change told by its two ends. Each word
 * ends at a word boundary: "to eighteen" is not "to eight".
 */
export const CHANGE = new RegExp(
  String.raw`\bfrom\s+(?:[£$€]?\d|${FROM_WORDS})[^;:]{0,60}?\bto\s+(?:an?\s+(?:average|total)\s+of\s+)?` +
    String.raw`(?:[£$€]?\d[\d.,]*(?:%|\s+per\s+cent)?|(?:${TO_FIRST})\b(?:[\s-]+(?:${TO_NEXT})\b)*)`,
  'i',
);

/** "doubled", "has tripled", "halving": a change by a multiple. */
export const MULTIPLE = /\b(doubl|tripl|trebl|quadrupl|halv)(?:ed|ing|es)\b/i;
export const MULTIPLE_FACTOR: Record<string, number> = { doub: 2, trip: 3, treb: 3, quad: 4, halv: 0.5 };

/**
 * How a claim bounds its multiple: "more than tripled" (at least that times), "almost doubled" (somewhat under it), or
 * neither. Read from the words right before the multiple's word in `text`, which ends there.
 */
export function multipleBound(before: string): 'over' | 'under' | undefined {
  if (/\b(?:more than|over|at least|well over)\s+$/i.test(before)) return 'over';
  if (/\b(?:almost|nearly|close to|just under)\s+$/i.test(before)) return 'under';
  return undefined;
}

/**
 * The text says the same multiple: the word ("doubled", "twice", "half"), or figures from one to about that times it
 * (to 15%), or, for a bounded multiple, past it ("more than tripled": from 2% to 7%) or a little short of it ("almost
 * doubled": from 10 to 18).
 */
export function sameMultiple(text: string, stem: string, factor: number, bounded?: 'over' | 'under'): boolean {
  if (new RegExp(String.raw`\b${stem}`, 'i').test(text)) return true;
  if (factor === 2 && /\b(?:twice|two-fold|twofold)\b/i.test(text)) return true;
  if (factor === 0.5 && /\bhalf\b/i.test(text)) return true;
  const change = changeOf(text);
  if (!change || change.from.kind !== change.to.kind || change.from.value === 0) return false;
  const ratio = change.to.value / change.from.value;
  // A halving is bounded the other way: "more than halved" is a ratio under a half.
  const past = factor < 1 ? ratio <= factor : ratio >= factor;
  const short = factor < 1 ? ratio > factor && ratio <= factor * 1.3 : ratio < factor && ratio >= factor * 0.75;
  if (bounded === 'over') return past;
  if (bounded === 'under') return short;
  return Math.abs(ratio - factor) <= factor * 0.15;
}

/**
 * The figure occurs in the place, and not only as a reference number
 * ("section 52", "paragraph 14", "page 7") where the claim counts something.
 */
export function bound(figure: ClaimFigure, place: FigurePlace): boolean {
  if (!place.set.has(figure.value)) return false;
  if (figure.reference) return true;
  const { terms } = place;
  for (let i = 0; i < terms.length; i++) if (terms[i] === figure.value && !REFERENCE_WORDS.has(terms[i - 1] ?? '')) return true;
  return false;
}

/**
 * The sentence's own figure for the claim figure's quantity: a figure of the
 * same kind, not one the claim states, right before the same word
 * ("41% of children" against "31% of the children").
 */
export function otherFigure(
  figure: ClaimFigure,
  place: FigurePlace,
  claimFigures: ReadonlySet<string>,
  relations: TermRelations,
): string | undefined {
  if (figure.next === undefined) return undefined;
  const percent = figure.value.endsWith('%');
  const { terms } = place;
  for (let i = 0; i < terms.length - 1; i++) {
    const t = terms[i];
    if (!isFigure(t) || isYear(t) || claimFigures.has(t) || t.endsWith('%') !== percent) continue;
    const next = terms[i + 1];
    if (next === figure.next || relations.relatedness(figure.next, next) >= 0.8) return t;
  }
  return undefined;
}

/**
 * The sentence's figure in the claim figure's place, of the same kind (a
 * percentage for a percentage, a count for a count):
 * - both state as many figures, in the same order, differing only there
 *   ("from 42% to 64%" against "from 42% to 74%");
 * - or it sits between the claim figure's neighbours, which the sentence
 *   states too ("the 22 largest companies owned 1,068 homes, 35%" against
 *   "The 22 largest companies owned 968 homes, which is 35%"), or right
 *   after the one before it when the claim's figure comes last ("from 402
 *   to 451" against "from 402 per 10,000 to 411");
 * - or it is the only figure of that kind in the sentence, and the claim's
 *   only figure of that kind ("67% were absent" against "77% were absent").
 */
export function alignedFigure(claim: AnalysedClaim, figure: ClaimFigure, terms: readonly string[]): string | undefined {
  // "per 10,000" is a unit, not a figure in the sequence.
  const perUnit = (seq: readonly string[]) => (v: string) => seq[seq.indexOf(v) - 1] !== 'per';
  const ours = claim.figures
    .filter((f) => !f.reference)
    .map((f) => f.value)
    .filter(perUnit(claim.sequence));
  const theirs = [...countedFigures(terms)].filter(perUnit(terms));
  const at = ours.indexOf(figure.value);
  if (at < 0) return undefined;
  const percent = figure.value.endsWith('%');
  // A figure after "from" is where a change started: it never stands for a claim figure that is not ("1,278 children
  // in need … an increase from 1,252" says nothing of the claim's "204 on plans").
  const claimFrom = claim.sequence[claim.sequence.indexOf(figure.value) - 1] === 'from';
  const role = (v: string) => {
    const i = terms.indexOf(v);
    return { from: terms[i - 1] === 'from', reference: REFERENCE_WORDS.has(terms[i - 1] ?? '') };
  };
  const sameKind = (v: string | undefined) => {
    if (v === undefined || v === figure.value || v.endsWith('%') !== percent || ours.includes(v)) return false;
    const r = role(v);
    return !r.reference && r.from === claimFrom;
  };
  if (ours.length === theirs.length) {
    let aligned = true;
    for (let i = 0; i < ours.length; i++) if (i !== at && ours[i] !== theirs[i]) aligned = false;
    if (aligned) return sameKind(theirs[at]) ? theirs[at] : undefined;
  }
  const before = at > 0 ? theirs.indexOf(ours[at - 1]) : -1;
  const after = at + 1 < ours.length ? theirs.indexOf(ours[at + 1]) : -1;
  if (before >= 0 && after > before) {
    const between = theirs.slice(before + 1, after).filter(sameKind);
    if (between.length === 1) return between[0];
  } else if (before >= 0 && at === ours.length - 1) {
    const next = theirs.slice(before + 1).find((v) => v.endsWith('%') === percent);
    if (sameKind(next)) return next;
  } else if (after >= 0 && at === 0) {
    const previous = theirs
      .slice(0, after)
      .filter((v) => v.endsWith('%') === percent)
      .pop();
    if (sameKind(previous)) return previous;
  }
  // Percentages only: a lone count is too often something else ("Table 11", "3 children").
  if (!percent) return undefined;
  const oursOfKind = ours.filter((v) => v.endsWith('%'));
  const theirsOfKind = theirs.filter((v) => v.endsWith('%'));
  if (oursOfKind.length === 1 && theirsOfKind.length === 1 && sameKind(theirsOfKind[0])) return theirsOfKind[0];
  return undefined;
}

/** What may stand between a change's "to" and its end figure: "to 17%", "to around 12 per cent". */
const TO_BEFORE = /\bto\s+(?:about\s+|around\s+|almost\s+|nearly\s+|just\s+over\s+|over\s+)?$/i;

/** The percentages (analysed values) a text gives as the end of a change, each once, in order. */
export function endPercents(text: string): string[] {
  const ends = numberMentions(text)
    .filter((m) => m.kind === 'percent' && /\d/.test(m.surface) && TO_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start)))
    .map((m) => figureValue(m))
    .filter((v): v is string => v !== undefined);
  return [...new Set(ends)];
}

/**
 * The sentence's end figure for a claim's, both the end of a change ("rose to 17% in 2013–14" against "this
 * increased to 12% in 2013–14"): the claim's only percentage, after "to" in a claim that states a trend, and the
 * sentence's only percentage after "to". Percentages only, as for a lone figure (alignedFigure).
 */
export function endFigure(claim: AnalysedClaim, figure: ClaimFigure, text: string): string | undefined {
  if (claim.trend.direction === 0 || !figure.value.endsWith('%')) return undefined;
  if (claim.figures.filter((f) => !f.reference && f.value.endsWith('%')).length !== 1) return undefined;
  const claimEnds = endPercents(claim.text);
  if (claimEnds.length !== 1 || claimEnds[0] !== figure.value) return undefined;
  const ends = endPercents(text);
  return ends.length === 1 && ends[0] !== figure.value ? ends[0] : undefined;
}

/**
 * The source's end of a change in counts that it starts from the claim's own start: "rose from 277 in March 2014 to
 * 392 in May 2015" against "As at May 2015, 329 children … were the subject of a child protection plan. This is an
 * increase from 277 at 31 March 2014" gives 329. Both are reached from the same figure, so they count the same thing
 * (as endFigure for percentages): the claim's change (CHANGE) ends at `figure`, a sentence says "from" its start, and
 * the sentences count exactly one other thing (countedFigures: no years, no days of a date). Undefined otherwise.
 */
export function changeEndCount(claim: AnalysedClaim, figure: ClaimFigure, sentences: readonly string[]): string | undefined {
  if (claim.trend.direction === 0 || figure.value.endsWith('%')) return undefined;
  const change = CHANGE.exec(claim.text)?.[0];
  const ends = change ? [...countedFigures(analyze(change))] : [];
  const start = ends[0];
  if (ends.length !== 2 || ends[1] !== figure.value) return undefined;
  const fromStart = (text: string) =>
    numberMentions(text).some((m) => figureValue(m) === start && /\bfrom\s+$/i.test(text.slice(Math.max(0, m.start - 12), m.start)));
  if (!sentences.some(fromStart)) return undefined;
  const others = new Set(sentences.flatMap((text) => [...countedFigures(analyze(text))]).filter((v) => v !== start && !v.endsWith('%')));
  const [end] = others;
  return others.size === 1 && end !== figure.value ? end : undefined;
}
