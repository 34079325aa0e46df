/**
 * Search over the sample corpus (corpus/, loaded into an in-memory
 * workspace): paraphrases of seed sentences find them in the top 3, a passage
 * is never returned twice (the NCERCC seed repeats a sentence), numbers and
 * percentages are terms ("45%" = "45 per cent"), and empty or stop-word-only
 * queries return [] without throwing.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { Corpus } from '../../server/src/engine/corpus/corpus.js';
import { DEFAULT_RANKING } from '../../server/src/engine/index/passageIndex.js';
import { spanText } from '../../server/src/engine/text/normalize.js';
import { MemoryWorkspace } from '../helpers/memoryWorkspace.js';
import { sampleCorpusFiles } from '../helpers/paths.js';

let corpus: Corpus;
before(async () => {
  corpus = new Corpus(new MemoryWorkspace(sampleCorpusFiles()), { roots: ['/corpus'] });
  const summary = await corpus.refresh();
  assert.equal(summary.documents, 5, 'the sample corpus has five documents');
});

const PARAPHRASES: Array<{ query: string; sourceId: string; passage: string }> = [
  {
    query: 'a serious lack of suitable placements harms how children in care are placed',
    sourceId: 'ncercc-outsourcing-key-sentences',
    passage: 'severe shortage of appropriate and available',
  },
  {
    query: "private equity and overseas pension funds extract money from children's care budgets",
    sourceId: 'tact-innovation',
    passage: 'Venture capitalists, private investors and even overseas pensions funds',
  },
  {
    query: 'councils do not understand what social work is and fail to commission it properly',
    sourceId: 'basw-outsourcing-caution',
    passage: 'therefore don\u2019t commission it properly',
  },
  {
    query: 'inspection regimes should encourage children returning to their families when safe',
    sourceId: 'ccn-future-of-childrens-social-care',
    passage: 'inspection methods tend to drive practice',
  },
  {
    query: 'social workers are intimidated by their managers and councillors',
    sourceId: 'basw-outsourcing-caution',
    passage: 'social workers are cowed by managers',
  },
  {
    query: 'the outcomes framework was paid for by the Nuffield Foundation',
    sourceId: 'rees-outcomes-framework',
    passage: 'Funded by the Nuffield Foundation',
  },
  {
    query: "tendering for children's services is not like outsourcing bin collection",
    sourceId: 'tact-innovation',
    passage: 'contracting out refuse collection or recycling',
  },
  {
    query: 'integrated teams led by the council deliver support together with partners',
    sourceId: 'ccn-future-of-childrens-social-care',
    passage: 'delivered by integrated teams under the leadership of the local authority',
  },
  {
    query: 'no one statistic can capture how complex social care is',
    sourceId: 'rees-outcomes-framework',
    passage: 'No single statistic can capture the complexity',
  },
];

for (const { query, sourceId, passage } of PARAPHRASES) {
  test(`paraphrase finds its passage in the top 3: "${query}"`, () => {
    const results = corpus.search(query, 3);
    const found = results.findIndex((r) => r.sourceId === sourceId && r.text.includes(passage));
    assert.ok(found >= 0, `expected ${sourceId} "${passage}" in:\n${results.map((r) => `  ${r.sourceId}: ${r.text}`).join('\n')}`);
  });
}

test('results carry exact provenance: text is the file span, range matches offsets', () => {
  for (const { query } of PARAPHRASES) {
    for (const r of corpus.search(query, 10)) {
      const doc = corpus.document(r.sourceId);
      assert.ok(doc, r.sourceId);
      assert.equal(r.file, doc.file);
      const sentence = doc.sentences.find((s) => s.start === r.start && s.end === r.end);
      assert.ok(sentence, `result [${r.start}, ${r.end}) is not a sentence of ${r.sourceId}`);
      assert.equal(spanText(doc.text, r.start, r.end, sentence.gaps), r.text);
      assert.deepEqual(corpus.lineIndex(r.sourceId)?.rangeOf(r.start, r.end), r.range);
      assert.equal(r.title, doc.metadata.title);
    }
  }
});

test('the repeated NCERCC sentence is returned once', () => {
  const sentence =
    'The research indicates there is an urgent need for another look at the conditions and context ' +
    'that have been created for the sector, and its commissioning.';
  const doc = corpus.document('ncercc-outsourcing-key-sentences');
  assert.equal(doc?.sentences.filter((s) => s.text === sentence).length, 2, 'fixture check: the seed holds the sentence twice');
  const results = corpus.search(sentence, 10);
  assert.equal(results.filter((r) => r.text === sentence).length, 1);
  assert.equal(results[0].text, sentence);
});

const BROAD_QUERIES = [
  'social care',
  'children',
  'the research indicates an urgent need',
  'local authorities commissioning services',
  'outcomes',
];

for (const query of BROAD_QUERIES) {
  test(`no passage is repeated in results for "${query}"`, () => {
    const results = corpus.search(query, 200);
    assert.ok(results.length > 0);
    const positions = results.map((r) => `${r.sourceId}@${r.start}`);
    assert.equal(new Set(positions).size, positions.length, 'same location twice');
    const texts = results.map((r) => `${r.sourceId}:${r.text.toLowerCase()}`);
    assert.equal(new Set(texts).size, texts.length, 'same passage text twice in one source');
    for (let i = 1; i < results.length; i++) assert.ok(results[i - 1].score >= results[i].score, 'scores descend');
  });
}

test('limit and source filter are respected', () => {
  assert.equal(corpus.search('social care', 4).length, 4);
  const only = corpus.search('social care children', 50, new Set(['tact-innovation']));
  assert.ok(only.length > 0);
  assert.deepEqual([...new Set(only.map((r) => r.sourceId))], ['tact-innovation']);
});

const EMPTY_QUERIES = ['', '   ', '\n\t', 'the', 'the of and', 'a an the', 'it is not', '!!! ?? ...', 'a'];

for (const query of EMPTY_QUERIES) {
  test(`empty or stop-word-only query ${JSON.stringify(query)} returns []`, () => {
    assert.deepEqual(corpus.search(query, 10), []);
  });
}

test('numbers and percentages are terms: "45%" = "45 per cent" = "45 percent", not 12% or 45 alone', async () => {
  const numbers = new Corpus(
    new MemoryWorkspace({
      '/n/a.txt': 'Placement costs rose by 45% last year.\n',
      '/n/b.txt': 'Placement costs rose by 45 per cent in the north.\n',
      '/n/c.txt': 'Placement costs rose by 12% in the south.\n',
      '/n/d.txt': 'There were 45 placements in the county.\n',
      '/n/e.txt': 'Spending reached 1,234 million pounds.\n',
      '/n/f.txt': 'Spending reached 45 percent of the budget.\n',
    }),
    { roots: ['/n'] },
  );
  await numbers.refresh();
  const ids = (q: string) =>
    numbers
      .search(q, 10)
      .map((r) => r.sourceId)
      .sort();
  assert.deepEqual(ids('45%'), ['a', 'b', 'f']);
  assert.deepEqual(ids('45 per cent'), ['a', 'b', 'f']);
  assert.deepEqual(ids('45 percent'), ['a', 'b', 'f']);
  assert.deepEqual(ids('12%'), ['c']);
  assert.deepEqual(ids('45'), ['d']);
  assert.deepEqual(ids('1234'), ['e']);
  assert.deepEqual(ids('1,234'), ['e']);
  assert.deepEqual(
    numbers
      .search('costs rose by 45 per cent', 2)
      .map((r) => r.sourceId)
      .sort(),
    ['a', 'b'],
  );
});

/** 40 documents of 10 sentences: common words in most sentences, each rare word in a few. */
function syntheticCorpus(): Record<string, string> {
  const rare = ['kestrel', 'lantern', 'meadow', 'quarry', 'saffron', 'tundra', 'walnut', 'zephyr', 'cobalt', 'harbour'];
  const common = ['children', 'council', 'placement', 'family', 'support'];
  const files: Record<string, string> = {};
  for (let d = 0; d < 40; d++) {
    const sentences: string[] = [];
    for (let i = 0; i < 10; i++) {
      const n = d * 10 + i;
      const words = common.filter((_, k) => (n + k) % 3 !== 0).concat(rare.filter((_, k) => (n * 7 + k * 3) % 23 === 0));
      sentences.push(`Report ${n} notes ${words.join(' and ')} in district ${n}.`);
    }
    files[`/corpus/doc-${d}.txt`] = `${sentences.join(' ')}\n`;
  }
  return files;
}

test('deferring common terms keeps the ranking: deferred hits score as in the full evaluation', async () => {
  // The index reads its ranking on every query, so the test varies it in place.
  const ranking = { ...DEFAULT_RANKING };
  const corpus = new Corpus(new MemoryWorkspace(syntheticCorpus()), { roots: ['/corpus'], ranking });
  await corpus.refresh();
  for (const query of [
    'kestrel lantern children council placement',
    'meadow quarry saffron family support children',
    'zephyr cobalt harbour council support',
  ]) {
    ranking.commonTermShare = 1;
    const full = corpus.search(query, 400);
    // The rare words are in well under 20% of sentences, the common ones in most: only the rare ones are walked.
    ranking.commonTermShare = 0.2;
    const deferred = corpus.search(query, 8);
    assert.ok(deferred.length >= 3, query);
    for (const r of deferred) {
      const same = full.find((f) => f.sourceId === r.sourceId && f.start === r.start);
      assert.ok(same && Math.abs(same.score - r.score) < 1e-3, `${query}: ${r.text} scored ${r.score}, fully ${same?.score}`);
    }
    assert.equal(deferred[0].start, full[0].start, query);
  }
});
