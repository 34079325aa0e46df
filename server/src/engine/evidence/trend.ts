/**
 * Which way a sentence says something went: up (rose, increased, more,
 * higher, improved, raised, climbed, took longer) or down (fell, decreased,
 * fewer, lower, shrank, cut by 5%, got shorter). A bound ("more than 50",
 * "fewer than 10", "up to 40", "longer than 20 weeks") is not a trend, nor is
 * an idiom ("raised concerns", "contracted services", "no longer",
 * "longer-term", "gave rise to"), and a negated trend ("did not rise", "has
 * not improved") is read as the other way for blocking support but is never
 * used to call a passage contradicting, since "did not rise" is not "fell".
 *
 * A sentence may say two things went opposite ways ("proceedings increased
 * and the share under section 20 reduced"): `trendMentions` gives each trend
 * word with its clause, and `trendNear` picks the clause the caller's claim
 * is about. `figureDirection` (figureDirection.ts) reads a direction from
 * figures alone ("from 31% to 27%").
 *
 * Durations: "longer" and "slower" say a time went up, "shorter", "quicker"
 * and "faster" that it went down ("proceedings were taking longer" against
 * "the time taken has reduced"). These comparatives are weak: they count only
 * in a clause that holds no other trend word, where they are a modifier of
 * that word instead ("rose faster", "fell over a longer period").
 */
import { figureDirection } from './figureDirection.js';

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

/** One trend word of a text, with the clause it sits in (offsets into the text). */
export interface TrendMention {
  direction: 1 | -1;
  negated: boolean;
  /** As written. */
  word: string;
  start: number;
  end: number;
  /** The clause: between clause boundaries (see CLAUSE_BREAK), trimmed of spaces. */
  clauseStart: number;
  clauseEnd: number;
}

const UP = [
  String.raw`(?:went|gone|go(?:es)?|going)\s+up|(?:creep(?:s|ing)?|crept)\s+up|ris(?:e|es|ing|en)|rose|increas\w*|grow(?:s|th|ing|n)?|grew|more|higher`,
  String.raw`doubl\w*|tripl\w*|trebl\w*|improv\w*|exceed\w*|gain\w*|up`,
  String.raw`(?:got|get|gets|getting|gotten|become|became|becoming)\s+better|strengthen(?:s|ed|ing)?`,
  String.raw`rais(?:e|es|ed|ing)|climb(?:s|ed|ing)?|soar(?:s|ed|ing)?|surg(?:e|es|ed|ing)|jump(?:s|ed|ing)?`,
  String.raw`expan(?:d|ds|ded|ding|sion)|lengthen(?:s|ed|ing)?|enlarg(?:e|es|ed|ing)`,
].join('|');
const DOWN = [
  String.raw`fall(?:s|ing|en)?|fell|decreas\w*|declin\w*|drop(?:s|ped|ping)?|fewer|less|lower|halv\w*|reduc\w*`,
  String.raw`deteriorat\w*|worsen\w*|shr(?:ink|ank|unk)\w*|(?:went|gone|go(?:es)?|going)\s+down|down`,
  String.raw`(?:got|get|gets|getting|gotten|become|became|becoming)\s+worse|weaken(?:s|ed|ing)?`,
  String.raw`(?:went|gone|go(?:es)?|going)\s+downhill`,
  String.raw`plummet(?:s|ed|ted|ing|ting)?|dip(?:s|ped|ping)?|contract(?:s|ed|ing)?|shorten(?:s|ed|ing)?|cut(?:s|ting)?|slipp(?:ed|ing)`,
].join('|');
/** Durations (see the header): weak trend words. */
const WEAK_UP = String.raw`longer|slower`;
const WEAK_DOWN = String.raw`shorter|quicker|faster`;
const WEAK = new RegExp(String.raw`^(?:${WEAK_UP}|${WEAK_DOWN})$`, 'i');
const WORD = new RegExp(String.raw`\b(?:(${UP})|(${DOWN})|(${WEAK_UP})|(${WEAK_DOWN}))\b`, 'giu');

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
/** "dipped into reserves", "dip sampling", "expanded on": no movement. */
/** A judgement word that may judge a length of time ("a deterioration in the length of proceedings"). */
const JUDGED_LENGTH = /^(?:deteriorat|worsen|improv)/i;
/** After it, the length it judges: the judgement then counts, as a change of that length. */
const LENGTH_AFTER = /^\s+in\s+(?:the\s+)?(?:average\s+)?(?:length|duration)s?\b/i;
/** After "gain": what makes it a rise ("gains in attainment", "a gain of 5%", "gained ground"). */
const GAIN_AFTER = /^\s+(?:in|of|ground)\b/i;
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
const NEGATION_BEFORE = /\b(?:not|no longer|never|n't|neither|nor|without)\s+(?:\w+\s+){0,2}$/i;

/**
 * Clause boundaries: ";", ":" (not in "10:30"), a sentence end, ", and" / ", but" / ", while" / ", whereas" / ", which" /
 * ", although" / ", though" / ", yet" / ", despite" / ", unless", and " but " / " whereas " / " while " / " despite " /
 * " unless " / " and the ". A concession or a condition speaks of something else: "beds … fell by 20 per cent …, despite
 * increasing need for treatment"; "expenditure is projected to rise …, leaving a gap unless the costs are brought down".
 */
const CLAUSE_BREAK = new RegExp(
  String.raw`[;:](?!\d)|[.!?](?=\s|$)|,\s+(?:and|but|while|whereas|which|although|though|yet|despite|unless)\b|` +
    String.raw`\s+(?:but|whereas|while|despite|unless)\s+|\s+and\s+(?=the\b)`,
  'giu',
);

/** A concessive clause after the main one: ", despite increasing need", " even as need grew", ", although …". */
const CONCESSION = /(?:,\s*|\s+)(?:despite|in\s+spite\s+of|even\s+as|even\s+though|although|though|notwithstanding)\b[^;:.!?]*/gi;

/** `text` without its concessive clauses (CONCESSION), which say how something else went. */
export function withoutConcession(text: string): string {
  return text.replace(CONCESSION, '');
}

/** Every trend word of `text` that survives the guards, weak words dropped where their clause holds a strong one. */
export function trendMentions(text: string): TrendMention[] {
  const found = scan(text);
  if (found.length === 0) return [];
  const clauses = clausesOf(text);
  const mentions: TrendMention[] = [];
  const strongIn = new Set<number>();
  const clauseOf = found.map((f) => {
    const c = clauses.findIndex(([s, e]) => f.start >= s && f.start < e);
    if (!f.weak) strongIn.add(c);
    return c;
  });
  found.forEach((f, i) => {
    if (f.weak && strongIn.has(clauseOf[i])) return;
    const [clauseStart, clauseEnd] = clauses[clauseOf[i]] ?? [0, text.length];
    mentions.push({ direction: f.direction, negated: f.negated, word: f.word, start: f.start, end: f.end, clauseStart, clauseEnd });
  });
  return mentions;
}

export function trendOf(text: string): Trend {
  const found = scan(text);
  // Clauses are needed only to weigh a weak word against a strong one.
  return trendFrom(found.some((f) => f.weak) ? trendMentions(text) : found);
}

/**
 * The trend of the clause that `anchor` scores highest among the clauses that hold a trend word: the caller passes
 * how much of its claim's measure a clause names, so "proceedings increased and the share under section 20 reduced"
 * gives "reduced" for a claim about section 20. A tie (or no trend at all) gives the whole text's `trendOf`.
 */
export function trendNear(text: string, anchor: (clause: string) => number): Trend {
  const mentions = trendMentions(text);
  const byClause = new Map<number, TrendMention[]>();
  for (const m of mentions) {
    const list = byClause.get(m.clauseStart);
    if (list) list.push(m);
    else byClause.set(m.clauseStart, [m]);
  }
  if (byClause.size <= 1) return trendFrom(mentions);
  let best: TrendMention[] | undefined;
  let bestScore = -Infinity;
  let tie = false;
  for (const list of byClause.values()) {
    const score = anchor(text.slice(list[0].clauseStart, list[0].clauseEnd));
    if (score > bestScore) {
      bestScore = score;
      best = list;
      tie = false;
    } else if (score === bestScore) tie = true;
  }
  return tie || !best ? trendFrom(mentions) : trendFrom(best);
}

/**
 * "Increasing numbers of children who come into care are benefiting from …": a trend word counting a group that a
 * relative clause defines, with a main verb after it, says that the group doing the main predicate grew, not the
 * group itself (how many came into care). The main predicate, when `word` is such a trend word; else undefined.
 */
const GROUP_TREND = new RegExp(
  String.raw`\b(increasing|growing|rising|decreasing|falling|reducing|declining|diminishing)\s+(?:numbers?|proportions?|shares?)\s+of\s+` +
    String.raw`[^,;:.]+?\s+(?:who|that|which)\s+[^,;:.]+?\s+(?:are|is|were|was|have|has|had|continue|remain)\s+([^,;:.]+)`,
  'i',
);

export function groupPredicate(text: string, word: string | undefined): string | undefined {
  const m = GROUP_TREND.exec(text);
  return m && word !== undefined && m[1].toLowerCase() === word.toLowerCase() ? m[2] : undefined;
}

/** A judgement of a length, which counts (see scan): "deterioration in the length". */
const LENGTH_JUDGED = /\bin\s+(?:the\s+)?(?:average\s+)?(?:length|duration)s?$/i;
/** A trend word that judges rather than counts ("improved", "worsened", "better"). */
const EVALUATIVE = new RegExp(
  String.raw`^(?:(?:got|get|gets|getting|gotten|become|became|becoming)\s+)?(?:improv|deteriorat|worsen|better|worse|strengthen|weaken)` +
    String.raw`|^(?:went|gone|go(?:es)?|going)\s+downhill`,
  'i',
);

/**
 * Whether `text`'s trend judges rather than counts: its words all judge, and no figures say which way ("the position
 * is improving" judges; "improved from 41% to 49%" counts). A judgement bears out or runs against only another.
 */
export function judges(trend: Trend, text: string): boolean {
  const words = wordsOf(trend);
  return words.length > 0 && words.every((w) => EVALUATIVE.test(w) && !LENGTH_JUDGED.test(w)) && figureDirection(text) === 0;
}

/** Whether one of a trend's words judges ("improvements" of "made considerable improvements …, including doubling"). */
export function hasJudgement(trend: Trend): boolean {
  return wordsOf(trend).some((w) => EVALUATIVE.test(w) && !LENGTH_JUDGED.test(w));
}

/** A trend's words as written: all of them, or the one that says it. */
function wordsOf(trend: Trend): readonly string[] {
  return trend.words.length > 0 ? trend.words : trend.word !== undefined ? [trend.word] : [];
}

/** The direction a trend asserts, negation applied: "did not rise" runs down for the purpose of blocking support. */
export function effectiveDirection(trend: Trend): number {
  return trend.negated ? -trend.direction : trend.direction;
}

interface Found {
  direction: 1 | -1;
  weak: boolean;
  negated: boolean;
  word: string;
  start: number;
  end: number;
}

function scan(text: string): Found[] {
  const found: Found[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const at = m.index;
    const end = at + m[0].length;
    const after = text.slice(end, end + 40);
    const before = text.slice(Math.max(0, at - 30), at);
    if (isIdiom(m[0], before, after)) continue;
    // "a deterioration in the length of proceedings": the length grew, as "longer" says (an improvement: it fell).
    const length = JUDGED_LENGTH.test(m[0]) ? LENGTH_AFTER.exec(after)?.[0] : undefined;
    const direction = length ? (/^improv/i.test(m[0]) ? -1 : 1) : m[1] || m[3] ? 1 : -1;
    const word = length ? m[0] + length : m[0];
    found.push({ direction, weak: !!(m[3] || m[4]), negated: NEGATION_BEFORE.test(before), word, start: at, end: at + word.length });
  }
  return found;
}

function isIdiom(word: string, before: string, after: string): boolean {
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

function trendFrom(found: ReadonlyArray<{ direction: number; negated: boolean; word: string }>): Trend {
  let up = false;
  let down = false;
  let negated = false;
  const words: string[] = [];
  for (const f of found) {
    if (f.direction > 0) up = true;
    else down = true;
    if (f.negated) negated = true;
    words.push(f.word);
  }
  const direction = up === down ? 0 : up ? 1 : -1;
  return direction === 0 ? { direction, negated: false, words } : { direction, negated, word: words[0], words };
}

/** The clauses of `text` as [start, end) spans, trimmed; together they cover every non-space character. */
function clausesOf(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let from = 0;
  const push = (s: number, e: number) => {
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) spans.push([s, e]);
  };
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(text); m; m = CLAUSE_BREAK.exec(text)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return spans;
}
