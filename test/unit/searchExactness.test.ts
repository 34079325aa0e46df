/**
 * The check's hot paths were made faster without changing a single result:
 * this pins that down. Each fast path is compared, bit for bit, with a plain
 * statement of the same computation (the code as it was before the speed-ups):
 *  - PassageIndex.search (typed-array scratch, `accept` asked lazily per
 *    document, document term totals summed on demand, typed-array top-k)
 *    against a reference search over the index's own data, on random corpora
 *    with duplicate passages (score ties), removals and slot reuse, with and
 *    without minShare, small candidate depths and random `accept` sets;
 *  - rankPassages' numeric pair codes against string pairs;
 *  - checkworthinessLogit (weights summed block by block) against the sum
 *    over featurize's vector;
 *  - judgeSupport/rankBySupport (claim analysed once, passage terms memoised)
 *    against the per-passage judgement;
 *  - the checker skips the search of a non-claim too short to restate a source.
 * Seeds are fixed so a failure reproduces.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { PassageIndex, DEFAULT_RANKING, type IndexHit, type SearchOptions } from '../../server/src/engine/index/passageIndex.js';
import { buildSegment, type Segment } from '../../server/src/engine/index/segment.js';
import { analyze } from '../../server/src/engine/index/analyzer.js';
import { rankPassages } from '../../server/src/engine/corpus/rankPassages.js';
import { CORE_SHARE, judgeSupport, rankBySupport, SUPPORT_COVERAGE } from '../../server/src/engine/check/support.js';
import { checkworthinessLogit } from '../../server/src/engine/claims/checkworthiness.js';
import { featurize, type FeatureOptions } from '../../server/src/engine/claims/claimFeatures.js';
import { Corpus } from '../../server/src/engine/corpus/corpus.js';
import { DraftChecker } from '../../server/src/engine/check/checkDraft.js';
import type { SearchResult } from '../../server/src/engine/types.js';
import model from '../../server/src/engine/claims/checkworthinessModel.json' with { type: 'json' };
import { MemoryWorkspace } from '../helpers/memoryWorkspace.js';
import { sampleCorpusFiles } from '../helpers/paths.js';

// ---------------------------------------------------------------------------
// A reference search: the straightforward evaluation (Maps, per-query arrays,
// every slot asked up front, whole-segment term totals), reading the index's
// private data. Float32 accumulators and the same order of additions, so its
// scores are the ones the fast search must return exactly.

interface Slot {
  key: string;
  segment: Segment;
  base: number;
  docLength: number;
}

interface Internals {
  ranking: typeof DEFAULT_RANKING;
  slots: Array<Slot | undefined>;
  termIds: Map<string, number>;
  termSlots: number[][];
  passageDf: number[];
  docDf: number[];
  passages: number;
  passageLength: number;
  docs: number;
  docLength: number;
  gidToSlot: Int32Array;
  acc: Float32Array;
}

function referenceSearch(
  index: PassageIndex,
  query: string,
  limit: number,
  accept?: (key: string) => boolean,
  options: SearchOptions = {},
): IndexHit[] {
  const ix = index as unknown as Internals;
  const counts = new Map<number, number>();
  const unseenTerms = new Set<string>();
  for (const term of analyze(query)) {
    const id = ix.termIds.get(term);
    if (id !== undefined && ix.passageDf[id] > 0) counts.set(id, (counts.get(id) ?? 0) + 1);
    else unseenTerms.add(term);
  }
  if (counts.size === 0 || ix.passages === 0 || limit <= 0) return [];
  const idfs = (id: number, qtf: number) => ({
    idfP: Math.log(1 + (ix.passages - ix.passageDf[id] + 0.5) / (ix.passageDf[id] + 0.5)) * qtf,
    idfD: Math.log(1 + (ix.docs - ix.docDf[id] + 0.5) / (ix.docDf[id] + 0.5)) * qtf,
  });
  const unseenIdf = Math.log(1 + (ix.passages + 0.5) / 0.5);
  const terms = [...counts].sort((x, y) => ix.passageDf[x[0]] - ix.passageDf[y[0]]);
  let walked: number;
  if (options.minShare !== undefined) {
    const weights = terms.map(([id]) => idfs(id, 1).idfP);
    const total = weights.reduce((a, w) => a + w, unseenTerms.size * unseenIdf);
    let walkedWeight = unseenTerms.size * unseenIdf;
    walked = 0;
    while (walked < terms.length && walkedWeight <= (1 - options.minShare) * total) walkedWeight += weights[walked++];
    if (!(walkedWeight > (1 - options.minShare) * total)) walked = 0;
  } else {
    const rare = terms.filter(([id]) => ix.passageDf[id] <= ix.ranking.commonTermShare * ix.passages).length;
    walked = rare >= ix.ranking.minSelectiveTerms ? rare : terms.length;
  }
  const { k1, b, docK1, docB } = ix.ranking;
  const avgP = ix.passageLength / ix.passages || 1;
  const avgD = ix.docLength / ix.docs || 1;
  const docContribution = (idfD: number, docTf: number, slot: Slot) =>
    (idfD * docTf * (docK1 + 1)) / (docTf + docK1 * (1 - docB + (docB * slot.docLength) / avgD));
  const acc = new Float32Array(ix.gidToSlot.length);
  const docAcc = new Float32Array(ix.slots.length);
  const touched: number[] = [];
  const touchedSlots: number[] = [];
  for (const [id, qtf] of terms.slice(0, walked)) {
    const { idfP, idfD } = idfs(id, qtf);
    const pairs = ix.termSlots[id];
    for (let k = 0; k < pairs.length; k += 2) {
      const slot = ix.slots[pairs[k]]!;
      if (accept && !accept(slot.key)) continue;
      const seg = slot.segment;
      let docTf = 0;
      for (let j = seg.offsets[pairs[k + 1]]; j < seg.offsets[pairs[k + 1] + 1]; j++) {
        const p = seg.postings[j];
        const tf = seg.freqs[j];
        docTf += tf;
        if (acc[slot.base + p] === 0) touched.push(slot.base + p);
        acc[slot.base + p] += (idfP * (k1 + 1) * tf) / (tf + k1 * (1 - b) + ((k1 * b) / avgP) * seg.lengths[p]);
      }
      if (docAcc[pairs[k]] === 0) touchedSlots.push(pairs[k]);
      docAcc[pairs[k]] += docContribution(idfD, docTf, slot);
    }
  }
  const rank = (gids: number[], k: number): Array<[number, number]> => {
    let maxP = 0;
    for (const g of gids) if (acc[g] > maxP) maxP = acc[g];
    let maxD = 0;
    for (const s of touchedSlots) if (docAcc[s] > maxD) maxD = docAcc[s];
    const scored = gids.map((gid): [number, number] => {
      const slotIndex = ix.gidToSlot[gid];
      const p = acc[gid] / maxP;
      const d = maxD > 0 ? docAcc[slotIndex] / maxD : 0;
      const dw =
        ix.ranking.docWeight *
        Math.min(1, Math.sqrt(ix.ranking.docReferencePassages / Math.max(1, ix.slots[slotIndex]!.segment.passageCount)));
      return [gid, (1 - dw) * p + dw * d];
    });
    return scored.sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, k);
  };
  let candidates = touched;
  if (walked < terms.length) {
    const depth = Math.max(limit * 4, options.candidateDepth ?? ix.ranking.candidateDepth);
    candidates = rank(touched, depth).map(([gid]) => gid);
    const bySlot = new Map<number, number[]>();
    for (const gid of candidates) {
      const s = ix.gidToSlot[gid];
      if (!bySlot.has(s)) bySlot.set(s, []);
      bySlot.get(s)!.push(gid);
    }
    for (const [id, qtf] of terms.slice(walked)) {
      const { idfP, idfD } = idfs(id, qtf);
      const pairs = ix.termSlots[id];
      for (let k = 0; k < pairs.length; k += 2) {
        const gids = bySlot.get(pairs[k]);
        if (!gids) continue;
        const slot = ix.slots[pairs[k]]!;
        const seg = slot.segment;
        const from = seg.offsets[pairs[k + 1]];
        const to = seg.offsets[pairs[k + 1] + 1];
        let termTf = 0;
        for (let j = from; j < to; j++) termTf += seg.freqs[j];
        docAcc[pairs[k]] += docContribution(idfD, termTf, slot);
        for (const gid of gids) {
          let j = from;
          while (j < to && seg.postings[j] !== gid - slot.base) j++;
          if (j === to) continue;
          const tf = seg.freqs[j];
          acc[gid] += (idfP * (k1 + 1) * tf) / (tf + k1 * (1 - b) + ((k1 * b) / avgP) * seg.lengths[gid - slot.base]);
        }
      }
    }
  }
  return rank(candidates, limit).map(([gid, score]) => {
    const slot = ix.slots[ix.gidToSlot[gid]]!;
    return { key: slot.key, passage: gid - slot.base, score };
  });
}

// Synthetic words (letters only, not stop words) drawn with a skewed
// distribution, so some terms are in most passages (deferred, "common") and
// some in a handful (walked).
const WORDS = Array.from({ length: 60 }, (_, i) =>
  `w${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}zork`.replace(/\d/g, ''),
);
const skewedWord = fc.integer({ min: 0, max: 3599 }).map((n) => WORDS[Math.floor(Math.sqrt(n))]);
const passageArb = fc.array(skewedWord, { minLength: 1, maxLength: 25 }).map((ws) => ws.join(' '));
const docArb = fc.array(passageArb, { minLength: 1, maxLength: 40 });
const queryArb = fc
  .tuple(fc.array(skewedWord, { minLength: 1, maxLength: 20 }), fc.boolean())
  .map(([ws, unseen]) => (unseen ? [...ws, 'qqnever'] : ws).join(' '));
const optionsArb = fc.oneof(
  fc.constant<SearchOptions>({}),
  fc.record({ minShare: fc.constantFrom(0.6, 0.8), candidateDepth: fc.integer({ min: 1, max: 60 }) }),
  fc.record({ candidateDepth: fc.integer({ min: 1, max: 60 }) }),
);

test('PassageIndex.search equals the reference search exactly (scores, order, ties), across queries, accept sets and edits', () => {
  fc.assert(
    fc.property(
      fc.array(docArb, { minLength: 2, maxLength: 14 }),
      fc.array(
        fc.tuple(
          queryArb,
          fc.integer({ min: 1, max: 30 }),
          optionsArb,
          fc.option(fc.array(fc.boolean(), { minLength: 14, maxLength: 14 }), { nil: undefined }),
        ),
        { minLength: 1, maxLength: 12 },
      ),
      fc.integer({ min: 0, max: 13 }),
      (docs, queries, removed) => {
        // A small candidate depth and common-term share make the deferred path and its depth cut common.
        const index = new PassageIndex({ ...DEFAULT_RANKING, commonTermShare: 0.05, minSelectiveTerms: 1 });
        // A duplicated document: equal scores, so the lower-id tie-break is exercised.
        const all = [...docs, docs[0]];
        all.forEach((passages, i) => index.set(`doc${i}`, buildSegment(passages)));
        const run = () => {
          for (const [query, limit, options, mask] of queries) {
            const accept = mask ? (key: string) => mask[Number(key.slice(3)) % mask.length] : undefined;
            assert.deepEqual(
              index.search(query, limit, accept, options),
              referenceSearch(index, query, limit, accept, options),
              `query "${query}" limit ${limit} ${JSON.stringify(options)} accept ${mask?.map(Number).join('')}`,
            );
          }
        };
        run();
        // Removal, then re-adding into the freed slot, then a new document: stats, slots and scratch arrays all change.
        if (removed < all.length) {
          index.delete(`doc${removed}`);
          run();
          index.set(`doc${removed}`, buildSegment(all[(removed + 1) % all.length]));
        }
        index.set('docnew', buildSegment(docs[docs.length - 1]));
        run();
      },
    ),
    { numRuns: 120, seed: 20261123 },
  );
});

test('segments read from the cache (terms as places in a shared dictionary) index and search exactly as built ones', () => {
  fc.assert(
    fc.property(
      fc.array(docArb, { minLength: 2, maxLength: 10 }),
      fc.array(fc.tuple(queryArb, fc.integer({ min: 1, max: 30 }), optionsArb), { minLength: 1, maxLength: 8 }),
      fc.integer({ min: 0, max: 9 }),
      (docs, queries, removed) => {
        const ranking = { ...DEFAULT_RANKING, commonTermShare: 0.05, minSelectiveTerms: 1 };
        const built = new PassageIndex(ranking);
        const shared = new PassageIndex(ranking);
        const segments = docs.map((passages) => buildSegment(passages));
        // One dictionary for all, in another order than any segment's, with a term no segment has.
        const dictionary = [...new Set(segments.flatMap((g) => g.terms)), 'zzzunused'].reverse();
        const place = new Map(dictionary.map((t, i) => [t, i]));
        segments.forEach((segment, i) => {
          built.set(`doc${i}`, segment);
          shared.set(`doc${i}`, { ...segment, termRefs: { dictionary, ids: Uint32Array.from(segment.terms, (t) => place.get(t)!) } });
        });
        const same = () => {
          for (const [query, limit, options] of [...queries, ['zzzunused', 5, {}] as const])
            assert.deepEqual(shared.search(query, limit, undefined, options), built.search(query, limit, undefined, options), query);
        };
        same();
        if (removed < docs.length) {
          built.delete(`doc${removed}`);
          shared.delete(`doc${removed}`);
          same();
        }
      },
    ),
    { numRuns: 80, seed: 20261207 },
  );
});

test('a cited search asks `accept` at most once per document and only keeps accepted documents', () => {
  const index = new PassageIndex();
  for (let i = 0; i < 20; i++) index.set(`doc${i}`, buildSegment([`alpha beta gamma ${i}`, `beta delta epsilon`, `gamma zeta alpha`]));
  const asked = new Map<string, number>();
  const accept = (key: string) => {
    asked.set(key, (asked.get(key) ?? 0) + 1);
    return key === 'doc3' || key === 'doc7';
  };
  const hits = index.search('alpha beta gamma delta', 30, accept, { minShare: SUPPORT_COVERAGE });
  assert.ok(hits.length > 0);
  assert.ok(hits.every((h) => h.key === 'doc3' || h.key === 'doc7'));
  assert.ok(
    [...asked.values()].every((n) => n === 1),
    `asked more than once: ${JSON.stringify([...asked])}`,
  );
  // The next query starts afresh: a different accept set sees no earlier answers.
  const other = index.search('alpha beta gamma delta', 30, (key) => key === 'doc5', { minShare: SUPPORT_COVERAGE });
  assert.ok(other.length > 0 && other.every((h) => h.key === 'doc5'));
});

// ---------------------------------------------------------------------------

/** rankPassages as first written: string pairs, each candidate analysed afresh. */
function referenceRankPassages(
  query: string,
  hits: IndexHit[],
  texts: Map<string, string>,
  phraseWeight: number,
  rerankDepth: number,
): IndexHit[] {
  const q = analyze(query);
  if (q.length < 2 || hits.length === 0 || phraseWeight === 0) return hits;
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < q.length; i++) pairs.add(`${q[i]} ${q[i + 1]}`);
  const top = hits[0].score || 1;
  const rescored = hits
    .slice(0, rerankDepth)
    .map((hit) => {
      const text = texts.get(`${hit.key}#${hit.passage}`);
      if (text === undefined) return hit;
      const terms = analyze(text);
      const seen = new Set<string>();
      for (let i = 0; i + 1 < terms.length; i++) if (pairs.has(`${terms[i]} ${terms[i + 1]}`)) seen.add(`${terms[i]} ${terms[i + 1]}`);
      return { ...hit, score: hit.score + phraseWeight * top * (seen.size / pairs.size) };
    })
    .sort((a, b) => b.score - a.score);
  return [...rescored, ...hits.slice(rerankDepth)];
}

test('rankPassages with numeric pair codes equals the string-pair version exactly', () => {
  const smallWord = fc.constantFrom('care', 'children', 'placement', 'cost', 'rose', 'council', '45%', '2019', 'the', 'of', 'a');
  fc.assert(
    fc.property(
      fc.array(smallWord, { maxLength: 12 }),
      fc.array(fc.tuple(fc.array(smallWord, { maxLength: 15 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.boolean()), {
        maxLength: 12,
      }),
      fc.integer({ min: 0, max: 12 }),
      (query, candidates, depth) => {
        const texts = new Map<string, string>();
        const hits: IndexHit[] = candidates
          .map(([words, score, known], i) => {
            if (known) texts.set(`d#${i}`, words.join(' '));
            return { key: 'd', passage: i, score };
          })
          .sort((a, b) => b.score - a.score);
        const sentenceOf = (hit: IndexHit) => {
          const text = texts.get(`${hit.key}#${hit.passage}`);
          return text === undefined ? undefined : { text, start: 0, end: text.length, index: hit.passage, block: 0, gaps: [] };
        };
        const q = query.join(' ');
        assert.deepEqual(
          rankPassages(q, hits, sentenceOf as never, { phraseWeight: 0.15, rerankDepth: depth }),
          referenceRankPassages(q, hits, texts, 0.15, depth),
        );
      },
    ),
    { numRuns: 400, seed: 20261123 },
  );
});

// ---------------------------------------------------------------------------

const SENTENCES = [
  'The number of children in care rose by 12% to 83,840 in 2023, according to the Department for Education.',
  'We recommend that the council reviews this.',
  'What happens next?',
  'Thank you all for coming.',
  "I don't think that's right, but councils spent \u00a33.1bn last year.",
  '\u201cPlacements\u201d cost \u2014 on average \u2014 \u00a35,000 a week\u2026',
  '',
  '   ',
  'Ofsted judged 80 per cent of providers good or outstanding.',
];

test('checkworthinessLogit equals the weighted sum over featurize, to the last bit', () => {
  const weights = new Map<string, number>();
  model.names.forEach((name, i) => weights.set(name, model.weights[i]));
  const chars = model.features.charNgrams;
  const options: FeatureOptions = {
    ...model.features,
    charNgrams: Array.isArray(chars) && chars.length === 2 ? [chars[0], chars[1]] : null,
  };
  const reference = (s: string) => {
    let z = model.bias;
    for (const [name, value] of featurize(s, options)) {
      const w = weights.get(name);
      if (w !== undefined) z += w * value;
    }
    return z;
  };
  for (const s of SENTENCES) assert.equal(checkworthinessLogit(s), reference(s), s);
  fc.assert(
    fc.property(
      fc.array(fc.oneof(fc.constantFrom(...SENTENCES.join(' ').split(' ')), fc.string({ maxLength: 8 })), { maxLength: 30 }),
      (parts) => {
        const s = parts.join(' ');
        assert.equal(checkworthinessLogit(s), reference(s));
      },
    ),
    { numRuns: 300, seed: 20261123 },
  );
});

// ---------------------------------------------------------------------------

/**
 * The share of the claim's idf weight (words and figures, exact terms) a passage holds: what the index's
 * `minShare` pruning counts, and what the verdict requires of a passage's own sentence (CORE_SHARE).
 */
function exactShare(claim: string, passage: string, termWeight: (t: string) => number) {
  const claimTerms = [...new Set(analyze(claim))];
  const passageTerms = new Set(analyze(passage));
  let total = 0;
  let found = 0;
  for (const term of claimTerms) {
    const w = termWeight(term);
    total += w;
    if (passageTerms.has(term)) found += w;
  }
  return total > 0 ? found / total : 0;
}

// The verdict now reads passages in context, with term relations and trend words, so its coverage is no longer
// exact-stem coverage; what must hold is that pruning is sound: no passage under CORE_SHARE of exact weight can
// support or partly support, and judgeSupport and rankBySupport agree.
test('judgeSupport and rankBySupport agree, and nothing under the pruning share supports', () => {
  const word = fc.constantFrom(
    'care',
    'children',
    'placements',
    'shortage',
    'severe',
    'rose',
    'fell',
    'council',
    '45%',
    '2019',
    '12',
    'the',
    'more',
    'fewer',
  );
  const textArb = fc.array(word, { maxLength: 14 }).map((ws) => ws.join(' '));
  fc.assert(
    fc.property(
      textArb,
      fc.array(textArb, { maxLength: 8 }),
      fc.dictionary(
        fc.constantFrom('care', 'child', 'placement', 'shortag', 'sever', 'rose', 'council'),
        fc.double({ min: 0.01, max: 10, noNaN: true }),
      ),
      (claim, passages, known) => {
        const weight = (t: string) => known[t] ?? 12.5;
        const corpus = { claimTermWeight: weight };
        const results = passages.map((text, i) => ({ text, sourceId: `s${i}` }) as SearchResult);
        const ranked = rankBySupport(corpus, claim, results);
        for (const text of passages) {
          const judged = judgeSupport(claim, text, weight);
          if (judged.verdict === 'supports' || judged.verdict === 'partial')
            assert.ok(exactShare(claim, text, weight) >= CORE_SHARE - 1e-9, `${judged.verdict} under the share: ${claim} / ${text}`);
          const r = ranked.find((x) => x.result.text === text)!;
          assert.equal(r.verdict, judged.verdict);
          assert.equal(r.supports, judged.supports);
        }
      },
    ),
    { numRuns: 300, seed: 20261123 },
  );
});

// ---------------------------------------------------------------------------

test('a non-claim too short to restate a source is not searched; a longer one still is', async () => {
  const corpus = new Corpus(new MemoryWorkspace(sampleCorpusFiles()), { roots: ['/corpus'] });
  await corpus.refresh();
  const searched: string[] = [];
  const search = corpus.search.bind(corpus);
  corpus.search = (query, ...rest) => {
    searched.push(query);
    return search(query, ...rest);
  };
  // Neither is check-worthy; the first has fewer than five distinct terms.
  new DraftChecker(corpus).check('They are the people, by the way.\n');
  assert.deepEqual(searched, []);
  new DraftChecker(corpus).check('Social workers are cowed by managers and councillors in many places.\n');
  assert.equal(searched.length, 1, JSON.stringify(searched));
});
