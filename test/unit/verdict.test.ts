/**
 * Graded verdicts end to end on a small corpus: figures found across the
 * items of one list, a place named only in the cited document's title, a
 * partial match that says what differs, contradictions by direction and by
 * figure, an agreeing twin that is never flagged, a related passage that is
 * never called supporting, the order of evidence, and exact provenance of
 * every evidence span (its text is what its file range reads).
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import type { Corpus } from '../../server/src/engine/corpus/corpus.js';
import type { DraftChecker } from '../../server/src/engine/check/checkDraft.js';
import { rankBySupport } from '../../server/src/engine/check/support.js';
import { VERDICT_ORDER } from '../../server/src/engine/evidence/gradedEvidence.js';
import { spanText } from '../../server/src/engine/text/normalize.js';
import { checkCase, memoryChecker, type VerdictCase } from '../helpers/verdictCases.js';

const FILES = {
  '/corpus/westshire-inspection.txt': [
    'Westshire County Council',
    'Inspection of children\u2019s social care services',
    '',
    'There are not enough homes for children with complex needs. Leaders are recruiting more foster carers.',
    '',
    'The review heard from:',
    '- 14 councils',
    '- 52 providers',
    '',
    'The number of children subject to child protection plans has increased by 41% since March 2013.',
    '',
    'The proportion of care leavers in education, training or employment was 41% in 2014.',
    '',
  ].join('\n'),
  // An inspection report's key facts: each figure stated, then carried on by "This is an increase from …".
  '/corpus/eastshire-inspection.txt': [
    'Eastshire County Council',
    '',
    'At 31 January 2015, 1,278 children had been identified through assessment as being in need of a specialist children\u2019s service. ' +
      'This is an increase from 1,252 at 31 March 2014.',
    '',
    'At 31 January 2015, 204 children and young people were the subject of a child protection plan. This is a reduction from 249 at 31 March 2014.',
    '',
    'The length of care proceedings has reduced from 44 weeks in 2014 to an average of 32 weeks. The national target is 26 weeks.',
    '',
    'The rate of referrals increased by 8% in 2014\u201315, from 402 per 10,000 to 411, still below similar areas.',
    '',
  ].join('\n'),
  '/corpus/northshire-inspection.txt': [
    'Northshire Council',
    '',
    '9 out of 10 children in foster care said they felt safe where they live.',
    '',
    'Rapid reviews are required to be completed within 15 working days of a serious incident notification.',
    '',
    'As a result, the number of care proceedings has increased and the percentage of children accommodated under section 20 has ' +
      'reduced from 31% in 2015 to 27% in 2016.',
    '',
    'SDQ completion increased from 42% in 2014 to 74% in 2015.',
    '',
    'The number of independent fostering agencies in the area rose from 14 to 18.',
    '',
  ].join('\n'),
  '/corpus/southshire-inspection.txt': [
    'Inspection of Southshire local authority children\u2019s services',
    '',
    'Children looked after live in good-quality placements that meet their needs, although too many of them live out of area due to ' +
      'the shortage of local foster placements.',
    '',
    'Leaders know their services well and have a clear plan for improving them.',
    '',
  ].join('\n'),
  '/corpus/eastshire-caseloads.txt': [
    'Inspection of Eastshire children\u2019s services',
    '',
    'Social workers\u2019 and personal advisers\u2019 caseloads are too high, and this affects their ability to provide quality support to children.',
    '',
  ].join('\n'),
  '/corpus/eastshire-strategy.txt': [
    'Eastshire sufficiency strategy',
    '',
    'Social workers across the county provide quality support, although demand is high.',
    '',
  ].join('\n'),
  '/corpus/national-review.txt': [
    'National review of residential care',
    '',
    'Children with complex needs deserve stable and loving homes close to their families.',
    '',
    'Commissioning of residential care is fragmented across the country.',
    '',
  ].join('\n'),
};

let corpus: Corpus;
let checker: DraftChecker;
before(async () => {
  ({ corpus, checker } = await memoryChecker(FILES));
});

const CASES: VerdictCase[] = [
  {
    name: 'figures across the items of one list',
    draft: 'The review heard from 14 councils and 52 providers [@westshire-inspection].',
    codes: [],
  },
  {
    name: 'a place named only in the cited document\u2019s title',
    draft: 'In Westshire there are not enough homes for children with complex needs [@westshire-inspection].',
    codes: [],
  },
  {
    name: 'uncited, supported: the message says so',
    draft: 'In Westshire there are not enough homes for children with complex needs.',
    codes: ['unsupported-claim'],
    on: 'unsupported-claim',
    verdict: 'supports',
    source: 'westshire-inspection',
    message: /Supported by \[@westshire-inspection\]/,
  },
  {
    name: 'a named place\u2019s report says it in other words (dev pd-pu-14)',
    draft: 'Too many of Southshire\u2019s children in care are placed outside the borough because local foster placements are scarce.',
    codes: ['unsupported-claim'],
    on: 'unsupported-claim',
    verdict: 'supports',
    source: 'southshire-inspection',
  },
  {
    name: 'a cited source that words part of it, while another restates it, is the wrong source (dev pd-ws-04)',
    draft:
      'Caseloads of Eastshire\u2019s social workers and personal advisers are too high to provide quality support [@eastshire-strategy].',
    codes: ['citation-does-not-support'],
    on: 'citation-does-not-support',
    message: /Supported instead by \[@eastshire-caseloads\]/,
  },
  {
    name: 'the same claim, citing the source that restates it, is not flagged',
    draft:
      'Caseloads of Eastshire\u2019s social workers and personal advisers are too high to provide quality support [@eastshire-caseloads].',
    codes: [],
  },
  {
    name: 'partial, saying which figure the source does not give',
    draft: 'There are not enough homes for the 30 children with complex needs in Westshire.',
    codes: ['unsupported-claim'],
    on: 'unsupported-claim',
    verdict: 'partial',
    detail: /does not give 30/,
    message: /Partly supported by \[@westshire-inspection\] \(the source does not give 30\)/,
  },
  {
    name: 'contradiction by direction, uncited',
    draft: 'The number of children subject to child protection plans in Westshire fell by 41% since March 2013.',
    codes: ['unsupported-claim', 'contradicted-by-source'],
    on: 'contradicted-by-source',
    verdict: 'contradicts',
    source: 'westshire-inspection',
    detail: /increased.*fell/,
    message:
      /\u201cThe number of children subject to child protection plans has increased by 41%.*where this says \u201cThe number of children/,
  },
  {
    name: 'contradiction by figure, cited',
    draft: 'The proportion of care leavers in education, training or employment was 35% in 2014 [@westshire-inspection].',
    codes: ['contradicted-by-source'],
    on: 'contradicted-by-source',
    verdict: 'contradicts',
    detail: /41%, not 35%/,
  },
  {
    name: 'the agreeing twin in other words is not flagged',
    draft: 'Westshire\u2019s child protection plans went up by 41% since March 2013 [@westshire-inspection].',
    codes: [],
  },
  {
    name: 'a related passage is never called supporting',
    draft: 'Children with complex needs in Westshire waited two years for a stable home.',
    codes: ['unsupported-claim'],
    on: 'unsupported-claim',
    message: /^(?!.*Supported by)/,
  },
  {
    name: 'a cited source that only relates gets citation-does-not-support, never supported',
    draft: 'Commissioning of residential care for children with complex needs costs Westshire \u00a312m a year [@national-review].',
    codes: ['citation-does-not-support'],
    on: 'citation-does-not-support',
    message: /^(?!.*Supported by \[@national-review\])/,
  },
  {
    name: 'a figure and the sentence that carries it on are one statement',
    draft: 'Eastshire\u2019s child protection plans fell from 249 in March 2014 to 204 in January 2015 [@eastshire-inspection].',
    codes: [],
  },
  {
    name: 'a change in counts from the source\u2019s start to another end contradicts (dev pd-cf-12)',
    draft: 'Eastshire\u2019s child protection plans fell from 249 in March 2014 to 240 in January 2015 [@eastshire-inspection].',
    codes: ['contradicted-by-source'],
    on: 'contradicted-by-source',
    verdict: 'contradicts',
    detail: /204, not 240/,
  },
  {
    name: 'the same, uncited: the passage that starts from the same figure says otherwise',
    draft: 'In Eastshire, children in need of a specialist service rose from 1,252 in March 2014 to 1,300 in January 2015.',
    codes: ['unsupported-claim', 'contradicted-by-source'],
    on: 'contradicted-by-source',
    verdict: 'contradicts',
    detail: /1,?278, not 1,?300/,
  },
  {
    name: 'the other way round, that statement contradicts',
    draft:
      'The number of children on child protection plans in Eastshire increased between March 2014 and January 2015 [@eastshire-inspection].',
    codes: ['contradicted-by-source'],
    on: 'contradicted-by-source',
    verdict: 'contradicts',
    detail: /reduction.*increased/,
  },
  {
    name: 'a claim joining two key facts is never contradicted by the previous value of one',
    draft: 'At 31 January 2015, Eastshire had 1,278 children in need of a specialist service and 204 on child protection plans.',
    codes: ['unsupported-claim'],
    on: 'unsupported-claim',
    message: /^(?!.*1,?252)/,
  },
  {
    name: 'a neighbour\u2019s figure does not rescue one the sentence gives otherwise',
    draft: 'Eastshire has cut the length of care proceedings from 44 weeks in 2014 to an average of 26 weeks [@eastshire-inspection].',
    codes: ['contradicted-by-source'],
    on: 'contradicted-by-source',
    verdict: 'contradicts',
    detail: /32, not 26/,
  },
  {
    name: 'the figure a change ends at, against the one the source ends at',
    draft: 'Eastshire\u2019s referral rate rose in 2014\u201315 from 402 to 451 per 10,000 children [@eastshire-inspection].',
    codes: ['contradicted-by-source'],
    on: 'contradicted-by-source',
    verdict: 'contradicts',
    detail: /411, not 451/,
  },
  {
    name: 'a ratio in words is the source\u2019s ratio in digits',
    draft: 'Nine in ten children in foster care in Northshire said they felt safe where they live [@northshire-inspection].',
    codes: [],
  },
  {
    name: 'a quantity in words the source does not give is not supported',
    draft: 'Two thirds of Northshire\u2019s rapid reviews were completed within 15 working days [@northshire-inspection].',
    codes: ['citation-does-not-support'],
    on: 'citation-does-not-support',
    message: /does not give \u201cTwo thirds\u201d/,
  },
  {
    name: 'of two trends in a sentence, the one about the claim\u2019s measure',
    draft: 'Northshire has increased the share of children accommodated under section 20 from 27% to 31% [@northshire-inspection].',
    codes: ['contradicted-by-source'],
    on: 'contradicted-by-source',
    verdict: 'contradicts',
    detail: /reduced.*increased/,
  },
  {
    name: 'an abbreviation stands for its words',
    draft:
      'Northshire\u2019s completion of strengths and difficulties questionnaires rose from 42% in 2014 to 74% in 2015 [@northshire-inspection].',
    codes: [],
  },
  {
    name: 'a multiple is a figure: 14 to 18 is no doubling',
    draft: 'The number of independent fostering agencies in Northshire doubled [@northshire-inspection].',
    codes: ['citation-does-not-support'],
    on: 'citation-does-not-support',
    message: /does not say it doubled/,
  },
  {
    name: 'another place\u2019s report never supports a claim about this one',
    draft: 'In Northshire there are not enough homes for children with complex needs.',
    codes: ['unsupported-claim'],
    on: 'unsupported-claim',
    message: /^(?!.*Supported by).*does not mention \u201cNorthshire\u201d/,
  },
];

for (const c of CASES) test(`verdicts: ${c.name}`, () => checkCase(checker, c));

test('every evidence span reads its file exactly, context sentences included', () => {
  for (const c of CASES) {
    for (const d of checker.check(`${c.draft}\n`)) {
      for (const e of d.evidence) {
        const text = corpus.document(e.sourceId)!.text;
        assert.equal(spanText(text, e.start, e.end), e.text, `${c.name}: ${e.text}`);
        for (const s of e.context ?? []) assert.equal(spanText(text, s.start, s.end), s.text);
        assert.ok(e.score >= 0 && e.score <= 1, `score ${e.score}`);
      }
    }
  }
});

test('evidence is ordered by verdict, then score', () => {
  for (const c of CASES) {
    const claim = c.draft.replace(/\s*\[@[^\]]*\]/g, '');
    const ranked = rankBySupport(corpus, claim, corpus.search(claim, 10));
    for (let i = 1; i < ranked.length; i++) {
      const [a, b] = [ranked[i - 1], ranked[i]];
      assert.ok(
        VERDICT_ORDER[a.verdict] < VERDICT_ORDER[b.verdict] || (a.verdict === b.verdict && a.score >= b.score),
        `${c.name}: ${a.verdict} ${a.score} before ${b.verdict} ${b.score}`,
      );
    }
  }
});
