/**
 * Which way a text compares its subject with a benchmark: "is better than the national average", "above similar
 * areas", "ahead of" (+1) against "lag behind the national average", "below", "worse than" (-1). Trend words say
 * which way a measure moved over time; these say where it stands against others, and a claim and a source that
 * stand opposite ways ("the results of Dudley's looked-after children lag behind the national average" against
 * "educational achievement … is better than the national average") never bear each other out, however alike
 * their other words. A text that compares both ways ("better than last year but below the national average") says
 * neither, so nothing is concluded from it.
 */

export interface Comparison {
  direction: -1 | 0 | 1;
  /** The words that say it, as written ("lag behind"). */
  word?: string;
}

const UP = new RegExp(
  [
    String.raw`\b(?:better|higher|stronger|faster|quicker)\s+than\b`,
    String.raw`\babove\b|\bahead\s+of\b|\bexceed(?:s|ed|ing)?\b|\boutperform(?:s|ed|ing)?\b`,
  ].join('|'),
  'gi',
);
const DOWN = new RegExp(
  [
    String.raw`\b(?:worse|lower|weaker|poorer|slower)\s+than\b|\bbelow\b|\b(?:lag(?:s|ged|ging)?\s+)?behind\b`,
    String.raw`\b(?:fall(?:s|ing)?|fell)\s+short\s+of\b|\bunder-?perform(?:s|ed|ing)?\b`,
  ].join('|'),
  'gi',
);

export function comparisonOf(text: string): Comparison {
  const up = [...text.matchAll(UP)];
  const down = [...text.matchAll(DOWN)];
  if (up.length > 0 && down.length === 0) return { direction: 1, word: up[0][0] };
  if (down.length > 0 && up.length === 0) return { direction: -1, word: down[0][0] };
  return { direction: 0 };
}

/** The passage's comparison when it runs opposite to the claim's (`comparisonOf` the claim); undefined when either says none or they agree. */
export function oppositeComparison(claim: Comparison, passageText: string): { claim: string; source: string } | undefined {
  if (claim.direction === 0) return undefined;
  const passage = comparisonOf(passageText);
  return passage.direction === -claim.direction ? { claim: claim.word!, source: passage.word! } : undefined;
}
