/**
 * When a trend word says no change of a figure: a bound ("more than 50", "up to 40"), an idiom ("more or less",
 * "longer term"), a phrasal verb ("sign up", "came up", "to bring caseloads down"), an aim ("to increase"), raising a
 * matter or a child ("raised concerns"), where a thing belongs ("fell outside the law"), a count in addition ("five
 * more"), a name ("Our Voice Listen Up"). trend.ts scans for trend words and asks `isIdiom` of each, with the text just
 * before and after it.
 */

/** Durations (see the header): weak trend words. */
export const WEAK_UP = String.raw`longer|slower`;
export const WEAK_DOWN = String.raw`shorter|quicker|faster`;
export const WEAK = new RegExp(String.raw`^(?:${WEAK_UP}|${WEAK_DOWN})$`, 'i');

/** "more than 50", "less than half": a bound, not a movement. */
const BOUND_AFTER = /^\s+than\s+(?:\d|a\b|an\b|half|one|two|three|four|five|six|seven|eight|nine|ten|a\s+(?:third|quarter))/i;
/** "up to 40", "down to the council", "more to do": a bound or an idiom; "down to 27%" is a fall. */
const TO_IDIOM_WORD = /^(?:up|down|more|less)$/i;
const TO_AFTER = /^\s+to\b(?!\s+[£$€]?\d)/i;
const UP_TO_AFTER = /^\s+to\b/i;
/** Phrases where a trend word says no trend ("more or less", "lower-level", "longer term"). */
const IDIOM_AFTER = /^(?:\s+or\s+less|\s+and\s+more|-|\s+(?:term|run)\b)/i;
const IDIOM_BEFORE = /\b(?:set|follow(?:ed|ing)?|pick(?:ed)?|take|took|taken|back|once|no|any|much|more\s+or)\s+$/i;
/** Phrasal verbs with "up" or "down" that say no movement of a figure ("slowing down adoption", "sign up", "end up"). */
const PHRASAL_BEFORE = new RegExp(
  [
    String.raw`\b(?:slow|break|broke|broken|turn|shut|let|calm|write|wrote|written|play|track`,
    String.raw`|step|sit|sat|catch|caught|end|sign|open|look|speak|spoke|grow|grew|grown|clean`,
    String.raw`|join|gear|line|mess|pass|stand|stood|tie|tied|wind|wound|wake|woke|fill`,
    String.raw`|draw|drew|drawn|make|made|sum|give|gave|given|hold|held|team|back)(?:s`,
    String.raw`|ed|ing|t)?\s+$`,
  ].join(''),
  'i',
);
/** A count just before "more": "five more", "12 more", "a few more". */
const COUNT_BEFORE = /(?:\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|a\s+few|several)|\d)\s+$/i;
/** "themes that came up most often", "brought up in care": arising, raising; "caseloads have come down" is a fall. */
const PHRASAL_UP_BEFORE = /\b(?:come|comes|came|coming|bring|brings|brought|bringing)\s+$/i;
/** "to bring caseloads down", "to push standards up": the phrasal verb of an aim, its object between. */
const AIM_PHRASAL_BEFORE = /\bto\s+(?:bring|get|keep|push|drive)\s+(?:[\w\u2019'-]+\s+){0,3}$/i;
/** A verb in the infinitive after "to" states an aim ("effective action is being taken to increase …"). */
const AIM_BEFORE = /\bto\s+$/i;
const AIM_VERB = new RegExp(
  String.raw`^(?:increase|reduce|improve|raise|grow|decrease|lower|cut|rise|fall|drop|expand|enlarge|shrink|halve|double|` +
    String.raw`boost|lessen|minimise|maximise|strengthen|weaken)$`,
  'i',
);
/** "requires improvement", "areas for improvement", "need improving", "room for improvement", "plans for improvement". */
const IMPROVEMENT_IDIOM_BEFORE = new RegExp(
  String.raw`\b(?:requir(?:e|es|ed|ing)|need(?:s|ed|ing)?|areas?\s+(?:for|of)|room\s+for|scope\s+for|plans?\s+for|priorities\s+for)` +
    String.raw`\s+(?:further\s+|significant\s+|urgent\s+)?$`,
  'i',
);
/** "gave rise to", "giving rise to". */
const RISE_IDIOM_BEFORE = /\b(?:give|gives|gave|given|giving)\s+$/i;
/** "raised concerns", "raised with the council", "raised in care": raising a matter or a child, not a figure. */
const RAISE_IDIOM_AFTER = new RegExp(
  String.raw`^\s+(?:(?:a|an|the|their|its|his|her|our|any|these|those|some|serious|significant|safeguarding|further|several|many|no)` +
    String.raw`\s+){0,2}` +
    String.raw`(?:concerns?|awareness|issues?|questions?|matters?|quer(?:y|ies)|objections?|complaints?|alarm|doubts?|points?|problems?|` +
    String.raw`allegations?|alerts?|challenges?|profile|requirements?|recommendations?|funds?|money|children|famil(?:y|ies)|` +
    String.raw`with|about|at|during|through|as|this|these|that|it|them|him|her|in\s+(?![£$€]?\d)|by\s+(?![£$€]?\d|an?\s|half\b))\b`,
  'i',
);
/** "concerns were raised", "the issues that she raised". */
const RAISE_IDIOM_BEFORE =
  /\b(?:concerns?|issues?|questions?|matters?|points?|quer(?:y|ies)|complaints?|allegations?|awareness|problems?)\s+(?:\w+\s+){0,3}$/i;
/** After "gain": what makes it a rise ("gains in attainment", "a gain of 5%", "gained ground"). */
const GAIN_AFTER = /^\s+(?:in|of|ground)\b/i;
/** "fell outside the law", "falls within the threshold", "fell short of", "fall into two groups", "fell under the scheme": where a
 * thing belongs or how it measured up, not a figure going down; "fell to 27%", "fell by a third", "a fall in referrals" are falls. */
const FALL_IDIOM_AFTER = /^\s+(?:outside|within|into|under|short|foul|apart|victim|prey|behind\s+(?:with|on))\b/i;
/** "dipped into reserves", "dip sampling", "expanded on": no movement. */
const INTO_ON_AFTER = /^\s+(?:into|on|upon|sampl\w*|check\w*)\b/i;
/** A weak word compared with another place or standard ("longer than necessary", "quicker than the national average") states no
 * change; compared with an earlier time it does ("longer in 2013–14 than in mid-2013", "quicker than last year"). */
const WEAK_THAN_AFTER =
  /^\s+than\b(?!\s+(?:in|at|during|before|previously|earlier|last|the\s+(?:previous|last|year|time)|a\s+year|(?:19|20)\d\d)\b)/i;
const WEAK_BEFORE = /\b(?:no|any)\s+$/i;
/** "awareness-raising", "fund-raising". */
const HYPHEN_BEFORE = /\w-$/;
/** Trend words only with a figure after them: "jumped to 40%", "cut by a third", "contracted by 5%" (not "contracted services"). */
const NEEDS_FIGURE = /^(?:jump|cut|contract)/i;
const FIGURE_AFTER = new RegExp(
  String.raw`^(?:\s+\w+ly)?\s+(?:by|from|to)\s+` +
    String.raw`(?:[£$€]?\d|(?:an?\s+(?:half|third|quarter|fifth|tenth|record|high|low)|` +
    String.raw`half|one|two|three|four|five|six|seven|eight|nine|ten)\b)`,
  'i',
);
/** "cut the number of …", "cut its share of …": what is cut is a measure, so the figures may come later or not at all. */
const MEASURE_AFTER = /^\s+(?:the|its|their)\s+(?:number|share|proportion|percentage|rate|level|use)\b/i;

export function isIdiom(word: string, before: string, after: string): boolean {
  if (inName(word, before, after)) return true;
  const lower = word.toLowerCase();
  // "took longer" is a duration that grew; "no longer", "any longer" are not.
  if (WEAK.test(lower))
    return BOUND_AFTER.test(after) || IDIOM_AFTER.test(after) || WEAK_THAN_AFTER.test(after) || WEAK_BEFORE.test(before);
  if (BOUND_AFTER.test(after) || IDIOM_AFTER.test(after) || IDIOM_BEFORE.test(before)) return true;
  if (/^(?:up|down)$/i.test(word) && PHRASAL_BEFORE.test(before)) return true;
  if (/^up$/i.test(word) && PHRASAL_UP_BEFORE.test(before)) return true;
  // "to bring caseloads down", "to get waiting times down": an aim, as "to reduce" is.
  if (/^(?:up|down)$/i.test(word) && AIM_PHRASAL_BEFORE.test(before)) return true;
  // "action to increase the number", "plans to reduce": an aim, not a change that happened.
  if (AIM_BEFORE.test(before) && AIM_VERB.test(word)) return true;
  // "children who grew up in care"
  if (/^gr[oe]w/i.test(word) && /^\s+up\b/i.test(after)) return true;
  // "five more children's homes", "two more social workers": that many in addition, a count, not a comparison.
  if (lower === 'more' && COUNT_BEFORE.test(before)) return true;
  if (TO_IDIOM_WORD.test(word)) return (/^up$/i.test(word) ? UP_TO_AFTER : TO_AFTER).test(after);
  // "require improvement to be good" is Ofsted's grade, "areas for improvement" what is to be done: no change.
  if (lower.startsWith('improv') && IMPROVEMENT_IDIOM_BEFORE.test(before)) return true;
  if (lower.startsWith('ris')) return RISE_IDIOM_BEFORE.test(before);
  if (lower.startsWith('rais')) return RAISE_IDIOM_AFTER.test(after) || RAISE_IDIOM_BEFORE.test(before) || HYPHEN_BEFORE.test(before);
  if (/^f[ae]ll/.test(lower) && FALL_IDIOM_AFTER.test(after)) return true;
  if (lower.startsWith('dip') || lower.startsWith('expan')) return INTO_ON_AFTER.test(after);
  // "slipped through the net", "slipped into": not a fall.
  if (lower.startsWith('slipp')) return /^\s+(?:through|into|out|away|off|under)\b/i.test(after);
  // "gained five good GCSEs", "gained employment": obtained, not a rise; "gains in attainment", "a gain of 5%" are.
  if (lower.startsWith('gain')) return !GAIN_AFTER.test(after);
  if (NEEDS_FIGURE.test(lower)) return !FIGURE_AFTER.test(after) && !(lower.startsWith('cut') && MEASURE_AFTER.test(after));
  return false;
}

/**
 * A capitalised word inside a name, next to another capitalised word and not opening the sentence: the children in care
 * council "Our Voice Listen Up", the "Staying Put" scheme, "Strengthening Families". A name says no change.
 */
function inName(word: string, before: string, after: string): boolean {
  if (!/^\p{Lu}/u.test(word) || !/\S/.test(before) || /[.!?:;\u2018\u201c"'(]\s*$/u.test(before)) return false;
  return /\p{Lu}[\p{L}\u2019'-]*\s+$/u.test(before) || /^\s+\p{Lu}/u.test(after);
}
