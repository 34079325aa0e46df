/**
 * Bibliographies beyond references.json: BibTeX (.bib, through
 * Citation.js) and CSL-JSON exports under any name, with `file` fields in
 * the shapes Zotero, Better BibTeX and JabRef write. Entries match corpus
 * documents by key or by attached file (which then gives the document its
 * key); precedence stays front matter > bibliography > heuristics; a broken
 * entry costs only itself; a bibliography edited later updates metadata.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Corpus } from '../../server/src/engine/corpus/corpus.js';
import { fileField } from '../../server/src/engine/ingest/bibliography.js';
import { parseBibtex } from '../../server/src/engine/ingest/bibtex.js';
import { MemoryWorkspace } from '../helpers/memoryWorkspace.js';

const FILE_FIELDS: Array<[string, unknown, string[]]> = [
  [
    'Zotero export: description:path:mime, several',
    'Full Text PDF:files/12/Care Review 2023.pdf:application/pdf;Snapshot:files/13/page.html:text/html',
    ['Care Review 2023.pdf', 'page.html'],
  ],
  ['Better BibTeX: absolute paths', '/home/ann/Zotero/storage/ABCD1234/Smith - 2020 - Care.pdf', ['Smith - 2020 - Care.pdf']],
  ['Better BibTeX on Windows, escaped', 'C\\:\\\\Users\\\\ann\\\\Zotero\\\\storage\\\\X\\\\report\\_final.pdf', ['report_final.pdf']],
  ['JabRef: :path:type', ':reports/ofsted.pdf:PDF', ['ofsted.pdf']],
  ['CSL-JSON array', ['a/b.docx', 'c.txt'], ['b.docx', 'c.txt']],
  ['empty', '', []],
];

for (const [name, value, expected] of FILE_FIELDS) {
  test(`file field: ${name}`, () => {
    assert.deepEqual(fileField(value), expected);
  });
}

const BIB = String.raw`@string{ofsted = "Ofsted"}
@report{smith2020care,
  title = {Care in the {UK}: a review},
  author = {Smith, Jane and Doe, John},
  institution = {Northshire Council},
  year = {2020},
  url = {https://example.org/care},
  file = {Full Text PDF:files/12/care-review.pdf:application/pdf}
}
@article{jones2019,
  title = {Kinship allowances},
  author = {Jones, Amy},
  journal = {Journal of Care},
  year = 2019,
  volume = {4},
  pages = {10--20}
}`;

test('BibTeX: entries as CSL items with names, dates and attached files', async () => {
  const { entries, problems } = await parseBibtex('/c/library.bib', BIB);
  assert.deepEqual(problems, []);
  assert.deepEqual(
    entries.map((e) => [e.id, e.title, e.author, e.date, e.files]),
    [
      ['smith2020care', 'Care in the UK: a review', 'Jane Smith, John Doe', '2020', ['care-review.pdf']],
      ['jones2019', 'Kinship allowances', 'Amy Jones', '2019', undefined],
    ],
  );
  assert.deepEqual(entries[1].csl.author, [{ given: 'Amy', family: 'Jones' }]);
  assert.equal(entries[1].csl['container-title'], 'Journal of Care');
});

/**
 * BibTeX fields read as biblatex and Pandoc's BibTeX reader read them (the
 * reference list is finally made by `pandoc --citeproc`; the differential
 * test is test/oracle/referencesCiteproc.test.ts): field → CSL value.
 */
const READING: Array<{ name: string; fields: string; entryType?: string; variable: string; expected: unknown }> = [
  {
    name: 'an English title in sentence case, braced words kept',
    fields: 'title = {Kinship Care in {England}: A Review of the {NHS} Evidence}',
    variable: 'title',
    expected: 'Kinship care in England: A review of the NHS evidence',
  },
  {
    name: 'acronyms and words with inner capitals kept unbraced',
    fields: 'title = {How DfE and NHS Use iPhones}',
    variable: 'title',
    expected: 'How DfE and NHS use iPhones',
  },
  {
    name: 'hyphenated and slashed words in sentence case, part by part',
    fields: 'title = {Long-Term Multi-Agency Work: Child-Centred and/Or Not}',
    variable: 'title',
    expected: 'Long-term multi-agency work: Child-centred and/or not',
  },
  {
    name: 'a braced compound keeps its case',
    fields: 'title = {The {Hyde-Dryden} Review}',
    variable: 'title',
    expected: 'The Hyde-Dryden review',
  },
  {
    name: 'LaTeX single quotes are quotation marks, their words in sentence case',
    fields: "title = {`Both/And' Not `Either/Or': Rights}",
    variable: 'title',
    expected: '\u2018Both/and\u2019 not \u2018either/or\u2019: Rights',
  },
  {
    name: 'an accent command is not a quotation mark',
    fields: "title = {Caf{\\'e} Culture}",
    variable: 'title',
    expected: 'Caf\u00e9 culture',
  },
  {
    name: 'a title in another language (langid) keeps its case',
    fields: 'title = {Kinderschutz in Deutschland: Eine Einführung}, langid = {german}',
    variable: 'title',
    expected: 'Kinderschutz in Deutschland: Eine Einführung',
  },
  {
    name: 'a journal title is never put in sentence case',
    fields: 'journal = {Child and Family Social Work}',
    variable: 'container-title',
    expected: 'Child and Family Social Work',
  },
  {
    name: 'type is a label, printed as written',
    fields: 'type = {Official Statistics}',
    variable: 'genre',
    expected: 'Official Statistics',
  },
  { name: 'type as a biblatex localisation key', fields: 'type = {phdthesis}', variable: 'genre', expected: 'PhD thesis' },
  {
    name: '@phdthesis names its kind',
    entryType: 'phdthesis',
    fields: 'school = {Cardiff University}',
    variable: 'genre',
    expected: 'PhD thesis',
  },
  {
    name: '@mastersthesis names its kind',
    entryType: 'mastersthesis',
    fields: 'school = {Cardiff University}',
    variable: 'genre',
    expected: 'Master\u2019s thesis',
  },
  {
    name: '@techreport has no label, as in Pandoc',
    entryType: 'techreport',
    fields: 'institution = {Cardiff University}',
    variable: 'genre',
    expected: undefined,
  },
  {
    name: 'a biblatex list field is one string, joined as Pandoc joins it',
    fields: 'institution = {Competition and Markets Authority}',
    entryType: 'report',
    variable: 'publisher',
    expected: 'Competition; Markets Authority',
  },
  {
    name: 'a braced organisation is one item',
    fields: 'institution = {{Competition and Markets Authority}}',
    entryType: 'report',
    variable: 'publisher',
    expected: 'Competition and Markets Authority',
  },
  {
    name: 'a particle drops behind the family name (biblatex useprefix=false)',
    fields: 'author = {van der Berg, Pieter}',
    variable: 'author',
    expected: [{ given: 'Pieter', family: 'Berg', 'dropping-particle': 'van der' }],
  },
  {
    name: 'with useprefix=true the particle stays in front',
    fields: 'author = {van der Berg, Pieter}, options = {useprefix=true}',
    variable: 'author',
    expected: [{ given: 'Pieter', family: 'Berg', 'non-dropping-particle': 'van der' }],
  },
];

for (const c of READING) {
  test(`BibTeX reading: ${c.name}`, async () => {
    const { entries, problems } = await parseBibtex('/c/x.bib', `@${c.entryType ?? 'article'}{k, ${c.fields}, year = {2020}}`);
    assert.deepEqual(problems, []);
    assert.deepEqual(entries[0].csl[c.variable], c.expected);
  });
}

test('BibTeX: the metadata title is the CSL title (sentence case) and the author keeps its particle', async () => {
  const { entries } = await parseBibtex('/c/x.bib', '@book{k, title = {Care in {Wales}}, author = {de Souza, Rachel}, year = 2020}');
  assert.equal(entries[0].title, 'Care in Wales');
  assert.equal(entries[0].author, 'Rachel de Souza');
});

test('BibTeX: a broken entry is reported by key and the others are kept', async () => {
  const { entries, problems } = await parseBibtex(
    '/c/library.bib',
    `${BIB}\n@misc{broken, title = {unclosed\n@misc{fine, title = {Still read}}\n`,
  );
  assert.deepEqual(
    entries.map((e) => e.id),
    ['smith2020care', 'jones2019', 'fine'],
  );
  assert.equal(problems.length, 1);
  assert.match(problems[0].message, /library\.bib: 1 BibTeX entry could not be read \(broken: /);
});

test('BibTeX: text that is not BibTeX at all is one warning', async () => {
  const { entries, problems } = await parseBibtex('/c/x.bib', 'just some notes, no entries');
  assert.deepEqual(entries, []);
  assert.equal(problems.length, 1);
});

test('corpus: a .bib matches documents by key and by attached file, which gives the key', async () => {
  const corpus = new Corpus(
    new MemoryWorkspace({
      '/c/library.bib': BIB,
      // Matched by the file field (same name, other extension: a converted copy).
      '/c/care-review.txt': 'Heuristic title\n\nChildren in Northshire were placed closer to home in 2020.\n',
      // Matched by key.
      '/c/jones2019.md': '---\ntitle: Front matter wins\n---\nKinship allowances were raised in 2019.\n',
      '/c/other.txt': 'Unrelated text about adoption panels.\n',
    }),
    { roots: ['/c'] },
  );
  const summary = await corpus.refresh();
  assert.deepEqual(summary.problems, []);
  assert.deepEqual(
    corpus
      .documents()
      .map((d) => d.sourceId)
      .sort(),
    ['jones2019', 'other', 'smith2020care'],
  );
  const care = corpus.document('smith2020care')!;
  assert.equal(care.file, '/c/care-review.txt');
  assert.equal(care.metadata.title, 'Care in the UK: a review');
  assert.equal(care.metadata.origin.title, 'bibliography');
  assert.deepEqual(care.csl?.author, [
    { given: 'Jane', family: 'Smith' },
    { given: 'John', family: 'Doe' },
  ]);
  const jones = corpus.document('jones2019')!;
  assert.equal(jones.metadata.title, 'Front matter wins');
  assert.equal(jones.metadata.origin.title, 'front-matter');
  assert.equal(jones.metadata.author, 'Amy Jones');
  assert.equal(jones.metadata.origin.author, 'bibliography');
  assert.equal(corpus.document('other')?.csl, undefined);
});

test('corpus: CSL-JSON under any name (a Zotero or Better BibTeX export), with a file field; other JSON ignored quietly', async () => {
  const corpus = new Corpus(
    new MemoryWorkspace({
      '/c/My Library.json': JSON.stringify([
        {
          id: 'ofsted2024',
          type: 'report',
          title: 'Largest providers',
          author: [{ literal: 'Ofsted' }],
          issued: { 'date-parts': [[2024, 3]] },
          file: 'storage/X/providers.pdf',
        },
      ]),
      '/c/data.json': JSON.stringify({ rows: [1, 2, 3] }),
      '/c/providers.md': 'Just text about providers of children\u2019s homes.\n',
    }),
    { roots: ['/c'] },
  );
  const summary = await corpus.refresh();
  assert.deepEqual(summary.problems, []);
  const doc = corpus.document('ofsted2024');
  assert.equal(doc?.metadata.title, 'Largest providers');
  assert.equal(doc?.metadata.date, '2024-03');
});

test('corpus: a Zotero CSL JSON export (item URIs as ids) matches by its citation-key', async () => {
  const corpus = new Corpus(
    new MemoryWorkspace({
      '/c/Exported Items.json': JSON.stringify([
        {
          id: 'http://zotero.org/users/local/Ab12/items/XY34',
          'citation-key': 'doe2021',
          type: 'report',
          title: 'Residential care costs',
          author: [{ family: 'Doe', given: 'Jo' }],
          issued: { 'date-parts': [['2021']] },
        },
      ]),
      '/c/doe2021.txt': 'Residential care costs rose sharply in 2021.\n',
    }),
    { roots: ['/c'] },
  );
  await corpus.refresh();
  assert.equal(corpus.document('doe2021')?.metadata.title, 'Residential care costs');
  assert.equal(corpus.document('doe2021')?.metadata.date, '2021');
});

test('corpus: editing or deleting a .bib updates metadata through updateFile/removeFile', async () => {
  const workspace = new MemoryWorkspace({ '/c/jones2019.txt': 'Kinship allowances were raised in 2019.\n' });
  const corpus = new Corpus(workspace, { roots: ['/c'] });
  await corpus.refresh();
  assert.equal(corpus.document('jones2019')?.metadata.origin.title, 'heuristic');
  workspace.write('/c/refs.bib', BIB);
  await corpus.updateFile('/c/refs.bib');
  assert.equal(corpus.document('jones2019')?.metadata.title, 'Kinship allowances');
  workspace.delete('/c/refs.bib');
  await corpus.removeFile('/c/refs.bib');
  assert.equal(corpus.document('jones2019')?.metadata.origin.title, 'heuristic');
});
