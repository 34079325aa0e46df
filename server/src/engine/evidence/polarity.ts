/**
 * Whether a statement is denied, so that a source which denies what a claim asserts never supports it: "no children
 * were living in residential settings due to a shortage of foster homes" does not bear out "children were living in
 * residential settings due to a shortage of foster homes", however many words they share.
 *
 * A negator denies only what follows it up to the end of its clause (a comma, a relative "who"/"which"/"that", "but"):
 * "social workers are cowed by managers and councillors, who will not recognise a social worker's right to advocate"
 * still says social workers are cowed. So a text counts as denied when a negator's scope holds at least half of what
 * the caller's weight finds in the whole text. Phrases that state an amount or a hedge rather than a denial ("not
 * enough", "no longer", "no more than", "not only") are not negators here: "not enough homes" is "too few homes"; nor
 * is a category ("not in education, employment or training").
 */

/** Words that deny what follows them. */
const NEGATOR = /\b(?:no|not|never|none|nobody|nothing|neither|nor|cannot|without)\b|n[\u2019']t\b/gi;
const HAVE_ENOUGH = String.raw`(?:have|has|had|get|gets|got|receive|received)\s+(?:enough|sufficient)`;
/** Phrases with a negator that state an amount, a limit or a hedge, not a denial. */
const NOT_DENIAL = new RegExp(
  [
    String.raw`\b(?:not\s+(?:enough|sufficient(?:ly)?|only|just|yet|least|always|all|every|quite|as|so|more|less|fewer)`,
    String.raw`|no\s+(?:longer|more|less|fewer|later|sooner|doubt|matter)|none\s+the\s+less|never\s+the\s+less`,
    String.raw`|(?:whether|if)\s+or\s+not|or\s+not`,
    // A category, not a denial: care leavers "not in education, employment or training" are the NEET ones.
    String.raw`|not\s+in\s+(?:education|employment|training|school)`,
    // "did not have enough foster families" is "not enough foster families" (as is "didn't have enough").
    String.raw`|not\s+${HAVE_ENOUGH})\b|n[\u2019']t\s+${HAVE_ENOUGH}\b`,
  ].join(''),
  'gi',
);
/**
 * Where a negator's scope ends: a clause's punctuation, a relative pronoun or a contrast. A comma inside a list
 * ("not in education, employment or training") does not end it.
 */
const SCOPE_END = new RegExp(
  [
    String.raw`[;:.!?]|,(?!\s*[\w\u2019'-]+(?:\s+[\w\u2019'-]+)?\s*(?:,|\s(?:or|and)\s))|\b(?:who`,
    String.raw`|whom|whose|which|that|where|while|whereas|but|although|though)\b`,
  ].join(''),
  'i',
);
/** The share of the text's weight a negator's scope must hold to deny the text. */
const DENIED_SHARE = 0.5;

/**
 * The denial in `text` (the negator and up to three words after it, as written), or undefined when no negator's
 * scope holds half of what `weight` finds in the text. `weight` scores a piece of text (how much of a claim it names).
 */
export function denial(text: string, weight: (piece: string) => number): string | undefined {
  const plain = text.replace(NOT_DENIAL, (m) => ' '.repeat(m.length));
  NEGATOR.lastIndex = 0;
  let total: number | undefined;
  for (let m = NEGATOR.exec(plain); m; m = NEGATOR.exec(plain)) {
    const rest = text.slice(m.index + m[0].length);
    const end = rest.search(SCOPE_END);
    const scope = end < 0 ? rest : rest.slice(0, end);
    total ??= weight(text);
    if (total <= 0 || weight(scope) < total * DENIED_SHARE) continue;
    // From the start of the negator's word ("don't"), up to four words, within its scope.
    const from = text.slice(0, m.index).search(/\S*$/);
    const words = `${text.slice(from, m.index + m[0].length)}${scope}`.trim().split(/\s+/);
    return words.slice(0, 4).join(' ');
  }
  return undefined;
}

/** A negated predicate: "is not promoted", "are not timely", "does not meet", "have not been visited", "isn't". */
const NEGATED_PREDICATE = new RegExp(
  String.raw`\b(?:is|are|was|were|has|have|had|do|does|did)(?:\s+not|n[\u2019']t)\s+(?:(?:been|being|be|yet|currently|always|consistently|routinely)\s+)*` +
    String.raw`(?:\w+ly\s+)?([a-z][\w-]*)`,
  'gi',
);

/**
 * The predicate a sentence denies when the claim asserts it: "Access to services is not timely" denies "children have
 * timely access", "Private fostering is not promoted" denies "is actively promoted", though the subject, which the
 * negator does not reach, holds most of the claim's words (see denial). `holds` says whether the claim names a word
 * (as an analysed term). The negated word as written, with its negator; undefined when none is the claim's.
 */
export function deniedPredicate(text: string, holds: (word: string) => boolean): string | undefined {
  const plain = text.replace(NOT_DENIAL, (m) => ' '.repeat(m.length));
  NEGATED_PREDICATE.lastIndex = 0;
  for (let m = NEGATED_PREDICATE.exec(plain); m; m = NEGATED_PREDICATE.exec(plain)) {
    if (holds(m[1])) return text.slice(m.index, m.index + m[0].length);
  }
  return undefined;
}

/**
 * Care leavers "not in education, employment or training" (NEET) and those "in education, employment or training"
 * (EET) are opposite measures of the same people: a claim about one is never borne out, nor contradicted, by a
 * figure or trend of the other ("the share NEET rose" against "the share in EET has risen"). Undefined when the text
 * names neither.
 */
export function employmentMeasure(text: string): 'neet' | 'eet' | undefined {
  if (/\bNEETs?\b|\bnot\s+in\s+(?:education|employment|training)\b/i.test(text)) return 'neet';
  if (/\bEET\b|\bin\s+(?:education|employment|training)\b/i.test(text)) return 'eet';
  return undefined;
}

/** A grade at or above good, as a claim states it ("are good", "judged outstanding"). */
const GOOD_GRADE = /\b(?:are|is|was|were|be|been|judged|rated|graded|remains?|as)\s+(?:now\s+)?(?:good|outstanding)\b/i;
/** What a claim says that keeps "good" from being the grade claimed ("requires improvement to be good", "not good"). */
const GRADE_NOT_MET = /\brequir\w*\s+improvement\b|\b(?:not|never|no longer|inadequate)\b/i;
/** An inspection grade below good, as reports word it ("require improvement to be good", "inadequate"). */
const BELOW_GOOD = /\brequir\w*\s+improvement(?:\s+to\s+be\s+good)?|\binadequate\b/i;

/** A recommendation: a sentence that opens with what to do ("Ensure that …", "Improve …", "2. Strengthen …"). */
const RECOMMENDS = new RegExp(
  String.raw`^\W*(?:\d+[.)]?\s+)?(?:ensure|improve|strengthen|develop|make\s+sure|review|implement|establish|address|` +
    String.raw`prioriti[sz]e|continue\s+to|take\s+action|increase|reduce|raise)\b`,
  'i',
);
/** What a claim says that makes it about a recommendation ("should", "needs to", "inspectors asked"). */
const ABOUT_RECOMMENDATION =
  /\b(?:should|must|needs?\s+to|ought|recommend\w*|asked|required\s+to|has\s+to|have\s+to|improv\w*|ensur\w*|priorit\w*)\b/i;

/**
 * An aim the source states ("has high aspirations to … ensure that every child … has excellent experiences", "plans to
 * provide", "is committed to ensuring"): what follows is what someone means to bring about, not what is so.
 */
const STATED_AIM = new RegExp(
  String.raw`\b(?:aspirations?|aspires?|aims?|ambitions?|ambitious|plans?|intends?|intentions?|vision|commitment|committed|` +
    String.raw`determined|strives?|seeks?|wants?|wishes|goal)\b[^.;:]{0,120}?\bto\s+(?:[\w-]+\s+){0,2}?` +
    String.raw`(?:ensur(?:e|ing)|make\s+sure|achiev(?:e|ing)|provid(?:e|ing)|deliver(?:ing)?|creat(?:e|ing)|giv(?:e|ing)|offer(?:ing)?)\b`,
  'i',
);
/** What a claim says that makes it about an aim or a plan itself ("aims to", "plans", "will", "wants every child to"). */
const ABOUT_AIM = new RegExp(
  String.raw`\b(?:aspir\w*|aims?|aimed|aiming|ambition\w*|plans?|planned|planning|intend\w*|intention\w*|vision|commit\w*|` +
    String.raw`determined|strive\w*|seeks?|wants?|goals?|targets?|will|would|should)\b`,
  'i',
);

/**
 * The aim `text` states and what it means to bring about, when it states one (STATED_AIM): the aim as written (up
 * to its verb) and the text after it.
 */
export function statedAim(text: string): { aim: string; after: string } | undefined {
  const m = STATED_AIM.exec(text);
  return m ? { aim: m[0], after: text.slice(m.index + m[0].length) } : undefined;
}

/** Not "almost all": a hedge before a universal makes it none. */
const NOT_HEDGED = String.raw`(?<!(?:almost|nearly|virtually|not|but)\s)`;
/** "every week", "each month", "every eight weeks", "every 3 to 6 months": how often, not how many. */
const HOW_OFTEN = [
  String.raw`(?!\s+(?:other\s+|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few)(?:\s*(?:-|to|or)\s*\d+)?\s+)?`,
  String.raw`(?:day|night|week|fortnight|month|quarter|term|year|morning|evening|weekend)s?\b)`,
].join('');
/** A universal the writer asserts: "all", "every", "always", "fully", "each", "none", "never". */
// "once every other option had been exhausted", "every other avenue": the rest, which a source names as "other options"
// without a universal of its own; not a claim about every member of a group.
// "all but one of the 11 councils": a count short of the whole, which the source gives as "10 out of 11".
const UNIVERSAL = new RegExp(
  String.raw`\b${NOT_HEDGED}(all(?!\s+but\b)|every(?!\s+other\b)|everyone|always|fully|each|none|never)\b${HOW_OFTEN}`,
  'i',
);
/** The source's words for the whole of a group. "Every child who has been missing is offered an interview" is said as
 * "when children have been missing, they are always offered": a universal of time over a group's cases is one of the group. */
const EVERY_ONE = new RegExp(String.raw`\b${NOT_HEDGED}(?:all|every|each|everyone|100%|always|invariably|without\s+exception)\b`, 'i');
/** How each universal may be said in the source. */
const UNIVERSAL_WORDS: Record<string, RegExp> = {
  all: EVERY_ONE,
  every: EVERY_ONE,
  everyone: EVERY_ONE,
  each: EVERY_ONE,
  always: /\b(?<!(?:almost|nearly|not)\s)(?:always|consistently|invariably|without exception)\b/i,
  fully: /\b(?<!not\s)(?:fully|entirely|completely|wholly)\b/i,
  none: /\b(?:none|no\s+\w+|not\s+any|0%)\b/i,
  never: /\b(?:never|not\s+once|at\s+no\s+time)\b/i,
};

/** What the checks below read of a claim, once per claim (a verdict judges many passages for it). */
export interface ClaimPolarity {
  /** It gives a grade of good or outstanding ("Bury's children's services are good"). */
  goodGrade: boolean;
  /** It speaks of a recommendation ("should", "needs to"), so a source's recommendation may bear it out. */
  aboutRecommendation: boolean;
  /** It speaks of an aim or plan itself ("aims to", "will"), so a source's stated aim may bear it out. */
  aboutAim: boolean;
  /** The universal it asserts ("Every", "always"), as written, if any. */
  universal?: string;
  /**
   * It says something happens in good time ("timely access", "quickly meets the initial health needs"): a source that
   * speaks of the same thing without saying so ("arrangements for initial health assessments were poor") does not bear
   * it out, however many of its other words it holds. The stem of "timely" ("time") does not tell it from "time".
   */
  timely: boolean;
}

/** The words of pace, as adjectives: each rule below reads them in its own forms ("quickly", "is prompt"). */
const PACE = 'prompt|swift|quick|rapid';
/**
 * How a claim says that something happens in good time: "timely", an adverb ("responds quickly") or a predicate ("the
 * response is prompt"). An adjective before a noun may name a kind of thing instead ("London's rapid reviews").
 */
const TIMELY = new RegExp(
  String.raw`\b(?:timely|(?:${PACE})ly|speedily|without\s+(?:undue\s+)?delay|` +
    String.raw`(?:is|are|was|were|be|been|being)\s+(?:very\s+|usually\s+|always\s+|often\s+)?(?:${PACE}))\b`,
  'i',
);
/**
 * A claim that denies it ("not timely", "are not seen quickly", "fail to respond promptly"), or a change that is quick
 * ("rose rapidly"): the pace of a trend is the trend's, and trend.ts judges it.
 */
const NOT_TIMELY = new RegExp(
  String.raw`\b(?:(?:not|never|un|fail\w*|lack\w*)\b[^,;:.]*?|n[\u2019']t\b[^,;:.]*?|` +
    String.raw`(?:rose|risen|ris(?:e|es|ing)|increas\w*|gr[eo]w\w*|fell|fall\w*|declin\w*|decreas\w*|dropp?\w*|` +
    String.raw`chang\w*|improv\w*|deteriorat\w*|worsen\w*)\s+(?:very\s+|more\s+|too\s+)?)` +
    String.raw`(?:timely|(?:${PACE})(?:ly)?|speedily)\b`,
  'i',
);
/** How a source says that something happens in good time. */
const TIMELY_SAID = new RegExp(
  String.raw`\b(?:timely|(?:${PACE})(?:ly)?|speedily|immediately|in\s+good\s+time|without\s+(?:undue\s+)?delay|` +
    String.raw`on\s+time|the\s+same\s+day|within\s+(?:statutory\s+|agreed\s+|required\s+)?timescales?|` +
    String.raw`within\s+(?:\d+|one|two|three|four|five|ten|24|48|72)\s+(?:working\s+)?(?:hours?|days?|weeks?))\b`,
  'i',
);

/** A sentence that opens on what it speaks of and says it is timely: "The response is prompt, well coordinated …". */
const TIMELY_STATED = new RegExp(
  String.raw`^\W*(?:The|Their|Its|This|These|Such)\s+(?:[\w-]+\s+){0,2}(?:is|are|was|were)\s+` +
    String.raw`(?:(?:very|always|consistently|usually)\s+)?(?:timely|${PACE})\b`,
);

/** Whether the sentence opens on its subject and says that it happens in good time (TIMELY_STATED). */
export function statesTimely(sentence: string): boolean {
  return TIMELY_STATED.test(sentence);
}

/** Whether `text` says that something happens in good time (see ClaimPolarity.timely). */
export function saysTimely(text: string): boolean {
  return TIMELY_SAID.test(text);
}

export function claimPolarity(claim: string): ClaimPolarity {
  const universal = UNIVERSAL.exec(claim)?.[1];
  return {
    goodGrade: GOOD_GRADE.test(claim) && !GRADE_NOT_MET.test(claim),
    timely: TIMELY.test(claim) && !NOT_TIMELY.test(claim),
    aboutRecommendation: ABOUT_RECOMMENDATION.test(claim),
    aboutAim: ABOUT_AIM.test(claim),
    ...(universal ? { universal } : {}),
  };
}

/**
 * The grade below good a passage gives ("require improvement to be good", "inadequate"): it does not bear out a claim
 * that the services are good (ClaimPolarity.goodGrade), though it holds every word of it. Ofsted's four grades are
 * outstanding, good, requires improvement to be good, and inadequate.
 */
export function gradeBelowGood(text: string): string | undefined {
  return BELOW_GOOD.exec(text)?.[0];
}

/**
 * The opening of a recommendation ("Ensure that private fostering is promoted"): it says things are not so yet, so it
 * never bears out a claim that they are ("Private fostering is actively promoted"), unless the claim speaks of a
 * recommendation (ClaimPolarity.aboutRecommendation). Undefined when the text is no recommendation.
 */
export function recommends(text: string): string | undefined {
  const m = RECOMMENDS.exec(text);
  return m
    ? text
        .slice(0, m[0].length + 40)
        .replace(/\s+\S*$/, '')
        .trim()
    : undefined;
}

/**
 * Whether the text says the universal a claim asserts (ClaimPolarity.universal), in its own words: "Every child in
 * Sheffield receives good services" is not borne out by "most children receiving good services", nor "assessments
 * always consider" by "do not always fully consider".
 */
export function saysUniversal(universal: string, text: string): boolean {
  return UNIVERSAL_WORDS[universal.toLowerCase()].test(text);
}

/** How a source denies each universal in so many words ("do not always fully consider", "not all", "not fully effective"). */
const NOT_EVERY_ONE = /\bnot\s+(?:all|every|everyone|each)\b/i;
const UNIVERSAL_DENIED: Record<string, RegExp> = {
  all: NOT_EVERY_ONE,
  every: NOT_EVERY_ONE,
  everyone: NOT_EVERY_ONE,
  each: NOT_EVERY_ONE,
  always: /\b(?:not|never)\s+(?:always|consistently|invariably)\b/i,
  fully: /\bnot\s+(?:yet\s+)?(?:fully|entirely|completely|wholly)\b/i,
};

/**
 * The source's words that deny the claim's universal (UNIVERSAL_DENIED), as written: "Assessments … do not always
 * fully consider the impact of disability" states the contrary of "assessments always consider" — unlike a source that
 * only does not say "always", which is often a paraphrase.
 */
export function deniesUniversal(universal: string, text: string): string | undefined {
  return UNIVERSAL_DENIED[universal.toLowerCase()]?.exec(text)?.[0];
}
