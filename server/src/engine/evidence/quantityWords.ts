/**
 * How many, in words: "many children remain too long in neglect" against "a small number remain in situations of
 * neglect for too long". A source that gives the other end of the scale for what the claim speaks of states the
 * contrary, though it holds every word of the claim elsewhere ("… and many benefit as a result, a small number
 * remain …"): the clause that holds most of the claim is the one read. Against "many", a source's "some" says less
 * too; a claim's "some" is borne out by a source's "many".
 */

/** Words for many of a group (not "too many", a judgement of degree that other rules read). */
const MANY =
  /\b(?<!(?:too|not|so|how)\s)(?:many|numerous|the\s+majority|a\s+majority|a\s+(?:large|high)\s+number|(?:large|high)\s+numbers|lots\s+of)\b/i;
/** Words for few of a group (not "too few"). */
const FEW = new RegExp(
  String.raw`\b(?<!(?:too|not|so|how|quite)\s)(?:a\s+(?:very\s+)?small\s+(?:number|minority|proportion)|(?:very\s+)?small\s+numbers|` +
    String.raw`a\s+(?:very\s+)?few|very\s+few|a\s+minority|few)\b`,
  'i',
);
/** What a source says against a claim's "many": few, or only some ("some are remaining … for too long"). */
const FEW_OR_SOME = new RegExp(String.raw`${FEW.source}|\b(?<!(?:and|or|in)\s)some\b(?!\s+(?:of\s+the\s+)?(?:most|best|very|really))`, 'i');
/** Where a clause of a source's sentence ends: a comma, a semicolon or a contrast. */
const CLAUSE_END = /[,;:]|\s(?=(?:but|while|whereas|although|though)\s)/;

/**
 * The source's word at the other end of the scale from the claim's ("a small number" for "many", "many" for "a few")
 * in the clause of `text` that holds most of the claim (`weight` scores a clause), with the claim's word; undefined
 * when the claim gives no such word or that clause does not give the other.
 */
export function otherQuantity(
  claim: string,
  text: string,
  weight: (clause: string) => number,
): { claim: string; source: string } | undefined {
  const many = MANY.exec(claim)?.[0];
  const few = FEW.exec(claim)?.[0];
  // A claim that says both ("a few older children …, and many of these arrangements …") is read clause by clause elsewhere.
  if (!many === !few) return undefined;
  let best = '';
  let bestWeight = 0;
  for (const clause of text.split(CLAUSE_END)) {
    const w = weight(clause);
    if (w > bestWeight) [best, bestWeight] = [clause, w];
  }
  const other = (many ? FEW_OR_SOME : MANY).exec(best)?.[0];
  return other ? { claim: (many ?? few)!, source: other } : undefined;
}
