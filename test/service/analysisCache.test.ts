/**
 * The analysis cache: one analysis per document version, shared by every
 * feature; a new version replaces the old one; least recently used
 * documents are dropped beyond the capacity; a corpus change drops what the
 * analysis knew about the corpus but keeps the parse.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AnalysisCache, CitedPassages, DraftAnalysis } from '../../server/src/service/analysis.js';
import { verifyQuote } from '../../server/src/engine/verify/quoteVerifier.js';

const make = (uri: string, version: number, text = `text of ${uri} v${version}`) => ({ uri, version, text });

const STEPS: Array<{ name: string; run: (cache: AnalysisCache, created: () => number) => void }> = [
  {
    name: 'the same version twice: one analysis',
    run: (cache, created) => {
      const doc = make('a', 1);
      const first = cache.get(doc, () => new DraftAnalysis(doc, undefined, verifyQuote, new CitedPassages()));
      assert.equal(
        cache.get(doc, () => assert.fail('re-created')),
        first,
      );
      assert.equal(created(), 1);
    },
  },
  {
    name: 'a new version replaces the old',
    run: (cache) => {
      const v1 = make('a', 1);
      cache.get(v1, () => new DraftAnalysis(v1, undefined, verifyQuote, new CitedPassages()));
      const v2 = make('a', 2);
      cache.get(v2, () => new DraftAnalysis(v2, undefined, verifyQuote, new CitedPassages()));
      assert.equal(cache.peek('a', 1), undefined);
      assert.ok(cache.peek('a', 2));
    },
  },
  {
    name: 'beyond capacity the least recently used document goes',
    run: (cache) => {
      for (const uri of ['a', 'b', 'c'])
        cache.get(make(uri, 1), () => new DraftAnalysis(make(uri, 1), undefined, verifyQuote, new CitedPassages()));
      cache.get(make('a', 1), () => assert.fail('a is cached'));
      const d = make('d', 1);
      cache.get(d, () => new DraftAnalysis(d, undefined, verifyQuote, new CitedPassages()));
      assert.ok(cache.peek('a', 1), 'a was used recently');
      assert.equal(cache.peek('b', 1), undefined, 'b was the least recently used');
    },
  },
];

for (const step of STEPS) {
  test(`analysis cache: ${step.name}`, () => {
    const cache = new AnalysisCache(3);
    let created = 0;
    const counting = new Proxy(cache, {
      get(target, prop) {
        if (prop !== 'get') return Reflect.get(target, prop);
        return (doc: Parameters<AnalysisCache['get']>[0], create: () => DraftAnalysis) => target.get(doc, () => (created++, create()));
      },
    });
    step.run(counting, () => created);
  });
}

test('the parse is made once, on first use', () => {
  const analysis = new DraftAnalysis(make('p', 1, 'One sentence [@a]. Two.\n'), undefined, verifyQuote, new CitedPassages());
  const model = analysis.model;
  assert.equal(analysis.model, model);
  assert.equal(model.citations.length, 1);
});
