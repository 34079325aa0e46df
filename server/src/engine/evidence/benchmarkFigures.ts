/**
 * What a sentence's figures are of, the subject or what it is compared with: "541 days compared with 606 for similar
 * authorities and 647 nationally" gives 541 for the subject, 606 and 647 for the benchmarks; so does "remains high
 * compared to the England average (22%) and that of statistical neighbours (21%)". A claim that gives a benchmark's
 * figure as its subject's is not borne out (comparedFigure), and the claim's own benchmark figures are read the same
 * way (comparisonFigures).
 */
import { figureValue, isYear, type AnalysedClaim, type ClaimFigure } from './claimAnalysis.js';
import { numberMentions, sameQuantity, type NumberMention } from './numberWords.js';

/**
 * Words before a figure that make it the comparison's: "compared with 606", "compared to similar authorities at 209",
 * "against 647", "the England average of 17%", "the target of 26 weeks". Not "than" alone: "more than 40% of care leavers" is the subject's.
 */
const COMPARED_BEFORE = new RegExp(
  [
    String.raw`\b(?:compared\s+(?:with|to)(?:\s+(?:[\w'\u2019-]+\s+){0,3}?(?:at|of|with))?|against|versus|vs\.?`,
    // "above the target of 26 weeks", "the statutory timescale of 45 working days"; not a measure's own "timescales of
    // 23 weeks" (performance "showing timescales of 23 weeks").
    String.raw`|(?:target|threshold|benchmark|statutory\s+timescale)s?\s+(?:of|is|was|at)`,
    String.raw`|(?:england|national|regional|similar\s+(?:areas?|authorities)|statistical\s+neighbours?['\u2019]?)\s+`,
    String.raw`(?:average|threshold|target|rate|figure|benchmark|timescale|expectation)s?`,
    String.raw`(?:\s+(?:of|is|was|at))?)\s+(?:the\s+|an?\s+)?(?:(?:england|national|regional)\s+(?:averages?\s+)?(?:of\s+)?)?`,
    String.raw`(?:(?:about|around|roughly|nearly|almost|approximately|some|just\s+over|just\s+under|over|under)\s+)?$`,
  ].join(''),
  'i',
);
/** Other areas like the subject: "similar authorities", "comparable councils", "similar local authorities". */
const SIMILAR = String.raw`(?:similar|comparable)\s+(?:areas?|authorities|councils|local\s+authorities)`;
/**
 * A figure in brackets after what the subject is compared with: "remains high compared to the England average (22%)
 * and that of statistical neighbours (21%)", "comparators (17%)".
 */
const COMPARED_PAREN = new RegExp(
  String.raw`\b(?:england|national(?:ly)?|regional|statistical\s+neighbours?|${SIMILAR}|comparators?)['\u2019]?` +
    String.raw`(?:\s+(?:average|rate|figure))?\s*\(\s*$`,
  'i',
);
/**
 * Words after a figure that make it another area's: "606 for similar authorities", "647 nationally", "17% in England",
 * "the 11% in similar councils", "88% across England", "the 608-day national threshold", "the 26-week target".
 */
const COMPARED_AFTER = new RegExp(
  [
    String.raw`^\s*(?:-?\s*(?:days?|weeks?|months?)|per\s*cent|percent)?\s*(?:\([^()]{0,20}\)\s*)?`,
    String.raw`(?:nationally|for\s+(?:both\s+)?(?:${SIMILAR}|statistical\s+neighbours?|england|the\s+country)`,
    String.raw`|(?:in|across)\s+(?:england|${SIMILAR})|(?:is\s+)?(?:the\s+)?(?:england|national|regional)\s+(?:average|threshold|target|benchmark)`,
    // "the 26-week target", "a 45-day statutory timescale".
    String.raw`|(?:statutory\s+|legal\s+|government\s+)?(?:target|threshold)|statutory\s+timescale)\b`,
  ].join(''),
  'i',
);

/**
 * The figures a sentence gives for what it compares its subject with ("541 days compared with 606 for similar
 * authorities and 647 nationally": 606 and 647) and those it gives for its subject (541), as analysed values, years
 * left out. A figure the sentence also gives for its own subject is not a comparison's.
 */
function figureRoles(text: string): { compared: Set<string>; own: Set<string>; ownMentions: NumberMention[] } {
  const compared = new Set<string>();
  const own = new Set<string>();
  const ownMentions: NumberMention[] = [];
  const mentions = numberMentions(text);
  for (const m of mentions) {
    const value = figureValue(m);
    if (!value || isYear(value)) continue;
    if (comparedRole(text, m, mentions)) compared.add(value);
    else {
      own.add(value);
      ownMentions.push(m);
    }
  }
  for (const v of own) compared.delete(v);
  return { compared, own, ownMentions };
}

/** Between two quantities of one list: "a fifth and roughly one in six", "18%, 15%". */
const LIST_JOIN =
  /^\s*(?:,\s*|\s+and\s+|,\s+and\s+)(?:(?:about|around|roughly|nearly|almost|approximately|just\s+over|just\s+under)\s+)?$/i;

/**
 * Whether `text` gives its quantity `m` (in digits or words) for what it compares its subject with; so is the next of
 * a list that starts with one ("against national averages of a fifth and roughly one in six").
 */
export function comparedRole(text: string, m: NumberMention, mentions?: readonly NumberMention[]): boolean {
  const before = text.slice(Math.max(0, m.start - 60), m.start);
  const after = text.slice(m.end, m.end + 40);
  if (COMPARED_BEFORE.test(before) || COMPARED_PAREN.test(before) || COMPARED_AFTER.test(after)) return true;
  // `mentions`: the text's quantities in order (numberMentions), when the caller has them.
  const all = mentions ?? numberMentions(text);
  let previous: NumberMention | undefined;
  for (const p of all) {
    if (p.end > m.start) break;
    previous = p;
  }
  return previous !== undefined && LIST_JOIN.test(text.slice(previous.end, m.start)) && comparedRole(text, previous, all);
}

/**
 * The sentence's own quantity of the kind of `q` (a share for a share, a count for a count), when it gives exactly one
 * that is not a benchmark's, a year, or a quantity the claim states (`claimQuantities`): "37" of "37 in 2016–17
 * compared with nine in 2015–16" for the claim's "nine"; as written, else undefined. `mentions`: numberMentions(text).
 */
export function ownQuantity(
  q: NumberMention,
  text: string,
  mentions: readonly NumberMention[],
  claimQuantities: readonly NumberMention[],
): string | undefined {
  const own = mentions.filter(
    (m) =>
      m.kind === q.kind &&
      m.hours === undefined &&
      !comparedRole(text, m, mentions) &&
      !isYear(figureValue(m) ?? '') &&
      !claimQuantities.some((c) => sameQuantity(c, m)),
  );
  return own.length === 1 ? own[0].surface : undefined;
}

/** The figures a sentence gives only for what it compares its subject with (see figureRoles). */
export function comparisonFigures(text: string): Set<string> {
  return figureRoles(text).compared;
}

/**
 * The claim states as its subject's a figure the sentence gives only for a comparison ("children take an average of
 * 606 days" against "541 days compared with 606 for similar authorities"): the sentence's own figure of that kind,
 * when it gives exactly one (undefined if none; the claim figure is then simply not the sentence's). `claimCompared`:
 * the claim's own comparison figures (`comparisonFigures` of its text), which agree with the sentence's.
 */
export function comparedFigure(
  claim: AnalysedClaim,
  claimCompared: ReadonlySet<string>,
  figure: ClaimFigure,
  text: string,
): { own: string | undefined } | undefined {
  const { compared, own, ownMentions } = figureRoles(text);
  if (!compared.has(figure.value) || claimCompared.has(figure.value)) return undefined;
  // The claim gives the subject's own figure in words ("almost a quarter … more than double the 11% of the year
  // before" against "23% … compared with 11% during the preceding year"): its other figure is the comparison's too.
  if (ownMentions.some((m) => claim.quantities.some((q) => sameQuantity(q, m)))) return undefined;
  const percent = figure.value.endsWith('%');
  const claimValues = new Set(claim.figures.map((f) => f.value));
  const candidates = [...own].filter((v) => v.endsWith('%') === percent && !claimValues.has(v));
  return { own: candidates.length === 1 ? candidates[0] : undefined };
}
