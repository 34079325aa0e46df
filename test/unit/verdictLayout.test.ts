/**
 * Verdicts that depend on how a source is laid out and worded around the passage: key facts bulleted in a symbol
 * font (pdftotext gives the bullet as a private-use character), a count whose subject is the previous sentence's
 * ("The number who have offended …"), a share given as a percentage, a place between a figure and what it counts
 * ("230 Westmoor children"), and a national claim against a sentence that states its figure and years but not the
 * country, a source that denies what the claim asserts, and a figure the source gives only for its comparison.
 * Each contradiction has its agreeing twin, which is never flagged.
 */
import { test, before } from 'node:test';
import type { DraftChecker } from '../../server/src/engine/check/checkDraft.js';
import { checkCase, memoryChecker, type VerdictCase } from '../helpers/verdictCases.js';

const BULLET = '\uf06e';

const FILES = {
  '/corpus/southshire-inspection.txt': [
    'Southshire City Council',
    '',
    'Child protection in this area',
    `${BULLET} At 30 September 2014, 423 children and young people were the subject of a child`,
    '  protection plan. This is a 41% increase from 300 at 31 March 2013.',
    `${BULLET} At 30 September 2014, 50 children lived in a privately arranged fostering`,
    '  placement. This is a 72% increase from 29 at 31 March 2013.',
    '',
    'Too many looked after children enter the criminal justice system. The number',
    '    who have offended has increased from 8% in 2012 to 12.7% in 2013.',
    '',
    'Leaders know their services well. At the time of the inspection, some brothers and sisters were placed apart,',
    '    and no children were living in residential settings due to a shortage of foster homes.',
    '',
  ].join('\n'),
  '/corpus/westmoor-inspection.txt': [
    'Westmoor Borough Council',
    '',
    'At 14 November 2016, 200 children and young people were the subject of a child protection plan. This is an increase from 163 at 31 March 2016.',
    '',
  ].join('\n'),
  '/corpus/eastmoor-inspection.txt': [
    'Eastmoor Borough Council',
    '',
    '47. There were 219 open child protection cases at the point of inspection. This has',
    '    increased from 170 in published data as of 31 March 2014. The local authority',
    '    has a good understanding of where child protection plans have a risk factor of neglect.',
    '',
  ].join('\n'),
  '/corpus/northmoor-inspection.txt': [
    'Northmoor City Council',
    '',
    'Too many care leavers are not in education, employment or training, but appropriate action is being taken and the',
    'position is improving.',
    '',
    'The proportion of care leavers in education, training or employment (EET) has risen from 41% in 2013\u201314 to 49%.',
    '',
    'The number of children missing education has reduced from 59 in 2014\u201315 to eight at present.',
    '',
  ].join('\n'),
  '/corpus/southvale-inspection.txt': [
    'Southvale Borough Council',
    '',
    'The education, employment and training adviser meets every young person who is NEET, and after two years of work',
    'the proportion of care leavers who are NEET has fallen from 47% to 20%.',
    '',
  ].join('\n'),
  '/corpus/northvale-inspection.txt': [
    'Northvale County Council',
    '',
    '111. Adoption performance has been improving. The adoption scorecard shows that the proportion of children looked',
    '     after who are adopted has increased over the three-year period 2011 to 2014. In 2012\u201313 the proportion was only',
    '     8% and this increased to 12% in 2013\u201314. Although this equates to an increase from 30 to 40 children, it is',
    '     still below the England average of 17%.',
    '',
  ].join('\n'),
  '/corpus/eastdale-inspection.txt': [
    'Eastdale Borough Council',
    '',
    'Adoption. In Eastdale, children take an average of 541 days to move in with an adoptive family, compared with 606',
    'for similar authorities and 647 nationally.',
    '',
  ].join('\n'),
  '/corpus/westdale-inspection.txt': [
    'Westdale Borough Council',
    '',
    '62. The local authority\u2019s current data shows a considerable reduction in the time between a child becoming looked',
    '    after and being placed for adoption, from an average of 704 days between 2009 to 2012, to 581 days in the year',
    '    to date.',
    '',
    '79. The average time between a child entering care and moving in with its adoptive family was 669 days for the',
    '    2011 to 2014 period. There has been a year-on-year decrease from 681 days in 2013\u201314 to 568 days in 2014\u201315.',
    '',
  ].join('\n'),
  '/corpus/southbay-inspection.txt': [
    'Southbay Borough Council',
    '',
    '61. Within the current cohort of children looked after, placement stability has declined in recent months. As at',
    '    31 March 2015, 10% had experienced more than three placement moves within a year.',
    '',
    '55. Initial health assessments for children looked after are not completed in good time. Recent improvements are',
    '    very positive with the rate in April at 81% being completed on time, but this will need to be sustained from a',
    '    very poor performance in March 2017 of only 24%.',
    '',
  ].join('\n'),
  '/corpus/eastbay-inspection.txt': [
    'Eastbay Borough Council',
    '',
    'In 2014\u201315, 10% of children looked after in Eastbay lived in three or more placements during the year, compared to',
    '11% for both similar local authorities and nationally.',
    '',
  ].join('\n'),
  '/corpus/southdown-inspection.txt': [
    'Southdown County Council',
    '',
    'At 31 March 2014, 501 children are being looked after by the local authority (a rate of 39.3 per 10,000 children).',
    'This is an increase from 465 (36.3 per 10,000 children) at 31 March 2013.',
    '',
  ].join('\n'),
  '/corpus/southcliff-inspection.txt': [
    'Southcliff Borough Council',
    '',
    'Around three quarters of children looked after attend a good or outstanding school.',
    '',
  ].join('\n'),
  '/corpus/northcliff-inspection.txt': [
    'Northcliff City Council',
    '',
    'Educational achievement for children looked after in Northcliff is better than the national average at key stages',
    '2 and 4.',
    '',
  ].join('\n'),
  '/corpus/westcliff-inspection.txt': [
    'Westcliff Borough Council',
    '',
    'Of 240 care leavers, 120 are in education, employment or training, and 80% live in suitable accommodation.',
    '',
    'At 31 March 2015, there were 300 looked after children. Of these, 45 were accommodated under section 20 of the',
    'Children Act 1989.',
    '',
  ].join('\n'),
  // Other councils' words on adoption, so that those words are as common here as in any real corpus and the year and the
  // figures are what sets a sentence apart.
  '/corpus/southdale-inspection.txt': [
    'Southdale Borough Council',
    '',
    'The proportion of children looked after who were adopted is in line with the average for similar areas.',
    '',
    'Children looked after who are adopted are matched with families who understand their needs.',
    '',
  ].join('\n'),
  // Other councils' words, so that "cut" and "share" are words of the corpus, as they are of any real one.
  '/corpus/eastvale-budget.txt': [
    'Eastvale Borough Council budget',
    '',
    'The council cut its youth services budget, and its share of the funding for early help fell.',
    '',
  ].join('\n'),
  '/corpus/eastvale-sufficiency-strategy.txt': [
    'Eastvale Borough Council placement sufficiency strategy',
    '',
    'The number of inpatient mental healthcare beds for teenagers fell by 20 per cent between 2017 and 2022.',
    '',
  ].join('\n'),
};

const CASES: VerdictCase[] = [
  {
    name: 'a figure the source gives only for its comparison is not the subject\u2019s: the subject\u2019s figure contradicts',
    draft: 'In Eastdale, children take an average of 606 days to move in with an adoptive family [@eastdale-inspection].',
    codes: ['contradicted-by-source'],
    on: 'contradicted-by-source',
    verdict: 'contradicts',
    detail: /541, not 606/,
  },
  {
    name: 'the subject\u2019s own figure is supported',
    draft: 'In Eastdale, children take an average of 541 days to move in with an adoptive family [@eastdale-inspection].',
    codes: [],
  },
  {
    name: 'the comparison\u2019s figure given as the comparison is supported',
    draft: 'Eastdale children take 541 days on average to move in with an adoptive family, against 647 nationally [@eastdale-inspection].',
    codes: [],
  },
  {
    name: 'a period before "the proportion" carries the sentence before on: another end figure contradicts',
    draft: 'The share of Northvale\u2019s looked-after children who were adopted rose to 17% in 2013\u201314 [@northvale-inspection].',
    codes: ['contradicted-by-source'],
    on: 'contradicted-by-source',
    verdict: 'contradicts',
    detail: /12%, not 17%/,
  },
  {
    name: 'a period before "the proportion" carries the sentence before on: the same end figure is supported',
    draft: 'The share of Northvale\u2019s looked-after children who were adopted rose to 12% in 2013\u201314 [@northvale-inspection].',
    codes: [],
  },
  {
    name: 'a year range with a two-digit end ("2009\u201312") is a period, not a figure',
    draft:
      'Westdale\u2019s own data show the average time from coming into care to being placed for adoption has come down ' +
      'from 704 days over 2009\u201312 to 581 days [@westdale-inspection].',
    codes: [],
  },
  {
    name: 'a direction reversed in other words ("coming into care" for "becoming looked after") contradicts',
    draft:
      'Westdale\u2019s current data show an increase in the time between a child coming into care and being placed for ' +
      'adoption [@westdale-inspection].',
    codes: ['contradicted-by-source'],
    on: 'contradicted-by-source',
    verdict: 'contradicts',
  },
  {
    name: '"There has been a decrease from \u2026" carries the measure of the sentence before on: reversed, it contradicts',
    draft:
      'In Westdale, the average time between entering care and moving in with an adoptive family rose from 568 days in ' +
      '2013\u201314 to 681 days in 2014\u201315 [@westdale-inspection].',
    codes: ['contradicted-by-source'],
    on: 'contradicted-by-source',
    verdict: 'contradicts',
  },
  {
    name: '"There has been a decrease from \u2026": the same change is supported',
    draft:
      'In Westdale, the average time between entering care and moving in with an adoptive family fell from 681 days in ' +
      '2013\u201314 to 568 days in 2014\u201315 [@westdale-inspection].',
    codes: [],
  },
  {
    name: 'a figure dated by another month of the claim\u2019s year does not bear the claim out',
    draft:
      'By October 2015, 10% of Southbay\u2019s children looked after had experienced more than three placement moves ' +
      'within a year [@southbay-inspection].',
    codes: ['citation-does-not-support'],
    on: 'citation-does-not-support',
    message: /speaks of March 2015, not October 2015/,
  },
  {
    name: 'the same figure for the same month is supported',
    draft:
      'By March 2015, 10% of Southbay\u2019s children looked after had experienced more than three placement moves ' +
      'within a year [@southbay-inspection].',
    codes: [],
  },
  {
    name: 'a quantity the sentence gives for another month is not the claim\u2019s',
    draft: 'In April 2017, fewer than a quarter of Southbay\u2019s initial health assessments were completed on time.',
    codes: ['unsupported-claim'],
    on: 'unsupported-claim',
    verdict: 'partial',
    detail: /does not give \u201ca quarter\u201d/,
  },
  {
    name: 'the quantity the sentence gives for the claim\u2019s month supports it',
    draft: 'In April 2017, more than four in five of Southbay\u2019s initial health assessments were completed on time.',
    codes: ['unsupported-claim'],
    on: 'unsupported-claim',
    verdict: 'supports',
  },
  {
    name: 'a comparison\u2019s figure the claim also gives as its comparison ("than the 11% in similar councils") contradicts nothing',
    draft:
      'One in ten of Eastbay\u2019s children looked after lived in three or more placements in 2014\u201315, slightly fewer ' +
      'than the 11% in similar councils and nationally [@eastbay-inspection].',
    codes: [],
  },
  {
    name: 'a sentence dated by another year gives that year\u2019s figure, whatever its pair speaks of',
    draft: 'At the end of March 2014 Southdown was looking after 501 children, a rate of 36.3 per 10,000 [@southdown-inspection].',
    codes: ['contradicted-by-source'],
    on: 'contradicted-by-source',
    verdict: 'contradicts',
    detail: /39\.3, not 36\.3/,
  },
  {
    name: 'the figure for the claim\u2019s year is supported',
    draft: 'At the end of March 2014 Southdown was looking after 501 children, a rate of 39.3 per 10,000 [@southdown-inspection].',
    codes: [],
  },
  {
    name: 'a share in words far from the sentence\u2019s one share contradicts it',
    draft: 'Around half of Southcliff\u2019s children looked after attend a good or outstanding school [@southcliff-inspection].',
    codes: ['contradicted-by-source'],
    on: 'contradicted-by-source',
    verdict: 'contradicts',
    detail: /gives \u201cthree quarters\u201d, not \u201chalf\u201d/,
  },
  {
    name: 'a share below a bound the claim sets ("fewer than a quarter") contradicts it',
    draft: 'Fewer than a quarter of Southcliff\u2019s children looked after attend a good or outstanding school [@southcliff-inspection].',
    codes: ['contradicted-by-source'],
  },
  {
    name: 'the same share in other words, or a bound it keeps ("more than half"), is supported',
    draft: 'Roughly three in four of Southcliff\u2019s children looked after attend a good or outstanding school [@southcliff-inspection].',
    codes: [],
  },
  {
    // Not taken as support either: the sentence's one share may count something else (see shareAgainst.ts).
    name: 'a bound the sentence\u2019s share keeps is not contradicted',
    draft: 'More than half of Southcliff\u2019s children looked after attend a good or outstanding school.',
    codes: ['unsupported-claim'],
    on: 'unsupported-claim',
    verdict: 'partial',
  },
  {
    name: 'a subject that stands the other way against its benchmark ("lag behind" against "better than") is not borne out',
    draft:
      'At key stages 2 and 4, the results of Northcliff\u2019s looked-after children lag behind the national average ' +
      '[@northcliff-inspection].',
    codes: ['contradicted-by-source'],
    on: 'contradicted-by-source',
    verdict: 'contradicts',
    detail: /says \u201cbetter than\u201d, not \u201clag behind\u201d/,
  },
  {
    name: 'standing the same way against the benchmark, in other words, is supported',
    draft:
      'At key stages 2 and 4, the results of Northcliff\u2019s looked-after children are ahead of the national average ' +
      '[@northcliff-inspection].',
    codes: [],
  },
  {
    name: 'a comparative set against a benchmark ("higher than the national average") is no change over time',
    draft:
      'At key stages 2 and 4, the results of Northcliff\u2019s looked-after children are higher than the national average ' +
      '[@northcliff-inspection].',
    codes: [],
  },
  {
    name: 'a negated comparison ("no worse than") stands no way: never contradicted',
    draft:
      'At key stages 2 and 4, the results of Northcliff\u2019s looked-after children are no worse than the national average ' +
      '[@northcliff-inspection].',
    codes: [],
  },
  {
    name: '"a little over half" is about half, not a bound: three quarters contradicts it',
    draft: 'A little over half of Southcliff\u2019s children looked after attend a good or outstanding school [@southcliff-inspection].',
    codes: ['contradicted-by-source'],
  },
  {
    name: 'a share in a clause on another measure ("80% live in suitable accommodation") contradicts nothing',
    draft: 'Around half of Westcliff\u2019s care leavers are in education, employment or training [@westcliff-inspection].',
    codes: ['citation-does-not-support'],
    on: 'citation-does-not-support',
    message: /does not give \u201chalf\u201d/,
  },
  {
    name: 'the year of an Act named in the sentence does not date its figure',
    draft: 'At 31 March 2015, 45 children were accommodated under section 20 [@westcliff-inspection].',
    codes: [],
  },
  {
    name: 'figures in two bulleted key facts, cited',
    draft:
      'At 30 September 2014, Southshire had 423 children on child protection plans and 50 in privately arranged fostering ' +
      '[@southshire-inspection].',
    codes: [],
  },
  {
    name: 'a count carrying on the previous sentence\u2019s subject, the other way round',
    draft: 'The share of Southshire\u2019s looked-after children who offended fell between 2012 and 2013 [@southshire-inspection].',
    codes: ['contradicted-by-source'],
    on: 'contradicted-by-source',
    verdict: 'contradicts',
    detail: /increased.*fell/,
  },
  {
    name: 'the same count the same way round is not contradicted',
    draft: 'The share of Southshire\u2019s looked-after children who offended rose between 2012 and 2013 [@southshire-inspection].',
    codes: [],
  },
  {
    name: 'a source that denies what the claim asserts does not support it',
    draft: 'In Southshire, children were living in residential settings due to a shortage of foster homes [@southshire-inspection].',
    codes: ['citation-does-not-support'],
    on: 'citation-does-not-support',
    message: /says \u201cno children were living\u201d/,
  },
  {
    name: 'the same denial in other words is supported',
    draft: 'In Southshire, no child was living in a residential setting because of a shortage of foster homes [@southshire-inspection].',
    codes: [],
  },
  {
    name: 'a place between the figure and what it counts: a different figure contradicts',
    draft: 'At 14 November 2016, 230 Westmoor children were on child protection plans, up from 163 in March 2016 [@westmoor-inspection].',
    codes: ['contradicted-by-source'],
    on: 'contradicted-by-source',
    verdict: 'contradicts',
    detail: /200, not 230/,
  },
  {
    name: 'a place between the figure and what it counts: the same figure is supported',
    draft: 'At 14 November 2016, 200 Westmoor children were on child protection plans, up from 163 in March 2016 [@westmoor-inspection].',
    codes: [],
  },
  {
    name: '"This has increased from …" carries the figure before it on',
    draft: 'Eastmoor had 219 open child protection cases at its inspection, up from 170 in March 2014 [@eastmoor-inspection].',
    codes: [],
  },
  {
    name: '"This has increased from …" against a claim that the cases went down',
    draft: 'Eastmoor\u2019s open child protection cases went down after March 2014 [@eastmoor-inspection].',
    codes: ['contradicted-by-source'],
    on: 'contradicted-by-source',
    verdict: 'contradicts',
  },
  {
    name: '"the position is improving" does not say which way a count went',
    draft:
      'The proportion of Northmoor care leavers not in education, employment or training rose over the past year ' +
      '[@northmoor-inspection].',
    codes: ['citation-does-not-support'],
    on: 'citation-does-not-support',
    message: /^(?!.*Supported by)/,
  },
  {
    name: '"improved from 41% to 49%" says it with its figures',
    draft:
      'The share of Northmoor\u2019s care leavers in education, training or employment improved from 41% in 2013\u201314 to 49% ' +
      '[@northmoor-inspection].',
    codes: [],
  },
  {
    name: 'figures rounded into words ("from almost half to a fifth") are borne out by the source\u2019s percentages',
    draft:
      'Southvale cut the share of its care leavers not in education, employment or training from almost half to a fifth ' +
      '[@southvale-inspection].',
    codes: [],
  },
  {
    name: 'a fraction the source does not give is not borne out',
    draft:
      'Southvale cut the share of its care leavers not in education, employment or training from almost half to a tenth ' +
      '[@southvale-inspection].',
    codes: ['citation-does-not-support'],
    on: 'citation-does-not-support',
    message: /only partly supports this \(the source gives 20%, not \u201ca tenth\u201d\)/,
  },
  {
    name: 'a change to "eighteen" is not a change to "eight"',
    draft: 'Northmoor\u2019s number of children missing education fell from 59 in 2014\u201315 to eighteen [@northmoor-inspection].',
    codes: ['contradicted-by-source'],
    on: 'contradicted-by-source',
    verdict: 'contradicts',
    detail: /gives eight, not eighteen/,
  },
  {
    name: 'a national claim against a sentence with its figure and years',
    draft: 'The number of inpatient mental health beds for teenagers in England increased by 20 per cent between 2017 and 2022.',
    codes: ['unsupported-claim', 'contradicted-by-source'],
    on: 'contradicted-by-source',
    verdict: 'contradicts',
    source: 'eastvale-sufficiency-strategy',
    detail: /fell.*increased/,
  },
  {
    name: 'the same national claim in agreement is offered as support, not contradicted',
    draft: 'The number of inpatient mental health beds for teenagers in England fell by 20 per cent between 2017 and 2022.',
    codes: ['unsupported-claim'],
    on: 'unsupported-claim',
    verdict: 'supports',
    source: 'eastvale-sufficiency-strategy',
  },
  {
    name: 'without the years, a national claim is not pinned to a local sentence',
    draft: 'The number of inpatient mental health beds for teenagers in England increased by 20 per cent.',
    codes: ['unsupported-claim'],
    on: 'unsupported-claim',
    message: /^(?!.*says otherwise)/,
  },
];

let checker: DraftChecker;
before(async () => {
  ({ checker } = await memoryChecker(FILES));
});

for (const c of CASES) test(`verdicts in layout: ${c.name}`, () => checkCase(checker, c));
