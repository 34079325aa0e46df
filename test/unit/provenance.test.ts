/**
 * The provenance invariant on small, tricky in-memory documents: for every
 * sentence, sentence.text === spanText(fileText, start, end, gaps), offsets
 * lie inside the file, and LineIndex positions equal a naive line/character
 * count (CRLF, lone CR, tabs, non-BMP characters). Also checks the expected
 * sentences of each document and page numbers of form-feed text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseFile } from '../../server/src/engine/ingest/analyseFile.js';
import { LineIndex } from '../../server/src/engine/text/lineIndex.js';
import { naivePosition, provenanceViolations } from '../helpers/provenance.js';
import { spanText } from '../../server/src/engine/text/normalize.js';

const FOOTER = 'Inspection of Northshire local authority children\u2019s services';
const page = (n: number, body: string) =>
  `${FOOTER}\n\n${body}\n\n${FOOTER}\n12 to 23 June 2023                                                   ${n}\n`;

interface Case {
  name: string;
  file: string;
  text: string;
  /** Every sentence text, in order. */
  expected: string[];
  /** Page of every sentence, for paged text. */
  pages?: number[];
}

const CASES: Case[] = [
  {
    name: 'CRLF line endings',
    file: 'crlf.txt',
    text: 'Policy brief\r\n\r\nThe first sentence is here. The second one\r\nwraps onto a new line.\r\n\r\nA new paragraph starts.\r\n',
    expected: ['Policy brief', 'The first sentence is here.', 'The second one wraps onto a new line.', 'A new paragraph starts.'],
  },
  {
    name: 'lone CR line endings (old Mac)',
    file: 'cr.txt',
    text: 'Policy brief\r\rThe first sentence is here. The second one\rwraps onto a new line.\r\rA new paragraph starts.\r',
    expected: ['Policy brief', 'The first sentence is here.', 'The second one wraps onto a new line.', 'A new paragraph starts.'],
  },
  {
    name: 'tabs',
    file: 'tabs.txt',
    text: '\tIndented paragraph starts here and\n\tcontinues on the next line.\n\nA tab\tinside a sentence. Done.\n',
    expected: ['Indented paragraph starts here and continues on the next line.', 'A tab inside a sentence.', 'Done.'],
  },
  {
    name: 'non-BMP characters before sentences',
    file: 'emoji.txt',
    text:
      '\u{1F600} Emoji come first. \u{1F680}\u{1F680} Then a rocket sentence about \u{1D518}\u{1D52B}\u{1D526} letters.\n\n' +
      '\u{1F469}\u200d\u{1F469}\u200d\u{1F467} Families matter.\n',
    expected: [
      '\u{1F600} Emoji come first.',
      '\u{1F680}\u{1F680} Then a rocket sentence about \u{1D518}\u{1D52B}\u{1D526} letters.',
      '\u{1F469}\u200d\u{1F469}\u200d\u{1F467} Families matter.',
    ],
  },
  {
    name: 'hard-wrapped paragraphs',
    file: 'wrapped.txt',
    text:
      'Services for children and families in Dorset are of good quality and are\n' +
      'continuing to improve. The senior leadership team is an impressive and\n' +
      'successful force for change, with a proven determination to give every\n' +
      'child a brighter future.\n\n' +
      'Staff take pride in their work. Good work is expected, delivered and\n' +
      'celebrated.\n',
    expected: [
      'Services for children and families in Dorset are of good quality and are continuing to improve.',
      'The senior leadership team is an impressive and successful force for change, with a proven determination to give every child a brighter future.',
      'Staff take pride in their work.',
      'Good work is expected, delivered and celebrated.',
    ],
  },
  {
    name: 'line-end hyphenation',
    file: 'hyphen.txt',
    text:
      'The multi-\nagency team met weekly and shared all of the information that it held about\n' +
      'children. A well-\n  known fact is that co-\r\noperation helps.\n',
    expected: [
      'The multi-agency team met weekly and shared all of the information that it held about children.',
      'A well-known fact is that co-operation helps.',
    ],
  },
  {
    name: 'form-feed pages with running header and footer',
    file: 'paged.txt',
    text: [
      page(
        1,
        'Children receive the help that they need at the right time. Families benefit from\n' +
          'a broad range of early help services, tailored to their needs and in the places\nwhere they live and',
      ),
      page(2, 'work. Partnership working is well developed.'),
      page(3, 'Leaders know their services well.'),
      page(4, 'Care leavers are supported. The multi-\nagency team is strong.'),
    ].join('\f'),
    expected: [
      'Children receive the help that they need at the right time.',
      'Families benefit from a broad range of early help services, tailored to their needs and in the places where they live and work.',
      'Partnership working is well developed.',
      'Leaders know their services well.',
      'Care leavers are supported.',
      'The multi-agency team is strong.',
    ],
    pages: [1, 1, 2, 3, 4, 4],
  },
  {
    name: 'Markdown with front matter, emphasis and links',
    file: 'notes.md',
    text:
      '---\ntitle: "Front matter: a title"\nauthor: Jane Doe\n---\n# Heading *one*\n\n' +
      'Some **bold** and _emphasised_ words with [a link](https://example.org/x "t"). The next sentence follows.\r\n\r\n' +
      '- First item is *here*.\n- Second item has `code`.\n',
    expected: [
      'Heading one',
      'Some bold and emphasised words with a link.',
      'The next sentence follows.',
      'First item is here.',
      'Second item has code.',
    ],
  },
  {
    name: 'HTML with entities and <script>',
    file: 'page.html',
    text:
      '<!DOCTYPE html><html><head><title>Page title</title><style>p { color: red; }</style></head>\n<body><nav>Home | About</nav>\n' +
      '<p>Fish &amp; chips cost &pound;5 in 2024. Caf&eacute; culture &mdash; a new trend.</p>\n' +
      '<script>document.write("Hidden sentence.");</script>\n' +
      '<p>Second paragraph with <em>emphasis</em> and <a href="/x">a link</a>.</p>\n</body></html>\n',
    expected: ['Fish & chips cost \u00a35 in 2024.', 'Caf\u00e9 culture \u2014 a new trend.', 'Second paragraph with emphasis and a link.'],
  },
  {
    // pdftotext -layout of a two-column page: each line is the left column's, a wide gap, then the right column's.
    // Read column by column; a column's line-end hyphen joins its word; the right column starts its own block.
    name: 'a page set in two columns',
    file: 'two-columns.txt',
    text: twoColumns(
      [
        'In developing our financial plan, we have',
        'forecast demand and spending for children\u2019s',
        'care services. Total spending is projected',
        'to rise from \u00a324.0m in 2023/24 to \u00a335.9m in',
        '2027/28, a rise of 44% over four years. This',
        'increase is driven by more children in care',
        'needing placements, and by the higher multi-',
        'agency costs of meeting complex needs.',
      ],
      [
        'Publishing this strategy is one of the',
        'twelve areas of focus that we will work on',
        'over the next two years. The strategy aims to',
        'make sure that there are enough homes for',
        'children in care, from foster homes to',
        'specialist residential settings, so that',
        'children can stay close to their families',
        'and schools wherever that is safe for them.',
      ],
    ),
    expected: [
      'In developing our financial plan, we have forecast demand and spending for children\u2019s care services.',
      'Total spending is projected to rise from \u00a324.0m in 2023/24 to \u00a335.9m in 2027/28, a rise of 44% over four years.',
      'This increase is driven by more children in care needing placements, and by the higher multi-agency costs of meeting complex needs.',
      'Publishing this strategy is one of the twelve areas of focus that we will work on over the next two years.',
      'The strategy aims to make sure that there are enough homes for children in care, from foster homes to specialist ' +
        'residential settings, so that children can stay close to their families and schools wherever that is safe for them.',
    ],
  },
  {
    // A contents page: the page numbers at the right are no column, and the table is read row by row as before.
    name: 'a contents page and a table are not columns',
    file: 'contents.txt',
    text: [
      'Contents',
      '',
      ...['Executive summary', 'The local authority', 'Recommendations', 'Summary for children', 'Help and protection'].flatMap(
        (entry, i) => [`${entry.padEnd(90)}${i + 2}`, ''],
      ),
      'Leadership, management and governance                                                    17',
      'Information about this inspection                                                        20',
      '',
    ].join('\n'),
    expected: [
      'Contents',
      'Executive summary 2',
      'The local authority 3',
      'Recommendations 4',
      'Summary for children 5',
      'Help and protection 6',
      'Leadership, management and governance 17',
      'Information about this inspection 20',
    ],
  },
];

/** Two columns of lines set side by side, as pdftotext -layout writes them: the left padded to column 60. */
function twoColumns(left: string[], right: string[]): string {
  return `${left.map((l, i) => `${l.padEnd(60)}${right[i] ?? ''}`.trimEnd()).join('\n')}\n`;
}

for (const c of CASES) {
  const analysis = analyseFile(c.file, new TextEncoder().encode(c.text));

  test(`provenance (${c.name}): every sentence is its file span, positions match a naive count`, () => {
    assert.equal(analysis.text, c.text, 'decoded text must equal the file text');
    assert.ok(analysis.sentences.length > 0, 'expected at least one sentence');
    assert.deepEqual(provenanceViolations(c.file, c.text, analysis.sentences), []);
  });

  test(`provenance (${c.name}): sentences are the author's sentences`, () => {
    assert.deepEqual(
      analysis.sentences.map((s) => s.text),
      c.expected,
    );
  });

  if (c.pages) {
    const pages = c.pages;
    test(`provenance (${c.name}): page numbers`, () => {
      assert.deepEqual(
        analysis.sentences.map((s) => s.page),
        pages,
      );
    });
  }
}

/** ‸ marks the offset whose position is expected. */
const POSITIONS: Array<{ name: string; input: string; expected: { line: number; character: number } }> = [
  { name: 'start of file', input: '‸abc', expected: { line: 0, character: 0 } },
  { name: 'after CRLF', input: 'ab\r\n‸cd', expected: { line: 1, character: 0 } },
  { name: 'after lone CR', input: 'ab\r‸cd', expected: { line: 1, character: 0 } },
  { name: 'CR then LF counted once', input: 'a\r\nb\rc\n‸d', expected: { line: 3, character: 0 } },
  { name: 'blank CRLF lines', input: 'a\r\n\r\n\r\nxy‸z', expected: { line: 3, character: 2 } },
  { name: 'tab is one character', input: '\t\t‸x', expected: { line: 0, character: 2 } },
  { name: 'emoji counts two UTF-16 units', input: 'ok\n\u{1F600} ‸x', expected: { line: 1, character: 3 } },
  { name: 'form feed is not a line break', input: 'a\fb‸c', expected: { line: 0, character: 3 } },
  { name: 'end of file after final newline', input: 'abc\n‸', expected: { line: 1, character: 0 } },
];

for (const { name, input, expected } of POSITIONS) {
  test(`LineIndex position: ${name}`, () => {
    const offset = input.indexOf('‸');
    const text = input.replace('‸', '');
    const lines = new LineIndex(text);
    assert.deepEqual(naivePosition(text, offset), expected, 'the naive count itself');
    assert.deepEqual(lines.positionAt(offset), expected);
    assert.equal(lines.offsetAt(expected), offset);
  });
}

/**
 * LSP: a character past the end of a line means the end of that line, before
 * its line break. ‸ marks the expected offset.
 */
const CLAMPS: Array<{ name: string; input: string; position: { line: number; character: number } }> = [
  { name: 'past the end of a CRLF line', input: 'ab‸\r\ncd', position: { line: 0, character: 99 } },
  { name: 'past the end of an LF line', input: 'ab\r\ncd‸\nef', position: { line: 1, character: 99 } },
  { name: 'past the end of a CR line', input: 'ab‸\rcd', position: { line: 0, character: 3 } },
  { name: 'past the end of the last line', input: 'ab\ncd‸', position: { line: 1, character: 99 } },
  { name: 'past the last line', input: 'ab\ncd‸', position: { line: 7, character: 0 } },
  { name: 'negative character', input: 'ab\n‸cd', position: { line: 1, character: -4 } },
];

for (const { name, input, position } of CLAMPS) {
  test(`LineIndex.offsetAt clamps ${name}`, () => {
    const offset = input.indexOf('‸');
    const lines = new LineIndex(input.replace('‸', ''));
    assert.equal(lines.offsetAt(position), offset);
  });
}

test('the provenance check itself: two sentences reading the same characters are a violation, a column gap is not', () => {
  const text = 'Left one is here.   Right one is here.\nLeft two goes on.   Right two goes on.\n';
  const sentence = (index: number, start: number, end: number, gaps?: Array<[number, number, string?]>) => ({
    index,
    start,
    end,
    text: spanText(text, start, end, gaps),
    block: index,
    ...(gaps ? { gaps } : {}),
  });
  // The left column's sentence reads 0-17 and 39-56, the right one's 20-38 lies in its gap.
  const columns = [sentence(0, 0, 56, [[17, 39, '\n']]), sentence(1, 20, 38)];
  assert.deepEqual(provenanceViolations('cols.txt', text, columns), []);
  const overlapping = [sentence(0, 0, 56, [[17, 39, '\n']]), sentence(1, 10, 38)];
  assert.match(provenanceViolations('cols.txt', text, overlapping).join('\n'), /reads \[10, 17\)|which sentence 0 reads too/);
});
