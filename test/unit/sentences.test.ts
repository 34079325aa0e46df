/**
 * Sentence segmentation on policy prose (Intl.Segmenter plus repairs):
 * abbreviations and initials do not end sentences, real sentence ends do,
 * and list markers ("1.  ", "(a)", "•", "◼") are not sentences or part of one.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseFile } from '../../server/src/engine/ingest/analyseFile.js';
import { segmentSentences } from '../../server/src/engine/ingest/sentences.js';

const sentences = (text: string) => analyseFile('doc.txt', new TextEncoder().encode(text)).sentences.map((s) => s.text);

interface Case {
  name: string;
  input: string;
  expected: string[];
}

const NO_SPLIT: Case[] = [
  {
    name: 'Dr. and Mr.',
    input: 'Dr. Smith met Mr. Jones at the office. They talked.',
    expected: ['Dr. Smith met Mr. Jones at the office.', 'They talked.'],
  },
  {
    name: 'Mrs., Ms. and Prof.',
    input: 'Mrs. Patel and Ms. Okoro briefed Prof. Holmes on the findings. The meeting ended.',
    expected: ['Mrs. Patel and Ms. Okoro briefed Prof. Holmes on the findings.', 'The meeting ended.'],
  },
  {
    name: 'p. and pp.',
    input: 'See p. 12 and pp. 14-16 of the report. It is clear.',
    expected: ['See p. 12 and pp. 14-16 of the report.', 'It is clear.'],
  },
  { name: 'No.', input: 'The order is No. 5 in the list. Next item.', expected: ['The order is No. 5 in the list.', 'Next item.'] },
  {
    name: 'Jan. before a year',
    input: 'It was signed on 3 Jan. 2020 by the minister. Then it passed.',
    expected: ['It was signed on 3 Jan. 2020 by the minister.', 'Then it passed.'],
  },
  {
    name: 'Sept. before a day',
    input: 'The deadline moved to Sept. 30 this year. Councils objected.',
    expected: ['The deadline moved to Sept. 30 this year.', 'Councils objected.'],
  },
  {
    name: 'e.g. before a capital',
    input: 'Some councils, e.g. Kent and Essex, have done this. Others have not.',
    expected: ['Some councils, e.g. Kent and Essex, have done this.', 'Others have not.'],
  },
  {
    name: 'i.e.',
    input: 'The cost rose, i.e. Councils paid more. That hurt.',
    expected: ['The cost rose, i.e. Councils paid more.', 'That hurt.'],
  },
  {
    name: 'initial at the start',
    input: 'J. Smith wrote the report. It was long.',
    expected: ['J. Smith wrote the report.', 'It was long.'],
  },
  {
    name: 'several initials',
    input: 'The study by A. M. Bach-Mortensen was published in 2022. It was widely cited.',
    expected: ['The study by A. M. Bach-Mortensen was published in 2022.', 'It was widely cited.'],
  },
  {
    name: 'citation with initials',
    input: 'Bach-Mortensen, A. M., Goodair, B., & Barlow, J. (2022). Social Science & Medicine.',
    expected: ['Bach-Mortensen, A. M., Goodair, B., & Barlow, J. (2022).', 'Social Science & Medicine.'],
  },
  {
    name: 'Fig. and para.',
    input: 'As Fig. 3 shows, see also para. 4.2 below. Rates fell.',
    expected: ['As Fig. 3 shows, see also para. 4.2 below.', 'Rates fell.'],
  },
  {
    name: 'et al. before lower case',
    input: 'Holmes et al. found that outcomes improved. Others disagree.',
    expected: ['Holmes et al. found that outcomes improved.', 'Others disagree.'],
  },
  {
    name: 'decimal numbers',
    input: 'Spending rose by 5.2% in 2021 and by 3.75 per cent later. It then fell.',
    expected: ['Spending rose by 5.2% in 2021 and by 3.75 per cent later.', 'It then fell.'],
  },
];

const SPLIT: Case[] = [
  {
    name: 'plain full stops',
    input: 'Councils spend more. Outcomes are worse. Nobody is happy.',
    expected: ['Councils spend more.', 'Outcomes are worse.', 'Nobody is happy.'],
  },
  { name: 'question and exclamation marks', input: 'Is this right? Yes it is! Good.', expected: ['Is this right?', 'Yes it is!', 'Good.'] },
  {
    name: 'Jan. ending a sentence',
    input: 'The review ended in Jan. Then the report came out.',
    expected: ['The review ended in Jan.', 'Then the report came out.'],
  },
  {
    name: 'Ltd. ending a sentence',
    input: 'He works for Acme Care Ltd. The company is small.',
    expected: ['He works for Acme Care Ltd.', 'The company is small.'],
  },
  {
    name: 'etc. ending a sentence',
    input: 'They buy food, fuel, clothes etc. Prices keep rising.',
    expected: ['They buy food, fuel, clothes etc.', 'Prices keep rising.'],
  },
  {
    name: 'percentage then a new sentence',
    input: 'The total was 45%. Then it dropped to 30%.',
    expected: ['The total was 45%.', 'Then it dropped to 30%.'],
  },
  {
    name: 'closing quotation mark',
    input: '\u201cWe agree with the principle.\u201d The chief executive said so.',
    expected: ['\u201cWe agree with the principle.\u201d', 'The chief executive said so.'],
  },
  {
    name: 'capital letter ending a sentence',
    input: 'The figures are set out in Annex A. Councils must publish them every year.',
    expected: ['The figures are set out in Annex A.', 'Councils must publish them every year.'],
  },
];

const LISTS: Case[] = [
  {
    name: 'numbered paragraphs with wide gaps (pdftotext)',
    input:
      '1.      Children receive the help that they need. Families benefit from\n        early help services.\n\n' +
      '2.      The ChAD model helps families to receive\n        the right support.\n',
    expected: [
      'Children receive the help that they need.',
      'Families benefit from early help services.',
      'The ChAD model helps families to receive the right support.',
    ],
  },
  {
    name: 'numbered list "1.  "',
    input: '1.  First point is here.\n2.  Second point is here.\n10.  Tenth point.\n',
    expected: ['First point is here.', 'Second point is here.', 'Tenth point.'],
  },
  {
    name: 'lettered and roman markers',
    input: '(a) the first condition;\n(b) the second condition.\ni. a roman item\nii. another roman item\n',
    expected: ['the first condition;', 'the second condition.', 'a roman item', 'another roman item'],
  },
  {
    name: 'bullets',
    input: '\u2022 Funded by the Nuffield Foundation\n\u25fc Oversight of care leavers.\n- A dash item.\n',
    expected: ['Funded by the Nuffield Foundation', 'Oversight of care leavers.', 'A dash item.'],
  },
];

for (const [group, cases] of [
  ['does not split', NO_SPLIT],
  ['splits', SPLIT],
  ['list markers', LISTS],
] as const) {
  for (const c of cases) {
    test(`sentences ${group}: ${c.name}`, () => {
      assert.deepEqual(sentences(c.input), c.expected);
    });
  }
}

test('segmentSentences returns trimmed, ordered offsets into the block it is given', () => {
  const content = 'Intro.\n  Dr. Who arrived. He left.  \nTail.';
  const start = content.indexOf('Dr.');
  const end = content.indexOf('\nTail');
  const spans = segmentSentences(content, start, end);
  assert.deepEqual(
    spans.map(([s, e]) => content.slice(s, e)),
    ['Dr. Who arrived.', 'He left.'],
  );
  assert.ok(spans.every(([s, e]) => s >= start && e <= end));
});

test('segmentSentences copes with a block far longer than its chunk size', () => {
  const sentence = 'Councils commissioned placements from independent providers at rising cost. ';
  const content = sentence.repeat(400);
  const spans = segmentSentences(content, 0, content.length);
  assert.equal(spans.length, 400);
  assert.ok(spans.every(([s, e]) => content.slice(s, e) === sentence.trim()));
});
