/**
 * Metadata end to end through Corpus on an in-memory workspace: precedence
 * (front matter > CSL-JSON references.json > heuristics, per field, with
 * origins), heuristics on plain text (title, first URL, `Source:` line, year,
 * full date, author), and damaged inputs (invalid YAML front matter, a
 * references.json that is not JSON) reported without stopping indexing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Corpus } from '../../server/src/engine/corpus/corpus.js';
import type { SourceMetadata } from '../../server/src/engine/types.js';
import { MemoryWorkspace } from '../helpers/memoryWorkspace.js';

async function open(files: Record<string, string>) {
  const corpus = new Corpus(new MemoryWorkspace(files), { roots: ['/c'] });
  const summary = await corpus.refresh();
  return { corpus, summary };
}

const fieldsOf = (m: SourceMetadata | undefined) => {
  if (!m) return undefined;
  const { origin, ...fields } = m;
  return { fields, origin };
};

const REFERENCES = JSON.stringify([
  {
    id: 'fm',
    title: 'Bibliography title of fm',
    author: [{ family: 'Bibauthor', given: 'Bea' }],
    publisher: 'Bib Press',
    issued: { 'date-parts': [[2018, 4, 9]] },
    URL: 'https://bib.example/fm',
  },
  { id: 'bib', title: 'Bibliography title of bib', issued: { 'date-parts': [[2019, 7]] }, 'container-title': 'Journal of Care' },
  { id: 'smith2020', title: 'Keyed by front-matter id', author: [{ literal: 'Smith Institute' }] },
]);

test('metadata precedence: front matter > references.json > heuristics, field by field', async () => {
  const { corpus, summary } = await open({
    '/c/references.json': REFERENCES,
    '/c/fm.md':
      '---\ntitle: Front matter title\nauthor: [Ann Bee, Cee Dee]\ndate: 2020-05-01\n---\n# Heading ' +
      'that is not the title\n\nWritten on 1 June 2001, see https://heuristic.example/fm for more.\n',
    '/c/bib.txt': 'Heuristic title of bib\n\nBy Jane Doe\n\nPublished 3 March 2021. Details at https://heuristic.example/bib\n',
    '/c/plain.txt': 'Heuristic title of plain\n\nBy Jane Doe\n\nPublished 3 March 2021. Details at https://heuristic.example/plain\n',
    '/c/keyed.md': '---\nid: smith2020\n---\nThe body mentions 1999.\n',
  });
  assert.deepEqual(summary.problems, []);
  assert.deepEqual(fieldsOf(corpus.document('fm')?.metadata), {
    fields: {
      title: 'Front matter title',
      author: 'Ann Bee, Cee Dee',
      publisher: 'Bib Press',
      date: '2020-05-01',
      url: 'https://bib.example/fm',
    },
    origin: { title: 'front-matter', author: 'front-matter', publisher: 'bibliography', date: 'front-matter', url: 'bibliography' },
  });
  assert.deepEqual(fieldsOf(corpus.document('bib')?.metadata), {
    fields: {
      title: 'Bibliography title of bib',
      author: 'Jane Doe',
      publisher: 'Journal of Care',
      date: '2019-07',
      url: 'https://heuristic.example/bib',
    },
    origin: { title: 'bibliography', author: 'heuristic', publisher: 'bibliography', date: 'bibliography', url: 'heuristic' },
  });
  assert.deepEqual(fieldsOf(corpus.document('plain')?.metadata), {
    fields: { title: 'Heuristic title of plain', author: 'Jane Doe', date: '2021-03-03', url: 'https://heuristic.example/plain' },
    origin: { title: 'heuristic', author: 'heuristic', date: 'heuristic', url: 'heuristic' },
  });
  const keyed = corpus.document('smith2020')?.metadata;
  assert.equal(keyed?.title, 'Keyed by front-matter id');
  assert.equal(keyed?.author, 'Smith Institute');
  assert.equal(keyed?.date, '1999');
  assert.equal(keyed?.origin.date, 'heuristic');
  assert.equal(corpus.search('heuristic title plain', 1)[0]?.title, 'Heuristic title of plain', 'search results carry the title');
});

const HEURISTICS: Array<{
  name: string;
  text: string;
  expected: Partial<Record<'title' | 'author' | 'publisher' | 'date' | 'url', string>>;
}> = [
  {
    name: 'first meaningful line is the title',
    text: '\n\n  --  \n12\nAnnual Review of Care\n\nThe body follows here.\n',
    expected: { title: 'Annual Review of Care' },
  },
  {
    name: 'a URL-only first line is not the title',
    text: 'https://example.org/page\nChildren in Care Report\n\nBody.\n',
    expected: { title: 'Children in Care Report', url: 'https://example.org/page' },
  },
  {
    name: 'first URL wins',
    text: 'Title line here\n\nSee https://first.example/a and https://second.example/b today.\n',
    expected: { title: 'Title line here', url: 'https://first.example/a' },
  },
  {
    name: 'URL ending a sentence loses the full stop',
    text: 'Title line here\n\nRead it at https://example.org/report.\n',
    expected: { title: 'Title line here', url: 'https://example.org/report' },
  },
  {
    name: 'URL before a comma loses the comma',
    text: 'Title line here\n\nSee https://example.org/report, then act.\n',
    expected: { title: 'Title line here', url: 'https://example.org/report' },
  },
  {
    name: 'Source: names the publisher',
    text: 'The Future of Care\n\nSource: The County Council\u2019s Network\n\nThe report follows.\n',
    expected: { title: 'The Future of Care', publisher: 'The County Council\u2019s Network' },
  },
  {
    name: 'Source: with a URL gives the URL',
    text: 'A Title For This\n\nSource: https://example.org/src\n\nBody text.\n',
    expected: { title: 'A Title For This', url: 'https://example.org/src' },
  },
  {
    name: 'a year',
    text: 'Outcomes framework\n\nBuild on our earlier study published in 2016.\n',
    expected: { title: 'Outcomes framework', date: '2016' },
  },
  {
    name: 'a full date beats a year',
    text: 'Inspection of Dorset\n\nReorganised in 2019. Inspection dates: 27 September to 8 October 2021\n',
    expected: { title: 'Inspection of Dorset', date: '2021-10-08' },
  },
  {
    name: 'a full date with a one-digit day',
    text: 'Minutes of the meeting\n\nHeld on 3 March 2021 in the town hall.\n',
    expected: { title: 'Minutes of the meeting', date: '2021-03-03' },
  },
  {
    name: 'numbers that are not years',
    text: 'Budget lines here\n\nWe spent 1234 and 3050 pounds.\n',
    expected: { title: 'Budget lines here' },
  },
  {
    name: 'author line',
    text: 'The Case for Change\nWritten by Andy Elvin\n\nBody text.\n',
    expected: { title: 'The Case for Change', author: 'Andy Elvin' },
  },
];

for (const { name, text, expected } of HEURISTICS) {
  test(`metadata heuristics: ${name}`, async () => {
    const { corpus } = await open({ '/c/doc.txt': text });
    const meta = corpus.document('doc')?.metadata;
    assert.ok(meta, 'document indexed');
    const { origin, ...fields } = meta;
    assert.deepEqual(fields, expected);
    for (const field of Object.keys(expected)) assert.equal(origin[field as keyof typeof origin], 'heuristic', `${field} origin`);
  });
}

test('invalid YAML front matter: a warning naming the file; the body is still indexed', async () => {
  const { corpus, summary } = await open({
    '/c/broken.md': '---\ntitle: [unclosed\nauthor: : :\n---\nKinship carers deserve better financial support.\n',
    '/c/fine.md': '---\ntitle: Fine\n---\nFoster carers need training.\n',
  });
  assert.equal(summary.problems.length, 1, JSON.stringify(summary.problems));
  const [problem] = summary.problems;
  assert.equal(problem.file, '/c/broken.md');
  assert.equal(problem.severity, 'warning');
  assert.match(problem.message, /broken\.md.*front matter.*YAML/);
  const doc = corpus.document('broken');
  assert.ok(doc, 'still a document');
  assert.deepEqual(
    doc.sentences.map((s) => s.text),
    ['Kinship carers deserve better financial support.'],
  );
  assert.equal(doc.metadata.title, 'Kinship carers deserve better financial support.', 'title falls back to heuristics');
  assert.equal(corpus.search('kinship carers financial support', 1)[0]?.sourceId, 'broken');
  assert.equal(corpus.document('fine')?.metadata.title, 'Fine');
});

const BAD_BIBLIOGRAPHIES: Array<{ name: string; json: string; pattern: RegExp }> = [
  { name: 'not JSON', json: '{ "id": "doc", title: oops', pattern: /references\.json.*not valid JSON/ },
  { name: 'truncated', json: REFERENCES.slice(0, 40), pattern: /references\.json.*not valid JSON/ },
  { name: 'an object, not an array', json: '{"id": "doc", "title": "X"}', pattern: /references\.json.*array/ },
];

for (const { name, json, pattern } of BAD_BIBLIOGRAPHIES) {
  test(`references.json ${name}: an error naming it; documents indexed with heuristic metadata`, async () => {
    const { corpus, summary } = await open({
      '/c/references.json': json,
      '/c/doc.txt': 'Residential Care Review\n\nProviders set prices for residential placements.\n',
    });
    const errors = summary.problems.filter((p) => p.severity === 'error');
    assert.equal(errors.length, 1, JSON.stringify(summary.problems));
    assert.equal(errors[0].file, '/c/references.json');
    assert.match(errors[0].message, pattern);
    assert.deepEqual(fieldsOf(corpus.document('doc')?.metadata), {
      fields: { title: 'Residential Care Review' },
      origin: { title: 'heuristic' },
    });
    assert.equal(corpus.search('providers residential placements', 1)[0]?.sourceId, 'doc');
  });
}

test('references.json items without an id are skipped with a warning, the rest used', async () => {
  const { corpus, summary } = await open({
    '/c/references.json': JSON.stringify([{ title: 'No id' }, { id: 'doc', title: 'From the bibliography' }]),
    '/c/doc.txt': 'Heuristic title\n\nBody sentence here.\n',
  });
  assert.deepEqual(
    summary.problems.map((p) => [p.file, p.severity]),
    [['/c/references.json', 'warning']],
  );
  assert.match(summary.problems[0].message, /item 1/);
  assert.equal(corpus.document('doc')?.metadata.title, 'From the bibliography');
});
