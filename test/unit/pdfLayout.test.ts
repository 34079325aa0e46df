/**
 * PDF page layout from pdf.js text items (pdfLayout.ts), on synthetic items:
 * words split over items, spaces as items or as gaps, wide gaps as table
 * columns, lines by baseline, paragraphs by vertical gap or font size, a
 * sentence running on across a wider gap, and running headers and footers
 * moved to the page's edges whatever the content-stream order.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assembleLines, pageText, type PdfTextItem } from '../../server/src/engine/ingest/extract/pdfLayout.js';

/** An item of `str` at (x, y) in a font of `size`; its width is 0.5 em per character. */
function item(str: string, x: number, y: number, size = 12, hasEOL = false, width = str.length * size * 0.5): PdfTextItem {
  return { str, transform: [size, 0, 0, size, x, y], width, height: size, hasEOL };
}

const LINE_CASES: Array<{ name: string; items: PdfTextItem[]; expected: string[] }> = [
  {
    name: 'a word split over items joins without a space',
    items: [item('identi', 72, 700), item('fi', 108, 700), item('ed', 120, 700)],
    expected: ['identified'],
  },
  { name: 'a gap of about a space is a space', items: [item('care', 72, 700), item('homes', 100, 700)], expected: ['care homes'] },
  {
    name: 'a space item is a space',
    items: [item('22.', 72, 700), item(' ', 90, 700), item('Children', 99, 700)],
    expected: ['22. Children'],
  },
  {
    name: 'a wide gap is a column break (three spaces)',
    items: [item('Judgement', 72, 700), item('Grade', 400, 700)],
    expected: ['Judgement   Grade'],
  },
  {
    name: 'end of line marks and baselines make lines',
    items: [item('first line', 72, 700, 12, true), item('second', 72, 686), item('third', 72, 672)],
    expected: ['first line', 'second', 'third'],
  },
  {
    name: 'a superscript stays on its line',
    items: [item('note', 72, 700), item('1', 96, 704, 7), item(' says', 100, 700)],
    expected: ['note1 says'],
  },
  { name: 'form feeds, line breaks and NUL inside an item are spaces', items: [item('a\fb\nc\u0000d', 72, 700)], expected: ['a b c d'] },
  {
    name: 'empty and blank items make no lines',
    items: [item('', 72, 700, 12, true), item('   ', 72, 686, 12, true), item('text', 72, 672)],
    expected: ['text'],
  },
];

for (const { name, items, expected } of LINE_CASES) {
  test(`PDF lines: ${name}`, () => {
    assert.deepEqual(
      assembleLines(items).map((l) => l.text),
      expected,
    );
  });
}

const line = (text: string, y: number, size = 12) => ({ text, x: 72, y, size });

const PAGE_CASES: Array<{ name: string; lines: ReturnType<typeof line>[]; expected: string }> = [
  {
    name: 'a larger gap starts a paragraph',
    lines: [
      line('One line of a paragraph', 700),
      line('and its second line.', 685.5),
      line('Next paragraph.', 656),
      line('Its second line.', 641.5),
    ],
    expected: 'One line of a paragraph\nand its second line.\n\nNext paragraph.\nIts second line.',
  },
  {
    name: 'a change of font size starts a paragraph (a heading)',
    lines: [line('What needs to improve?', 700, 14), line('Consistency in responding to needs.', 685.5), line('Second line of it.', 671)],
    expected: 'What needs to improve?\n\nConsistency in responding to needs.\nSecond line of it.',
  },
  {
    name: 'a title set large keeps its lines together',
    lines: [
      line('Inspection of Bournemouth,', 700, 24),
      line('Christchurch and Poole', 671, 24),
      line('Body text here.', 600),
      line('More body.', 585.5),
      line('Even more.', 571),
    ],
    expected: 'Inspection of Bournemouth,\nChristchurch and Poole\n\nBody text here.\nMore body.\nEven more.',
  },
  {
    name: 'a sentence running on in lower case is not split by a wider gap',
    lines: [
      line('this publication will include data on the', 700),
      line('other lines keep the pitch.', 685.5),
      line('Another one', 671),
      line('largest national providers.', 640),
    ],
    expected: 'this publication will include data on the\nother lines keep the pitch.\nAnother one\nlargest national providers.',
  },
  {
    name: 'footer lines first in the stream go to the bottom; header lines to the top',
    lines: [
      line('Inspection of Dorset children\u2019s services', 39.6, 8),
      line('27 September 2021   5', 30, 8),
      line('Body paragraph text.', 700),
      line('Running header', 820, 8),
    ],
    expected: 'Running header\n\nBody paragraph text.\n\nInspection of Dorset children\u2019s services\n27 September 2021   5',
  },
];

for (const { name, lines, expected } of PAGE_CASES) {
  test(`PDF page: ${name}`, () => {
    assert.equal(pageText(lines, 0, 842), expected);
  });
}
