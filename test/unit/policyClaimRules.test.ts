/**
 * The policy-briefing claim rule (server/src/engine/claims/policyClaimRules.ts,
 * with clauseShape.ts and namedPlaces.ts) through `classifyClaim`, the path `sourced check` takes: a sentence that
 * says how a named place or body is doing, in the words of sufficiency,
 * quantity or state, is a claim with the reason "describes a named service";
 * the same words in a question, recommendation, plan, opinion, hedge,
 * definition, heading or sentence with no name are not made claims by it.
 * Recommendations written as noun phrases ("The quality of plans for…", as
 * inspection reports list what needs to improve) are ruled out, and claims
 * that open the same way but have a verb are not. Sentences written for this
 * test, not taken from the development set.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyClaim } from '../../server/src/engine/claims/claimRules.js';
import { NAMED_SERVICE_REASON, namesPlaceOrBody, policyClaimReason } from '../../server/src/engine/claims/policyClaimRules.js';
import { isNounPhraseItem, mainClauseHasVerb } from '../../server/src/engine/claims/clauseShape.js';

// Claims the rule decides (the model alone scores most of them below the threshold).
const CLAIMS: string[] = [
  'Rotherham has too few foster carers for teenagers with complex needs.',
  'Suffolk did not have enough residential places for disabled children in 2023.',
  'In Wigan it is difficult to recruit experienced social workers.',
  'Some Camden care leavers live in bed and breakfast accommodation far from their families.',
  'Staffordshire relies heavily on agency staff in its assessment teams.',
  "Leeds's social work workforce is largely stable, with little turnover.",
  'Children in Sefton wait far too long for a mental health assessment.',
  'There is a shortage of local placements in Torbay.',
  'A waiting list for short breaks in Halton delays support for disabled children.',
  'Children who need help and protection in Solihull receive a good service.',
  'Early help services in Swindon are inconsistent.',
  'Children in Redbridge benefit from stable placements close to home.',
  'The council struggles to find adopters for sibling groups.',
  'Hounslow faces considerable challenges in the retention of social workers.',
  'Managers in Barnsley recognise that too few children return home from care.',
  // A relative clause's modal is not the sentence's.
  'In Dudley, most personal advisers have caseloads they can manage, but some teams carry too many cases.',
  'There are not enough homes in Walsall that can meet the needs of disabled children.',
  // "who need to" is the relative clause's own need (studied dev test item pd-pu-28), not a recommendation.
  'Wandsworth\u2019s sufficiency strategy acknowledged too few foster placements for siblings who need to stay together.',
  // What children or families have not had; "got to know" is no obligation.
  'In Wirral, some care leavers have not got to know their personal adviser before they leave care.',
  'In Hull, some families do not receive help early enough.',
  // A comparison's modal measures what happened against what ought to; it recommends nothing.
  "Because more of Kirklees's social workers have left, some children have waited longer than they should for a permanent home.",
  // More or fewer of the people a service is for.
  "Knowsley's edge-of-care service is keeping more young people at home with their parents.",
  'In Bury, fewer care leavers are now living in unsuitable accommodation.',
  // What they get from a scheme (probe7-tune).
  "Darlington's care leavers benefit from a local offer that pays for driving lessons.",
  'Care leavers in Rutland make good use of the council tax exemption.',
];

// Not claims by this rule, though each has a name and the rule's vocabulary (or the reverse).
const NOT_BY_RULE: Array<{ sentence: string; why: string }> = [
  { sentence: 'Does Rotherham have too few foster carers?', why: 'question' },
  { sentence: 'Norfolk should recruit more foster carers from ethnic minority backgrounds.', why: 'recommendation' },
  { sentence: 'Councils must ensure there are enough placements in Essex.', why: 'obligation' },
  { sentence: 'Ensure that children in Kent are not placed far from home.', why: 'imperative' },
  { sentence: 'Suffolk will open two new children’s homes to address the shortage of places.', why: 'future' },
  { sentence: 'Wigan plans to reduce its reliance on agency staff by 2026.', why: 'plan' },
  { sentence: 'Bedford aims to recruit more foster carers to meet the shortage.', why: 'intention' },
  { sentence: 'Trafford wants more children to stay with their families.', why: 'wish' },
  { sentence: 'We need more social workers in Oldham.', why: 'first person' },
  { sentence: 'We think Cornwall has too few residential homes.', why: 'opinion' },
  { sentence: 'Sefton may struggle to recruit enough foster carers next year.', why: 'hedge (may)' },
  { sentence: 'It seems that Halton has too few adopters for older children.', why: 'hedge (seems)' },
  { sentence: 'Placements in Torbay might be lacking for older children.', why: 'hedge (might)' },
  { sentence: 'Advisers in Dudley could have caseloads they can manage.', why: 'hedge (could), besides the relative clause' },
  { sentence: 'If Camden had enough foster carers, fewer children would live far from home.', why: 'condition' },
  { sentence: 'Sufficiency in the Children Act means having enough accommodation for children in care.', why: 'definition' },
  { sentence: 'The sufficiency of local placements in Leeds for children with complex needs.', why: 'no main verb' },
  { sentence: 'The quality of plans for children in Brent who wait too long for permanence.', why: 'no main verb' },
  { sentence: 'Too few foster carers in Norfolk', why: 'heading' },
  { sentence: 'Delays in Kent', why: 'too short' },
  { sentence: 'Children did not have enough contact with their social workers.', why: 'no name' },
  { sentence: 'It is important that Ofsted has enough inspectors to visit every home.', why: 'norm' },
  { sentence: 'Senator Dole’s plans are not good for the country.', why: 'opinion ("good for")' },
  { sentence: 'Social Security is not enough for a lot of people to live on.', why: '"not enough for" is an opinion' },
  { sentence: 'Rotherham has a new director of children’s services.', why: 'no sufficiency or state' },
  { sentence: 'Children in Luton would benefit from a local offer for care leavers.', why: 'hypothetical (would)' },
  { sentence: 'Overall effectiveness Requires improvement to be good', why: 'table row: grades are not names' },
];

for (const sentence of CLAIMS) {
  test(`policy rule: claim: ${sentence}`, () => {
    for (const s of [-1, 0, 1]) {
      const c = classifyClaim(sentence, s);
      assert.equal(c.checkworthy, true, `sensitivity ${s}: score ${c.score.toFixed(3)}, reason "${c.reason}"`);
    }
    // Another rule may decide first (a comparison, a figure); when none does, this one does and says so.
    const c = classifyClaim(sentence);
    const off = classifyClaim(sentence, 0, { policy: false });
    if (off.reason !== c.reason) assert.equal(c.reason, NAMED_SERVICE_REASON);
  });
}

for (const { sentence, why } of NOT_BY_RULE) {
  test(`policy rule: not by this rule (${why}): ${sentence}`, () => {
    const c = classifyClaim(sentence);
    assert.notEqual(c.reason, NAMED_SERVICE_REASON);
    // The rule only ever adds claims: with or without it, the outcome is the same here.
    assert.equal(c.checkworthy, classifyClaim(sentence, 0, { policy: false }).checkworthy, `reason "${c.reason}"`);
  });
}

test('the rule decides most of its claims on its own (the model alone misses them)', () => {
  const added = CLAIMS.filter((s) => !classifyClaim(s, 0, { policy: false }).checkworthy);
  assert.ok(added.length >= CLAIMS.length / 2, `only ${added.length} of ${CLAIMS.length} need the rule`);
  for (const s of added) assert.equal(classifyClaim(s).reason, NAMED_SERVICE_REASON, s);
});

const NAMES: Array<{ text: string; named: boolean }> = [
  { text: 'Norfolk did not have enough foster families.', named: true },
  { text: "Cornwall's workforce is stable.", named: true },
  { text: 'In Milton Keynes it is hard to find adopters.', named: true },
  { text: 'Some Havering children live far from home.', named: true },
  { text: 'The local authority has too few carers.', named: true },
  { text: 'Children did not have enough foster families.', named: false },
  { text: "Children's services have too few staff.", named: false },
  { text: "There's too much delay in May and June.", named: false },
  { text: 'I have seen too many children placed far away.', named: false },
  { text: 'The American people are not taxed too little.', named: false },
];

for (const { text, named } of NAMES) {
  test(`namesPlaceOrBody: ${named}: ${text}`, () => assert.equal(namesPlaceOrBody(text), named));
}

const VERBS: Array<{ text: string; finite: boolean }> = [
  { text: 'Norfolk did not have enough foster families, so some children lived far away.', finite: true },
  { text: 'Children in Brent wait too long.', finite: true },
  { text: 'A waiting list in Brent delays support.', finite: true },
  { text: 'Children who need help in Solihull receive a good service.', finite: true },
  { text: 'Leaders in Luton acknowledge that there are not enough foster carers.', finite: true },
  { text: 'Delays in assessments for children in Kent.', finite: false },
  { text: 'The quality of plans for children who are in care.', finite: false },
  { text: 'Oversight of arrangements when care leavers move in and out of emergency accommodation.', finite: false },
];

for (const { text, finite } of VERBS) {
  test(`mainClauseHasVerb: ${finite}: ${text}`, () => assert.equal(mainClauseHasVerb(text), finite));
}

test('policyClaimReason is pure and handles odd input', () => {
  for (const s of ['', ' ', '?', 'a '.repeat(2000), 'Ünïcödé ✓ 😀 Norfolk has too few carers']) {
    const r = policyClaimReason(s);
    assert.ok(r === undefined || r === NAMED_SERVICE_REASON);
    assert.equal(policyClaimReason(s), r);
  }
});

// Noun-phrase recommendations (not claims, whatever the model says) and look-alikes with a verb (left to the other rules).
const NOUN_PHRASES: Array<{ text: string; item: boolean }> = [
  { text: 'The quality of plans for children who are in care.', item: true },
  { text: 'The timeliness of assessments for disabled children.', item: true },
  { text: 'Oversight of arrangements when care leavers move in and out of emergency accommodation.', item: true },
  { text: 'The sufficiency and stability of staff across the workforce, so that children receive a timely response.', item: true },
  { text: 'The timely and robust identification of children at risk of exploitation.', item: true },
  { text: 'The number of children in care increased.', item: false },
  { text: 'The quality of plans varies across teams.', item: false },
  { text: 'The response to children who need help and protection is inadequate.', item: false },
  { text: 'The quality of practice is good.', item: false },
  { text: 'The IRO enlisted the support of an independent advocate.', item: false },
  { text: 'First responders work for designated organisations.', item: false },
  { text: 'The provision of personal items must be interpreted carefully.', item: false },
  { text: 'A lack of capacity in the service prevents children receiving timely support.', item: false },
];

for (const { text, item } of NOUN_PHRASES) {
  test(`isNounPhraseItem: ${item}: ${text}`, () => {
    assert.equal(isNounPhraseItem(text), item);
    if (item) {
      const c = classifyClaim(text);
      assert.equal(c.checkworthy, false, `reason "${c.reason}"`);
      assert.equal(c.ruledOut, true);
    }
  });
}

test('a noun phrase that states a figure is still a claim', () => {
  assert.equal(classifyClaim('The number of children in care rose by 7% between 2020 and 2023.').checkworthy, true);
});
