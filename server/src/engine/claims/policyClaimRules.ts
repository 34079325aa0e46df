/**
 * The policy-briefing rule: a sentence that says how a NAMED place or body
 * is doing, in the language of sufficiency, quantity or state ("Norfolk did
 * not have enough foster families…", "In Milton Keynes it is hard to find
 * adopters…", "Cornwall's workforce is largely stable…") states something an
 * inspection report can confirm, so it needs a source.
 *
 * The check-worthiness model learnt from political debates and scores such
 * sentences low: they have no figure, no trend verb and no comparison, the
 * cues debate claims carry. This rule is kept apart from the model (the
 * model is never retrained for it) and only ever says "claim"; it is one of
 * claimRules.ts's decisive claims and is reached only after that file's
 * guards (questions, recommendations, procedure, opinions, commitments,
 * imperatives, modal and future sentences) have had their say. It repeats
 * the few guards that matter most to it so that it is safe on its own.
 *
 * Precision before recall (a writer stops reading squiggles after a few false
 * alarms): every part must hold — a name, a finite verb in the main clause,
 * an evaluative phrase — and none of the guards may.
 *
 * Pure and deterministic; the input is a sentence cleaned by claimRules.ts.
 */
import { alt, mainClauseHasVerb, withoutDependentModals } from './clauseShape.js';
import { PLACE_AT_START } from './namedPlaces.js';
import { MONTH_NAMES } from '../text/months.js';

/** The reason `classifyClaim` gives, shown in the finding: "states something checkable (describes a named service)". */
export const NAMED_SERVICE_REASON = 'describes a named service';

// ---------------------------------------------------------------------------
// Is a place or body named?

// Capitalised words that name nothing a report could be checked against.
const NOT_NAMES = new Set([
  'I',
  "I'm",
  "I've",
  "I'd",
  "I'll",
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'Sir',
  'Lord',
  'Lady',
  'God',
  'OK',
  'TV',
  ...MONTH_NAMES,
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
  'Christmas',
  'Easter',
  'COVID',
  'COVID-19',
  'Covid',
  'Covid-19',
  'Internet',
  // Demonyms and party labels: "the American people" names no place a report covers.
  'American',
  'Americans',
  'British',
  'English',
  'European',
  'Europeans',
  'Soviet',
  'Russian',
  'Chinese',
  'Iraqi',
  'Iranian',
  'Israeli',
  'Afghan',
  'Mexican',
  'Japanese',
  'German',
  'French',
  'Democrat',
  'Democrats',
  'Democratic',
  'Republican',
  'Republicans',
  // Ofsted's grades, which tables and headings capitalise: "Overall effectiveness Requires improvement to be good".
  'Outstanding',
  'Good',
  'Requires',
  'Require',
  'Improvement',
  'Inadequate',
  'Overall',
  'Judgement',
  'Grade',
]);

// A possessive at the start of a sentence is usually a name ("Cornwall's
// workforce"), except for these common nouns and contractions ("There's").
const COMMON_POSSESSORS = new RegExp(
  `^(?:${alt(['Children', 'Child', 'People', 'Person', 'Women', 'Woman', 'Men', 'Man', 'Today', 'Yesterday', 'Tomorrow'])}|` +
    `${alt(['Everyone', 'Everybody', 'Someone', 'Somebody', 'Nobody', 'Society', 'Parents?', 'Carers?', 'Famil(?:y|ies)'])}|` +
    `${alt(['Youth', 'Nation', 'Country', 'World', 'Year', 'Week', 'Month', 'Last', 'This', 'That', 'Its?', 'There', 'Here'])}|` +
    `${alt(['He', 'She', 'What', 'Who', 'Where', 'How', 'Let', 'One', 'Everything', 'Nothing', 'Something'])})(?:'s|')\\s`,
);

// A generic body of local government counts as named: "the council", "the local authority".
const LOCAL_BODY =
  /\b(?:the|this|that|each|every) (?:county |borough |city |district |local )?(?:council|local authority|authority|borough)\b/i;

/** Whether the sentence names a place or body: a capital not at the start, a known place or a possessive name at the start, or a council. */
export function namesPlaceOrBody(text: string): boolean {
  if (PLACE_AT_START.test(text)) return true;
  if (/^[A-Z][\w-]*(?:'s|')\s/.test(text) && !COMMON_POSSESSORS.test(text)) return true;
  if (LOCAL_BODY.test(text)) return true;
  // Capitalised words after the first; a capital just after a colon, semicolon,
  // bracket or quote starts a new clause or a title, not a name.
  const tokens = text.split(/\s+/);
  for (let i = 1; i < tokens.length; i++) {
    const word = tokens[i].replace(/^[("'[]+|[)"'\],.;:!?]+$/g, '').replace(/'s$/, '');
    if (!/^[A-Z][A-Za-z'-]*[a-zA-Z]$/.test(word) || NOT_NAMES.has(word)) continue;
    if (/[:;(“"']$|^-+$/.test(tokens[i - 1]) || /^[("'[]/.test(tokens[i])) continue;
    return true;
  }
  return false;
}

// ---------------------------------------------------------------------------
// Sufficiency, quantity and state: what an inspection report says about a service.

// What an inspection judges: a service, its staff and its work.
const SERVICE_NOUNS = alt([
  'services?',
  'practice',
  'provision',
  'support',
  'leadership',
  'leaders',
  'managers',
  'management',
  'oversight',
  'workforce',
  'staffing',
  'staff',
  'assessments?',
  'plans',
  'planning',
  'arrangements',
  'partnerships?',
  'help',
  'care',
  'placements?',
  'homes',
  'performance',
  'quality',
  'response',
  'work',
  'supervision',
  'caseloads?',
  'social workers',
  'foster carers',
  'adopters',
  'visits',
  'reviews',
  'audits',
  'governance',
  'scrutiny',
  'sufficiency',
  'commissioning',
  'early help',
  'front door',
  'experiences',
  'outcomes',
  'progress',
]);
// Ofsted's words for the state of a service.
const STATES = alt([
  'inadequate',
  'outstanding',
  'good',
  'poor',
  'weak',
  'strong',
  'effective',
  'ineffective',
  'variable',
  'inconsistent',
  'timely',
  'robust',
  'limited',
  'patchy',
  'fragile',
]);
// What a service is for finding, recruiting and keeping: "hard to find", "struggles to recruit".
const TO_FIND = alt([
  'find',
  'finding',
  'recruit',
  'recruiting',
  'retain',
  'retaining',
  'place',
  'placing',
  'identify',
  'identifying',
  'secure',
  'securing',
  'match',
  'matching',
  'access',
  'accessing',
  'meet',
  'meeting',
  'get',
  'getting',
  'keep',
  'keeping',
  'attract',
  'attracting',
]);
const HARD = alt([
  'hard',
  'harder',
  'difficult',
  'more difficult',
  'difficulty',
  'difficulties',
  'challenging',
  'challenge',
  'challenges',
  'struggles?',
  'struggled',
  'struggling',
  'unable',
]);
const GIVE = alt([
  'receives?',
  'received',
  'receiving',
  'benefits?',
  'benefited',
  'benefiting',
  'gets?',
  'got',
  'getting',
  'delivers?',
  'delivered',
  'delivering',
  'provides?',
  'provided',
  'providing',
  'offers?',
  'offered',
  'offering',
]);
const GIVEN_QUALITY = alt([
  'good',
  'outstanding',
  'poor',
  'inadequate',
  'effective',
  'ineffective',
  'strong',
  'weak',
  '(?:high|good|poor)[- ]quality',
  'variable',
  'inconsistent',
  'stable',
  'secure',
  'permanent',
]);
const GIVEN_THING = alt(['services?', 'support', 'help', 'care', 'practice', 'protection', 'quality', 'offer', 'placements?', 'homes?']);

const EVALUATIVE: RegExp[] = [
  // too few / too many / too long / too high ...
  /\btoo (?:few|many|little|much|high|low|long(?! ago)|slow|often|late|large|small|great|far)\b/i,
  // "enough" of something ("not enough foster families"), not "X is not enough for…", which is an opinion
  new RegExp(
    "\\b(?:not|n't|never)(?: \\w+ly)? (?:(?:have|had|get|got|receive|received|offer|offered|find|found|recruit|recruited) )?" +
      '(?:enough|sufficient) (?!(?:to|for|and|or|in|at|that|yet|now|of|with|about|money|time)\\b)[a-z]',
    'i',
  ),
  /\b(?:in)?sufficient (?:number|numbers|capacity|supply|homes|placements|carers|staff|places|choice|range)\b|\binsufficient(?:ly)?\b/i,
  // short supply, shortage, lack, scarce
  /\bshortages?\b|\bshort supply\b|\bshort of\b|\bscarc(?:e|ity)\b|\black(?:s|ed|ing)?\b|\bunavailab(?:le|ility)\b|\bin demand\b/i,
  // finding, recruiting and keeping
  new RegExp(`\\b(?:${HARD}) (?:in |to )?(?:${TO_FIND})\\b`, 'i'),
  /\b(?:challenges?|difficult(?:y|ies)|problems?|struggles?) (?:\w+ ){0,3}(?:recruit\w*|retain\w*|retention)\b/i,
  // distance from home
  /\bfar (?:away )?from (?:home|their (?:families|family|communities|community|home area))\b|\bat a distance from\b/i,
  /\bout of (?:the )?(?:area|county|borough|city)\b|\boutside (?:the|their|its) (?:borough|area|county|city|local authority|region)\b/i,
  // waiting and delay
  /\bwaiting lists?\b|\blong waits?\b|\bwait(?:s|ed|ing)? (?:too|far too|a long time|longer|months|weeks|years|for)\b/i,
  /\bdelays?\b|\bdelayed\b|\bbacklogs?\b/i,
  // workforce: turnover, stability, agency staff, vacancies, caseloads, morale
  /\bturnover\b|\bvacanc(?:y|ies)\b|\bunfilled\b|\b(?:agency|locum|interim) (?:staff|social workers|workers|managers)\b/i,
  /\b(?:largely|mostly|broadly|relatively|generally|very|more|increasingly|fairly|now|highly) (?:stable|settled|unstable)\b/i,
  /\b(?:stable|settled|unstable|permanent) (?:and \w+ )?(?:workforce|staff|staffing|team|teams|leadership|management)\b/i,
  new RegExp(
    '\\b(?:workforce|staffing|leadership team|management team|leadership) ' +
      '(?:is|are|was|were|has been|have been|remains?|remained) (?:\\w+ )?(?:stable|settled|unstable)\\b',
    'i',
  ),
  /\bcaseloads? (?:\w+ ){0,3}(?:too )?(?:high|manageable|unmanageable|low|large|heavy|reasonable)\b/i,
  /\b(?:high|manageable|unmanageable|low|large|heavy|reasonable) caseloads?\b/i,
  /\bchanges? (?:in|of|at) (?:[\w-]+ ){0,4}?(?:leadership|leaders|management|managers|director|directors|staff|social workers|workforce)\b/i,
  /\binstability\b|\bmorale\b/i,
  // reliance and use, numbers and shares
  /\b(?:reliance|relies|relied|rely|reliant|dependence|dependent|dependency|depends|depended) (?:heavily |largely |increasingly |less )?on\b/i,
  new RegExp(
    '\\b(?:little|limited|high|increased|increasing|greater|heavy|low|minimal|growing|rising|extensive|excessive) ' +
      '(?:use|numbers?|proportions?|levels?|rates?|demand|reliance) (?:of|on|for)\\b',
    'i',
  ),
  /\ba (?:very )?(?:small|large|high|low|growing|increasing|significant|considerable|substantial) (?:number|proportion|minority|majority|share) of\b/i,
  // more or fewer of the people a service is for ("is helping more older children to stay with their families")
  /\b(?:more|fewer) (?:[\w-]+ ){0,2}?(?:children|young people|families|care leavers|carers|adopters|foster carers|social workers|staff)\b/i,
  // few (a small number), but not the vague "a few" or "the few", nor "few years/weeks…"
  /(?<!\b(?:a|the) )\bfew (?!(?:years|months|weeks|days|hours|minutes|times|moments|things|words|questions|examples)\b)[a-z]/i,
  // pressure on the system
  new RegExp(
    '\\b(?:sufficiency|recruitment|retention|capacity|demand)\\b(?: [\\w-]+){0,5}? ' +
      '(?:challenge|challenges|challenging|pressure|pressures|difficult|difficulty|difficulties|concern)\\b',
    'i',
  ),
  // A service's state, only when a service is the subject and the verb is not in a relative
  // clause: "the country is strong" or "his plans are not good for…" is a debater's opinion.
  new RegExp(
    `\\b(?:${SERVICE_NOUNS})\\b(?: (?!(?:that|which|who)\\b)[\\w'-]+){0,6}? (?:is|are|was|were|remains?|remained|has been|have been)` +
      `(?: not)?(?: yet)?(?: \\w+ly)? (?:${STATES}|well established|under-developed|underdeveloped)\\b(?! (?:for|to)\\b)`,
    'i',
  ),
  /\brequire[sd]? improvement\b|\bof (?:good|poor|high|variable|low|inconsistent) quality\b/i,
  // what children have not had: "young people leaving care have not got to know their personal adviser", "some
  // families do not receive help early enough"
  new RegExp(
    `\\b(?:children|young people|care leavers|families|parents|carers|adopters|foster carers)\\b(?: [\\w'-]+){0,4}? ` +
      `(?:have|has|had|do|does|did)(?: not|n't)(?: yet| always| consistently| routinely)? ` +
      `(?:got|get|been|received|receive|met|meet|had|have|seen|know|known|benefited|benefit)\\b`,
    'i',
  ),
  // what children get from a service or scheme: "benefit from a local offer", "make good use of the local offer"
  /\bbenefit(?:s|ed|ting|ing)? (?:\w+ly )?from\b|\bma(?:ke|kes|de|king) (?:good|effective|full|little|limited|poor) use of\b/i,
  // what children get: "receive a good service", "benefit from outstanding services", "is not delivering good help"
  new RegExp(
    `\\b(?:${GIVE}) (?:from )?(?:an? )?(?:\\w+ly )?(?:${GIVEN_QUALITY})\\b(?: and \\w+)?(?: [\\w-]+){0,2}? (?:${GIVEN_THING})\\b`,
    'i',
  ),
];

// A service as the subject, however long ("Services in Liverpool for children who need help … are
// inadequate"): its state verb is the main verb even after a relative clause.
const SERVICE_SUBJECT = new RegExp(
  `^(?!(?:as|if|when|while|in|for|to|of|at|on|by|with|from|since|after|before|because|although|it|there)\\b)` +
    `(?:the |most |some |many |all )?(?:[\\w'-]+ ){0,2}(?:${SERVICE_NOUNS})\\b`,
  'i',
);
const STATE_VERB = new RegExp(
  `\\b(?:is|are|was|were|remains?|remained)(?: not)?(?: yet)?(?: \\w+ly)? (?:${STATES})\\b(?! (?:for|to)\\b)`,
  'i',
);

// ---------------------------------------------------------------------------
// Guards: what is never a statement of fact about a place.

const GUARDS: RegExp[] = [
  // Modality and the future ("should", "will", "may"): claimRules.ts guards these too. "May" with a capital is the month.
  /\b(?:will|'ll|would|could|can|might|shall|should|must|ought|need to|needs to|has to|have to|going to)\b/i,
  /\bmay\b/,
  // Plans and intentions
  new RegExp(
    `\\b(?:${alt(['plans?', 'planning', 'planned', 'aims?', 'aiming', 'intends?', 'intending', 'intention', 'expects?'])}|` +
      `${alt(['expecting', 'hopes?', 'hoping', 'proposes?', 'proposed', 'proposal', 'commits?', 'committed', 'pledges?'])}|` +
      `${alt(['promises?', 'seeks?', 'seeking', 'wants?', 'wishes', 'strategy to', 'target', 'targets', 'ambitions?'])}) to\\b|` +
      '\\bis (?:working|looking|determined) to\\b',
    'i',
  ),
  // Hedges and opinions
  new RegExp(
    `\\b(?:${alt(['think', 'thinks', 'believe', 'believes', 'feel', 'feels', 'suspect', 'seem', 'seems', 'seemed', 'appear'])}|` +
      `${alt(['appears', 'appeared', 'perhaps', 'possibly', 'probably', 'likely', 'unlikely', 'arguably', 'apparently'])}|` +
      `${alt(['reportedly', 'allegedly', 'presumably', 'maybe'])})\\b`,
    'i',
  ),
  // First and second person: debate talk and advice, not a report on a place
  /\b(?:i|we|us|our|ours|you|your|yours|my)\b/i,
  // Norms: "it is important that…", "it is for the partners to…"
  /\bit is (?:important|essential|vital|crucial|critical|necessary|expected|good practice|the responsibility of|for)\b/i,
  // Conditions and hypotheticals at the start
  /^(?:if|unless|whether|when|where|imagine|suppose|should)\b/i,
  // Definitions
  /\b(?:means|is defined as|are defined as|refers to|refer to|is known as|are known as|is the term)\b/i,
  new RegExp(
    "^(?:an?|the) [\\w' -]{1,40}? (?:is|are) (?:an?|the) (?:\\w+ ){0,3}?" +
      '(?:person|people|document|term|process|duty|plan|meeting|body|organisation|organization|way)\\b',
    'i',
  ),
];

const MIN_WORDS = 6;

/**
 * NAMED_SERVICE_REASON when `text` (a cleaned sentence) states a fact about
 * a named place or body in the language of sufficiency, quantity or state;
 * undefined otherwise.
 */
export function policyClaimReason(text: string): string | undefined {
  if (text.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length < MIN_WORDS) return undefined;
  const guarded = withoutDependentModals(text);
  if (/\?["')\]]*$/.test(text) || GUARDS.some((re) => re.test(guarded))) return undefined;
  const serviceState = SERVICE_SUBJECT.test(text) && STATE_VERB.test(text);
  if (!serviceState && !EVALUATIVE.some((re) => re.test(text))) return undefined;
  if (!namesPlaceOrBody(text) || !(serviceState || mainClauseHasVerb(text))) return undefined;
  return NAMED_SERVICE_REASON;
}
