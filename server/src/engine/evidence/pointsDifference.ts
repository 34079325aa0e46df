/**
 * A difference of two shares, in points: "slipped by ten percentage points, from 68% … to 58%", "12 points below the
 * national average". Writers state the gap; reports give the two shares ("In 2014–15, 68% … This decreased to 58%"),
 * so a claim's points were "not given" by a source that gives both ends of them. figureChecks.ts asks this of a claim
 * figure or quantity the passage does not state as such.
 */
import type { NumberMention } from './numberWords.js';

/** What follows a number that counts points: "ten percentage points", "12 points", "5 percentage-point". */
export const POINTS_AFTER = /^\s*(?:percentage[\s-]+)?points?\b/i;
/** How far a difference of two unrounded shares may be from an exact count of points: the rounding of the count. */
const EXACT_TOLERANCE = 0.5;

/** Whether `mention` (in `claim`) counts percentage points and two of `stated`'s shares differ by that many. */
export function pointsBetween(claim: string, mention: NumberMention, stated: readonly NumberMention[]): boolean {
  if (mention.kind !== 'count' || !POINTS_AFTER.test(claim.slice(mention.end, mention.end + 24))) return false;
  const shares = stated.filter((m) => m.kind === 'percent');
  // "about ten points" allows what "about" allows elsewhere; "ten points" the rounding of a whole number.
  const tolerance = mention.approx ? Math.max(1, mention.value * 0.1) : EXACT_TOLERANCE;
  for (let i = 0; i < shares.length; i++)
    for (let j = i + 1; j < shares.length; j++)
      if (Math.abs(Math.abs(shares[i].value - shares[j].value) - mention.value) <= tolerance) return true;
  return false;
}
