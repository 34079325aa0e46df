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
import { isIdiom, WEAK_DOWN, WEAK_UP } from './trendIdioms.js';
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
  // "added to its pool of foster carers": a stock that grew ("added to the register" is no rise).
  String.raw`add(?:s|ed|ing)?\s+to\s+(?:its|their|the|our)\s+(?:own\s+)?(?:pool|number|stock|supply|bank|cohort|capacity|complement)`,
].join('|');
const DOWN = [
  String.raw`fall(?:s|ing|en)?|fell|decreas\w*|declin\w*|drop(?:s|ped|ping)?|fewer|less|lower|halv\w*|reduc\w*`,
  String.raw`deteriorat\w*|worsen\w*|shr(?:ink|ank|unk)\w*|(?:went|gone|go(?:es)?|going)\s+down|down`,
  String.raw`(?:got|get|gets|getting|gotten|become|became|becoming)\s+worse|weaken(?:s|ed|ing)?`,
  String.raw`(?:went|gone|go(?:es)?|going)\s+downhill`,
  String.raw`plummet(?:s|ed|ted|ing|ting)?|dip(?:s|ped|ping)?|contract(?:s|ed|ing)?|shorten(?:s|ed|ing)?|cut(?:s|ting)?|slipp(?:ed|ing)`,
].join('|');
const WORD = new RegExp(String.raw`\b(?:(${UP})|(${DOWN})|(${WEAK_UP})|(${WEAK_DOWN}))\b`, 'giu');

/** A judgement word that may judge a length of time ("a deterioration in the length of proceedings"). */
const JUDGED_LENGTH = /^(?:deteriorat|worsen|improv)/i;
/** After it, the length it judges: the judgement then counts, as a change of that length. */
const LENGTH_AFTER = /^\s+in\s+(?:the\s+)?(?:average\s+)?(?:length|duration)s?\b/i;
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

/** An opening subordinate clause, up to and with the comma that closes it. */
const LEADING_SUBORDINATE = /^\s*(?:while|whilst|although|though|whereas)\b[^,;:.!?]*,/i;

/** Whether `text` opens with a subordinate clause ("While …, …"), which trendNear may read as a clause of its own. */
export function opensWithSubordinate(text: string): boolean {
  return LEADING_SUBORDINATE.test(text);
}
/** A concessive clause after the main one: ", despite increasing need", " even as need grew", ", although …". */
const CONCESSION = /(?:,\s*|\s+)(?:despite|in\s+spite\s+of|even\s+as|even\s+though|although|though|notwithstanding)\b[^;:.!?]*/gi;

/** `text` without its concessive clauses (CONCESSION), which say how something else went. */
export function withoutConcession(text: string): string {
  return text.replace(CONCESSION, '');
}

/** Every trend word of `text` that survives the guards, weak words dropped where their clause holds a strong one. */
export function trendMentions(text: string, splitOpening = false): TrendMention[] {
  const found = scan(text);
  if (found.length === 0) return [];
  const clauses = clausesOf(text, splitOpening);
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
export function trendNear(text: string, anchor: (clause: string) => number, splitOpening = false): Trend {
  const mentions = trendMentions(text, splitOpening);
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
function clausesOf(text: string, splitOpening = false): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let from = 0;
  const push = (s: number, e: number) => {
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) spans.push([s, e]);
  };
  // With `splitOpening`, "While the number in care is decreasing, the share in residential care is increasing": the
  // comma that closes an opening subordinate clause is a break too.
  const opening = splitOpening ? LEADING_SUBORDINATE.exec(text) : null;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(text); m; m = CLAUSE_BREAK.exec(text)) {
    if (opening && opening[0].length - 1 < m.index && from < opening[0].length) {
      push(from, opening[0].length - 1);
      from = opening[0].length;
    }
    push(from, m.index);
    from = m.index + m[0].length;
  }
  if (opening && from < opening[0].length) {
    push(from, opening[0].length - 1);
    from = opening[0].length;
  }
  push(from, text.length);
  return spans;
}
