/**
 * What a number counts: "seven children's homes" counts homes, "Seven family hubs have opened" hubs. A source that
 * gives the claim's number for another thing does not bear the claim out ("Oldham opened seven children's homes in
 * the last year" against "Seven family hubs have opened in the last year"), however many of its other words it holds.
 * Only a plain case is read: each side names what it counts right after the number, the claim's word for it is a
 * telling one (a common word such as "children" is often said otherwise: "young people"), and the sentence names it
 * nowhere, in no related word. An age ("aged over 21") counts nothing.
 *
 * The other way round, otherCount: an exact count in words that the sentence gives otherwise for the same thing
 * ("Only three of the 25 looked-after pupils achieved …" against "Only two of the 25 pupils (8%) achieved …").
 */
import { analyze } from '../index/analyzer.js';
import { sameQuantity, type NumberMention } from './numberWords.js';
import { figureValue, type AnalysedClaim } from './claimAnalysis.js';

/** Words that end what a number counts: function words, verbs of being and having, and punctuation. */
const PHRASE_END = new RegExp(
  String.raw`^(?:in|of|for|at|on|to|with|from|by|if|when|as|have|has|had|are|is|was|were|been|be|and|or|that|which|` +
    String.raw`who|than|per|across|over|under|between|during|since|each|a|an|the)$`,
  'i',
);
/** Just before a number that is an age ("beyond the age of 21", "aged over 21", "under the age of 18"): an age counts no thing. */
const AGE_BEFORE = /\b(?:age|aged|ages)\s+(?:of\s+|over\s+|under\s+|between\s+|from\s+|up\s+to\s+)?$/i;
/** Units of time, which a number may count in another (months for a year). */
const TIME_UNITS: ReadonlySet<string> = new Set(analyze('hour hours day days week weeks fortnight month months year years term terms'));
/** Words a number counts with at most. */
const MAX_WORDS = 3;
/** The weight (idf) the claim's word for what it counts must have to tell one thing from another. */
export const TELLING_WEIGHT = 3;

/** The terms of the words right after `end` in `text` that say what a number counts, up to a function word. */
export function countedAfter(text: string, end: number): string[] {
  return analyze(wordsAfter(text, end).join(' '));
}

/** The words right after `end` in `text`, as written, up to a function word, a punctuation mark or MAX_WORDS. */
function wordsAfter(text: string, end: number): string[] {
  const words: string[] = [];
  for (const m of text.slice(end).matchAll(/[^\s]+/g)) {
    const word = m[0].replace(/^[^\p{L}]+/u, '');
    const letters = word.replace(/[^\p{L}\u2019'-].*$/u, '');
    if (!letters || PHRASE_END.test(letters) || words.length >= MAX_WORDS) break;
    words.push(letters);
    if (letters.length !== word.length) break;
  }
  return words;
}

/**
 * What is wrong when the claim's number (`mention`, in claim.text) counts another thing than the same number in
 * `text` (of `mentions`, text's numbers, asked for only when needed): "the source's “Seven” are “family hubs”, not
 * “children's homes”"; else undefined. `held` says whether the passage holds a claim term, or a word related to it.
 */
export function countedOtherwise(
  claim: Pick<AnalysedClaim, 'text' | 'words' | 'weights'>,
  mention: NumberMention | undefined,
  text: string,
  mentions: () => readonly NumberMention[],
  held: (term: string) => boolean,
): string | undefined {
  // A length of time is one quantity however it is counted ("a year", "12 months"; "three days", "72 hours").
  if (!mention || mention.kind !== 'count' || mention.hours !== undefined) return undefined;
  const same = mentions().find((m) => sameQuantity(mention, m));
  if (!same || same.hours !== undefined) return undefined;
  if (AGE_BEFORE.test(claim.text.slice(Math.max(0, mention.start - 24), mention.start))) return undefined;
  if (AGE_BEFORE.test(text.slice(Math.max(0, same.start - 24), same.start))) return undefined;
  const claimWords = wordsAfter(claim.text, mention.end);
  const sourceWords = wordsAfter(text, same.end);
  const thing = analyze(claimWords.join(' ')).at(-1);
  const other = analyze(sourceWords.join(' ')).at(-1);
  if (thing === undefined || other === undefined || thing === other || TIME_UNITS.has(thing) || TIME_UNITS.has(other)) return undefined;
  const weight = claim.weights[claim.words.indexOf(thing)] ?? 0;
  if (weight < TELLING_WEIGHT || held(thing) || claim.words.includes(other)) return undefined;
  return `the source\u2019s \u201c${same.surface}\u201d are \u201c${sourceWords.join(' ')}\u201d, not \u201c${claimWords.join(' ')}\u201d`;
}

/** What a count is of: the last term of the words after it ("seven children's homes"), or "of the 25" as "of 25". */
function countedAs(text: string, end: number): string | undefined {
  const thing = countedAfter(text, end).at(-1);
  if (thing !== undefined) return thing;
  const of = /^\s+of\s+(?:the|its|their|these|those)\s+(\d[\d,]*)\b/i.exec(text.slice(end, end + 40));
  return of ? `of ${of[1].replace(/,/g, '')}` : undefined;
}

/** An exact whole count, not a length of time: "three", "two", "25". */
function exactCount(m: NumberMention): boolean {
  return m.kind === 'count' && !m.approx && m.hours === undefined && Number.isInteger(m.value);
}

/**
 * The sentence's count of what the claim's exact count in words (`q`, in claim.text) counts, when it gives exactly
 * one other ("two" of "two of the 25 pupils" in `text` for "three of the 25 pupils"), as written; else undefined. A
 * number the claim states too is not another count of the claim's thing.
 */
export function otherCount(
  claim: Pick<AnalysedClaim, 'text' | 'quantities' | 'figures'>,
  q: NumberMention,
  text: string,
  mentions: () => readonly NumberMention[],
): string | undefined {
  if (!exactCount(q) || !/^[\p{L}-]+$/u.test(q.surface)) return undefined;
  const thing = countedAs(claim.text, q.end);
  if (thing === undefined) return undefined;
  const stated = (m: NumberMention) =>
    claim.quantities.some((c) => c.value === m.value) || claim.figures.some((f) => f.value === figureValue(m));
  const others = mentions().filter((m) => exactCount(m) && m.value !== q.value && !stated(m) && countedAs(text, m.end) === thing);
  return others.length === 1 ? others[0].surface : undefined;
}
