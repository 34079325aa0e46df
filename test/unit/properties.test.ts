/**
 * Property-based tests (fast-check) over random drafts and random corpus
 * texts: analysis never throws, every reported range lies inside the draft,
 * provenance holds for every sentence of any source text, line positions
 * round-trip, and every quote the engine would insert checks as exact
 * against its source. Seeds are fixed so a failure reproduces; fast-check
 * prints the shrunk counterexample.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Corpus } from '../../server/src/engine/corpus/corpus.js';
import { DraftChecker } from '../../server/src/engine/check/checkDraft.js';
import { analyseFile } from '../../server/src/engine/ingest/analyseFile.js';
import { parseDraft } from '../../server/src/engine/draft/parseDraft.js';
import { LineIndex } from '../../server/src/engine/text/lineIndex.js';
import { quoteText } from '../../server/src/engine/cite/quoteInsertion.js';
import { MemoryWorkspace } from '../helpers/memoryWorkspace.js';
import { sampleCorpusFiles } from '../helpers/paths.js';
import { provenanceViolations } from '../helpers/provenance.js';

const RUNS = { numRuns: 150, seed: 20261123 };

/** Pieces of Markdown and prose that exercise every construct the draft reader handles. */
const DRAFT_PIECES = [
  'Spending rose by 38% between 2019 and 2023.',
  'We recommend that the council reviews this.',
  'What happens next?',
  '[@tact-innovation]',
  '[@ncercc-outsourcing-key-sentences, p. 4]',
  '[see @a; @b, pp. 3-5]',
  '@rees-outcomes-framework says',
  '[@unknown-key]',
  '"councils do not understand social work"',
  '\u201cthe severe shortage of appropriate and available placements\u201d',
  '"a … b"',
  '**bold *nested* text**',
  '`code`',
  '[link](https://example.org)',
  '![alt text](img.png)',
  '<!-- sourced-ignore -->',
  '<!-- sourced-disable -->',
  '<!-- sourced-enable -->',
  '[^1]',
  '[^1]: From [@tact-innovation].',
  '| a | b |\n|---|---|\n| 1% | 2 |',
  '> quoted line',
  '> > nested quote',
  '- item',
  '  - nested item',
  '1. first',
  '# Heading',
  '```\ncode block\n```',
  '---\ntitle: x\n---',
  '\n',
  '\n\n',
  '\r\n',
  ' ',
  '\t',
  '\u00a0',
  '\u2014',
  '\ud83d\ude00',
  'é',
  '\\',
  '*',
  '_',
  '<',
  '>',
  '&amp;',
  '[',
  ']',
  '(',
  ')',
];

const draftArb = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...DRAFT_PIECES) },
      { weight: 1, arbitrary: fc.string({ maxLength: 12, unit: 'binary' }) },
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(' '));

/** Pieces of source text: wrapped lines, page breaks, hyphenation, bullets, junk. */
const SOURCE_PIECES = [
  'The council reported a rise in referrals.',
  'Placements are in short supply',
  'for children in care.',
  'inter-\nnational',
  '\f',
  '\n',
  '\n\n',
  '\r\n',
  '\r',
  '  ',
  '\u2022 bullet point',
  '12',
  'Page 3 of 10',
  'Dr. Smith et al. said so.',
  'e.g. this',
  '45%',
  '\u00ad',
  '\ufeff',
  '\u0000',
  '\ud800',
  'Ünïcödé',
  '\ud83d\udcda',
  '| cell |',
  '<b>html</b>',
  '[x](command:workbench.action.terminal.new)',
];

const sourceArb = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...SOURCE_PIECES) },
      { weight: 1, arbitrary: fc.string({ maxLength: 20, unit: 'binary' }) },
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(' '));

let checker: DraftChecker;
let corpus: Corpus;
before(async () => {
  corpus = new Corpus(new MemoryWorkspace(sampleCorpusFiles()), { roots: ['/corpus'] });
  await corpus.refresh();
  checker = new DraftChecker(corpus);
});

function insideDraft(
  text: string,
  range: { start: { line: number; character: number }; end: { line: number; character: number } },
): boolean {
  const lines = text.split(/\r\n|\r|\n/);
  const ok = (p: { line: number; character: number }) =>
    p.line >= 0 && p.line < lines.length && p.character >= 0 && p.character <= lines[p.line].length;
  const ordered =
    range.start.line < range.end.line || (range.start.line === range.end.line && range.start.character <= range.end.character);
  return ok(range.start) && ok(range.end) && ordered;
}

test('checking any draft never throws and every range lies inside the draft', () => {
  fc.assert(
    fc.property(draftArb, (text) => {
      for (const d of checker.check(text)) assert.ok(insideDraft(text, d.range), `${d.code} at ${JSON.stringify(d.range)}`);
    }),
    RUNS,
  );
});

test('every sentence the draft reader finds lies inside the draft', () => {
  fc.assert(
    fc.property(draftArb, (text) => {
      for (const s of parseDraft(text).sentences)
        assert.ok(s.start >= 0 && s.start <= s.end && s.end <= text.length, `[${s.start}, ${s.end}) of ${text.length}`);
    }),
    RUNS,
  );
});

test('any source text: analysis never throws and provenance holds for every sentence', () => {
  fc.assert(
    fc.property(sourceArb, fc.constantFrom('a.txt', 'a.md', 'a.html'), (text, name) => {
      const analysed = analyseFile(name, new TextEncoder().encode(text));
      const decoded = analysed.text ?? '';
      assert.deepEqual(provenanceViolations(name, decoded, analysed.sentences), []);
    }),
    RUNS,
  );
});

test('any bytes: analysis never throws', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 400 }), fc.constantFrom('a.txt', 'a.md', 'a.html'), (bytes, name) => {
      analyseFile(name, bytes);
    }),
    RUNS,
  );
});

test('line positions round-trip for every offset that is not inside a CRLF pair', () => {
  fc.assert(
    fc.property(sourceArb, fc.nat(), (text, n) => {
      const offset = text.length === 0 ? 0 : n % (text.length + 1);
      if (text[offset - 1] === '\r' && text[offset] === '\n') return;
      const lines = new LineIndex(text);
      assert.equal(lines.offsetAt(lines.positionAt(offset)), offset);
    }),
    RUNS,
  );
});

test('every quote the engine would insert checks as exact against its source', () => {
  const passages = corpus
    .documents()
    .flatMap((d) =>
      d.sentences.filter((s) => s.text.split(' ').length >= 4).map((s) => ({ sourceId: d.sourceId, text: s.text, page: s.page })),
    );
  fc.assert(
    fc.property(fc.constantFrom(...passages), fc.constantFrom('inline' as const, 'blockquote' as const), (passage, style) => {
      const draft = `${quoteText(passage, style)}\n`;
      const problems = checker
        .check(draft)
        .filter((d) => d.code === 'misquote' || d.code === 'quote-not-found' || d.code === 'unknown-source');
      assert.deepEqual(
        problems.map((d) => `${d.code}: ${d.message}`),
        [],
      );
    }),
    { ...RUNS, numRuns: Math.min(300, passages.length * 2) },
  );
});
