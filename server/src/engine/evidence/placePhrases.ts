/**
 * A place or body named in several words ("North Lincolnshire", "Blackburn with Darwen") is one name: a source must
 * hold the words together, not only each somewhere. A report on North East Lincolnshire holds "north" and
 * "lincolnshire" in its title, but it is not about North Lincolnshire, and its "many children with unassessed need"
 * does not bear out a claim about North Lincolnshire's children.
 *
 * The other way round, a one-word name held only inside a longer one is another place (longerNameOf): a report on
 * South Gloucestershire is not about Gloucestershire, nor one on West Northamptonshire about Northamptonshire.
 */
import { MONTHS, type AnalysedClaim } from './claimAnalysis.js';
import { analyze } from '../index/analyzer.js';

/** Capitalised words in a row, perhaps joined by a small word ("Blackburn with Darwen"); a possessive ends the run. */
const CAPITALISED_RUN = /\p{Lu}[\p{L}\p{M}-]*(?:\s+(?:(?:upon|with|and|on|of|in)\s+)?\p{Lu}[\p{L}\p{M}-]*)+(?![\p{L}\p{M}'\u2019])/gu;

/**
 * The claim's names of two or more words: runs of capitalised words written together in the claim, as their terms,
 * when every term is one of the claim's names (written with a capital inside the sentence). "Sandwell's HOME project"
 * is two names, not one.
 */
export function namePhrases(claim: Pick<AnalysedClaim, 'text' | 'names'>): readonly string[][] {
  // Once per claim, not once per passage judged against it (a claim meets 5 to 20 passages).
  let phrases = known.get(claim);
  if (phrases) return phrases;
  phrases = [];
  for (const m of claim.text.matchAll(CAPITALISED_RUN)) {
    // A month is no part of a name: "inspected East Riding in December 2019" names East Riding.
    for (const terms of splitAtMonths(analyze(m[0]))) if (terms.length >= 2 && terms.every((t) => claim.names.has(t))) phrases.push(terms);
  }
  known.set(claim, phrases);
  return phrases;
}

/** `terms` cut where a month stands, the months left out; the in-between connector a run allowed goes with it. */
function splitAtMonths(terms: readonly string[]): string[][] {
  const parts: string[][] = [[]];
  for (const t of terms) {
    if (MONTHS.has(t)) parts.push([]);
    else parts[parts.length - 1].push(t);
  }
  return parts;
}

/** The phrases of each claim analysed, while it lives (its text and names do not change once analysed). */
const known = new WeakMap<object, string[][]>();

/** Whether `phrase` occurs in `terms` as consecutive terms. */
export function holdsPhrase(terms: readonly string[], phrase: readonly string[]): boolean {
  outer: for (let i = 0; i + phrase.length <= terms.length; i++) {
    for (let k = 0; k < phrase.length; k++) if (terms[i + k] !== phrase[k]) continue outer;
    return true;
  }
  return false;
}

/** Words that make a longer place name of a county's or a city's: "South Gloucestershire", "North Yorkshire". */
const COMPASS: ReadonlySet<string> = new Set(analyze('north south east west central'));

/**
 * The compass word of the longer place name in which `places` hold the claim's one-word name `name`, when they hold it
 * only inside one ("south" of "South Gloucestershire" for the claim's "Gloucestershire"): wherever it occurs, a compass
 * word comes first, and the claim puts none before it. Undefined when they hold it alone somewhere, or not at all.
 */
export function longerNameOf(
  claim: Pick<AnalysedClaim, 'sequence'>,
  name: string,
  places: ReadonlyArray<readonly string[]>,
): string | undefined {
  const at = claim.sequence.indexOf(name);
  if (at < 0 || COMPASS.has(claim.sequence[at - 1] ?? '')) return undefined;
  let compass: string | undefined;
  for (const terms of places) {
    for (let i = 0; i < terms.length; i++) {
      if (terms[i] !== name) continue;
      if (!COMPASS.has(terms[i - 1] ?? '')) return undefined;
      compass ??= terms[i - 1];
    }
  }
  return compass;
}
