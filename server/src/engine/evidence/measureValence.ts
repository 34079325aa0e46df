/**
 * Which way is better for what a claim counts, so that a source's judgement ("continuity of worker has improved",
 * "improved performance …, with 67% of children waiting less than 18 months") can bear out a claim that counts the
 * same change ("keep the same social worker far more often", "two thirds …, up from under half"). Reports judge
 * where writers count: without this, the writer's correct paraphrase of an improvement was "does not say it 'more'".
 *
 * Only ever used to bear a claim out, never to contradict one: the lexicon is small and a claim it cannot read is
 * left alone (0). A measure is read as better-when-more only from words that say so (timeliness, continuity,
 * stability, being seen, adoption, education or work) and better-when-fewer only from words of delay, absence,
 * turnover and the like; a claim with words of both, or a negation, is not read at all.
 */
import type { Trend } from './trend.js';

/** What counts the bad: more of it is worse ("delays rose", "higher caseloads", "more placement moves"). */
const WORSE_WHEN_MORE = new RegExp(
  [
    String.raw`\bdelay\w*`,
    String.raw`\bwait(?:s|ed|ing)?\b(?!\s+(?:less|under|fewer|no\s+more)\b)`,
    String.raw`\blate(?:ness|r)?\b`,
    String.raw`\bdrift\w*`,
    String.raw`\babsen(?:t|ce|ces)\b`,
    String.raw`\bmissing\b`,
    String.raw`\bvacanc\w*`,
    String.raw`\bturnover\b`,
    String.raw`\bcaseloads?\b`,
    String.raw`\bagency\s+(?:social\s+)?(?:workers?|staff)\b`,
    String.raw`\bre-?referr\w*`,
    String.raw`\brepeat\w*`,
    String.raw`\bexclu(?:ded|sions?)\b`,
    String.raw`\boffend\w*`,
    String.raw`\bNEET\b`,
    String.raw`\bbreakdowns?\b`,
    String.raw`\bdisrupt\w*`,
    String.raw`\bbacklogs?\b`,
    String.raw`\boverdue\b`,
    String.raw`\bout\s+of\s+(?:the\s+)?(?:area|borough|county)\b`,
    String.raw`\bplacement\s+moves?\b`,
    String.raw`\bchang(?:es?|ing)\s+(?:of\s+)?(?:their\s+)?(?:social\s+)?workers?\b`,
    String.raw`\bcomplaints?\b`,
    String.raw`\bunregistered\b`,
    String.raw`\bunallocated\b`,
    String.raw`\blonger\b`,
    String.raw`\bslower\b`,
  ].join('|'),
  'i',
);

/** What counts the good: more of it is better ("more seen within 15 days", "keep the same social worker more often"). */
const BETTER_WHEN_MORE = new RegExp(
  [
    String.raw`\bwithin\s+(?:\d+|[a-z]+)\s+(?:working\s+)?(?:days?|weeks?|months?|hours?)\b`,
    String.raw`\bwithin\s+timescales?\b`,
    String.raw`\bon\s+time\b`,
    String.raw`\btimel(?:y|iness)\b`,
    String.raw`\bin\s+time\b`,
    String.raw`\bless\s+than\s+(?:\d+|[a-z]+)\s+(?:days?|weeks?|months?)\b`,
    String.raw`\bsame\s+(?:social\s+)?worker\b`,
    String.raw`\bconsisten(?:t|cy)\b`,
    String.raw`\bcontinuity\b`,
    String.raw`\bstab(?:le|ility)\b`,
    String.raw`\bseen\s+(?:alone|regularly|on\s+time)\b`,
    String.raw`\badopt(?:ed|ion|ions|ive|ers?)\b`,
    String.raw`\bin\s+education,\s+(?:employment|work)\s+or\s+training\b`,
    String.raw`\bEET\b`,
    String.raw`\bup\s+to\s+date\b`,
    String.raw`\bin\s+touch\b`,
    String.raw`\bsooner\b`,
    String.raw`\bquicker\b`,
    String.raw`\bfaster\b`,
  ].join('|'),
  'i',
);

/** A claim that denies or fails something is not read: "not seen within 15 days" counts the bad. */
const NEGATION = /\b(?:not|no|never|fail\w*|without|lack\w*|unable|none)\b|n't\b/i;

/**
 * +1 when more of what `claim` counts is better, -1 when less is, 0 when its words do not say (or say both ways).
 */
export function betterWhenMore(claim: string): -1 | 0 | 1 {
  if (NEGATION.test(claim)) return 0;
  const worse = WORSE_WHEN_MORE.test(claim);
  const better = BETTER_WHEN_MORE.test(claim);
  if (worse === better) return 0;
  return better ? 1 : -1;
}

/**
 * Whether the claim's counted change is an improvement (+1) or a deterioration (-1) of what it counts; 0 when its
 * trend judges already, is negated, or its measure's better way is unknown.
 */
export function judgedWay(claim: string, trend: Trend, trendJudges: boolean): -1 | 0 | 1 {
  if (trend.direction === 0 || trend.negated || trendJudges) return 0;
  const way = betterWhenMore(claim);
  return way === 0 ? 0 : trend.direction === way ? 1 : -1;
}
