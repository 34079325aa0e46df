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

/**
 * How the sentence's one share (leaving out those dated by another month than the claim's, and the claim's own
 * figures) stands to the claim's share `q`, a mention of `claimText`: 'against' when it plainly differs or breaks the
 * bound `q` sets, 'keeps' when it lies within that bound ("more than half" against "three quarters"); undefined when
 * the sentence gives no single share, or neither can be said.
 */
export function shareAgainst(
  claimText: string,
  q: NumberMention,
  text: string,
  months: ReadonlySet<string>,
  claimFigures: ReadonlySet<string>,
): { relation: 'against' | 'keeps'; mention: NumberMention } | undefined {
  if (q.kind !== 'percent') return undefined;
  const theirs = numberMentions(text).filter(
    (m) => m.kind === 'percent' && !claimFigures.has(`${m.value}%`) && !datedByOtherMonth(months, text, m),
  );
  if (theirs.length !== 1) return undefined;
  const [mention] = theirs;
  const before = claimText.slice(Math.max(0, q.start - 24), q.start);
  const bound = UPPER_BOUND.test(before) ? -1 : LOWER_BOUND.test(before) ? 1 : 0;
  // Past the bound, by more than rounding: "fewer than a quarter" against 81%.
  const past = bound < 0 ? mention.value - q.value : q.value - mention.value;
  if (bound !== 0) return past > BOUND_SLACK ? { relation: 'against', mention } : past < 0 ? { relation: 'keeps', mention } : undefined;
  return Math.abs(mention.value - q.value) > FAR_POINTS ? { relation: 'against', mention } : undefined;
}
