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

/** Comparatives that also read as a change ("higher", "fewer"): before "than" and a benchmark they are a comparison. */
const BENCHMARKED = new RegExp(
  [
    String.raw`\b(?:higher|lower|more|fewer|less|greater|better|worse)(?:\s+[\w'\u2019-]+){0,3}?\s+than\s+(?:the\s+|that\s+of\s+|those\s+(?:in|of)\s+|in\s+)?`,
    String.raw`(?:national|england|english|similar|comparable|statistical|regional|other\s+(?:areas|authorities|councils)|average|comparators?)`,
  ].join(''),
  'gi',
);

/**
 * Whether every trend word of a text is a comparative set against a benchmark ("higher than the national average"):
 * such a text says where its subject stands, not which way it moved, so it has no trend (comparisonOf reads it).
 */
export function onlyBenchmarked(text: string, trendWords: readonly string[]): boolean {
  if (trendWords.length === 0) return false;
  const benchmarked = new Set([...text.matchAll(BENCHMARKED)].map((m) => m[0].split(/\s+/)[0].toLowerCase()));
  return trendWords.every((w) => benchmarked.has(w.toLowerCase()));
}
