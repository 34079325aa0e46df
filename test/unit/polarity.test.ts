/**
 * The denial reader: a negator denies what follows it to the end of its clause, and a text is denied when that scope
 * holds half of what the weight finds; phrases that state an amount or a hedge ("not enough", "no longer", "no more
 * than") deny nothing; and which of two opposite measures (NEET, EET) a text speaks of.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimPolarity, denial, employmentMeasure, recommends, saysUniversal } from '../../server/src/engine/evidence/polarity.js';

/** The recommendation a verdict reads in `text` against `claim`: none when the claim speaks of one. */
const recommendation = (claim: string, text: string) => (claimPolarity(claim).aboutRecommendation ? undefined : recommends(text));
/** The universal of `claim` that `text` does not say. */
const universalMissing = (claim: string, text: string) => {
  const { universal } = claimPolarity(claim);
  return universal !== undefined && !saysUniversal(universal, text) ? universal : undefined;
};

/** A weight that counts the words of `terms` a piece of text holds. */
const words =
  (...terms: string[]) =>
  (piece: string) =>
    terms.filter((t) => new RegExp(`\\b${t}\\b`, 'i').test(piece)).length;

const CASES: Array<{ text: string; about: string[]; denied: string | undefined }> = [
  {
    text: 'No children were living in residential settings.',
    about: ['children', 'residential'],
    denied: 'No children were living',
  },
  { text: 'Leaders have not completed the audit.', about: ['audit'], denied: 'not completed the audit' },
  { text: 'The plan was never agreed.', about: ['plan', 'agreed'], denied: 'never agreed' },
  { text: 'Managers don\u2019t review cases.', about: ['review', 'cases'], denied: 'don\u2019t review cases' },
  { text: 'There are not enough homes for children with complex needs.', about: ['homes', 'complex'], denied: undefined },
  { text: 'Children no longer wait for a dentist.', about: ['dentist'], denied: undefined },
  // "did not have enough" is "not enough" (studied dev tune pd-pu-11).
  {
    text: 'Norfolk did not have enough foster families from ethnic minority backgrounds.',
    about: ['foster', 'families'],
    denied: undefined,
  },
  { text: 'The council didn\u2019t have enough foster families.', about: ['foster', 'families'], denied: undefined },
  { text: 'No more than 10% of plans were late.', about: ['plans', 'late'], denied: undefined },
  { text: 'There were many homes.', about: ['homes'], denied: undefined },
  // The negator governs its own clause only.
  {
    text: 'Social workers are cowed by managers and councillors, who will not recognise a social worker\u2019s right to advocate.',
    about: ['cowed', 'managers', 'councillors', 'social'],
    denied: undefined,
  },
  {
    text: 'Some brothers and sisters were placed apart, and no children lived in residential homes.',
    about: ['children', 'residential', 'homes'],
    denied: 'no children lived in',
  },
  { text: 'Nothing here counts.', about: [], denied: undefined },
];

for (const c of CASES) test(`denial: ${c.text}`, () => assert.equal(denial(c.text, words(...c.about)), c.denied));

const MEASURES: Array<[string, 'neet' | 'eet' | undefined]> = [
  ['The proportion of care leavers who are NEET has fallen from 47% to 20%.', 'neet'],
  ['Too many care leavers are not in education, employment or training.', 'neet'],
  ['The proportion of care leavers in education, training or employment (EET) has risen.', 'eet'],
  ['Most care leavers live in suitable accommodation.', undefined],
];

for (const [text, measure] of MEASURES) test(`employmentMeasure: ${text}`, () => assert.equal(employmentMeasure(text), measure));

const RECOMMENDATIONS: Array<{ claim: string; text: string; recommends: boolean }> = [
  { claim: 'Private fostering is actively promoted.', text: 'Ensure that private fostering is promoted.', recommends: true },
  { claim: 'Private fostering is actively promoted.', text: '2. Improve the promotion of private fostering.', recommends: true },
  { claim: 'Inspectors said private fostering should be promoted.', text: 'Ensure that private fostering is promoted.', recommends: false },
  { claim: 'Private fostering is actively promoted.', text: 'Private fostering is promoted well.', recommends: false },
];

for (const r of RECOMMENDATIONS)
  test(`"${r.text}" ${r.recommends ? 'is' : 'is not'} a recommendation against "${r.claim}"`, () => {
    assert.equal(recommendation(r.claim, r.text) !== undefined, r.recommends);
  });

const UNIVERSALS: Array<{ claim: string; text: string; missing: string | undefined }> = [
  { claim: 'Every child in Sheffield receives good services.', text: 'Most children receive good services.', missing: 'Every' },
  {
    claim: 'Assessments always consider the impact of disability.',
    text: 'Assessments do not always fully consider it.',
    missing: 'always',
  },
  { claim: 'All care leavers live in suitable homes.', text: 'Almost all care leavers live in suitable accommodation.', missing: 'All' },
  { claim: 'All care leavers live in suitable homes.', text: 'All care leavers live in suitable accommodation.', missing: undefined },
  { claim: 'Almost all care leavers live in suitable homes.', text: 'Most care leavers live in suitable homes.', missing: undefined },
  // How often is not how many.
  { claim: 'The therapist visits every week.', text: 'The therapist visits on a weekly basis.', missing: undefined },
  // "every other option": the rest, not every member of a group (studied probe14-tune p14-pt-01)
  {
    claim: 'The placement was made only once every other option had been exhausted.',
    text: 'This decision has only been made when other options have been exhausted.',
    missing: undefined,
  },
  { claim: 'In Eastshire every child is seen alone.', text: 'Children are seen alone.', missing: 'every' },
  // "all but one of the 11": a count short of the whole (studied probe18-tune p18-pt-01)
  {
    claim: 'The board involved all but one of the 11 district councils.',
    text: 'It involved 10 out of 11 district councils.',
    missing: undefined,
  },
  // A universal of time over a group's cases is one of the group (studied probe17-tune p17-pc-11); "not always" is none.
  {
    claim: 'Every child who has been missing is offered an interview.',
    text: 'When children go missing, they are always offered an interview.',
    missing: undefined,
  },
  {
    claim: 'Every child who has been missing is offered an interview.',
    text: 'Children who go missing are not always offered one.',
    missing: 'Every',
  },
];

for (const u of UNIVERSALS)
  test(`"${u.text}" ${u.missing ? 'does not say' : 'says'} the universal of "${u.claim}"`, () => {
    assert.equal(universalMissing(u.claim, u.text), u.missing);
  });
