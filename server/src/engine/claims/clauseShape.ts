/**
 * The shape of a sentence's main clause, roughly, without a parser: does it
 * have a finite verb, or is it a noun phrase ("The quality of plans for
 * children who need help.")? Inspection reports list what needs to improve
 * as noun phrases and headings are noun phrases; neither states a fact. Used
 * by policyClaimRules.ts (a claim needs a main verb) and by claimRules.ts
 * (a noun-phrase recommendation is never a claim).
 *
 * Closed word lists on purpose: "-ed" and "-s" words are as often adjectives
 * and plural nouns ("disabled children", "long waits") as verbs, so only
 * verbs that are known, or that follow a word that can end a subject, count.
 *
 * Pure and deterministic; the input is a sentence cleaned by claimRules.ts.
 */

/** Alternation of whole words for a RegExp source. */
export function alt(words: string[]): string {
  return words.join('|');
}

// Where a main clause ends: what follows may carry the only verb of a fragment
// ("The quality of plans for children who need help"). A comma is not a
// boundary: an opening phrase ("In Brent, …") comes before the main clause.
// Case-sensitive, so that an opening "Because …" or "Since 2020, …" is not cut at once.
const SUBORDINATE = new RegExp(
  `\\b(?:${alt(['that', 'which', 'who', 'whom', 'whose', 'when', 'where', 'while', 'whilst', 'so', 'because', 'as', 'since'])}|` +
    `${alt(['although', 'though', 'including', 'such as', 'to ensure', 'in order to'])})\\b`,
);
const RELATIVE = /^(?:who|which|that)$/;

const AUXILIARY = new RegExp(
  `\\b(?:${alt(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'does', 'did', 'do'])}|` +
    `${alt(['will', 'would', 'can', 'could', 'may', 'might', 'shall', 'should', 'must'])}|` +
    `${alt(['remains?', 'remained', 'continues? to', 'continued to'])}|` +
    `${alt(["isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't", "doesn't", "don't", "didn't"])})\\b`,
  'i',
);

// Verbs that are also nouns ("long waits", "the delays", "a lack"): finite only
// after a word that can end a subject (a noun or a name), not after a
// determiner, preposition or adjective.
const VERB_OR_NOUN = new RegExp(
  `\\b(?:${alt(['lives?', 'lived', 'waits?', 'waited', 'faces?', 'faced', 'lacks?', 'lacked', 'struggles?', 'struggled'])}|` +
    `${alt(['relies', 'relied', 'rely', 'depends?', 'depended', 'delays', 'stays?', 'stayed', 'experiences?', 'experienced'])}|` +
    `${alt(['receives?', 'received', 'gets?', 'got', 'makes?', 'made', 'uses?', 'used', 'sees?', 'saw', 'moves?', 'moved'])}|` +
    `${alt(['leaves?', 'left', 'takes?', 'took', 'holds?', 'held', 'finds?', 'found', 'benefits?', 'benefited'])}|` +
    `${alt(['requires?', 'required', 'require', 'needs'])}|` +
    // Verbs that report what a body knows or found ("Leaders acknowledge that not enough care leavers …").
    `${alt(['acknowledges?', 'acknowledged', 'recognises?', 'recognised', 'recognizes?', 'recognized', 'knows?', 'knew'])}|` +
    `${alt(['reports?', 'reported', 'notes?', 'noted', 'accepts?', 'accepted', 'identifies', 'identified'])})\\b`,
  'gi',
);
const NOT_A_SUBJECT_END = new RegExp(
  `^(?:${alt(['the', 'a', 'an', 'of', 'in', 'on', 'at', 'for', 'to', 'from', 'with', 'by', 'and', 'or', 'but'])}|` +
    `${alt(['long', 'longer', 'short', 'shorter', 'many', 'more', 'most', 'some', 'any', 'no', 'these', 'those'])}|` +
    `${alt(['their', 'its', 'his', 'her', 'our', 'your', 'my', 'this', 'that', 'such', 'further', 'lengthy'])}|` +
    `${alt(['significant', 'unnecessary', 'avoidable', 'frequent', 'few', 'fewer', 'little', 'less', 'multiple'])})$`,
  'i',
);

// Verbs of change and a few of state, which a noun phrase's subject takes ("The
// number of referrals increased", "The quality of plans varies"); not when they
// are a participle before their object ("support provided to children").
const CHANGE_OR_STATE_VERB = new RegExp(
  `\\b(?:${alt(['increased', 'decreased', 'rose', 'risen', 'fell', 'fallen', 'improved', 'declined', 'grew', 'grown'])}|` +
    `${alt(['reduced', 'doubled', 'halved', 'trebled', 'tripled', 'deteriorated', 'worsened', 'changed', 'dropped'])}|` +
    `${alt(['peaked', 'stabilised', 'stabilized', 'widened', 'narrowed', 'slowed', 'accelerated', 'began', 'started'])}|` +
    `${alt(['ended', 'stopped', 'happened', 'occurred', 'took place', 'varies', 'varied', 'differs', 'differed'])}|` +
    `${alt(['ranges', 'ranged', 'means', 'meant', 'shows', 'showed', 'suggests', 'suggested', 'reflects', 'reflected'])}|` +
    `${alt(['exceeds', 'exceeded', 'stands', 'stood', 'includes', 'included', 'equals', 'equalled', 'totals', 'totalled'])}|` +
    `${alt(['amounts', 'amounted', 'accounts', 'accounted', 'matters', 'mattered', 'works', 'worked', 'helps', 'helped'])}|` +
    `${alt(['ensures', 'ensured', 'leads', 'led', 'allows', 'allowed', 'enables', 'enabled', 'supports', 'supported'])}|` +
    `${alt(['provides', 'provided', 'acknowledge', 'acknowledges', 'acknowledged', 'recognise', 'recognises', 'recognised'])}|` +
    `${alt(['recognize', 'recognizes', 'recognized', 'accept', 'accepts', 'accepted', 'admit', 'admits', 'admitted'])}|` +
    `${alt(['report', 'reports', 'reported', 'note', 'notes', 'noted', 'agree', 'agrees', 'agreed'])})\\b` +
    `(?! (?:to|for|by|with) (?:${alt(['children', 'young people', 'care leavers', 'families', 'parents', 'carers', 'them'])})\\b)`,
  'i',
);

// "The quality of …", "Oversight of …": the noun phrase of a recommendation or
// a heading. The words before the head noun are adjectives or nouns: no second
// determiner, no preposition ("A lack of capacity…": the head is "lack") and no
// -ed word, which would make a verb likelier ("The IRO enlisted the support
// of…"). Without a determiner the head noun comes first.
const HEAD_NOUNS = [
  'quality',
  'timeliness',
  'effectiveness',
  'consistency',
  'sufficiency',
  'oversight',
  'use',
  'range',
  'availability',
  'impact',
  'response',
  'application',
  'development',
  'understanding',
  'recording',
  'management',
  'monitoring',
  'tracking',
  'identification',
  'provision',
  'capacity',
  'stability',
  'progress',
  'experiences?',
  'help',
  'support',
  'arrangements',
  'planning',
  'work',
  'scrutiny',
  'challenge',
  'focus',
  'pace',
  'extent',
  'number',
  'care',
  'standard',
  'standards',
  'access',
  'recruitment',
  'retention',
  'timescales',
  'permanence',
  'decision-making',
  'consideration',
  'analysis',
  'evaluation',
  'involvement',
  'engagement',
  'participation',
  'completion',
  'implementation',
];
const HEAD_LINKS = ['of', 'for', 'to', 'in', 'with', 'by', 'given', 'on', 'across', 'within', 'about', 'when', 'at', 'provided', 'offered'];
const NOMINAL_HEAD = new RegExp(
  `^(?:(?:the|a|an) (?:(?!(?:the|a|an|its|their|his|her|our|of|in|for|to|with|by|on|at|from)\\b)[\\w-]+(?<!ed),? ){0,4}?)?(?:${alt(HEAD_NOUNS)})` +
    `(?:,? (?:and|or) (?:[\\w-]+ ){0,2}?[\\w-]+)? (?:${alt(HEAD_LINKS)})\\b`,
  'i',
);

/** Whether a clause has a finite verb of its own (an auxiliary, or a verb after its subject). */
export function hasFiniteVerb(clause: string): boolean {
  if (AUXILIARY.test(clause)) return true;
  for (const m of clause.matchAll(VERB_OR_NOUN)) {
    const before = clause.slice(0, m.index).trim().split(/\s+/).pop() ?? '';
    if (before !== '' && !NOT_A_SUBJECT_END.test(before)) return true;
  }
  return false;
}

// A modal that is a relative clause's own verb: "homes that can meet children's needs", "staff who may leave", and
// the reduced form after a possessed noun, "have caseloads they can manage"; "siblings who need to stay together".
const RELATIVE_MODAL = new RegExp(
  `\\b(?:(?:that|which|who)|(?:${alt(['have', 'has', 'had', 'with', 'enough'])}) (?:[\\w'-]+ ){0,2}?[\\w'-]+s (?:they|it))` +
    ` (?:can|could|may|might|will|would|need to|needs to)\\b`,
  'gi',
);

/**
 * A comparison's elliptical clause: "waited longer than they should", "not as quickly as it needs to". Its modal
 * measures what happened against what ought to; it recommends nothing.
 */
const COMPARATIVE_MODAL =
  /\b(?:than|as) (?:they|it|he|she|we|you|one|[\w'-]+s) (?:should|ought to|need to|needs to|must|would|could|can)\b/gi;

/**
 * The sentence with the modals of its relative clauses and its comparisons left out. Only the main clause's own
 * modality makes a sentence a possibility, a plan, a prediction or a recommendation: "There are not enough homes that
 * can meet children's complex needs" states how things are, and so does "some children waited longer than they should".
 */
export function withoutDependentModals(text: string): string {
  return text
    .replace(RELATIVE_MODAL, (m) => m.replace(/ \S+$/, ''))
    .replace(COMPARATIVE_MODAL, (m) => m.replace(/ (?:ought to|needs? to|\S+)$/i, ''));
}

/** The sentence up to its first subordinate clause (all of it when there is none). */
export function mainClauseOf(text: string): string {
  const cut = SUBORDINATE.exec(text);
  return cut && cut.index > 0 ? text.slice(0, cut.index) : text;
}

/**
 * After "who", "which" or "that", a verb past the relative clause's own one
 * ("The response to children who need help is inadequate"): the main verb.
 * The relative clause is taken to be its first word (its verb) up to the next
 * subordinate word; an auxiliary after that is the main clause's.
 */
function verbAfterRelative(text: string): boolean {
  const cut = SUBORDINATE.exec(text);
  if (!cut || !RELATIVE.test(cut[0])) return false;
  const rest = text
    .slice(cut.index + cut[0].length)
    .trim()
    .replace(/^\S+\s*/, '');
  const end = SUBORDINATE.exec(rest);
  return AUXILIARY.test(end ? rest.slice(0, end.index) : rest);
}

/**
 * Whether the sentence has a finite verb outside its subordinate clauses. A
 * relative clause may sit between subject and verb ("Children who need help
 * in Brent receive…"), so after "who", "which" or "that" the rest counts,
 * except after the noun phrase of a recommendation, where only a verb past
 * the relative clause does.
 */
export function mainClauseHasVerb(text: string): boolean {
  if (hasFiniteVerb(mainClauseOf(text))) return true;
  const cut = SUBORDINATE.exec(text);
  if (!cut || !RELATIVE.test(cut[0])) return false;
  return NOMINAL_HEAD.test(text) ? verbAfterRelative(text) : hasFiniteVerb(text.slice(cut.index + cut[0].length));
}

/**
 * A recommendation written as a noun phrase, as inspection reports list what
 * needs to improve: "The quality of plans for children who need help.",
 * "Oversight of arrangements when care leavers move…". It opens with a
 * nominal head ("the quality of", "the response to") and its main clause has
 * no finite verb, counting verbs of change and a few of state but not every
 * -ed word, which in these items is an adjective ("disabled", "unregistered").
 */
export function isNounPhraseItem(text: string): boolean {
  if (!NOMINAL_HEAD.test(text)) return false;
  const head = mainClauseOf(text);
  return !hasFiniteVerb(head) && !CHANGE_OR_STATE_VERB.test(head) && !verbAfterRelative(text);
}
