/**
 * Claim rules for policy briefings, on top of the check-worthiness model.
 *
 * The model (checkworthiness.ts) learnt from political debates. Briefings
 * have sentence kinds debates rarely have (procedural lines, sign-posting,
 * formal recommendations) and state facts in their own register ("Ofsted
 * judged...", "Research shows..."). These rules cover those cases. Where a
 * rule is confident it decides, whatever the model says and whatever the
 * sensitivity; weaker cues only nudge the model's log-odds.
 *
 * The policy-briefing layer lives apart, in policyClaimRules.ts (a named
 * place or body and how it is doing: "Norfolk did not have enough foster
 * families") and clauseShape.ts (noun-phrase recommendations, "The quality of
 * plans for…", are not claims); `RuleLayers` turns it off for measurement.
 *
 * Pure and deterministic. `classifyClaim` is what the `unsupported-claim`
 * diagnostic calls; its `reason` is a short phrase shown to the writer.
 */
import { checkworthinessLogit, checkworthinessThreshold, SENSITIVITY_LOGIT_RANGE } from './checkworthiness.js';
import { normalizeText } from './claimFeatures.js';
import { isNounPhraseItem, withoutDependentModals } from './clauseShape.js';
import { policyClaimReason } from './policyClaimRules.js';

export interface ClaimClassification {
  /** Whether the sentence states something checkable (at this sensitivity). */
  checkworthy: boolean;
  /** Check-worthiness after the rules, 0..1; checkworthy iff score >= the threshold for the sensitivity. */
  score: number;
  /** Why, in a few words: "states a figure", "recommendation", "question", ... */
  reason: string;
  /** A rule decided it is not a claim (recommendation, question, procedure, thanks, opinion). */
  ruledOut: boolean;
}

type Verdict = { decision: 'claim' | 'not'; reason: string } | { decision: 'nudge'; delta: number; reason: string };

/** Which rule layers run; all by default. Turning one off is for measuring what it adds (bench/claimRulesPolicy.ts). */
export interface RuleLayers {
  /**
   * The policy-briefing layer: the claim rule of policyClaimRules.ts (a named place or body and how it
   * is doing) and clauseShape.ts's noun-phrase recommendations ("The quality of plans for…"), which are not claims.
   */
  policy?: boolean;
}

// Margins, in log-odds, that put a decided sentence beyond the threshold at
// every sensitivity (the threshold moves by at most SENSITIVITY_LOGIT_RANGE).
const DECIDED_MARGIN = SENSITIVITY_LOGIT_RANGE + 1;
const NUDGE = 1.5;

// ---------------------------------------------------------------------------
// Text clean-up and shared patterns

/** Drops Markdown left-overs (list markers, heading hashes, emphasis) that carry no meaning here. */
function clean(sentence: string): string {
  return normalizeText(sentence)
    .replace(/^(?:[#>]+\s*|[-*+]\s+|\d+[.)]\s+|\(?[a-z]\)\s+)+/i, '')
    .replace(/[*_`]+/g, '')
    .replace(/\[\^[^\]]*\]/g, '')
    .trim();
}

// References to parts of a document: their numbers are not figures.
const DOC_PART = new RegExp(
  [
    String.raw`\b(?:section|sections|annex|annexe|appendix|appendices|paragraph|paragraphs|para`,
    String.raw`|paras|chapter|chapters|part|page|pages|p|pp|table|tables|figure|figures|fig|chart`,
    String.raw`|box|recommendation|recommendations|item|items|option|options|step|phase|stage`,
    String.raw`|tier|level|key stage|year group|schedule|clause|article|regulation|section)\.?\s+(?:\d+(?:\.\d+)*[a-z]?`,
    String.raw`|[A-Z]\b|[ivxl]+\b)(?:\s*(?:and|to|-|,)\s*(?:\d+(?:\.\d+)*|[A-Z]\b))*`,
  ].join(''),
  'gi',
);

const FIGURE = new RegExp(
  [
    String.raw`\d\s?%|\b(?:per ?cent|percent|percentage points?)\b|[£$€]\s?\d|\b\d[\d,]*(?:\.\d+)?\s?(?:bn`,
    String.raw`|m|k|million|billion|thousand|hundred|trillion)\b|\b\d[\d,]*(?:\.\d+)?\b|\b(?:one`,
    String.raw`|two|three|four|five|six|seven|eight|nine|ten|\d+) (?:in|out of) (?:every )?(?:two`,
    String.raw`|three|four|five|six|seven|eight|nine|ten|\d+)\b|\b(?:half|a third|two thirds`,
    String.raw`|a quarter|three quarters|a fifth|the majority|a minority) of\b|\b(?:twice|three times`,
    String.raw`|four times|ten times) (?:as|the|more)\b|\b(?:hundreds|thousands|millions|billions`,
    String.raw`|dozens) of\b`,
  ].join(''),
  'i',
);

const YEAR_ONLY = /^(?:1[89]|20)\d\d$/;

// A finite verb, roughly: auxiliaries, common reporting and change verbs,
// and -ed forms. Enough to tell "7% of children" (a fragment) from a statement.
const VERB = new RegExp(
  [
    String.raw`\b(?:is|are|was|were|be|been|being|has|have|had|does|do|did|will|would|can|could`,
    String.raw`|may|might|shall|should|must|rose|rise|rises|risen|fell|falls|fall|fallen|grew`,
    String.raw`|grow|grows|grown|spent|spend|spends|cost|costs|made|makes|paid|pays|received`,
    String.raw`|receives|took|takes|saw|sees|reached|reaches|accounts?|stands?|stood|remains?`,
    String.raw`|remained|shows?|showed|shown|found|finds|says|said|lives?|lived|waits?|waited`,
    String.raw`|leaves?|left|enters?|entered|gets?|got|gave|gives|went|goes|came|comes|kept|keeps`,
    String.raw`|lost|loses|means|meant|needs|needed|represents?|represented|includes?|included`,
    String.raw`|compares?|compared|runs?|ran|owns?|owned|holds?|held|employs?|employed|operates?`,
    String.raw`|operated|covers?|covered|earns?|earned|supports?|supported|provides?|provided`,
    String.raw`|exceeds?|exceeded|affects?|affected|experiences?|experienced|becomes?|became`,
    String.raw`|reports?|reported)\b|\b[a-z]{3,}ed\b`,
  ].join(''),
  'i',
);

const QUESTION = /\?["')\]]*$/;

const THANKS = new RegExp(
  [
    String.raw`^(?:(?:many |special |our )?thanks?\b|thank you\b|with thanks\b|we (?:are|remain) (?:very `,
    String.raw`|extremely )?grateful\b|(?:i|we) (?:would|'d) (?:like|wish) to (?:thank|acknowledge)\b`,
    String.raw`|(?:i|we) (?:thank|acknowledge)\b|(?:i am|we are) grateful\b)`,
  ].join(''),
  'i',
);

const PROCEDURAL = [
  new RegExp(
    [
      String.raw`\b(?:is|are) (?:asked|invited|requested|recommended|being asked) to (?:note|agree`,
      String.raw`|approve|consider|endorse|comment|discuss|decide|support|receive|accept|adopt`,
      String.raw`|review|delegate|authorise|authorize)\b`,
    ].join(''),
    'i',
  ),
  /^(?:to )?(?:note|agree|approve|endorse|consider) (?:the|this|that)\b/i,
  new RegExp(
    [
      String.raw`^(?:decision|action|purpose|recommendations?|summary|background|for (?:information`,
      String.raw`|decision|noting|discussion)|report author|contact officer|lead member|key decision)\b\s*[:\-–]`,
    ].join(''),
    'i',
  ),
  /^(?:this|the) (?:report|paper|item) is for (?:information|decision|noting|discussion)\b/i,
];

const SIGNPOST = [
  /^(?:see|refer to|please see|please refer to|as (?:set out|described|shown|noted|discussed) (?:in|at|above|below))\b/i,
  new RegExp(
    [
      String.raw`\b(?:set out|described|summarised|summarized|detailed|listed|outlined|explained`,
      String.raw`|discussed|covered|presented|included|attached|provided) (?:in|at) (?:section`,
      String.raw`|annex|annexe|appendix|paragraph|chapter|part|table|figure|the (?:annex|appendix`,
      String.raw`|attached|next section|following))\b`,
    ].join(''),
    'i',
  ),
  /\b(?:set out|described|summarised|summarized|detailed|listed|outlined|explained|discussed|shown) (?:below|above|overleaf)\b/i,
  new RegExp(
    [
      String.raw`^(?:this|the) (?:paper|report|briefing|note|document|section|chapter|annex|appendix`,
      String.raw`|summary|update|submission|consultation response) (?:sets out|describes|outlines`,
      String.raw`|summarises|summarizes|explains|provides|presents|considers|updates|seeks|asks`,
      String.raw`|proposes|looks at|covers|gives|is structured|is divided|begins|concludes)\b`,
    ].join(''),
    'i',
  ),
  /^(?:the )?next steps?\b/i,
  new RegExp(
    [
      String.raw`^(?:section|chapter|part|annex|annexe|appendix|table|figure|chart|paragraph|box)s? [\dA-Z][\d.]*[a-z]?,? (?:below `,
      String.raw`|above )?(?:sets out|describes|outlines|summarises|summarizes|explains|provides`,
      String.raw`|presents|considers|covers|gives|lists|shows|contains|includes|illustrates|details`,
      String.raw`|looks at)\b`,
    ].join(''),
    'i',
  ),
  new RegExp(
    [
      String.raw`^(?:in (?:this|the next|the following) (?:section|chapter|part|paper)|the following (?:section`,
      String.raw`|chapter|table|figure)s?|further (?:details?|information) (?:is|are|can be found))\b`,
    ].join(''),
    'i',
  ),
];

// Recommendations and proposals that are formal enough to be sure of.
const RECOMMENDATION_STRONG = [
  /^(?:we|i) (?:would |therefore |also |strongly |now |further )*(?:recommend|propose|suggest|urge|advise|call on|call for|ask|invite)\b/i,
  new RegExp(
    [
      String.raw`^(?:the |this )?(?:\w+ ){0,2}(?:council|committee|board|panel|cabinet|authority`,
      String.raw`|service|department|partnership|forum|group) (?:therefore |also |now )*(?:recommends`,
      String.raw`|proposes|is asked|is invited|calls on|urges)\b`,
    ].join(''),
    'i',
  ),
  /\bit is (?:therefore )?(?:recommended|proposed|suggested|advised) that\b/i,
  /^(?:recommendation|proposal|action)\s*\d*\s*[:.\-–]/i,
  /^(?:we|i) (?:would like|want|wish|hope|intend|plan|propose|aim) to\b/i,
  /^let(?:'s| us)\b/i,
];

// Weaker forms: modal obligations and commitments. Not decisive when the sentence also states a figure.
const RECOMMENDATION_MODAL = /\b(?:should|must|ought to|need to|needs to|has to|have to)\b/i;
const COMMITMENT = new RegExp(
  [
    String.raw`^(?:we|the (?:\w+ ){0,3}(?:council|authority|service|department|partnership|team`,
    String.raw`|board)|officers|the local authority) (?:will|shall|are going to|is going to|intends? to`,
    String.raw`|plans? to|aims? to|commits? to|are committed to|is committed to)\b`,
  ].join(''),
  'i',
);
const IMPERATIVE = new RegExp(
  [
    String.raw`^(?:please |do not |don't )?(?:ensure|make sure|consider|remember|note|imagine`,
    String.raw`|think about|take|make|use|read|contact|send|ask|keep|check|invest|stop|start`,
    String.raw`|give|join|help|tell|look at)\b`,
  ].join(''),
  'i',
);

const OPINION = new RegExp(
  [
    String.raw`^(?:personally\b|(?:i|we) (?:personally |really |genuinely |strongly |firmly )?(?:think`,
    String.raw`|believe|feel|suspect|guess|suppose|reckon|hope|wish|consider|would argue|would say)\b`,
    String.raw`|(?:i am|i'm|we are|we're) (?:confident|sure|convinced|certain|proud|pleased|delighted`,
    String.raw`|clear|hopeful|optimistic|concerned|worried)\b)|\bin (?:my|our) (?:view|opinion`,
    String.raw`|judgement|judgment|experience)\b|\b(?:it seems to me|to my mind|i would argue`,
    String.raw`|we would argue)\b`,
  ].join(''),
  'i',
);

const ATTRIBUTION = [
  /\baccording to\b/i,
  new RegExp(
    [
      String.raw`\b(?:research|evidence|studies|a study|the study|analysis|our analysis|data|the data`,
      String.raw`|figures|the figures|statistics|official statistics|the survey|a survey|surveys`,
      String.raw`|the review|a review|an audit|the audit|an inspection|the inspection|inspectors`,
      String.raw`|the report|a report|the evaluation|an evaluation|the census|polling|a poll|the inquiry`,
      String.raw`|the investigation|the research)\b[^.;]{0,50}?\b(?:shows?|showed|shown|found|finds`,
      String.raw`|suggests?|suggested|indicates?|indicated|demonstrates?|demonstrated|reveals?`,
      String.raw`|revealed|confirms?|confirmed|highlights?|highlighted|estimates?|estimated|concludes?`,
      String.raw`|concluded|reports?|reported|identifies|identified|records?|recorded|recommended`,
      String.raw`|warned|called for)\b`,
    ].join(''),
    'i',
  ),
  new RegExp(
    [
      String.raw`\b(?:Ofsted|DfE|ONS|NAO|LGA|ADCS|CQC|NSPCC|Cafcass|CMA|IFS|OECD|NICE|NHS|Barnardo's`,
      String.raw`|Become|Coram|[Tt]he Department|[Tt]he Government|[Tt]he government|[Tt]he Treasury`,
      String.raw`|[Tt]he Home Office|[Tt]he Children's Commissioner|[Tt]he Competition and Markets Authority`,
      String.raw`|[Tt]he National Audit Office|[Tt]he Local Government Association|[Tt]he Education Policy Institute`,
      String.raw`|[Tt]he Institute for Fiscal Studies|[A-Z][a-z]+ (?:Council|County Council|Borough Council`,
      String.raw`|Trust|Foundation|Institute|Commission|Committee|Office|Agency|University|Review))\b[^.;]{0,60}?\b(?:found`,
      String.raw`|finds|reported|reports|judged|judges|rated|rates|estimated|estimates|published`,
      String.raw`|publishes|concluded|concludes|showed|shows|said|says|warned|warns|identified`,
      String.raw`|identifies|noted|notes|recorded|records|inspected|spent|spends|received|receives`,
      String.raw`|announced|announces|confirmed|confirms|recommended|called for)\b`,
    ].join(''),
  ),
];

const TREND = new RegExp(
  [
    String.raw`\b(?:(?:has|have|had) (?:more than |almost |nearly |roughly )?(?:risen|increased`,
    String.raw`|decreased|fallen|grown|doubled|tripled|trebled|halved|declined|dropped|soared`,
    String.raw`|plummeted|gone up|gone down|reduced|climbed|shrunk|shrank|widened|narrowed|improved`,
    String.raw`|worsened|deteriorated)|(?:rose|increased|decreased|fell|grew|doubled|tripled`,
    String.raw`|trebled|halved|declined|dropped|soared|plummeted|went up|went down|climbed|shrank`,
    String.raw`|widened|narrowed|improved|worsened|deteriorated)(?! to\b))\b`,
  ].join(''),
  'i',
);
const TREND_PRESENT =
  /\b(?:(?:is|are) (?:rising|increasing|falling|decreasing|growing|declining|dropping|climbing|widening|narrowing|improving|worsening|deteriorating))\b/i;

const COMPARISON = [
  new RegExp(
    [
      String.raw`\b(?:more|less|fewer|higher|lower|greater|larger|smaller|bigger|better|worse|cheaper`,
      String.raw`|costlier|faster|slower|longer|shorter|older|younger|likelier)\b[^.;]{0,50}?\bthan\b`,
    ].join(''),
    'i',
  ),
  /\bcompared (?:with|to)\b/i,
  /\b(?:twice|three times|four times|half) as\b/i,
  /\b(?:more|less) likely\b/i,
  /\b(?:do|does|did|fare|fares|fared|perform|performs|performed|achieve|achieves|achieved) (?:much |far |significantly |substantially )?(?:better|worse)\b/i,
];

const CAUSAL = [
  new RegExp(
    [
      String.raw`\b(?:led to|leads to|lead to|leading to|caused|resulted in|results in|result in`,
      String.raw`|as a result of|due to|contributed to|contributes to|driven by|linked to|associated with`,
      String.raw`|attributable to)\b`,
    ].join(''),
    'i',
  ),
  new RegExp(
    [
      String.raw`\b(?:improves?|improved|reduces?|reduced|increases?|increased|raises?|raised|lowers?`,
      String.raw`|lowered|prevents?|prevented|harms?|harmed|damages?|damaged|predicts?|predicted) (?:the )?(?:outcomes?`,
      String.raw`|risk|likelihood|chances?|rates?|stability|wellbeing|attainment|costs?|demand`,
      String.raw`|harm)\b`,
    ].join(''),
    'i',
  ),
  /\b(?:causes|because of|drives|drove)\b/i,
];

// Modality: a sentence about what could, should or will be is not a
// checkable fact, even when it compares or names a cause. "Got to know" is
// getting to know someone, not an obligation.
const IRREALIS = new RegExp(
  String.raw`\b(?:will|'ll|would|'d|could|can|may|might|going to|gonna|got to(?! know\b)` +
    String.raw`|have to|has to|must|should|need to|needs to|want|wants|wish|hope|intend|promise)\b`,
  'i',
);
// "May" the month ("in May 2018", "May 2024") is not the modal.
const MONTH_MAY =
  /\bMay(?=,? \d)|\b(?:in|of|since|from|until|till|between|and|to|by|during|early|late|mid|mid-|last|next|this|each|every) May\b/g;
const FIRST_PERSON = /\b(?:i|we|i'm|we're|i've|we've)\b/i;
// Comparatives in idioms that compare nothing checkable.
const VAGUE_COMPARISON = /\bmore than (?:that|this|ever|anything|anyone|words)\b|\bmore heat than light\b/i;

// Bodies a children's social care briefing talks about. A sentence whose
// subject is one of them, with a plain (not modal, not future) verb, states
// something about that body that can be checked ("Ofsted inspects...",
// "The council has..."). Debates name people and countries all the time
// without stating anything, so this is deliberately a closed list and only
// for the subject.
const SECTOR_BODY = new RegExp(
  [
    String.raw`^(?:the |this |that |our |each |every |all |most |many |some )?(?:[A-Z][A-Za-z'-]+ )*(?:Ofsted`,
    String.raw`|DfE|ONS|NAO|LGA|ADCS|CQC|NSPCC|Cafcass|CMA|IFS|OECD|NICE|NHS|ICBs?|Barnardo's`,
    String.raw`|Coram|Become|Action for Children|The Children's Society|Department(?: for Education)?`,
    String.raw`|Government|government|Treasury|Home Office|Children's Commissioner|Commissioner`,
    String.raw`|Competition and Markets Authority|National Audit Office|Local Government Association`,
    String.raw`|Education Policy Institute|Institute for Fiscal Studies|Care Review|independent review`,
    String.raw`|review|[Cc]ouncils?|[Ll]ocal authorit(?:y|ies)|[Aa]uthorit(?:y|ies)|[Tt]rusts?`,
    String.raw`|[Pp]roviders?|[Ii]nspectors|[Ii]nspectorate|[Cc]ourts?|[Rr]egulator|[Pp]olice`,
    String.raw`|[Ss]chools?|[Aa]gencies|[Aa]gency|[Cc]harit(?:y|ies)|[Pp]artnerships?|[Ss]ervices?)\b(?:'s)?(?: [a-z]+ly)? (?:is`,
    String.raw`|are|was|were|has|have|had|does|did|[a-z]{3,}ed|[a-z]{3,}s)\b`,
  ].join(''),
);

// ---------------------------------------------------------------------------

/** A quantity that is not a year: a percentage, money, a large number in words, a fraction, a ratio. */
const OTHER_QUANTITY = new RegExp(
  [
    String.raw`\d\s?%|\b(?:per ?cent|percent)\b|[£$€]\s?\d`,
    String.raw`|\b(?:million|billion|thousand|hundreds|thousands|millions|billions|twice|half|third|quarter|fifth)\b`,
    String.raw`|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+) (?:in|out of) `,
  ].join(''),
  'i',
);
function hasFigure(text: string): { figure: boolean; yearOnly: boolean } {
  const stripped = text.replace(DOC_PART, ' ');
  if (!FIGURE.test(stripped)) return { figure: false, yearOnly: false };
  // Only years (and no other quantity): a date, which is weaker than a figure.
  const numbers = stripped.match(/\b\d[\d,]*(?:\.\d+)?\b/g) ?? [];
  const otherQuantity = OTHER_QUANTITY.test(stripped);
  const yearOnly = !otherQuantity && numbers.length > 0 && numbers.every((n) => YEAR_ONLY.test(n));
  return { figure: true, yearOnly };
}

function firstMatch(patterns: RegExp[], text: string): boolean {
  return patterns.some((re) => re.test(text));
}

/** The rules' verdict on a cleaned sentence, or undefined when no rule applies. */
export function ruleVerdict(sentence: string, layers: RuleLayers = {}): Verdict | undefined {
  return verdictOf(clean(sentence), layers);
}

/** ruleVerdict on a sentence already cleaned (clean is not idempotent, so never clean twice). */
function verdictOf(text: string, layers: RuleLayers = {}): Verdict | undefined {
  const words = text.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w));
  if (words.length === 0) return { decision: 'not', reason: 'empty' };

  // Decisive non-claims.
  // A rhetorical question that states a figure ("Did you know that 40% of...?") still needs a source.
  if (QUESTION.test(text) && !(/\b(?:know|realise|realize|aware)\b/i.test(text) && hasFigure(text).figure && !hasFigure(text).yearOnly)) {
    return { decision: 'not', reason: 'question' };
  }
  if (THANKS.test(text)) return { decision: 'not', reason: 'thanks' };
  if (firstMatch(PROCEDURAL, text)) return { decision: 'not', reason: 'procedural' };
  const reportsFinding = /\b(?:shows?|showed|found|finds|indicates?|suggests?|reveals?) that\b/i.test(text);
  if (!reportsFinding && firstMatch(SIGNPOST, text)) return { decision: 'not', reason: 'sign-posting' };
  if (firstMatch(RECOMMENDATION_STRONG, text))
    return { decision: 'not', reason: /\b(?:propos|plan|intend|aim)/i.test(text.slice(0, 40)) ? 'proposal' : 'recommendation' };

  const { figure, yearOnly } = hasFigure(text);
  const verb = VERB.test(text);
  const irrealis = IRREALIS.test(text.replace(MONTH_MAY, ' '));
  // A figure in a first-person promise or wish ("I'll give them $5,000",
  // "I want 100 percent of...") is a pledge, not a fact.
  const statesFigure = figure && !yearOnly && verb && !(irrealis && FIRST_PERSON.test(text));

  // Weaker non-claims: decisive unless the sentence also states a figure
  // (a number needs a source even inside a recommendation or an opinion).
  if (!statesFigure) {
    if (OPINION.test(text)) return { decision: 'not', reason: 'opinion' };
    if (COMMITMENT.test(text)) return { decision: 'not', reason: 'proposal' };
    if (RECOMMENDATION_MODAL.test(withoutDependentModals(text)) && !firstMatch(ATTRIBUTION, text)) {
      return { decision: 'not', reason: 'recommendation' };
    }
    if (IMPERATIVE.test(text)) return { decision: 'not', reason: 'instruction' };
    // "The quality of plans for children who need help.": an inspection's "what needs to improve" item.
    if (layers.policy !== false && isNounPhraseItem(text)) return { decision: 'not', reason: 'heading or fragment' };
    if (words.length < 4 && !figure) return { decision: 'not', reason: 'heading or fragment' };
  }

  // Decisive claims. Apart from figures and attributions, only in plain
  // statements: "we can do better" or "it will lead to" are not facts.
  if (statesFigure) return { decision: 'claim', reason: 'states a figure' };
  if (firstMatch(ATTRIBUTION, text)) return { decision: 'claim', reason: 'cites a finding' };
  if (!irrealis) {
    if (TREND.test(text) || TREND_PRESENT.test(text)) return { decision: 'claim', reason: 'describes a trend' };
    if (firstMatch(COMPARISON, text) && !VAGUE_COMPARISON.test(text)) return { decision: 'claim', reason: 'makes a comparison' };
    if (CAUSAL[0].test(text)) return { decision: 'claim', reason: 'states a cause' };
    if (SECTOR_BODY.test(text)) return { decision: 'claim', reason: 'about a named body' };
    if (figure && yearOnly && verb && !/\bby\b/i.test(text)) return { decision: 'claim', reason: 'states a dated fact' };
  }
  // A named place or body and how it is doing ("Norfolk did not have enough foster families"): policyClaimRules.ts. Its
  // own guards read the main clause's modality only: "Bristol's advisers have caseloads they can manage" says how
  // things are. The rules above keep every modal: "…which can lead to harm" states no cause.
  if (!IRREALIS.test(withoutDependentModals(text).replace(MONTH_MAY, ' '))) {
    const policy = layers.policy === false ? undefined : policyClaimReason(text);
    if (policy) return { decision: 'claim', reason: policy };
  }

  // Cues that only nudge the model.
  if (!irrealis && (CAUSAL[1].test(text) || CAUSAL[2].test(text))) return { decision: 'nudge', delta: NUDGE, reason: 'states a cause' };
  return undefined;
}

function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

function logit(p: number): number {
  const q = Math.min(Math.max(p, 1e-9), 1 - 1e-9);
  return Math.log(q / (1 - q));
}

/**
 * Whether `sentence` states something checkable, combining the model with
 * the rules. `sensitivity` in [-1, 1]: higher flags more sentences; decisive
 * rules hold at every sensitivity. `layers` is for benchmarks that measure a
 * rule layer (all layers run by default, as in `sourced check`).
 */
export function classifyClaim(sentence: string, sensitivity = 0, layers: RuleLayers = {}): ClaimClassification {
  const threshold = checkworthinessThreshold(sensitivity);
  const base = logit(checkworthinessThreshold(0));
  // Cleaned once for the model and the rules, which used to clean it each.
  const cleaned = clean(sentence);
  const modelLogit = checkworthinessLogit(cleaned);
  const verdict = verdictOf(cleaned, layers);
  let z = modelLogit;
  let reason: string;
  if (verdict?.decision === 'claim') {
    z = Math.max(z, base + DECIDED_MARGIN);
    reason = verdict.reason;
  } else if (verdict?.decision === 'not') {
    z = Math.min(z, base - DECIDED_MARGIN);
    reason = verdict.reason;
  } else {
    if (verdict?.decision === 'nudge') z += verdict.delta;
    const yes = sigmoid(z) >= threshold;
    reason = yes ? (verdict?.reason ?? 'factual statement') : 'no checkable statement';
  }
  const score = sigmoid(z);
  return { checkworthy: score >= threshold, score, reason, ruledOut: verdict?.decision === 'not' };
}
