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
 * "against 647", "the England average of 17%". Not "than" alone: "more than 40% of care leavers" is the subject's.
 */
const COMPARED_BEFORE = new RegExp(
  [
    String.raw`\b(?:compared\s+(?:with|to)(?:\s+(?:[\w'\u2019-]+\s+){0,3}?(?:at|of|with))?|against|versus|vs\.?`,
    String.raw`|(?:england|national|regional|similar\s+(?:areas?|authorities)|statistical\s+neighbours?['\u2019]?)\s+`,
    String.raw`(?:average|threshold|target|rate|figure|benchmark|timescale|expectation)`,
    String.raw`(?:\s+(?:of|is|was|at))?)\s+(?:the\s+|an?\s+)?(?:(?:england|national|regional)\s+(?:average\s+)?(?:of\s+)?)?`,
    String.raw`(?:about\s+|around\s+)?$`,
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
 * "the 11% in similar councils", "88% across England".
 */
const COMPARED_AFTER = new RegExp(
  [
    String.raw`^\s*(?:days?|weeks?|months?|per\s*cent|percent)?\s*(?:\([^()]{0,20}\)\s*)?`,
    String.raw`(?:nationally|for\s+(?:both\s+)?(?:${SIMILAR}|statistical\s+neighbours?|england|the\s+country)`,
    String.raw`|(?:in|across)\s+(?:england|${SIMILAR})|(?:is\s+)?(?:the\s+)?(?:england|national|regional)\s+average)\b`,
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
  for (const m of numberMentions(text)) {
    const value = figureValue(m);
    if (!value || isYear(value)) continue;
    const before = text.slice(Math.max(0, m.start - 60), m.start);
    const after = text.slice(m.end, m.end + 40);
    if (COMPARED_BEFORE.test(before) || COMPARED_PAREN.test(before) || COMPARED_AFTER.test(after)) compared.add(value);
    else {
      own.add(value);
      ownMentions.push(m);
    }
  }
  for (const v of own) compared.delete(v);
  return { compared, own, ownMentions };
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
