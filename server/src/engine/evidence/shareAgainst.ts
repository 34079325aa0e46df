/**
 * A claim's share in words that a sentence plainly contradicts: "only around half of children in care attend a good
 * school" against "around three quarters of children looked after attend a good or outstanding school". A share in
 * words is rounded, so it is never held to a figure's exactness: it differs only when the sentence's one share lies
 * far from it (FAR_POINTS), or on the wrong side of a bound it sets ("fewer than a quarter" against 81%). The verdict
 * then treats it as a differing figure, with the same tests of measure, place and period before any contradiction.
 */
import { numberMentions, type NumberMention } from './numberWords.js';
import { datedByOtherMonth } from './monthDates.js';

/** Percentage points apart at which two rounded shares are surely different ("a third" and "half" are 17 apart). */
const FAR_POINTS = 15;
/** How far past a bound a share must be to break it ("fewer than a quarter" is not broken by 27%). */
const BOUND_SLACK = 5;

const UPPER_BOUND = /\b(?:(?:fewer|less|lower)\s+than|under|below|at\s+most|up\s+to)\s+$/i;
const LOWER_BOUND = /\b(?:(?:more|greater|higher)\s+than|over|above|at\s+least)\s+$/i;
/** "just under half", "a little over half", "slightly above a third": about that share, not a bound. */
const NEAR_BOUND =
  /\b(?:just|slightly|a\s+little|marginally|a\s+bit)\s+(?:(?:fewer|less|lower|more|greater|higher)\s+than|under|below|over|above)\s+$/i;

/**
 * The sentence's one share (leaving out those dated by another month than the claim's, and the claim's own figures)
 * when it plainly differs from the claim's share `q`, a mention of `claimText`: far from it, or past the bound `q`
 * sets. Only a share whose clause holds the claim's measure (`holdsMeasure`) counts: "and 80% live in suitable
 * accommodation" says nothing of how many are in education. A share within a bound is never taken to bear the claim
 * out: the one share of a sentence may count something else ("of those in education, 70% are at college").
 */
export function shareAgainst(
  claimText: string,
  q: NumberMention,
  text: string,
  months: ReadonlySet<string>,
  claimFigures: ReadonlySet<string>,
  holdsMeasure: (clause: string) => boolean,
): NumberMention | undefined {
  if (q.kind !== 'percent') return undefined;
  const theirs = numberMentions(text).filter(
    (m) => m.kind === 'percent' && !claimFigures.has(`${m.value}%`) && !datedByOtherMonth(months, text, m),
  );
  if (theirs.length !== 1) return undefined;
  const [mention] = theirs;
  if (!holdsMeasure(clauseOf(text, mention))) return undefined;
  const bound = boundBefore(claimText, q);
  // Past the bound, by more than rounding: "fewer than a quarter" against 81%.
  const past = bound < 0 ? mention.value - q.value : q.value - mention.value;
  if (bound !== 0) return past > BOUND_SLACK ? mention : undefined;
  return Math.abs(mention.value - q.value) > FAR_POINTS ? mention : undefined;
}

/**
 * Whether the sentence's share `m` keeps the bound the claim's share `q` sets, and lies near it: "more than half"
 * against 56%, "fewer than a quarter" against 22%, "more than a hundred" against 106. Not "just under half" (about
 * that share: see sameQuantity), and not a share far past the bound ("more than half" is not how a writer puts 95%).
 */
export function withinBound(claimText: string, q: NumberMention, m: NumberMention): boolean {
  if (q.kind !== m.kind || q.hours !== undefined || m.hours !== undefined) return false;
  // A count only from a round one in words ("more than a hundred" against 106): a bound in digits ("more than 700")
  // is the source's own figure, said as written.
  if (q.kind === 'count' && (/\d/.test(q.surface) || !q.approx || q.step < 10)) return false;
  const bound = boundBefore(claimText, q);
  if (bound === 0) return false;
  const past = bound > 0 ? m.value - q.value : q.value - m.value;
  return past > 0 && past <= (q.kind === 'percent' ? FAR_POINTS : FAR_COUNT_SHARE * q.value);
}
/** How far past a round count in words a count may lie and keep its bound ("more than a hundred" is not 160). */
const FAR_COUNT_SHARE = 0.2;

/**
 * Whether the sentence bounds its quantity `m` the other way from the claim's `q`: "more than half" against "less
 * than half", "under 20%" against "over 20%". The two then name one figure and say opposite things of it.
 */
export function opposedBounds(claimText: string, q: NumberMention, text: string, m: NumberMention): boolean {
  return boundBefore(claimText, q) * boundBefore(text, m) < 0;
}

/** The mention with its bound, as written: "less than half". */
export function boundedSurface(text: string, at: NumberMention): string {
  const before = textBefore(text, at);
  const bound = UPPER_BOUND.exec(before) ?? LOWER_BOUND.exec(before);
  return bound ? `${bound[0].trim()} ${at.surface}` : at.surface;
}

/** -1 for an upper bound before the mention ("fewer than"), 1 for a lower ("more than"), 0 for none or a near one. */
function boundBefore(text: string, at: NumberMention): number {
  const before = textBefore(text, at);
  if (NEAR_BOUND.test(before)) return 0;
  return UPPER_BOUND.test(before) ? -1 : LOWER_BOUND.test(before) ? 1 : 0;
}

/** The words just before a mention, where its bound is written. */
function textBefore(text: string, at: NumberMention): string {
  return text.slice(Math.max(0, at.start - 32), at.start);
}

/** The clause of `text` a mention stands in: between the nearest commas, semicolons, colons, "and", "but" or "while". */
export function clauseOf(text: string, at: NumberMention): string {
  const boundary = /[,;:]|\b(?:and|but|while|whereas)\b/gi;
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(boundary)) {
    if (m.index + m[0].length <= at.start) start = m.index + m[0].length;
    else if (m.index >= at.end) {
      end = m.index;
      break;
    }
  }
  return text.slice(start, end);
}
