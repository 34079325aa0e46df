/**
 * A small curated table of how children's social care and public-sector
 * writing says the same thing in other words ("too few homes" / "a shortage
 * of placements", "local authorities" / "councils", "children looked after" /
 * "children in care"). Written in plain words and phrases; `domainRelations`
 * turns them into analyzer terms at load, so the table never drifts from the
 * stemmer.
 *
 * Phrases are matched as consecutive analyzer terms, so a phrase that needs a
 * stop word to keep its meaning ("not enough": the analyzer drops "not") cannot
 * be listed: it would turn into its opposite ("enough").
 *
 * Kept small on purpose: every entry here is a judgement that one wording
 * may stand in for another in a claim about this domain. Opposites are
 * listed apart (`DOMAIN_OPPOSITES`) and always win over any relation, so
 * "rose" can never be credited by "fell", whatever WordNet says.
 */

/** Words or phrases that stand in for one another, all ways, at `weight`. */
export interface EquivalenceGroup {
  weight: number;
  terms: readonly string[];
}

/**
 * `narrow` entails `broad` ("doubled" → "increased"): a passage saying `narrow` credits a claim saying `broad`
 * at `down`, the reverse at `up`.
 */
export interface Narrowing {
  narrow: string;
  broad: readonly string[];
  down: number;
  up: number;
}

export const DOMAIN_GROUPS: readonly EquivalenceGroup[] = [
  // supply and sufficiency
  {
    weight: 0.8,
    terms: [
      'shortage',
      'shortfall',
      'lack',
      'insufficient',
      'insufficiency',
      'scarcity',
      'scarce',
      'undersupply',
      'too few',
      'short supply',
    ],
  },
  { weight: 0.6, terms: ['sufficiency', 'capacity', 'availability', 'supply'] },
  { weight: 0.6, terms: ['gap', 'shortfall'] },
  // where children live
  { weight: 0.75, terms: ['home', 'placement'] },
  { weight: 0.6, terms: ['placement', 'accommodation', 'setting'] },
  { weight: 0.6, terms: ['residential home', "children's home"] },
  { weight: 0.8, terms: ['looked after', 'in care', 'looked-after'] },
  // placed away from home, however a report words it
  {
    weight: 0.8,
    terms: ['out of area', 'out-of-area', 'out of borough', 'outside the area', 'outside the borough', 'outside the local authority'],
  },
  // starting to be looked after, however a report words it
  {
    weight: 0.85,
    terms: [
      ...['come into care', 'coming into care', 'came into care', 'enter care', 'entering care', 'entered care'],
      ...['become looked after', 'becoming looked after', 'became looked after', 'taken into care'],
    ],
  },
  { weight: 0.7, terms: ['care leaver', 'care-experienced', 'leaving care'] },
  // why: a cause, in other words
  { weight: 0.7, terms: ['because', 'because of', 'due to'] },
  // who: statistics of children count boys and girls as "male" and "female"
  { weight: 0.9, terms: ['boys', 'male'] },
  { weight: 0.9, terms: ['girls', 'female'] },
  // how many: a near-whole share, however it is worded ("almost all" / "the vast majority")
  { weight: 0.8, terms: ['almost all', 'nearly all', 'vast majority', 'overwhelming majority'] },
  // who acts
  { weight: 0.85, terms: ['council', 'local authority'] },
  { weight: 0.7, terms: ['council', 'authority'] },
  { weight: 0.9, terms: ['department for education', 'dfe'] },
  { weight: 0.8, terms: ['ofsted', 'inspectorate'] },
  { weight: 0.7, terms: ['staff', 'workforce', 'workers', 'employees', 'personnel'] },
  { weight: 0.6, terms: ['social worker', 'practitioner', 'caseworker'] },
  { weight: 0.7, terms: ['leader', 'manager', 'leadership', 'management'] },
  { weight: 0.6, terms: ['children', 'young people', 'youngsters', 'kids'] },
  { weight: 0.7, terms: ['teenagers', 'adolescents', 'young people'] },
  { weight: 0.8, terms: ['older', 'elderly'] },
  // what happens
  { weight: 0.7, terms: ['referred', 'reported', 'notified'] },
  { weight: 0.6, terms: ['referral', 'notification'] },
  { weight: 0.8, terms: ['increase', 'rise', 'grow', 'growth', 'climb', 'go up', 'went up'] },
  { weight: 0.8, terms: ['decrease', 'fall', 'decline', 'drop', 'reduce', 'reduction', 'go down', 'went down'] },
  { weight: 0.6, terms: ['cut', 'reduce', 'reduction'] },
  { weight: 0.75, terms: ['safeguard', 'protect', 'protection', 'keep safe'] },
  { weight: 0.8, terms: ['abuse', 'maltreatment', 'ill-treatment'] },
  { weight: 0.6, terms: ['abuse', 'harm'] },
  { weight: 0.7, terms: ['delay', 'wait', 'waiting', 'drift'] },
  { weight: 0.7, terms: ['timely', 'prompt', 'promptly', 'swift', 'swiftly', 'quickly', 'without delay'] },
  { weight: 0.8, terms: ['recruit', 'recruitment', 'hire', 'hiring'] },
  { weight: 0.6, terms: ['retain', 'retention', 'keep'] },
  { weight: 0.7, terms: ['turnover', 'churn'] },
  { weight: 0.6, terms: ['partnership', 'collaboration', 'joint working', 'multi-agency'] },
  // money
  { weight: 0.6, terms: ['funding', 'finance', 'budget', 'money', 'grant'] },
  { weight: 0.8, terms: ['spending', 'expenditure', 'spend'] },
  { weight: 0.7, terms: ['cost', 'expense', 'price', 'fee'] },
  { weight: 0.8, terms: ['expensive', 'costly', 'high cost'] },
  { weight: 0.8, terms: ['cheap', 'inexpensive', 'low cost'] },
  // judgements and measures
  { weight: 0.6, terms: ['poor', 'weak'] },
  { weight: 0.5, terms: ['inadequate', 'poor'] },
  { weight: 0.7, terms: ['judgement', 'rating', 'grade'] },
  { weight: 0.7, terms: ['data', 'statistics', 'figures'] },
  { weight: 0.7, terms: ['proportion', 'percentage', 'share'] },
  { weight: 0.7, terms: ['permanence', 'stability', 'permanency'] },
  { weight: 0.7, terms: ['concern', 'worry'] },
  // what work has done: "it was too early to see the impact of this work" / "the effect could not yet be seen"
  { weight: 0.8, terms: ['impact', 'effect'] },
  { weight: 0.6, terms: ['issue', 'problem', 'difficulty', 'challenge'] },
  { weight: 0.7, terms: ['significant', 'substantial', 'considerable'] },
  { weight: 0.7, terms: ['poverty', 'deprivation', 'disadvantage', 'low income'] },
  { weight: 0.6, terms: ['vulnerable', 'at risk'] },
  { weight: 0.8, terms: ['wellbeing', 'well-being', 'welfare'] },
  { weight: 0.6, terms: ['mental health', 'emotional wellbeing', 'psychological'] },
  { weight: 0.8, terms: ['special educational needs', 'send', 'sen'] },
  { weight: 0.9, terms: ['unaccompanied asylum-seeking children', 'uasc'] },
  { weight: 1, terms: ['asylum seekers', 'asylum-seeking', 'seeking asylum'] },
  // The sector's abbreviations, as reports define them ("strengths and difficulties questionnaires (SDQs)"). Only those
  // that spell no common word; NEET is left out (the analyzer drops its "not", which would make it EET).
  { weight: 0.95, terms: ['strengths and difficulties questionnaire', 'sdq'] },
  { weight: 0.95, terms: ['young offender institution', 'yoi'] },
  { weight: 0.95, terms: ['secure training centre', 'stc'] },
  { weight: 0.95, terms: ["secure children's home", 'sch'] },
  {
    weight: 0.95,
    terms: [
      ...['education, employment or training', 'education, training or employment', 'employment, education or training'],
      ...['work, education or training', 'education, work or training', 'eet'],
    ],
  },
  { weight: 0.95, terms: ['education, health and care plan', 'ehcp'] },
  { weight: 0.95, terms: ['child and adolescent mental health services', 'camhs'] },
  { weight: 0.95, terms: ['multi-agency safeguarding hub', 'mash'] },
  { weight: 0.95, terms: ['special guardianship order', 'sgo'] },
  { weight: 0.95, terms: ['independent reviewing officer', 'iro'] },
  { weight: 0.95, terms: ['local authority designated officer', 'lado'] },
  { weight: 0.95, terms: ['public law outline', 'plo'] },
  { weight: 0.95, terms: ['child sexual exploitation', 'cse'] },
  { weight: 0.95, terms: ['child criminal exploitation', 'cce'] },
  { weight: 0.95, terms: ['local safeguarding children partnership', 'lscp'] },
  { weight: 0.95, terms: ['independent fostering agency', 'ifa'] },
  { weight: 0.95, terms: ['regional adoption agency', 'raa'] },
  { weight: 0.95, terms: ['deprivation of liberty', 'dol', 'dols'] },
  { weight: 0.95, terms: ['children looked after', 'cla'] },
  { weight: 0.95, terms: ['looked after children', 'lac'] },
  { weight: 0.95, terms: ['children in need', 'cin'] },
  { weight: 0.95, terms: ['care quality commission', 'cqc'] },
  { weight: 0.95, terms: ['integrated care board', 'icb'] },
  // what a council is compared with, in the words reports and briefings use for it
  {
    weight: 0.85,
    terms: [
      ...['statistical neighbours', 'similar councils', 'similar authorities', 'similar local authorities'],
      ...['similar areas', 'comparator authorities', 'comparable councils', 'comparable authorities'],
    ],
  },
  { weight: 0.8, terms: ['national average', 'england average', 'average for england', 'across england'] },
  // the courts
  { weight: 0.8, terms: ['court proceedings', 'legal proceedings', 'care proceedings', 'legal processes', 'court'] },
  { weight: 0.7, terms: ['legislation', 'law', 'statute'] },
  { weight: 0.7, terms: ['population', 'number of children'] },
  { weight: 0.9, terms: ['weekly', 'every week', 'each week'] },
  { weight: 0.9, terms: ['monthly', 'every month', 'each month'] },
  { weight: 0.9, terms: ['daily', 'every day', 'each day'] },
  // How often, in the other words a briefing uses for a source's interval ("refreshed every quarter" against "updated
  // every three months"). Phrases with "no" are left out: the analyzer drops it ("no fewer than" would read "fewer than").
  { weight: 0.9, terms: ['fortnightly', 'every fortnight', 'every two weeks'] },
  { weight: 0.9, terms: ['quarterly', 'every quarter', 'each quarter', 'every three months'] },
  { weight: 0.9, terms: ['twice a year', 'every six months', 'six-monthly', 'biannually'] },
  { weight: 0.9, terms: ['annually', 'yearly', 'every year', 'each year', 'once a year', 'every 12 months', 'every twelve months'] },
  { weight: 0.8, terms: ['at least', 'as a minimum'] },
  { weight: 0.8, terms: ['up-to-date', 'up to date', 'current'] },
  // A bound in the other word for it ("fewer than half" against "less than half").
  { weight: 0.9, terms: ['fewer than', 'less than'] },
  { weight: 0.7, terms: ['update', 'refresh', 'revise'] },
  { weight: 0.6, terms: ['guidance', 'advice'] },
];

export const DOMAIN_NARROWINGS: readonly Narrowing[] = [
  { narrow: 'doubled', broad: ['increase', 'rise', 'grow'], down: 0.8, up: 0.4 },
  { narrow: 'tripled', broad: ['increase', 'rise', 'grow'], down: 0.8, up: 0.4 },
  { narrow: 'halved', broad: ['decrease', 'fall', 'decline', 'reduce'], down: 0.8, up: 0.4 },
  { narrow: 'neglect', broad: ['maltreatment', 'abuse', 'harm'], down: 0.7, up: 0.4 },
  { narrow: 'exploitation', broad: ['abuse', 'harm'], down: 0.7, up: 0.5 },
  { narrow: 'foster', broad: ['placement', 'care'], down: 0.6, up: 0.3 },
  { narrow: 'mother', broad: ['parent'], down: 0.7, up: 0.4 },
  { narrow: 'father', broad: ['parent'], down: 0.7, up: 0.4 },
  { narrow: 'housing', broad: ['accommodation'], down: 0.7, up: 0.5 },
  { narrow: 'agency', broad: ['organisation'], down: 0.7, up: 0.5 },
];

/** Irregular forms the Porter stemmer leaves apart from their lemma (no comparatives: "fewer" is not "few"). */
export const IRREGULAR_FORMS: Readonly<Record<string, string>> = {
  rose: 'rise',
  risen: 'rise',
  grew: 'grow',
  grown: 'grow',
  fell: 'fall',
  fallen: 'fall',
  went: 'go',
  got: 'get',
  gotten: 'get',
  gone: 'go',
  children: 'child',
  people: 'person',
  women: 'woman',
  men: 'man',
  spent: 'spend',
  cut: 'cut',
  sought: 'seek',
  brought: 'bring',
  taught: 'teach',
  left: 'leave',
  kept: 'keep',
  began: 'begin',
  begun: 'begin',
  saw: 'see',
  seen: 'see',
  found: 'find',
  told: 'tell',
  held: 'hold',
  led: 'lead',
  met: 'meet',
  paid: 'pay',
  made: 'make',
  took: 'take',
  taken: 'take',
  gave: 'give',
  given: 'give',
  thought: 'think',
  said: 'say',
  heard: 'hear',
  felt: 'feel',
  lost: 'lose',
  won: 'win',
  became: 'become',
};

/**
 * Opposites: never related, whatever a table says. Each group is one scale; its members oppose one another
 * (the Ofsted grades are four points on one scale, so none stands in for another).
 */
export const DOMAIN_OPPOSITES: readonly (readonly string[])[] = [
  ['increase', 'decrease'],
  ['rise', 'fall'],
  ['rise', 'decline'],
  ['grow', 'shrink'],
  ['growth', 'decline'],
  ['more', 'fewer'],
  ['more', 'less'],
  ['higher', 'lower'],
  ['up', 'down'],
  ['improve', 'worsen', 'deteriorate', 'decline'],
  ['shortage', 'surplus'],
  ['insufficient', 'sufficient'],
  ['adequate', 'inadequate'],
  ['outstanding', 'good', 'requires improvement', 'inadequate'],
  ['cheap', 'expensive'],
  ['poverty', 'wealth'],
  ['minority', 'majority'],
  ['early', 'late'],
  ['first', 'last'],
  ['public', 'private'],
  ['child', 'adult'],
  ['children', 'parents'],
  ['boys', 'girls'],
  ['male', 'female'],
  ['boys', 'female'],
  ['girls', 'male'],
  ['mother', 'father'],
  ['urban', 'rural'],
  ['north', 'south'],
  ['east', 'west'],
  ['local', 'national'],
  ['employer', 'employee'],
  ['victim', 'perpetrator'],
  ['foster', 'adoption', 'residential'],
  ['mental', 'physical'],
  ['cost', 'benefit'],
  ['spending', 'income'],
  ['strength', 'weakness'],
  ['success', 'failure'],
  ['safe', 'unsafe'],
  ['able', 'unable'],
  ['likely', 'unlikely'],
  ['increase', 'cut'],
  ['above', 'below'],
  ['over', 'under'],
  ['before', 'after'],
  ['maximum', 'minimum'],
  ['gain', 'loss'],
];
