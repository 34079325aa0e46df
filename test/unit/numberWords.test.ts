/**
 * Quantities stated in digits or in words, with exact offsets: what counts
 * (percentages, counts, proportions, ratios, number words), what does not
 * (years, dates, labels, ordinals, vague words, idioms of "one", trend
 * words), which are approximate, and when two quantities are the same or
 * surely different.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { differentQuantity, numberMentions, sameQuantity, type NumberMention } from '../../server/src/engine/evidence/numberWords.js';

type Expected = [surface: string, value: number, kind: 'percent' | 'count', approx: boolean];

const MENTIONS: Array<[string, Expected[]]> = [
  // Digits.
  ['44% of reviews were late.', [['44%', 44, 'percent', false]]],
  ['It was 44 per cent.', [['44 per cent', 44, 'percent', false]]],
  ['It was 44 percent.', [['44 percent', 44, 'percent', false]]],
  ['It was 44.5 %.', [['44.5 %', 44.5, 'percent', false]]],
  ['There were 1,068 children.', [['1,068', 1068, 'count', false]]],
  ['A caseload of 2.5 per worker.', [['2.5', 2.5, 'count', false]]],
  ['The home has 0 vacancies.', [['0', 0, 'count', false]]],
  ['It spent £2.5 million.', [['£2.5 million', 2_500_000, 'count', false]]],
  ['It spent £3m.', [['£3m', 3_000_000, 'count', false]]],
  ['Rates of 402 per 10,000.', [['402', 402, 'count', false]]],
  [
    'Between 5-10 visits.',
    [
      ['5', 5, 'count', false],
      ['10', 10, 'count', false],
    ],
  ],
  ['The total (90) was small.', [['90', 90, 'count', false]]],
  // Hedged digits.
  ['Around 44% were late.', [['44%', 44, 'percent', true]]],
  ['About 300 children.', [['300', 300, 'count', true]]],
  [
    'Almost 40% and nearly 50% and over 60%.',
    [
      ['40%', 40, 'percent', true],
      ['50%', 50, 'percent', true],
      ['60%', 60, 'percent', true],
    ],
  ],
  [
    'More than 200 and under 10 and approximately 7.',
    [
      ['200', 200, 'count', true],
      ['10', 10, 'count', true],
      ['7', 7, 'count', true],
    ],
  ],
  [
    'Some 40 councils, roughly 12 homes.',
    [
      ['40', 40, 'count', true],
      ['12', 12, 'count', true],
    ],
  ],
  // Not quantities: years, year ranges, days of months, labels, bases, ordinals, times, dates, codes.
  ['In 2015 and in 1999.', []],
  ['In 2015–16 and 2015-2016 and 2015/16.', []],
  ['On 31 March 2015, 204 children.', [['204', 204, 'count', false]]],
  ['By March 31 and the 1st of May.', []],
  ['Under section 20 and paragraph 4, Year 6, level 3, page 12, table 2.', []],
  ['At 10:30 on 04/12/2026.', []],
  ['The 10km run and 5m pool and code E06000001.', []],
  ['During COVID-19, call 0300 123.', [['123', 123, 'count', false]]],
  ['17. Leaders know their services.', []],
  ['17) Leaders know 4 services.', [['4', 4, 'count', false]]],
  ['There were 17.', [['17', 17, 'count', false]]],
  // Proportions.
  ['Two thirds of reviews were late.', [['Two thirds', 66.7, 'percent', true]]],
  ['Two-thirds were late.', [['Two-thirds', 66.7, 'percent', true]]],
  ['Half of the children.', [['Half', 50, 'percent', true]]],
  ['A third of councils.', [['A third', 33.3, 'percent', true]]],
  [
    'One third were late, one-third were early.',
    [
      ['One third', 33.3, 'percent', true],
      ['one-third', 33.3, 'percent', true],
    ],
  ],
  ['A quarter were late.', [['A quarter', 25, 'percent', true]]],
  ['Three quarters of homes.', [['Three quarters', 75, 'percent', true]]],
  [
    'A fifth, one fifth, two fifths, a tenth.',
    [
      ['A fifth', 20, 'percent', true],
      ['one fifth', 20, 'percent', true],
      ['two fifths', 40, 'percent', true],
      ['a tenth', 10, 'percent', true],
    ],
  ],
  [
    'It fell by a third (33%).',
    [
      ['a third', 33.3, 'percent', true],
      ['33%', 33, 'percent', false],
    ],
  ],
  ['More than half were late.', [['half', 50, 'percent', true]]],
  // Ratios.
  ['Nine in ten were seen.', [['Nine in ten', 90, 'percent', true]]],
  ['9 out of 10 were seen.', [['9 out of 10', 90, 'percent', true]]],
  ['One in five children.', [['One in five', 20, 'percent', true]]],
  ['Three in four homes.', [['Three in four', 75, 'percent', true]]],
  ['1 in every 4 referrals.', [['1 in every 4', 25, 'percent', true]]],
  // Counts in words.
  [
    'Three councils and twelve homes.',
    [
      ['Three', 3, 'count', false],
      ['twelve', 12, 'count', false],
    ],
  ],
  [
    'Seventeen homes and twenty-five staff and forty five visits.',
    [
      ['Seventeen', 17, 'count', false],
      ['twenty-five', 25, 'count', false],
      ['forty five', 45, 'count', false],
    ],
  ],
  ['One council closed.', [['One', 1, 'count', false]]],
  ['Visits reduced to zero.', [['zero', 0, 'count', false]]],
  ['A dozen homes.', [['A dozen', 12, 'count', true]]],
  [
    'Forty councils and a hundred homes.',
    [
      ['Forty', 40, 'count', true],
      ['a hundred', 100, 'count', true],
    ],
  ],
  ['One hundred and twenty children.', [['One hundred and twenty', 120, 'count', true]]],
  [
    'Five per cent and forty per cent.',
    [
      ['Five per cent', 5, 'percent', false],
      ['forty per cent', 40, 'percent', true],
    ],
  ],
  ['Two and a half years.', [['Two', 2, 'count', true]]],
  [
    'Three or more moves, two or three visits, 5 or 6 homes.',
    [
      ['Three', 3, 'count', true],
      ['two', 2, 'count', true],
      ['three', 3, 'count', true],
      ['5', 5, 'count', true],
      ['6', 6, 'count', true],
    ],
  ],
  // Guards: not counts.
  ['One of the councils.', []],
  ['No one was seen.', []],
  ['A one-off payment and one-to-one support.', []],
  ['The one that closed.', []],
  ['They help one another.', []],
  // "one" for a thing named before (studied probe16-tune, probe3-tune).
  ['It has agreed to buy a property for a further one.', []],
  ['Another one opened in 2019.', []],
  ['Only a quarter of them actually take part in one.', [['a quarter', 25, 'percent', true]]],
  ['All are offered an interview, but fewer than half actually have one.', [['half', 50, 'percent', true]]],
  ['The council has one.', []],
  [
    'Only eight out of 149 were placed more than 20 miles away.',
    [
      ['eight out of 149', 5.4, 'percent', true],
      ['20', 20, 'count', true],
    ],
  ],
  ['The number of homes fell to one.', [['one', 1, 'count', false]]],
  [
    'It rose from two to one.',
    [
      ['two', 2, 'count', false],
      ['one', 1, 'count', false],
    ],
  ],
  ['No children were missing.', []],
  ['None of the homes.', []],
  ['A zero tolerance policy on zero-hours contracts.', []],
  ['A two-year plan for ten-year-olds.', []],
  ['Part One and Chapter Two.', []],
  // Guards: not proportions.
  ['A third party and a third time.', []],
  ['In the first half of 2015 and the second half.', []],
  ['Half an hour and a half-day.', []],
  ['Numbers were cut in half.', []],
  ['On behalf of the council.', []],
  // A ratio with what it counts inside (studied probe16-tune): "one child in four"; not "one child in three homes".
  ['Just one child in four had a current care plan.', [['one child in four', 25, 'percent', true]]],
  ['Two young people in five said so.', [['Two young people in five', 40, 'percent', true]]],
  [
    'The council placed one child in three different homes.',
    [
      ['one', 1, 'count', false],
      ['three', 3, 'count', false],
    ],
  ],
  // Guards: ratio second figures that are years or periods.
  ['One in 2015.', []],
  [
    'An increase of 4 in 12 months.',
    [
      ['4', 4, 'count', false],
      ['12', 12, 'count', false],
    ],
  ],
  // Lengths of time: "a week" only where a length is expected.
  ['Registered within a week of arrival.', [['a', 1, 'count', false]]],
  ['Held twice a week, at a day centre, in a year.', []],
  // Vague or trend words.
  ['Twice as many, the number doubled, then halved; most homes, the majority, a minority, dozens, hundreds.', []],
  ['', []],
  ['Inspectors found strong leadership.', []],
];

for (const [text, expected] of MENTIONS) {
  test(`numberMentions: ${text || '(empty)'}`, () => {
    const found = numberMentions(text);
    assert.deepEqual(
      found.map((m) => [m.surface, m.value, m.kind, m.approx]),
      expected,
    );
    for (const m of found) assert.equal(text.slice(m.start, m.end), m.surface, 'offsets point at the surface');
  });
}

test('numberMentions: a text with no digit and no number word shares one frozen empty result', () => {
  const a = numberMentions('Inspectors found strong leadership.');
  assert.equal(a, numberMentions('Leaders know their services well.'));
  assert.ok(Object.isFrozen(a));
});

test('numberMentions: the step is the place value of the last digit written', () => {
  assert.deepEqual(
    numberMentions('44%, 44.2%, 1.25, £1.2 million, 1,068').map((m) => m.step),
    [1, 0.1, 0.01, 100_000, 1],
  );
});

const one = (text: string): NumberMention => {
  const found = numberMentions(text);
  assert.equal(found.length, 1, `one mention in ${JSON.stringify(text)}`);
  return found[0];
};

/** [a, b, sameQuantity, differentQuantity]. */
const PAIRS: Array<[string, string, boolean, boolean]> = [
  ['44%', '44 per cent', true, false],
  ['44%', '41%', false, true],
  ['44%', '44.2%', true, false],
  ['44%', '44.6%', false, true],
  ['40%', '44%', false, true],
  ['two thirds', '66%', true, false],
  ['two thirds', '64%', true, false],
  ['two thirds', '70%', true, false],
  ['two thirds', '60%', false, false],
  ['nine in ten', '90%', true, false],
  ['around 44%', '41%', true, false],
  ['half', '52%', true, false],
  ['44%', '44 children', false, false],
  ['1,068', '1,068', true, false],
  ['1,068', '1,070', false, true],
  ['1,068', '1,100', false, false],
  ['about 1,068', '1,100', true, false],
  ['£1.2 million', '£1,234,000', true, false],
  ['£1.2 million', '£1,300,000', false, true],
  ['three councils', '3 councils', true, false],
  ['three councils', '4 councils', false, true],
  ['a dozen', '12', true, false],
  ['forty councils', '41 councils', true, false],
  ['40 councils', '41 councils', false, true],
  // Lengths of time in other units, one side in words.
  ['within seven days', 'within a week', true, false],
  ['within a day', 'within 24 hours', true, false],
  ['three days', '72 hours', true, false],
  ['six months', '26 weeks', true, false],
  ['four hours', '24 hours', false, true],
  ['within a week', 'within 10 days', false, true],
  // Two figures in digits in other units count different things.
  ['606 days', '20 months', false, true],
  // The count of a count out of a whole is that count (studied probe18-tune p18-pc-01); a proportion's is not.
  ['eight', 'eight out of 149', true, false],
  ['nine', 'eight out of 149', false, false],
  ['eight', '8 out of 10', false, false],
];

for (const [a, b, same, different] of PAIRS) {
  test(`quantities: ${a} vs ${b}`, () => {
    const [x, y] = [one(a), one(b)];
    assert.equal(sameQuantity(x, y), same, 'same');
    assert.equal(sameQuantity(y, x), same, 'same, symmetric');
    assert.equal(differentQuantity(x, y), different, 'different');
    assert.equal(differentQuantity(y, x), different, 'different, symmetric');
    if (different) assert.equal(same, false, 'never both');
  });
}
