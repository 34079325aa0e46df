/**
 * Which way a text's figures run, with no trend word needed: "from 27% to 31%", "27% in 2015 to 31% in 2016", "from
 * 402 per 10,000 to 411" (figureDirection). A range ("aged 5 to 10", "a scale of 1 to 5") is no movement, nor are
 * years. trend.ts reads the words; this module the figures.
 */
const NUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const UNIT = String.raw`\s?%|\s+per\s*cent\b|\s+percent\b|\s+per\s+(?:\d{1,3}(?:,\d{3})+|\d+)\b`;
const YEAR = String.raw`(?:19|20)\d\d(?:\s?[–/-]\s?\d{2,4})?`;
/** What may sit between a first figure and its "to": a noun, a bracketed count, a period or a place ("weeks", "(90) in 2015–16"). */
const BRACKET = String.raw`(?:\s*\([^()]{0,40}\))?`;
const GAP = String.raw`(?:\s+(?!to\b)[a-z]+)?${BRACKET}(?:\s+(?:in|at|during|for|of|on|as\s+at)\s+[^;:()%]{0,40}?)?${BRACKET}`;
/**
 * What may sit between "from" and its figure: a short noun phrase ending in "of", and a qualifier ("from a previously
 * high annual turnover of over 29% during 2014 to 11%", "from a peak of 400 to 350"). Never an age, a year or a page:
 * "from age 16 to 18" is a range.
 */
const FROM_LEAD = [
  String.raw`(?:(?:a|an|the|its|their)\s+)?`,
  String.raw`(?:(?!(?:age[ds]?|years?|pages?|grades?|levels?|key)\b)[a-z]+\s+){0,4}?of\s+`,
  String.raw`(?:(?:over|more\s+than|almost|nearly|about|around|approximately|just\s+over|just\s+under|under|less\s+than)\s+)?`,
].join('');
/** "from X to Y" and "X in 2013 to Y in 2014". */
const FROM_TO = new RegExp(
  String.raw`\b(?:(from)\s+(?:${FROM_LEAD})?)?(?<![\d.,])(${NUM})(${UNIT})?(${GAP})\s+to\s+[£$€]?(${NUM})(${UNIT})?(?![\d,]*\d)(\s+(?:in|by)\s+${YEAR})?`,
  'giu',
);
const YEAR_IN = new RegExp(String.raw`\s(?:in|at|during)\s+(${YEAR})`, 'iu');
/** Ranges, not movements: "aged from 5 to 10", "a scale of 1 to 5", "between 9 to 12". */
const RANGE_BEFORE = /\b(?:aged?|ages|rang\w*|var(?:y|ies|ied|ying)|scale|between|from\s+ages?)\s+(?:of\s+)?(?:from\s+)?$/i;
const RANGE_AFTER = /^(?:\s*(?:-|\s)years?(?:\s|-)?olds?\b|\s+years?\s+of\s+age\b|\s*(?:am|pm|a\.m\.|p\.m\.)(?!\w))/i;

/**
 * +1 when figures say a rise ("from 27% to 31%", "27% in 2015 to 31% in 2016", "from 402 per 10,000 to 411"), -1 a fall,
 * 0 when none or they disagree. Both figures must be of one kind (a unit on either one carries to the other); years
 * are not figures, and a range ("aged 5 to 10", "a scale of 1 to 5") is no movement.
 */
export function figureDirection(text: string): number {
  if (!/\d/.test(text)) return 0;
  let up = false;
  let down = false;
  const moved = (rose: boolean) => (rose ? (up = true) : (down = true));
  FROM_TO.lastIndex = 0;
  for (let m = FROM_TO.exec(text); m; m = FROM_TO.exec(text)) {
    const [, from, x, unitX, gap, y, unitY, yearY] = m;
    const at = m.index;
    // Without "from", both figures need their years: "31% in 2015 to 27% in 2016".
    const yearX = YEAR_IN.exec(gap ?? '');
    if (!from && (!yearX || !yearY)) continue;
    if (isYear(x, unitX) || isYear(y, unitY)) continue;
    if (!sameKind(unitX, unitY)) continue;
    if (RANGE_BEFORE.test(text.slice(Math.max(0, at - 30), at)) || RANGE_AFTER.test(text.slice(at + m[0].length, at + m[0].length + 12)))
      continue;
    const a = Number(x.replace(/,/g, ''));
    const b = Number(y.replace(/,/g, ''));
    if (a === b) continue;
    // "31% in 2016 to 27% in 2015" runs backwards in time.
    const backwards = yearX && yearY && Number(/\d{4}/.exec(yearY)![0]) < Number(yearX[1].slice(0, 4));
    moved(b > a !== !!backwards);
  }
  // "83% of adopters waited longer than three months, compared with 74% in the previous year": the later figure first.
  SINCE_EARLIER.lastIndex = 0;
  for (let m = /compared/i.test(text) ? SINCE_EARLIER.exec(text) : null; m; m = SINCE_EARLIER.exec(text)) {
    const [, later, unitLater, earlier, unitEarlier] = m;
    if (isYear(later, unitLater) || isYear(earlier, unitEarlier) || !sameKind(unitLater, unitEarlier)) continue;
    const a = Number(earlier.replace(/,/g, ''));
    const b = Number(later.replace(/,/g, ''));
    if (a !== b) moved(b > a);
  }
  return up === down ? 0 : up ? 1 : -1;
}

/** An earlier period a figure is set against: "the previous year", "the preceding 12 months", "the year before", "last year". */
const EARLIER = [
  String.raw`(?:(?:in|during|for|over)\s+)?(?:the\s+)?`,
  String.raw`(?:(?:previous|preceding|prior)\s+(?:year|twelve\s+months|12\s+months|period|quarter)|year\s+before|last\s+year)`,
].join('');
/** "X …, compared with Y in the previous year": a figure, up to 80 characters in its sentence, then the earlier one. */
const SINCE_EARLIER = new RegExp(
  String.raw`(?<![\d.,])(${NUM})(${UNIT})?[^.;:\d]{0,80}?\bcompared\s+(?:with|to)\s+(${NUM})(${UNIT})?\s+${EARLIER}\b`,
  'giu',
);

function isYear(figure: string, unit: string | undefined): boolean {
  return !unit && /^(?:19|20)\d\d$/.test(figure);
}

function unitKind(unit: string | undefined): string {
  if (!unit) return '';
  return /per\s+\d/i.test(unit) ? 'rate' : 'percent';
}

function sameKind(a: string | undefined, b: string | undefined): boolean {
  const ka = unitKind(a);
  const kb = unitKind(b);
  return ka === kb || ka === '' || kb === '';
}
