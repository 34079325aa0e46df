/**
 * Reference lists (cite/referenceList.ts) in the three styles Sourced
 * offers, compared with the expected text: Harvard (Cite Them Right), APA
 * 7th, Chicago author-date, in British English; first-cited and
 * alphabetical order; sources with a bibliography entry (CSL-JSON) and
 * without one (metadata only: a person, an organisation, a web page);
 * Markdown in titles escaped; names split or kept whole.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  cslItemFor,
  htmlToMarkdown,
  renderReferences,
  splitNames,
  type ReferenceSource,
} from '../../server/src/engine/cite/referenceList.js';

const SOURCES: ReferenceSource[] = [
  {
    sourceId: 'tact-innovation',
    metadata: {
      origin: {},
      title: 'Innovation in children\u2019s services',
      author: 'Andy Elvin',
      publisher: 'The Guardian',
      date: '2015-02-02',
      url: 'http://www.theguardian.com/social-care-network/2015/feb/02/innovation',
    },
  },
  {
    sourceId: 'ofsted-bcp',
    metadata: {
      origin: {},
      title: 'Inspection of Bournemouth, Christchurch and Poole local authority children\u2019s services',
      publisher: 'Ofsted',
      date: '2025-01-29',
      url: 'https://reports.ofsted.gov.uk/provider/44/80561',
    },
  },
  {
    sourceId: 'smith2020',
    metadata: { origin: {}, title: 'ignored: the CSL item is used' },
    csl: {
      id: 'smith2020',
      type: 'article-journal',
      title: 'Care in the UK',
      author: [
        { family: 'Smith', given: 'Jane' },
        { family: 'Doe', given: 'John' },
      ],
      'container-title': 'Journal of Care',
      volume: '3',
      page: '1-10',
      issued: { 'date-parts': [[2020]] },
    },
  },
  {
    sourceId: 'ccn',
    metadata: { origin: {}, title: 'The Future of Children\u2019s Social Care', publisher: 'County Councils Network', date: '2021' },
  },
];

const EXPECTED: Record<'harvard' | 'apa' | 'chicago', string[]> = {
  harvard: [
    '- Elvin, A. (2015) *Innovation in children\u2019s services*, *The Guardian*. Available at: ' +
      '<http://www.theguardian.com/social-care-network/2015/feb/02/innovation>.',
    '- Ofsted (2025) *Inspection of Bournemouth, Christchurch and Poole local authority children\u2019s ' +
      'services*. Available at: <https://reports.ofsted.gov.uk/provider/44/80561>.',
    '- Smith, J. and Doe, J. (2020) \u2018Care in the UK\u2019, *Journal of Care*, 3, pp. 1\u201310.',
    '- County Councils Network (2021) *The Future of Children\u2019s Social Care*.',
  ],
  apa: [
    '- Elvin, A. (2015, February 2). *Innovation in children\u2019s services*. The Guardian. ' +
      '<http://www.theguardian.com/social-care-network/2015/feb/02/innovation>',
    '- Ofsted. (2025). *Inspection of Bournemouth, Christchurch and Poole local authority children\u2019s ' +
      'services*. <https://reports.ofsted.gov.uk/provider/44/80561>',
    '- Smith, J., \\& Doe, J. (2020). Care in the UK. *Journal of Care*, *3*, 1\u201310.',
    '- County Councils Network. (2021). *The Future of Children\u2019s Social Care*.',
  ],
  chicago: [
    '- Elvin, Andy. 2015. \u2018Innovation in Children\u2019s Services\u2019. The Guardian. 2 February ' +
      '2015. <http://www.theguardian.com/social-care-network/2015/feb/02/innovation>.',
    '- Ofsted. 2025. \u2018Inspection of Bournemouth, Christchurch and Poole Local Authority Children\u2019s ' +
      'Services\u2019. <https://reports.ofsted.gov.uk/provider/44/80561>.',
    '- Smith, Jane, and John Doe. 2020. \u2018Care in the UK\u2019. *Journal of Care* 3: 1\u201310.',
    '- County Councils Network. 2021. \u2018The Future of Children\u2019s Social Care\u2019.',
  ],
};

/** Alphabetical: County Councils Network, Elvin, Ofsted, Smith. */
const ALPHABETICAL = [3, 0, 1, 2];

for (const style of ['harvard', 'apa', 'chicago'] as const) {
  test(`references, ${style}, first-cited order`, async () => {
    assert.equal(await renderReferences(SOURCES, { style, order: 'cited' }), EXPECTED[style].join('\n'));
  });
  test(`references, ${style}, alphabetical order`, async () => {
    assert.equal(
      await renderReferences([...SOURCES].reverse(), { style, order: 'alphabetical' }),
      ALPHABETICAL.map((i) => EXPECTED[style][i]).join('\n'),
    );
  });
}

test('references: Harvard and first-cited order are the defaults; duplicates once; none gives ""', async () => {
  assert.equal(await renderReferences([SOURCES[3], SOURCES[0], SOURCES[3]]), [EXPECTED.harvard[3], EXPECTED.harvard[0]].join('\n'));
  assert.equal(await renderReferences([]), '');
});

test('references: Markdown and HTML in a title are escaped, not rendered (CSL rich text <b>, <i> is kept as emphasis)', async () => {
  const out = await renderReferences([
    { sourceId: 'x', metadata: { origin: {}, title: 'A [link](command:evil), <script>x</script>, <b>bold</b> @key', publisher: 'Org' } },
  ]);
  assert.equal(out, '- Org (no date) *A \\[link\\](command:evil), \\<script\\>x\\</script\\>, **bold** \\@key*.');
});

const NAMES: Array<[string, unknown]> = [
  ['Andy Elvin', [{ given: 'Andy', family: 'Elvin' }]],
  [
    'Jane Smith, John Doe',
    [
      { given: 'Jane', family: 'Smith' },
      { given: 'John', family: 'Doe' },
    ],
  ],
  ['Smith, Jane', [{ given: 'Jane', family: 'Smith' }]],
  [
    'Jane Smith and Ludwig van Beethoven',
    [
      { given: 'Jane', family: 'Smith' },
      { given: 'Ludwig van', family: 'Beethoven' },
    ],
  ],
  ['Ofsted', [{ literal: 'Ofsted' }]],
  ['Department for Education', [{ literal: 'Department for Education' }]],
  ['The Children\u2019s Society', [{ literal: 'The Children\u2019s Society' }]],
];

for (const [input, expected] of NAMES) {
  test(`reference names: ${input}`, () => {
    assert.deepEqual(splitNames(input), expected);
  });
}

test('CSL item from metadata: the publisher stands in for a missing author; a web page has its site as container', () => {
  assert.deepEqual(cslItemFor(SOURCES[1]), {
    id: 'ofsted-bcp',
    type: 'report',
    title: SOURCES[1].metadata.title,
    author: [{ literal: 'Ofsted' }],
    issued: { 'date-parts': [[2025, 1, 29]] },
    URL: 'https://reports.ofsted.gov.uk/provider/44/80561',
  });
  assert.equal(cslItemFor(SOURCES[0]).type, 'webpage');
  assert.equal(cslItemFor(SOURCES[0])['container-title'], 'The Guardian');
  assert.equal(cslItemFor(SOURCES[2]).id, 'smith2020');
});

test('HTML from citeproc to Markdown: emphasis hugs words, entities decoded', () => {
  assert.equal(htmlToMarkdown('Smith (2020) <i>Care </i>in <i></i>the UK &#38; more.'), 'Smith (2020) *Care* in the UK \\& more.');
});

/** CSL items mended before citeproc-js renders them, so that the list reads as pandoc --citeproc writes it. */
const MENDS: Array<{ name: string; csl: Record<string, unknown>; style: 'harvard' | 'apa' | 'chicago'; expected: string }> = [
  {
    name: 'two organisations take the delimiter before "&" (APA delimiter-precedes-last="always")',
    csl: {
      type: 'report',
      title: 'SEND review',
      author: [{ literal: 'Department for Education' }, { literal: 'Department of Health and Social Care' }],
      issued: { 'date-parts': [[2022]] },
    },
    style: 'apa',
    expected: '- Department for Education, \\& Department of Health and Social Care. (2022). *SEND review*.',
  },
  {
    name: 'an organisation and a person, Chicago',
    csl: {
      type: 'report',
      title: 'Care review',
      author: [{ literal: 'van Gogh Trust' }, { family: 'Smith', given: 'Jane' }],
      issued: { 'date-parts': [[2021]] },
    },
    style: 'chicago',
    expected: '- van Gogh Trust, and Jane Smith. 2021. \u2018Care Review\u2019.',
  },
  {
    name: 'a DOI written as its address is printed once',
    csl: {
      type: 'article-journal',
      title: 'Care',
      author: [{ family: 'Bloggs', given: 'Joe' }],
      'container-title': 'Review',
      issued: { 'date-parts': [[2015]] },
      DOI: 'https://doi.org/10.1234/er.2015.1',
    },
    style: 'apa',
    expected: '- Bloggs, J. (2015). Care. *Review*. <https://doi.org/10.1234/er.2015.1>',
  },
  {
    name: 'curly double quotes in a title are the locale\u2019s quotation marks',
    csl: {
      type: 'book',
      title: 'On the \u201ctoxic trio\u201d revisited',
      author: [{ family: 'Ng', given: 'Wei' }],
      issued: { 'date-parts': [[2018]] },
    },
    style: 'harvard',
    expected: '- Ng, W. (2018) *On the \u2018toxic trio\u2019 revisited*.',
  },
  {
    name: 'title case keeps only the CSL specification\u2019s stop words in lower case',
    csl: {
      type: 'article-journal',
      title: 'Mental health after care: across the years',
      author: [{ family: 'Ng', given: 'Wei' }],
      'container-title': 'Review',
      issued: { 'date-parts': [[2018]] },
    },
    style: 'chicago',
    expected: '- Ng, Wei. 2018. \u2018Mental Health After Care: Across the Years\u2019. *Review*.',
  },
];

for (const c of MENDS) {
  test(`references, mended for citeproc-js: ${c.name}`, async () => {
    assert.equal(
      await renderReferences([{ sourceId: 'k', metadata: { origin: {} }, csl: { id: 'k', ...c.csl } }], { style: c.style }),
      c.expected,
    );
  });
}
