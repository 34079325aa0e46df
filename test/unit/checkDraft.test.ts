/**
 * Draft checking end to end on the sample corpus: each diagnostic code with
 * its exact range (⟦…⟧ in the fixture) and its evidence source; sentences
 * that must not be flagged (recommendations, questions, procedure, thanks,
 * opinion, supported citations, exact quotes); numbers that differ; every
 * suppression form; CRLF drafts.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { Corpus } from '../../server/src/engine/corpus/corpus.js';
import { DraftChecker } from '../../server/src/engine/check/checkDraft.js';
import type { DraftDiagnostic } from '../../server/src/engine/check/diagnostics.js';
import { MemoryWorkspace } from '../helpers/memoryWorkspace.js';
import { sampleCorpusFiles } from '../helpers/paths.js';
import { stripMarkers } from '../helpers/markers.js';

let checker: DraftChecker;
before(async () => {
  const corpus = new Corpus(new MemoryWorkspace(sampleCorpusFiles()), { roots: ['/corpus'] });
  await corpus.refresh();
  checker = new DraftChecker(corpus);
});

interface Case {
  name: string;
  /** ⟦…⟧ marks the one expected diagnostic's range. */
  marked: string;
  code: DraftDiagnostic['code'];
  evidence?: string;
  /** No evidence may be called supporting (related passages may still be offered as candidates). */
  noSupport?: boolean;
}

const FLAGGED: Case[] = [
  {
    name: 'a claim with no citation that the corpus supports',
    marked: '⟦There is a severe shortage of appropriate and available placements for children in care.⟧\n',
    code: 'unsupported-claim',
    evidence: 'ncercc-outsourcing-key-sentences',
  },
  {
    name: 'a claim with no citation that nothing supports',
    marked: '⟦Spending on residential placements in the county rose by 38% between 2019 and 2023.⟧\n',
    code: 'unsupported-claim',
    noSupport: true,
  },
  {
    name: 'a changed figure is not supported by the passage it resembles',
    marked: '⟦The consultation heard from 71 young people and 33 parents and carers.⟧\n',
    code: 'unsupported-claim',
    noSupport: true,
  },
  {
    name: 'a citation of a source that does not say it, with the source that does',
    marked:
      '⟦Venture capitalists, private investors and overseas pension funds are taking millions a year ' +
      'out of children\u2019s social care budgets [@ccn-future-of-childrens-social-care].⟧\n',
    code: 'citation-does-not-support',
    evidence: 'tact-innovation',
  },
  {
    name: 'an unknown key',
    marked: 'Residential and foster care have been provided by private companies for years [@⟦tact-inovation⟧].\n',
    code: 'unknown-source',
  },
  {
    name: 'a misquotation',
    marked:
      'BASW warned that "⟦local authorities tend to demonstrate a limited ' +
      'understanding of some of their most important services⟧" [@basw-outsourcing-caution].\n',
    code: 'misquote',
    evidence: 'basw-outsourcing-caution',
  },
  {
    name: 'a quotation found nowhere',
    marked:
      'The research concluded that "⟦the market for children\u2019s homes is working well for everyone⟧" [@ncercc-outsourcing-key-sentences].\n',
    code: 'quote-not-found',
  },
];

for (const c of FLAGGED) {
  test(`check flags ${c.code}: ${c.name}`, () => {
    const { text, ranges } = stripMarkers(c.marked);
    const diagnostics = checker.check(text);
    const found = diagnostics.filter((d) => d.code === c.code);
    assert.equal(found.length, 1, `expected one ${c.code}, got ${JSON.stringify(diagnostics.map((d) => [d.code, d.message]))}`);
    assert.deepEqual([found[0].start, found[0].end], ranges[0]);
    if (c.evidence) assert.equal(found[0].evidence[0]?.sourceId, c.evidence, found[0].message);
    if (c.noSupport) {
      assert.deepEqual(
        found[0].evidence.filter((e) => e.verdict === 'supports'),
        [],
        found[0].message,
      );
      assert.doesNotMatch(found[0].message, /Supported by/);
    }
  });
}

test('unknown-source suggests the closest key', () => {
  const [d] = checker.check('Care has been provided privately for years [@tact-inovation].\n').filter((x) => x.code === 'unknown-source');
  assert.equal(d?.suggestions?.[0], 'tact-innovation');
  assert.match(d.message, /@tact-innovation/);
});

test('a misquote shows the source\u2019s exact wording and the difference', () => {
  const [d] = checker
    .check('BASW said "local authorities tend to demonstrate a limited understanding of some of their most important services".\n')
    .filter((x) => x.code === 'misquote');
  assert.ok(d, 'misquote expected');
  assert.match(d.evidence[0].text, /a very limited understanding of some of their most important services/);
  assert.match(d.message, /very/);
});

const NOT_FLAGGED: Array<{ name: string; text: string }> = [
  { name: 'recommendation', text: 'We recommend that the council reviews its commissioning strategy with local partners.' },
  { name: 'proposal with should', text: 'The council should publish its sufficiency strategy by March.' },
  { name: 'question', text: 'What would a local, stable placement offer look like for our children?' },
  { name: 'procedural line', text: 'Members are asked to note the contents of this report.' },
  { name: 'sign-posting', text: 'Next steps are set out in section 4.' },
  { name: 'thanks', text: 'Thank you to the officers who contributed to this briefing.' },
  { name: 'explicit opinion', text: 'In my view, we can do better for these children.' },
  // Short remarks share their few words with some passage by chance; they restate nothing (CheckThat! false positives).
  { name: 'a short remark whose words a passage happens to use', text: "What's the matter with these guys." },
  { name: 'a remark with a word the corpus never uses', text: 'We can grow this economy.' },
  { name: 'a short aside', text: "They're the people... And by the way." },
  {
    name: 'a supported citation',
    text: 'Residential and foster care have been provided by private profit-making companies for years [@tact-innovation].',
  },
  {
    name: 'an exact quote with its citation',
    text:
      'BASW warned that "local authorities tend to demonstrate a very limited ' +
      'understanding of some of their most important services" [@basw-outsourcing-caution].',
  },
  {
    name: 'an exact quote with an ellipsis',
    text:
      'BASW warned that "local authorities tend to demonstrate a very limited ' +
      'understanding \u2026 of their most important services" [@basw-outsourcing-caution].',
  },
  {
    name: 'a blockquote with its citation',
    text:
      '> Caution is needed in terms of regulating the sector going forward, as the role of for-profit provision cannot be replaced ' +
      'without substantial coordination and long-term planning.\n>\n> \u2014 [@ncercc-outsourcing-key-sentences]',
  },
];

for (const c of NOT_FLAGGED) {
  test(`check does not flag: ${c.name}`, () => {
    const diagnostics = checker.check(`${c.text}\n`);
    assert.deepEqual(
      diagnostics.map((d) => `${d.code}: ${d.message}`),
      [],
    );
  });
}

const SUPPRESSED: Array<{ name: string; text: string }> = [
  {
    name: 'sourced-ignore before the paragraph',
    text: '<!-- sourced-ignore -->\nSpending rose by 38% between 2019 and 2023 [@nowhere].\n',
  },
  {
    name: 'a disabled region',
    text: '<!-- sourced-disable -->\n\nSpending rose by 38% between 2019 and 2023 [@nowhere].\n\n<!-- sourced-enable -->\n',
  },
  { name: 'front matter sourced: false', text: '---\nsourced: false\n---\nSpending rose by 38% between 2019 and 2023 [@nowhere].\n' },
];

for (const c of SUPPRESSED) {
  test(`check honours suppression: ${c.name}`, () => {
    assert.deepEqual(checker.check(c.text), []);
  });
}

test('CRLF drafts get the same findings at the same lines', () => {
  const lf = 'Intro line.\n\nSpending on residential placements rose by 38% between 2019 and 2023.\n';
  const crlf = lf.replace(/\n/g, '\r\n');
  const a = checker.check(lf).map((d) => [d.code, d.range.start.line, d.range.start.character, d.range.end.line]);
  const b = checker.check(crlf).map((d) => [d.code, d.range.start.line, d.range.start.character, d.range.end.line]);
  assert.ok(a.length > 0);
  assert.deepEqual(b, a);
});

test('re-checking after an edit gives the same findings as a fresh check', async () => {
  const first = 'Spending rose by 38% between 2019 and 2023.\n\nThank you all.\n';
  const edited = 'A new paragraph at the top.\n\nSpending rose by 38% between 2019 and 2023.\n\nThank you all.\n';
  checker.check(first);
  const incremental = checker.check(edited);
  const corpus = new Corpus(new MemoryWorkspace(sampleCorpusFiles()), { roots: ['/corpus'] });
  await corpus.refresh();
  assert.deepEqual(incremental, new DraftChecker(corpus).check(edited));
});
