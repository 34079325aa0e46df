/**
 * Which way a sentence says something went: up (rose, increased, more,
 * higher, improved) or down (fell, decreased, fewer, lower, deteriorated).
 * A bound ("more than 50", "fewer than 10") is not a trend, and a negated
 * trend ("did not rise", "has not improved") is read as the other way for
 * blocking support but is never used to call a passage contradicting, since
 * "did not rise" is not "fell".
 */

export interface Trend {
  /** +1 up, -1 down, 0 none or both. */
  direction: number;
  /** The trend word is negated ("not", "no longer", "never"). */
  negated: boolean;
  /** The word that says it, as written (for messages). */
  word?: string;
  /** Every trend word of the text, as written. */
  words: string[];
}

const UP = [
  String.raw`(?:went|gone|go(?:es)?|going)\s+up|ris(?:e|es|ing|en)|rose|increas\w*|grow(?:s|th|ing|n)?|grew|more|higher`,
  String.raw`doubl\w*|tripl\w*|improv\w*|exceed\w*|gain\w*|up`,
].join('|');
const DOWN = [
  String.raw`fall(?:s|ing|en)?|fell|decreas\w*|declin\w*|drop(?:s|ped|ping)?|fewer|less|lower|halv\w*|reduc\w*`,
  String.raw`deteriorat\w*|worsen\w*|shr[iu]nk\w*|(?:went|gone|go(?:es)?|going)\s+down|down`,
].join('|');
const WORD = new RegExp(String.raw`\b(?:(${UP})|(${DOWN}))\b`, 'giu');
/** "more than 50", "less than half": a bound, not a movement. */
const BOUND_AFTER = /^\s+than\s+(?:\d|a\b|an\b|half|one|two|three|four|five|six|seven|eight|nine|ten|a\s+(?:third|quarter))/i;
/** Phrases where an up/down word says no trend ("up to", "set up", "more or less", "lower-level"). */
const IDIOM_AFTER = /^(?:\s+to\b|\s+or\s+less|\s+and\s+more|-)/i;
const IDIOM_BEFORE = /\b(?:set|follow(?:ed|ing)?|pick(?:ed)?|take|took|taken|back|once|no|any|much)\s+$/i;
const NEGATION_BEFORE = /\b(?:not|no longer|never|n't|neither|nor|without)\s+(?:\w+\s+){0,2}$/i;

export function trendOf(text: string): Trend {
  let up = false;
  let down = false;
  let negated = false;
  let word: string | undefined;
  const words: string[] = [];
  for (const m of text.matchAll(WORD)) {
    const at = m.index ?? 0;
    const after = text.slice(at + m[0].length, at + m[0].length + 30);
    const before = text.slice(Math.max(0, at - 30), at);
    if (BOUND_AFTER.test(after) || IDIOM_AFTER.test(after) || IDIOM_BEFORE.test(before)) continue;
    if (m[1]) up = true;
    else down = true;
    word ??= m[0];
    words.push(m[0]);
    if (NEGATION_BEFORE.test(before)) negated = true;
  }
  const direction = up === down ? 0 : up ? 1 : -1;
  return direction === 0 ? { direction, negated: false, words } : { direction, negated, word, words };
}

/** The direction a trend asserts, negation applied: "did not rise" runs down for the purpose of blocking support. */
export function effectiveDirection(trend: Trend): number {
  return trend.negated ? -trend.direction : trend.direction;
}
