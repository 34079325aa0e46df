/**
 * Every quantity a text states, in digits or in words, with its exact
 * offsets: "44%", "44 per cent", "1,068", "£2.5 million", "two thirds",
 * "a quarter", "half", "nine in ten", "one in five", "three councils",
 * "forty per cent", "reduced to zero". Writers give figures in words as often
 * as in digits, so a claim's "Two thirds of reviews were late" must find its
 * figure in a source's "66%" and must not be supported by a passage with no
 * figure at all.
 *
 * What is not a quantity here: years ("2015", "2015–16"), a day next to a
 * month ("31 March"), labels ("section 20", "Year 6", "level 3", "page 4"),
 * the base of a rate ("per 10,000"), ordinals ("1st", "third time", "first
 * half"), times and dates ("10:30", "04/12/2026"), vague words ("most",
 * "majority", "none", "no children", "dozens"), trend words ("twice",
 * "doubled", "halved": see trend.ts), and "one" in phrases where it names no
 * count ("one of", "no one", "one-off", "one-to-one", "the one", "one
 * another"). A number word joined by a hyphen to a noun is an adjective,
 * not a count ("a two-year plan", "ten-year-olds"); "twenty-five" is a number.
 *
 * Approximate: every proportion and ratio in words ("two thirds", "nine in
 * ten": authors round), round number words from twenty up ("forty", "a
 * hundred"), "a dozen", and anything after a hedge ("around", "nearly", "more
 * than", "some"). Digits are exact unless hedged.
 *
 * Lengths of time carry their length in hours ("72 hours", "seven days", and "a week" where a length is expected:
 * "within a week"), so that one written in words equals the same length in other units ("within seven days" and
 * "within a week", "a day" and "24 hours").
 *
 * Speed: called on every judged passage; one pre-compiled regex pass, and a
 * text with no digit and no number word returns a shared empty array without
 * allocating.
 */
import { MONTH_NAMES, SHORT_MONTH_NAMES } from '../text/months.js';

export interface NumberMention {
  start: number;
  end: number;
  /** The text from start to end, as written. */
  surface: string;
  value: number;
  kind: 'percent' | 'count';
  /** Rounded or hedged: compare with tolerance. */
  approx: boolean;
  /** The place value of the last digit written: 1 for "44%", 0.1 for "44.2%", 100,000 for "1.2 million" (how far it may be rounded). */
  step: number;
  /**
   * For a length of time ("72 hours", "seven days", "26-week", "a week" after "within"), the same in hours: "within a
   * week" and "within seven days" are one quantity, as are "24 hours" and "a day".
   */
  hours?: number;
  /**
   * For a count out of a whole ("only eight out of 149", "35 out of 37"), the count: it is the number a writer gives as
   * a count ("only eight were placed …"). Not for a proportion ("nine in ten", "8 out of 10", "one out of every five").
   */
  count?: number;
}

/** A count out of a whole, not out of every so many: "eight out of 149", not "one out of every five" or "nine in ten". */
const COUNT_OUT_OF = /\sout\s+of\s+(?!every\b)/i;
/** Hours in a unit of time; a month and a year are averages, so durations in them compare loosely. */
const HOURS: Record<string, number> = { hour: 1, day: 24, week: 168, fortnight: 336, month: 730.5, year: 8766 };
const UNIT_AFTER = /^(?:\s+|-)(hour|day|week|fortnight|month|year)s?\b/i;
/** "a week" is a length of time only where one is expected: "within a week", "for a fortnight", "after a day". */
const DURATION_BEFORE = /\b(?:within|for|after|under|than|taking|takes|took|lasting|lasted|up\s+to)\s+$/i;

function hoursOf(value: number, after: string): number | undefined {
  const unit = UNIT_AFTER.exec(after)?.[1].toLowerCase();
  return unit ? value * HOURS[unit] : undefined;
}

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen'];
const WORD_VALUE = new Map<string, number>([
  ...UNITS.map((w, i) => [w, i] as [string, number]),
  ['fourteen', 14],
  ['fifteen', 15],
  ['sixteen', 16],
  ['seventeen', 17],
  ['eighteen', 18],
  ['nineteen', 19],
  ['twenty', 20],
  ['thirty', 30],
  ['forty', 40],
  ['fifty', 50],
  ['sixty', 60],
  ['seventy', 70],
  ['eighty', 80],
  ['ninety', 90],
  ['a', 1],
  ['an', 1],
]);
const SCALE = new Map([
  ['hundred', 100],
  ['thousand', 1000],
  ['million', 1e6],
  ['billion', 1e9],
  ['m', 1e6],
  ['bn', 1e9],
  ['k', 1000],
]);
const DENOMINATOR = new Map([
  ['half', 2],
  ['third', 3],
  ['quarter', 4],
  ['fifth', 5],
  ['sixth', 6],
  ['seventh', 7],
  ['eighth', 8],
  ['ninth', 9],
  ['tenth', 10],
]);

const ONE_NINE = 'one|two|three|four|five|six|seven|eight|nine';
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const SMALL = `eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|ten|zero|${ONE_NINE}`;
/** A number in words below a hundred: "seven", "fifteen", "forty", "forty-five", "forty five". */
const WORD_NUM = `(?:${TENS})(?:[-\\s](?:${ONE_NINE})\\b)?|(?:${SMALL})`;
/** Digits: "1,068", "2.5", "44". */
const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const INT = String.raw`\d{1,3}(?:,\d{3})+|\d+`;
const PERCENT_UNIT = String.raw`\s?%|\s*per\s?cent\b|\s+percent\b`;
const FRACTION = 'half|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?';

const NUMBER = new RegExp(
  [
    // 1, 2: "nine in ten", "1 out of every 5" (the second figure never a year).
    String.raw`\b(?<rn>${INT}|${WORD_NUM})\s+(?:in|out\s+of)\s+(?:every\s+)?(?!(?:19|20)\d\d\b)(?<rm>${INT}\b|(?:${WORD_NUM})\b)` +
      String.raw`(?!\s+(?:months?|years?|weeks?|days?|hours?|minutes?|per)\b|\s?%)`,
    // 3, 4: "one child in four", "two young people in five": a ratio with what it counts inside, ended where a ratio ends.
    String.raw`\b(?<qn>${WORD_NUM})\s+(?:[a-z]+\s+){1,2}?in\s+(?:every\s+)?(?<qm>${WORD_NUM})\b` +
      String.raw`(?=\s*[,.;:)]|\s*$|\s+(?:in|of|across|nationally|had|have|has|were|was|are|is|who|did|do|does|say|said|now|still)\b)`,
    // 5, 6: "a third", "two-thirds", "three quarters".
    String.raw`\b(?<fk>an?|${ONE_NINE})[\s-]+(?<fd>${FRACTION})\b`,
    // 7: "half" alone.
    String.raw`\b(?<half>half)\b`,
    // 8-11: digits, then a percent sign or a scale: "44%", "44 per cent", "£2.5 million", "£3m".
    String.raw`(?<![\w.,])(?<cur>[£$€])?(?<dg>${DIGITS})` +
      String.raw`(?:(?<dp>${PERCENT_UNIT})|(?<ds>\s*(?:million|billion|thousand)\b|(?:m|bn|k)\b))?`,
    // 12-14: words: "forty per cent", "two hundred", "a dozen".
    String.raw`\b(?<wn>${WORD_NUM}|an?(?=\s+(?:hundred|thousand|million|dozen|hour|day|week|fortnight|month|year)\b))` +
      String.raw`(?<wx>\s+(?:hundred|thousand|million|billion|dozen)\b(?:\s+and\s+(?<wa>${WORD_NUM})\b)?)?` +
      String.raw`(?<wp>\s+per\s?cent\b|\s+percent\b)?\b`,
  ].join('|'),
  'giu',
);
/** Quick rejection: no digit and no number word, no work. */
const ANY = new RegExp(
  String.raw`\d|\b(?:${TENS}|${SMALL}|hundred|thousand|dozen|half|third|quarter|fifth|sixth|seventh|eighth|ninth|tenth)` +
    String.raw`|\ban?\s+(?:hour|day|week|fortnight|month|year)\b`,
  'i',
);

const HEDGE_BEFORE = new RegExp(
  String.raw`\b(?:around|about|almost|nearly|over|under|approximately|approx\.?|some|roughly|circa|c\.|` +
    String.raw`more\s+than|less\s+than|fewer\s+than|at\s+least|up\s+to|close\s+to|in\s+excess\s+of|upwards\s+of|` +
    String.raw`(?:an\s+)?estimated|just\s+(?:over|under)|well\s+over|below|above)\s+$`,
  'i',
);
const LABEL_BEFORE = new RegExp(
  String.raw`\b(?:sections?|s\.|paragraphs?|paras?\.?|pages?|p\.|pp\.|regulations?|reg\.|schedules?|chapters?|parts?|annex(?:es)?|` +
    String.raw`articles?|rules?|standards?|clauses?|tables?|figures?|fig\.|appendix|appendices|steps?|levels?|stages?|phases?|tiers?|` +
    String.raw`no\.|version|questions?|` +
    String.raw`recommendations?|items?|box|charts?|lines?|wards?|rooms?|grades?|per)\s+$`,
  'i',
);
const YEAR_LABEL_BEFORE = /\bYears?\s+$/;
const MONTH = `(?:${[...MONTH_NAMES, ...Object.keys(SHORT_MONTH_NAMES)].join('|')})`;
const MONTH_BEFORE = new RegExp(String.raw`\b${MONTH}\.?\s+$`);
const MONTH_AFTER = new RegExp(String.raw`^\s+(?:of\s+)?${MONTH}\b`);
const YEAR_RANGE_AFTER = /^\s?[–/-]\s?\d{2,4}(?!\d)/;
/** "10:30", "04/12/2026", "1.2.3": not a quantity; skip the whole token. */
const CLOCK_AFTER = /^[:/.]\d[\d:/.]*/;
/** "one of", "one another", "one-off", "one-to-one". */
const ONE_IDIOM_AFTER = /^(?:\s+(?:of|another|or|and|to|off|way|day|side|hand|thing|point|time|more|such|who|that|which|in|at|on|by)\b|-)/i;
/** "the one", "each one", and "one" standing for a thing named before: "another one", "a further one", "a new one". */
const ONE_IDIOM_BEFORE = new RegExp(
  String.raw`\b(?:no|the|any|each|every|this|that|which|anyone|someone|no-one|little|big|only\s+the|another|` +
    String.raw`an?\s+(?:further|new|second|similar|separate|different))\s+$`,
  'i',
);
/** "takes part in one.", "asked for one,", "fewer than half actually have one.": a thing named before, at the end of a clause. */
const ONE_PRONOUN_BEFORE =
  /\b(?:in|for|with|into|ha(?:ve|s|d|ving)|get|gets|got|receive[sd]?|need(?:s|ed)?|want(?:s|ed)?|attend(?:s|ed)?)\s+(?:actually\s+)?$/i;
const CLAUSE_END_AFTER = /^\s*(?:[.,;:!?)]|$)/;
const HYPHEN_ADJECTIVE = /^-[a-z]/i;
const ZERO_IDIOM_AFTER = /^(?:-|\s+(?:tolerance|hours?|carbon|emissions?|based|sum)\b)/i;
/** Singular fractions must read as a fraction: "a third of", "a quarter were", "a third (33%)"; not "a third party". */
const FRACTION_AFTER = new RegExp(
  String.raw`^(?:\s+of\b|\s*[,.;:)(!?–—]|\s*$|` +
    String.raw`\s+(?:were|was|are|is|had|have|has|did|do|does|said|say|reported|received|felt|went|came|now|` +
    String.raw`still|also|again|more|less|fewer|in|at|by|from|to|than|and|or|the|their|these|those|all|since|between|over|across)\b)`,
  'i',
);
const HALF_IDIOM_BEFORE = /\b(?:first|second|last|latter|former|other|in|on|and\s+a|and\s+one)\s+$/i;
const HALF_IDIOM_AFTER = /^(?:-|\s+(?:an?|hours?|days?|terms?|years?|time|way|hearted|price|past|dozen)\b)/i;
/** "three or more", "two or three": not an exact figure. */
const OR_AFTER = new RegExp(String.raw`^\s+or\s+(?:more|fewer|less|over|above|so|${DIGITS}|${WORD_NUM})\b`, 'i');
const OR_BEFORE = /\bor\s+$/i;
const AND_A_BEFORE = /\band\s+(?:an?|one)\s+$/i;

const EMPTY: readonly NumberMention[] = Object.freeze([]);

/** Every quantity `text` states, in order. The result is shared and frozen when empty: do not mutate it. */
export function numberMentions(text: string): readonly NumberMention[] {
  if (!ANY.test(text)) return EMPTY;
  const out: NumberMention[] = [];
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(text); m; m = NUMBER.exec(text)) {
    const g = m.groups!;
    const start = m.index;
    const end = start + m[0].length;
    const before = text.slice(Math.max(0, start - 24), start);
    const after = text.slice(end, end + 24);
    const hedged = HEDGE_BEFORE.test(before);
    const push = (value: number, kind: NumberMention['kind'], approx: boolean, step: number) => {
      const loose = approx || hedged || OR_AFTER.test(after) || orBefore(out, before, start);
      const mention: NumberMention = { start, end, surface: m![0], value, kind, approx: loose, step };
      const hours = kind === 'count' ? hoursOf(value, after) : undefined;
      if (hours !== undefined) mention.hours = hours;
      out.push(mention);
    };

    if (g.rn !== undefined || g.qn !== undefined) {
      const n = valueOf(g.rn ?? g.qn);
      const d = valueOf(g.rm ?? g.qm);
      if (d >= 2 && n <= d) {
        push(Math.round((1000 * n) / d) / 10, 'percent', true, 0.1);
        if (g.rn !== undefined && COUNT_OUT_OF.test(m[0]) && d !== 10 && d !== 100) out[out.length - 1].count = n;
      } else if (g.qn !== undefined) NUMBER.lastIndex = start + g.qn.length; // "two children in two homes": read on
    } else if (g.fd !== undefined) {
      if (/\band\s+$/i.test(before)) {
        markLastApprox(out, start); // "two and a half years"
        continue;
      }
      if (!FRACTION_AFTER.test(after)) continue;
      const k = WORD_VALUE.get(g.fk.toLowerCase()) ?? 1;
      if (/^half$/i.test(g.fd) ? k !== 1 : /s$/i.test(g.fd) !== k > 1) continue; // "two third", "a thirds"
      const d = DENOMINATOR.get(g.fd.toLowerCase().replace(/s$/, ''))!;
      push(Math.round((1000 * k) / d) / 10, 'percent', true, 0.1);
    } else if (g.half !== undefined) {
      if (HALF_IDIOM_BEFORE.test(before) || HALF_IDIOM_AFTER.test(after)) {
        if (AND_A_BEFORE.test(before)) markLastApprox(out, start);
        continue;
      }
      push(50, 'percent', true, 0.1);
    } else if (g.dg !== undefined) {
      const raw = g.dg;
      const next = text[end] ?? '';
      if (CLOCK_AFTER.test(text.slice(end, end + 12))) {
        NUMBER.lastIndex = end + CLOCK_AFTER.exec(text.slice(end))![0].length;
        continue;
      }
      if (/[\p{L}\d]/u.test(next)) continue; // "1st", "10km", "3D": an ordinal, a unit or a code
      if (/\p{L}-$/u.test(before) || /^0\d/.test(raw)) continue; // "COVID-19", "0300 123 4234"
      if (!g.cur && /^\s*$/.test(before) && start < 24 && /^[.)](?:\s|$)/.test(after)) continue; // "17. Leaders …": a paragraph number
      const scaleWord = g.ds?.trim().toLowerCase();
      if (scaleWord && /^(?:m|bn|k)$/.test(scaleWord) && !g.cur) continue; // "5m" may be metres
      const plain = !g.dp && !scaleWord && !g.cur;
      if (plain && /^(?:19|20)\d\d$/.test(raw)) {
        // A year; "2015–16" takes its second half with it.
        const range = YEAR_RANGE_AFTER.exec(after);
        if (range) NUMBER.lastIndex = end + range[0].length;
        continue;
      }
      if (plain && LABEL_BEFORE.test(before)) continue;
      if (plain && YEAR_LABEL_BEFORE.test(before)) continue;
      const n = Number(raw.replace(/,/g, ''));
      if (plain && Number.isInteger(n) && n >= 1 && n <= 31 && (MONTH_BEFORE.test(before) || MONTH_AFTER.test(after))) continue;
      const decimals = /\.(\d+)$/.exec(raw)?.[1].length ?? 0;
      const scale = scaleWord ? SCALE.get(scaleWord)! : 1;
      push(roundTo(n * scale, decimals), g.dp ? 'percent' : 'count', false, 10 ** -decimals * scale);
    } else if (g.wn !== undefined) {
      const word = g.wn.toLowerCase();
      const scaleWord = g.wx ? /[a-z]+/i.exec(g.wx)![0].toLowerCase() : undefined;
      if (/^an?$/.test(word) && !scaleWord) {
        // "within a week": one week, a length of time.
        if (!g.wp && DURATION_BEFORE.test(before) && UNIT_AFTER.test(after)) push(1, 'count', false, 1);
        continue;
      }
      if (!scaleWord && !g.wp && (HYPHEN_ADJECTIVE.test(after) || /[a-z]-$/i.test(before))) continue; // "two-year plan", "one-to-one"
      if (word === 'one' && !scaleWord && !g.wp && (ONE_IDIOM_AFTER.test(after) || ONE_IDIOM_BEFORE.test(before))) continue;
      if (word === 'one' && !scaleWord && !g.wp && ONE_PRONOUN_BEFORE.test(before) && CLAUSE_END_AFTER.test(after)) continue;
      if (word === 'zero' && ZERO_IDIOM_AFTER.test(after)) continue;
      if (!scaleWord && !g.wp && LABEL_BEFORE.test(before)) continue;
      const n = valueOf(g.wn);
      const value = (scaleWord === 'dozen' ? n * 12 : n * (scaleWord ? SCALE.get(scaleWord)! : 1)) + (g.wa ? valueOf(g.wa) : 0);
      const round = scaleWord !== undefined || (value >= 20 && value % 10 === 0);
      push(value, g.wp ? 'percent' : 'count', round, scaleWord && scaleWord !== 'dozen' && !g.wa ? SCALE.get(scaleWord)! : 1);
    }
  }
  return out;
}

/**
 * The same quantity: one kind, and equal up to the rounding of the less precise ("44%" and "44.2%", "1.2 million"
 * and "1,234,000"), or within a tolerance when either is approximate (percent ±4 points, so "two thirds" is 63-71%;
 * count ±5%).
 */
export function sameQuantity(a: NumberMention, b: NumberMention): boolean {
  // "only eight were placed" against "only eight out of 149 were placed": the count of a count out of a whole.
  if (a.kind === 'count' && b.count !== undefined) return !a.approx && a.value === b.count;
  if (b.kind === 'count' && a.count !== undefined) return !b.approx && b.value === a.count;
  if (a.kind !== b.kind) return false;
  if (inOtherUnits(a, b)) return sameHours(a, b);
  const gap = Math.abs(a.value - b.value);
  if (a.approx || b.approx) {
    return a.kind === 'percent' ? gap <= 4 + 1e-9 : gap <= 0.05 * Math.max(Math.abs(a.value), Math.abs(b.value)) + 1e-9;
  }
  return gap <= Math.max(a.step, b.step) / 2 + 1e-9;
}

/**
 * Surely a different quantity, for calling a contradiction: both exact, one kind, and apart by more than either
 * could have been rounded; a count ending in two or more zeros ("1,100") may be rounded to them.
 */
export function differentQuantity(a: NumberMention, b: NumberMention): boolean {
  if (a.approx || b.approx || a.kind !== b.kind) return false;
  if (inOtherUnits(a, b)) return !sameHours(a, b);
  const step = Math.max(roundingStep(a), roundingStep(b));
  return Math.abs(a.value - b.value) > step / 2 + 1e-9;
}

/**
 * Two lengths of time in other units, one of them in words ("within a week" and "within 7 days", "72 hours" and "three
 * days"): a writer puts a source's figure in words, seldom in other digits, and two figures in digits that happen to
 * be near ("606 days", "less than 20 months") count different things.
 */
function inOtherUnits(a: NumberMention, b: NumberMention): boolean {
  if (a.hours === undefined || b.hours === undefined || a.hours / a.value === b.hours / b.value) return false;
  return !/\d/.test(a.surface) || !/\d/.test(b.surface);
}

/**
 * Two lengths of time the same: to the hour, or within 5% when either is hedged; within 10% when either is in
 * months or years, which are averages ("six months" and "26 weeks").
 */
function sameHours(a: NumberMention, b: NumberMention): boolean {
  const gap = Math.abs(a.hours! - b.hours!);
  const larger = Math.max(a.hours!, b.hours!);
  const loose = [a, b].some((m) => m.hours! % HOURS.month === 0 || m.hours! % HOURS.year === 0 || m.hours! / m.value >= HOURS.month);
  return gap <= (loose ? 0.1 : a.approx || b.approx ? 0.05 : 0) * larger + 1e-9;
}

function roundingStep(m: NumberMention): number {
  if (m.kind !== 'count' || !Number.isInteger(m.value) || m.value === 0) return m.step;
  let zeros = 1;
  while (m.value % (zeros * 10) === 0) zeros *= 10;
  return zeros >= 100 ? Math.max(zeros, m.step) : m.step;
}

/** A number as written in digits or in words below a hundred ("forty-five", "forty five"). */
function valueOf(written: string): number {
  if (/\d/.test(written)) return Number(written.replace(/,/g, ''));
  let total = 0;
  for (const part of written.toLowerCase().split(/[-\s]+/)) total += WORD_VALUE.get(part) ?? 0;
  return total;
}

/** "two or three": the second of two figures joined by "or". */
function orBefore(out: NumberMention[], before: string, start: number): boolean {
  const last = out[out.length - 1];
  return !!last && OR_BEFORE.test(before) && start - last.end <= 6;
}

/** "two and a half years": the count before is not exact. */
function markLastApprox(out: NumberMention[], start: number): void {
  const last = out[out.length - 1];
  if (last && start - last.end <= 8) last.approx = true;
}

function roundTo(n: number, decimals: number): number {
  const f = 10 ** Math.min(decimals, 10);
  return Math.round(n * f) / f;
}
