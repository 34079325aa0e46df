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

/** What a subject is compared with: the country, similar or other areas, an average, its comparators or peers. */
const BENCHMARK = [
  String.raw`(?:the\s+|that\s+of\s+|those\s+(?:in|of)\s+|in\s+|its\s+|their\s+)?`,
  String.raw`(?:national|nationally|england|english|similar|comparable|statistical|regional|other\s+(?:areas|authorities|councils)`,
  String.raw`|(?:the\s+)?average|comparators?|peers|neighbours)\b`,
].join('');
/** Up to three words between a comparative and "than" ("fewer children than …"). */
const GAP = String.raw`(?:\s+[\w'\u2019-]+){0,3}?`;
/**
 * "A higher share of Essex's care leavers are in education, employment or training than in comparable authorities":
 * a share or number set against a benchmark, with what it is a share of between, commas and all.
 */
const PART = String.raw`\s+(?:share|proportion|percentage|number|rate)s?\s+of(?:,?\s+[\w'\u2019-]+){1,14}?`;
/** "Care leavers … are less likely to be in education, work or training than those in similar councils". */
const LIKELY = String.raw`\s+likely\s+to(?:,?\s+[\w'\u2019-]+){1,14}?`;
/** A comparative with a long gap before its "than" (PART, LIKELY), as firstWords shortens it. */
const LONG_COMPARATIVE = new RegExp(String.raw`^(\w+)(?:${PART}|${LIKELY})\s+than\b`, 'i');
const UP = new RegExp(
  [
    String.raw`\b(?:better|higher|stronger|faster|quicker|more|greater)${GAP}\s+than\s+${BENCHMARK}`,
    String.raw`\b(?:higher|greater|larger|bigger)${PART}\s+than\s+${BENCHMARK}`,
    String.raw`\bmore${LIKELY}\s+than\s+${BENCHMARK}`,
    String.raw`\b(?:above|ahead\s+of|exceed(?:s|ed|ing)?|outperform(?:s|ed|ing)?)\s+${BENCHMARK}`,
  ].join('|'),
  'gi',
);
const DOWN = new RegExp(
  [
    String.raw`\b(?:worse|lower|weaker|poorer|slower|less|fewer)${GAP}\s+than\s+${BENCHMARK}`,
    String.raw`\b(?:lower|smaller)${PART}\s+than\s+${BENCHMARK}`,
    String.raw`\bless${LIKELY}\s+than\s+${BENCHMARK}`,
    String.raw`\b(?:below|(?:lag(?:s|ged|ging)?\s+)?behind|(?:fall(?:s|ing)?|fell)\s+short\s+of|under-?perform(?:s|ed|ing)?)\s+${BENCHMARK}`,
  ].join('|'),
  'gi',
);
/** A negator just before a comparison ("no worse than", "not above", "does not exceed", "no longer below"). */
const NEGATED_BEFORE = /\b(?:no|not|never|n['\u2019]t|no\s+longer|nor)(?:\s+\w+){0,2}\s*$/i;

/**
 * The direction a text compares its subject with a benchmark in. Only comparisons with a benchmark count ("better
 * than expected", "the table below", "the reasons behind" say nothing of where a subject stands), and a negated one
 * ("no worse than the national average") says no direction, so the text is read as saying none.
 */
export function comparisonOf(text: string): Comparison {
  const up = [...text.matchAll(UP)];
  const down = [...text.matchAll(DOWN)];
  const negated = [...up, ...down].some((m) => NEGATED_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index)));
  if (negated) return { direction: 0 };
  if (up.length > 0 && down.length === 0) return { direction: 1, word: firstWords(up[0][0]) };
  if (down.length > 0 && up.length === 0) return { direction: -1, word: firstWords(down[0][0]) };
  return { direction: 0 };
}

/** The comparison's own words, without the benchmark ("lag behind" of "lag behind the national average"). */
function firstWords(match: string): string {
  // "higher share of … than": the comparative, not what the share is of.
  const part = LONG_COMPARATIVE.exec(match);
  if (part) return `${part[1]} \u2026 than`;
  const than = /^(.*?\bthan)\b/i.exec(match);
  if (than) return than[1];
  return match.replace(new RegExp(String.raw`\s+${BENCHMARK}.*$`, 'i'), '');
}

/** The passage's comparison when it runs opposite to the claim's; undefined when either says none or they agree. */
export function oppositeComparison(claim: Comparison, passage: Comparison): { claim: string; source: string } | undefined {
  return claim.direction !== 0 && passage.direction === -claim.direction ? { claim: claim.word!, source: passage.word! } : undefined;
}

/**
 * Whether every trend word of a text is a comparative set against a benchmark ("higher than the national average"):
 * such a text says where its subject stands, not which way it moved, so it has no trend (comparisonOf reads it).
 */
export function onlyBenchmarked(text: string, trendWords: readonly string[]): boolean {
  if (trendWords.length === 0) return false;
  // The comparatives the benchmark patterns read ("higher than the national average" → higher).
  const benchmarked = new Set([...text.matchAll(UP), ...text.matchAll(DOWN)].map((m) => m[0].split(/\s+/)[0].toLowerCase()));
  return trendWords.every((w) => benchmarked.has(w.toLowerCase()));
}
