/**
 * How a source's sentence opens, when the opening says that what it is about was named before it: "This is a 41%
 * increase", "The number who have offended …", "Of this number:", "They average …". passageContext.ts reads such a
 * sentence with the one it points back to, so that the pair is judged as one statement.
 */

/**
 * A sentence that carries the previous one on: "This is a 41% increase", "These figures", "It has since fallen", and
 * a count whose subject is the previous sentence's ("Too many looked after children enter the criminal justice system.
 * The number who have offended has increased from 8% …", "Of these, 12 …", "The numbers have reduced from 59 …").
 */
const CARRIES_ON = (() => {
  /** After "This", "That" or "It": a verb or noun that speaks of what the sentence before said. */
  const afterThis = [
    ...['is', 'was', 'represents', 'compares', 'means', 'equates', 'reflects', 'has\\s+since', 'figure', 'number', 'rate'],
    ...['total', 'increase', 'decrease', 'reduction', 'rise', 'fall', 'enables', 'allows', 'helps', 'ensures', 'gives'],
    ...['provides', 'led', 'leads', 'results', 'resulted'],
  ];
  /** After "This", "That", "It" or "These", perhaps with "has (since)": a change or its outcome. */
  const changed = [
    ...['increased', 'decreased', 'reduced', 'risen', 'rose', 'fallen', 'fell', 'grown', 'grew', 'dropped', 'declined'],
    ...['doubled', 'halved', 'improved', 'led', 'resulted'],
  ];
  /**
   * "The numbers have …", "The number who …", "The proportion of these …", "The rate for family and friends carers is
   * much lower at 40%", "The backlog is reducing": a count whose subject came before.
   */
  const counts = ['numbers?', 'figures?', 'rates?', 'proportion', 'percentage', 'share', 'totals?', 'backlogs?'];
  const countGoesOn = ['has', 'have', 'had', 'is', 'are', 'was', 'were', 'who', 'that', 'of\\s+(?:these|them|those)', 'for', 'among'];
  const changeNouns = ['increase', 'decrease', 'reduction', 'rise', 'fall', 'decline', 'drop', 'improvement', 'deterioration'];
  return new RegExp(
    `^\\W*(?:(?:This|That|It)\\s+(?:${afterThis.join('|')})` +
      `|(?:This|That|It|These)\\s+(?:(?:has|have|had)\\s+(?:since\\s+|now\\s+|then\\s+)?)?(?:${changed.join('|')})` +
      `|These\\s+(?:are|were|figures|numbers|represent)` +
      // "There has been a year-on-year decrease from 681 days …": a change of what the sentence before measured.
      `|There\\s+(?:has|have|had)\\s+been\\s+(?:an?\\s+)?(?:[\\w-]+\\s+){0,3}?(?:${changeNouns.join('|')})` +
      // Perhaps after the period it is for: "In 2012–13 the proportion was only 8%".
      `|(?:(?:In|By|At|During|For)\\s+(?=[^,]{0,30}\\d)[^,]{1,30}?,?\\s+)?[Tt]he\\s+(?:${counts.join('|')})\\s+(?:${countGoesOn.join('|')})` +
      // "The local authority's latest data shows …", "More recent figures show …": a newer figure for the same measure.
      `|(?:The\\s+(?:local\\s+authority|council|authority)(?:['\u2019]s)?\\s+)?(?:own\\s+)?(?:latest|more\\s+recent|most\\s+recent)\\s+` +
      `(?:data|figures|performance\\s+data|information)\\s+(?:shows?|indicates?|suggests?|for)` +
      // "There were 15 such children in the year": "such" points back at what the sentence before described.
      `|There\\s+(?:are|were|is|was|have\\s+been|has\\s+been)\\s+(?:[\\w,.]+\\s+){1,2}such` +
      // "For example, care leavers can now access free gym sessions …": an instance of what the sentence before said.
      `|For\\s+(?:example|instance)` +
      `|Of\\s+(?:these|them|those))\\b`,
  );
})();
/**
 * A sentence whose subject is "They": the things the paragraph is about, named in the last sentence before it that
 * does not also open so ("STCs are generally smaller than YOIs … They aim to prioritise education … They average a
 * per capita running cost of £201,000 … and accommodate 17% of children"). A footnote number that PDF text leaves at
 * the start ("10 They average") does not hide it.
 */
const THEY = /^\W*(?:\d{1,3}\s+)?They\s/;

/** The auxiliary verb (within the first eight words) or colon that ends a sentence's subject (see subjectOf). */
const SUBJECT_END =
  /^(\W*(?:[\p{L}\p{N}'\u2019()-]+\s+){1,7}?)(?:are|were|is|was|have|has|had|can|could|will|would|may|must|should|do|does|did)\b|^([^:]{3,80}):/u;

/** What a sentence is about, when its opening says so plainly: the words before its first auxiliary verb or colon. */
export function subjectOf(text: string): string | undefined {
  const m = SUBJECT_END.exec(text);
  return m ? (m[1] ?? m[2]).trim() : undefined;
}

/** At most this many words, ending in a colon: a lead-in that only introduces ("Of this number:", "These include:"). */
const INTRODUCER_WORDS = 5;

/** The sentence only introduces what follows, or carries the one before it on: it says not what is counted. */
export function pointsBack(text: string): boolean {
  return (/:\s*$/.test(text) && text.trim().split(/\s+/).length <= INTRODUCER_WORDS) || carriesOn(text);
}

/** The sentence carries the one before it on (CARRIES_ON). */
export function carriesOn(text: string): boolean {
  return CARRIES_ON.test(text);
}

/** The sentence's subject is "They" (THEY). */
export function opensWithThey(text: string): boolean {
  return THEY.test(text);
}
