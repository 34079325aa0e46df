/**
 * Trend words: which way a sentence says something went, the idioms that
 * look like trends and are not, two trends in one sentence read clause by
 * clause, and a direction read from figures alone ("from 31% to 27%").
 * Sentences are from, or shaped like, Ofsted inspection prose.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { effectiveDirection, judges, trendMentions, trendNear, trendOf } from '../../server/src/engine/evidence/trend.js';
import { figureDirection } from '../../server/src/engine/evidence/figureDirection.js';

/** [text, direction, the word that says it (or undefined), negated]. */
const TRENDS: Array<[string, number, string | undefined, boolean?]> = [
  // What worked before and must keep working.
  ['The number of children on child protection plans rose in 2019.', 1, 'rose'],
  ['The number of children on child protection plans fell in 2019.', -1, 'fell'],
  ['Referrals have increased by 41% since March 2013.', 1, 'increased'],
  ['The number did not rise.', 1, 'rise', true],
  ['The service has not improved.', 1, 'improved', true],
  ['More than 50 children were placed out of area.', 0, undefined],
  ['Fewer than 10 children were missing.', 0, undefined],
  ['Up to 40 children live in the home.', 0, undefined],
  ['The plan was set up in 2015.', 0, undefined],
  ['It is more or less complete.', 0, undefined],
  ['Lower-level needs are met by early help.', 0, undefined],
  ['Placements fell and rose again.', 0, undefined],
  ['It is up from 40% last year.', 1, 'up'],
  ['Demand is on the rise.', 1, 'rise'],
  ['Placements are down from 31% to 27%.', -1, 'down'],
  // "X to Y" after a trend word is a movement; "up to" stays a bound.
  ['The rate rose to 45%.', 1, 'rose'],
  ['It increased to 45% in 2020.', 1, 'increased'],
  ['The share fell to 27%.', -1, 'fell'],
  ['The share is down to 27%.', -1, 'down'],
  ['The number went up to 45.', 1, 'went up'],
  ['This is down to the council.', 0, undefined],
  ['There is more to do.', 0, undefined],
  ['Delays gave rise to complaints.', 0, undefined],
  ['Improvements to services are needed.', 1, 'Improvements'],
  // Phrasal verbs with up or down move no figure.
  ['Too few adopters are available, and this is slowing down adoption for children.', 0, undefined],
  ['Children who grew up in care said so.', 0, undefined],
  ['More carers signed up this year than last.', 1, 'More'],
  ['The average time came down from 651 to 607 days.', -1, 'down'],
  // shrink in every form.
  ["Kent's looked-after children population shrank by 25%.", -1, 'shrank'],
  ['The population shrinks every year.', -1, 'shrinks'],
  ['A shrinking workforce.', -1, 'shrinking'],
  ['The workforce has shrunk.', -1, 'shrunk'],
  // raise, and its idioms.
  ['Gloucestershire raised the share of care proceedings completed on time from 36% to 53%.', 1, 'raised'],
  // An infinitive after "to" is an aim, not a change that happened.
  ['The council plans to raise the threshold.', 0, undefined],
  ['Effective action is being taken to increase the number of care leavers in work.', 0, undefined],
  ['The number of care leavers in work has increased.', 1, 'increased'],
  ['Raising attainment is a priority.', 1, 'Raising'],
  ['Inspectors raised concerns about drift.', 0, undefined],
  // A grade and what is to be done, not a change.
  ['Some key services have deteriorated and now require improvement to be good.', -1, 'deteriorated'],
  ['Two areas for improvement were identified.', 0, undefined],
  ['Practice needs improving.', 0, undefined],
  ['Bracknell Forest drew up a local offer with its care leavers.', 0, undefined],
  ['Caseloads have been brought down.', -1, 'down'],
  ['Caseloads have been creeping up.', 1, 'creeping up'],
  ['Services have got better overall since 2017.', 1, 'got better'],
  ['Practice has got worse.', -1, 'got worse'],
  // Judgements in the words of stop 30's studied probe12 contradictions, which read as no trend at all.
  ['Managers\u2019 oversight of case files has weakened since the previous inspection.', -1, 'weakened'],
  ['Adoption services have gone downhill since 2018.', -1, 'gone downhill'],
  ['Leaders have strengthened the front door.', 1, 'strengthened'],
  ['Leaders plan to strengthen the front door.', 0, undefined],
  // "slipped" is a fall, "slipped through the net" is not (studied probe14-tune).
  ['Placement stability slipped in 2015\u201316.', -1, 'slipped'],
  ['Some children slipped through the net.', 0, undefined],
  // A name, "that many more", arising (studied probe16-tune and dev tune/test): no change; "come down" still falls.
  ['The small children in care council, Our Voice Listen Up, has made welcome packs.', 0, undefined],
  ['The Staying Put Scheme is popular with carers.', 0, undefined],
  ['Warwickshire has opened five more children\u2019s homes.', 0, undefined],
  ['There are 12 more social workers than last year.', 0, undefined],
  ['Neglect and domestic abuse were the themes that came up most often.', 0, undefined],
  // A stock added to grew; a child added to a register did not (studied probe18-tune p18-cd-03).
  ['The council added to its pool of in-house foster carers.', 1, 'added to its pool'],
  ['The child was added to the register.', 0, undefined],
  // Where a thing belongs or how it measured up, not a fall.
  ['These arrangements fell outside the law.', 0, undefined],
  ['The referral falls within the threshold for early help.', 0, undefined],
  ['Practice fell short of what children need.', 0, undefined],
  ['Referrals fell to 27% in 2020.', -1, 'fell'],
  ['Caseloads have come down since the last inspection.', -1, 'down'],
  ['Many more children are now adopted.', 1, 'more'],
  // An aim in a phrasal verb, "to bring … down" (studied probe12 p12-tw-21); "enlarged" is a rise.
  ['Leaders have enlarged the workforce to bring caseloads down.', 1, 'enlarged'],
  ['The aim is to get waiting times down.', 0, undefined],
  ['There has been significant improvement in timeliness.', 1, 'improvement'],
  ['Staff raised a concern with managers.', 0, undefined],
  ['This raised awareness among schools.', 0, undefined],
  ['The report raises questions about oversight.', 0, undefined],
  ['She raised the matter with the director.', 0, undefined],
  ['Issues were raised with the provider.', 0, undefined],
  ['The concerns that parents have raised were addressed.', 0, undefined],
  ['Children raised in care were supported.', 0, undefined],
  ['The council raised serious safeguarding concerns.', 0, undefined],
  ['The service has raised its profile.', 0, undefined],
  ['Awareness-raising activities are effective.', 0, undefined],
  ['Concerns were raised by inspectors.', 0, undefined],
  ['The matter was raised by inspectors at the meeting.', 0, undefined],
  ['Fees were raised by 5%.', 1, 'raised'],
  ['Leaders raised this with partners.', 0, undefined],
  // Durations: longer up, shorter / quicker / faster down, slower up; weak beside a strong word.
  ['Care proceedings were taking longer in 2013–14 than in mid-2013.', 1, 'longer'],
  ['Care proceedings are now shorter.', -1, 'shorter'],
  ['Children were placed faster.', -1, 'faster'],
  ['Assessments were completed quicker.', -1, 'quicker'],
  ['Progress was slower.', 1, 'slower'],
  ['The council no longer uses agency staff.', 0, undefined],
  ['Agency staff are not used any longer.', 0, undefined],
  ['A longer-term plan is in place.', 0, undefined],
  ['In the longer term the home will close.', 0, undefined],
  ['Children waited longer than 20 weeks.', 0, undefined],
  ['Children stay in care longer than necessary.', 0, undefined],
  ['Assessments are quicker than the national average.', 0, undefined],
  ['Children wait longer than they should.', 0, undefined],
  ['Assessments were quicker than last year.', -1, 'quicker'],
  ['Proceedings took longer than in 2014.', 1, 'longer'],
  ['The rate rose faster than nationally.', 1, 'rose'],
  ['The number fell over a longer period.', -1, 'fell'],
  // climb, soar, surge, jump, plummet, dip, expand, contract, lengthen, shorten, cut.
  ['Referrals climbed steadily.', 1, 'climbed'],
  ['Demand has soared.', 1, 'soared'],
  ['Referrals surged in 2020.', 1, 'surged'],
  ['There was a surge in demand.', 1, 'surge'],
  ['The rate jumped to 40%.', 1, 'jumped'],
  ['Referrals jumped sharply by a third.', 1, 'jumped'],
  ['Staff jumped at the chance.', 0, undefined],
  ['Attendance plummeted.', -1, 'plummeted'],
  ['Attendance dipped in 2019.', -1, 'dipped'],
  ['There was a dip in attendance.', -1, 'dip'],
  ['The council dipped into its reserves.', 0, undefined],
  ['Managers dip sample cases.', 0, undefined],
  ['Regular dip sampling and dip-sampling of cases.', 0, undefined],
  ['The service expanded in 2018.', 1, 'expanded'],
  ['The manager expanded on this point.', 0, undefined],
  ['The market contracted by 5%.', -1, 'contracted'],
  ['Contracted services are monitored.', 0, undefined],
  ['The council contracted with three providers.', 0, undefined],
  ['Services contracted by the council are monitored.', 0, undefined],
  ['Waiting times lengthened.', 1, 'lengthened'],
  ['Waiting times have shortened.', -1, 'shortened'],
  ['Funding was cut by a third.', -1, 'cut'],
  ['Funding was cut from £2m to £1.5m.', -1, 'cut'],
  ['Caseloads were cut to 15.', -1, 'cut'],
  ['The council cut the number of agency social workers.', -1, 'cut'],
  ['Leeds cut its share of children placed out of area from a third to a fifth.', -1, 'cut'],
  ['Cut the ribbon and open the home.', 0, undefined],
  ['They cut the ribbon at the new home.', 0, undefined],
  ['Cuts to services are planned.', 0, undefined],
];

for (const [text, direction, word, negated = false] of TRENDS) {
  test(`trendOf: ${text}`, () => {
    const t = trendOf(text);
    assert.equal(t.direction, direction);
    assert.equal(t.word, word);
    assert.equal(t.negated, negated);
    if (direction !== 0) assert.equal(effectiveDirection(t), negated ? -direction : direction);
  });
}

const TWO_WAYS =
  'As a result, the number of care proceedings has increased and the percentage of children accommodated under section 20 ' +
  'has reduced from 31% (90) in 2015–2016 to 27% (81)';

test('trendMentions: two trends in two clauses, with offsets into the text', () => {
  const mentions = trendMentions(TWO_WAYS);
  assert.deepEqual(
    mentions.map((m) => [m.word, m.direction, m.negated, TWO_WAYS.slice(m.start, m.end)]),
    [
      ['increased', 1, false, 'increased'],
      ['reduced', -1, false, 'reduced'],
    ],
  );
  assert.equal(TWO_WAYS.slice(mentions[0].clauseStart, mentions[0].clauseEnd), 'As a result, the number of care proceedings has increased');
  assert.match(TWO_WAYS.slice(mentions[1].clauseStart, mentions[1].clauseEnd), /^the percentage of children .* to 27% \(81\)$/);
  assert.equal(trendOf(TWO_WAYS).direction, 0);
});

/** [text, the clause each mention sits in]. */
const CLAUSES: Array<[string, string[]]> = [
  ['Referrals rose; re-referrals fell.', ['Referrals rose', 're-referrals fell']],
  ['Referrals rose: re-referrals fell.', ['Referrals rose', 're-referrals fell']],
  ['Referrals rose, but re-referrals fell.', ['Referrals rose', 're-referrals fell']],
  ['Referrals rose but re-referrals fell.', ['Referrals rose', 're-referrals fell']],
  ['Referrals rose, while re-referrals fell.', ['Referrals rose', 're-referrals fell']],
  ['Referrals rose whereas re-referrals fell.', ['Referrals rose', 're-referrals fell']],
  ['Referrals rose, which reduced capacity.', ['Referrals rose', 'reduced capacity']],
  ['Referrals rose. Re-referrals fell.', ['Referrals rose', 'Re-referrals fell']],
  ['Referrals rose and the backlog fell.', ['Referrals rose', 'the backlog fell']],
  // No break: one clause holds both.
  ['Referrals rose and fell.', ['Referrals rose and fell', 'Referrals rose and fell']],
  ['At 10:30 referrals rose.', ['At 10:30 referrals rose']],
  ['The rate of 2.5 rose.', ['The rate of 2.5 rose']],
];

for (const [text, clauses] of CLAUSES) {
  test(`trendMentions clauses: ${text}`, () => {
    assert.deepEqual(
      trendMentions(text).map((m) => text.slice(m.clauseStart, m.clauseEnd)),
      clauses,
    );
  });
}

test('trendMentions: nothing for a text with no trend', () => {
  assert.deepEqual(trendMentions('Inspectors raised concerns about drift.'), []);
});

test('trendMentions: a weak word beside a strong one in its clause is dropped, alone in its clause it counts', () => {
  assert.deepEqual(
    trendMentions('The rate rose faster than nationally.').map((m) => m.word),
    ['rose'],
  );
  assert.deepEqual(
    trendMentions('Referrals rose; assessments were completed faster.').map((m) => [m.word, m.direction]),
    [
      ['rose', 1],
      ['faster', -1],
    ],
  );
});

/** How many of a claim's measure words a clause holds. */
const measure =
  (...terms: string[]) =>
  (clause: string) =>
    terms.filter((t) => clause.toLowerCase().includes(t)).length;

const NEAR: Array<[string, string, (clause: string) => number, number, string | undefined]> = [
  ['section 20 clause', TWO_WAYS, measure('section 20', 'percentage', 'accommodated'), -1, 'reduced'],
  ['proceedings clause', TWO_WAYS, measure('care proceedings', 'number'), 1, 'increased'],
  ['a tie gives the whole sentence', TWO_WAYS, measure('number', 'percentage'), 0, undefined],
  ['both clauses score 0: a tie', TWO_WAYS, () => 0, 0, undefined],
  ['one trend: its own, whatever the anchor says', 'Referrals rose in 2019.', () => 0, 1, 'rose'],
  ['no trend', 'Referrals are counted.', () => 3, 0, undefined],
  ['negation kept in the chosen clause', 'Referrals did not rise; re-referrals fell.', measure('referrals did'), 1, 'rise'],
];

for (const [name, text, anchor, direction, word] of NEAR) {
  test(`trendNear: ${name}`, () => {
    const t = trendNear(text, anchor);
    assert.equal(t.direction, direction);
    assert.equal(t.word, word);
  });
}

test('trendNear: negation of the chosen clause', () => {
  const t = trendNear('Referrals did not rise; re-referrals fell.', measure('referrals did'));
  assert.equal(t.negated, true);
  assert.equal(effectiveDirection(t), -1);
});

const FIGURES: Array<[string, number]> = [
  ['reduced from 31% to 27%', -1],
  ['from 27% to 31%', 1],
  ['from 36% to 53%', 1],
  [TWO_WAYS, -1],
  ['from 402 per 10,000 to 411', 1],
  ['from 1,068 to 998 children', -1],
  ['from 31 to 27%', -1],
  ['31% in 2015 to 27% in 2016', -1],
  ['27% in 2016 to 31% in 2015', -1],
  ['from 20 weeks to 15 weeks', -1],
  ['from 2.5 to 3.5', 1],
  // "from" before a short noun phrase ending in "of": where the change started.
  ['from a previously high annual turnover of over 29% during 2014 to 11% at the time of the inspection', -1],
  ['from a peak of 400 to 350', -1],
  ['from an average of 40 days to 32 days', -1],
  // A figure set against an earlier period's: the later one first.
  ['83% of adopters waited longer than three months, compared with 74% in the previous year', 1],
  ['At 23%, this is compared with 11% during the preceding year', 1],
  ['40 were adopted, compared with 52 the year before', -1],
  // No direction.
  ['33%, compared with 22% nationally', 0],
  ['Between 1 April 2015 and 31 March 2016, compared with 2014 in the previous year', 0],
  ['from 2013 to 2015', 0],
  ['from 31% to 31%', 0],
  ['from 31% to 27 per 10,000', 0],
  ['from 31 per 10,000 to 27%', 0],
  ['children aged from 5 to 10', 0],
  ['children from the age of 16 to 18', 0],
  ['from 5 to 10 years old', 0],
  ['from 9am to 5pm', 0],
  ['on a scale of 1 to 5', 0],
  ['31% to 27%', 0],
  ['rose from 27% to 31% and fell from 40% to 35%', 0],
  ['no figures here', 0],
];

for (const [text, direction] of FIGURES) {
  test(`figureDirection: ${text}`, () => {
    assert.equal(figureDirection(text), direction);
  });
}

test('"got better" and "got worse" judge, as "improved" and "worsened" do', () => {
  for (const text of [
    'Services have got better overall.',
    'Practice has got worse.',
    'Services have improved.',
    'Oversight has weakened.',
    'It has gone downhill.',
  ])
    assert.equal(judges(trendOf(text), text), true, text);
  assert.equal(judges(trendOf('Referrals rose.'), 'Referrals rose.'), false);
});
