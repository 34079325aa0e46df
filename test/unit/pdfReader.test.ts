/**
 * The PDF reader's content view (readers/pdf.ts): a hyphen that ends a line
 * is dropped only with evidence (the joined word elsewhere in the document
 * and not the hyphenated one, or a soft hyphen); otherwise kept, and the
 * sentence text reads the compound whole either way. Offsets never move.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dehyphenate } from '../../server/src/engine/ingest/readers/pdf.js';
import { analyseExtracted } from '../../server/src/engine/ingest/analyseFile.js';
import { provenanceViolations } from '../helpers/provenance.js';

const CASES: Array<{ name: string; text: string; sentence: string }> = [
  {
    name: 'joined word used elsewhere: hyphen dropped',
    text: 'The commissioning plan was late. Good commis-\nsioning helps children.',
    sentence: 'Good commissioning helps children.',
  },
  {
    name: 'no evidence: the compound keeps its hyphen',
    text: 'Unaccompanied asylum-\nseeking children receive support.',
    sentence: 'Unaccompanied asylum-seeking children receive support.',
  },
  {
    name: 'the hyphenated form used elsewhere: kept',
    text: 'Well-being matters. Emotional well-\nbeing and wellbeing differ.',
    sentence: 'Emotional well-being and wellbeing differ.',
  },
  {
    name: 'a number before the hyphen: kept',
    text: 'Support for 16- and 17-\nyear-olds is strong.',
    sentence: 'Support for 16- and 17-year-olds is strong.',
  },
  { name: 'a soft hyphen: dropped', text: 'The assess\u00ad\nment was thorough.', sentence: 'The assessment was thorough.' },
  {
    name: 'a capital after the break is a new word, not a continuation',
    text: 'Children in North-\nTown were seen.',
    sentence: 'Children in North- Town were seen.',
  },
];

for (const { name, text, sentence } of CASES) {
  test(`PDF de-hyphenation: ${name}`, () => {
    assert.equal(dehyphenate(text).length, text.length, 'the content view is as long as the text');
    const analysed = analyseExtracted('/c/x.pdf', 'h', { text, pages: 1, properties: {}, problems: [] });
    assert.ok(
      analysed.sentences.some((s) => s.text === sentence),
      JSON.stringify(analysed.sentences.map((s) => s.text)),
    );
    assert.deepEqual(provenanceViolations('/c/x.pdf', text, analysed.sentences), []);
    assert.ok(
      analysed.sentences.every((s) => s.page === 1),
      'a one-page PDF still numbers its page',
    );
  });
}
