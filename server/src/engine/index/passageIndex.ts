/**
 * The passage index: BM25 over passages (sentences) with a document-level
 * BM25 fused in, built from per-document segments so one document can be
 * added, replaced or removed without touching the others.
 *
 * Invariants: every live passage has exactly one global id (slot base +
 * local number); df/length totals always equal the sum over live segments;
 * a query never returns the same (key, passage) twice.
 */
import { analyze } from './analyzer.js';
import type { Segment } from './segment.js';

export interface SearchOptions {
  /**
   * Only passages that can hold at least this share of the query's
   * (distinct, idf-weighted) terms matter: the search walks just enough of
   * the rarest terms to find all of them, and scores the rest for those
   * candidates only. Used by support checks, whose threshold it is.
   */
  minShare?: number;
  /** Overrides RankingParams.candidateDepth for this query. */
  candidateDepth?: number;
}

export interface IndexHit {
  key: string;
  passage: number;
  score: number;
}

export interface RankingParams {
  /** BM25 parameters at passage level. */
  k1: number;
  b: number;
  /** BM25 parameters at document level. */
  docK1: number;
  docB: number;
  /** Weight of the (normalised) document score in a passage's final score, 0..1. */
  docWeight: number;
  /**
   * Documents longer than this many passages get a proportionally smaller
   * document weight (by the square root of the ratio): in a short article the
   * document is the passage's context, in a 400-sentence report a
   * document-level match says little about one sentence.
   */
  docReferencePassages: number;
  /** Second stage: bonus for query-term pairs found adjacent, as a share of the top score. */
  phraseWeight: number;
  /** Second stage: how many first-stage candidates it re-scores. */
  rerankDepth: number;
  /**
   * Terms in more than this share of passages are left out of a query that
   * has at least `minSelectiveTerms` rarer terms: they add little to BM25
   * (low idf) but most of the postings a query walks.
   */
  commonTermShare: number;
  minSelectiveTerms: number;
  /** How many passages the rarer terms nominate for the common terms' exact scoring. */
  candidateDepth: number;
}

/**
 * Chosen on SciFact training claims (document ranking) and on perturbed
 * sentences of the policy corpus (passage ranking) with bench/tuneRanking.ts:
 * the length-scaled document weight is what lets one setting serve both.
 */
export const DEFAULT_RANKING: Readonly<RankingParams> = {
  k1: 1.2,
  b: 0.75,
  docK1: 0.9,
  docB: 0.4,
  docWeight: 0.8,
  docReferencePassages: 20,
  phraseWeight: 0.15,
  rerankDepth: 50,
  commonTermShare: 0.01,
  minSelectiveTerms: 3,
  candidateDepth: 400,
};

interface Slot {
  key: string;
  segment: Segment;
  base: number;
  docLength: number;
  /**
   * Per segment term: its frequency in the whole document, which a deferred
   * term's document score needs without a walk; 0 until a query first
   * defers that term in this document. Summed per term on demand, not for
   * the whole segment: a first check used to spend tens of milliseconds
   * summing every posting of every document it touched, for the few common
   * terms it needed.
   */
  termTf?: Uint32Array;
}

export class PassageIndex {
  private readonly slots: Array<Slot | undefined> = [];
  private readonly freeSlots: number[] = [];
  private readonly slotByKey = new Map<string, number>();
  private readonly termIds = new Map<string, number>();
  /** Per term id: flat pairs (slot, index of the term in that slot's segment). */
  private readonly termSlots: number[][] = [];
  /** Term ids per shared term dictionary of the cache (dictionaryIds). */
  private readonly dictionaries = new WeakMap<readonly string[], Int32Array>();
  private readonly passageDf: number[] = [];
  private readonly docDf: number[] = [];
  private passages = 0;
  private passageLength = 0;
  private docs = 0;
  private docLength = 0;
  private nextBase = 0;
  private holes = 0;
  private gidToSlot = new Int32Array(0);
  private acc = new Float32Array(0);
  private readonly touched: Touched = { ids: new Int32Array(1024), count: 0 };
  private docAcc = new Float32Array(0);
  /**
   * Per-slot scratch reused by every query (sized with docAcc), so a query
   * allocates nothing per document: the document weight of each touched
   * slot, the first candidate of a slot for addDeferred (-1 = none), and
   * whether `accept` takes a slot, asked lazily (see nextAcceptStamp).
   */
  private slotWeight = new Float64Array(0);
  private slotHead = new Int32Array(0);
  private acceptStamp = new Int32Array(0);
  private acceptValue = new Uint8Array(0);
  private acceptQuery = 0;

  /** `ranking` is read on every query, so a tuning script may adjust it in place. */
  constructor(readonly ranking: RankingParams = { ...DEFAULT_RANKING }) {}

  get documentCount(): number {
    return this.docs;
  }

  get passageCount(): number {
    return this.passages;
  }

  /** Passage-level inverse document frequency of an analysed term (0 when unknown). */
  idf(term: string): number {
    const id = this.termIds.get(term);
    const df = id === undefined ? 0 : this.passageDf[id];
    if (df === 0) return 0;
    return Math.log(1 + (this.passages - df + 0.5) / (df + 0.5));
  }

  /** The idf a term would have if no passage held it: the most informative a term can be. */
  get unseenIdf(): number {
    return Math.log(1 + (this.passages + 0.5) / 0.5);
  }

  has(key: string): boolean {
    return this.slotByKey.has(key);
  }

  /** Adds or replaces the segment of document `key`. */
  set(key: string, segment: Segment): void {
    this.delete(key);
    const slotIndex = this.freeSlots.pop() ?? this.slots.length;
    let docLength = 0;
    for (let i = 0; i < segment.passageCount; i++) docLength += segment.lengths[i];
    const slot: Slot = { key, segment, base: this.nextBase, docLength };
    this.slots[slotIndex] = slot;
    this.slotByKey.set(key, slotIndex);
    this.nextBase += segment.passageCount;
    this.ensureCapacity();
    this.gidToSlot.fill(slotIndex, slot.base, slot.base + segment.passageCount);
    const refs = segment.termRefs;
    const table = refs && this.dictionaryIds(refs.dictionary);
    const { offsets } = segment;
    for (let i = 0; i < segment.terms.length; i++) {
      const id = table ? table[refs.ids[i]] : this.termId(segment.terms[i]);
      this.termSlots[id].push(slotIndex, i);
      this.passageDf[id] += offsets[i + 1] - offsets[i];
      this.docDf[id] += 1;
    }
    this.passages += segment.passageCount;
    this.passageLength += docLength;
    this.docs += 1;
    this.docLength += docLength;
  }

  /** The id of `term`, given one if it has none. */
  private termId(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.termSlots.length;
      this.termIds.set(term, id);
      this.termSlots.push([]);
      this.passageDf.push(0);
      this.docDf.push(0);
    }
    return id;
  }

  /**
   * The term id of each entry of a cache's shared term dictionary (see TermRefs), worked out once per dictionary:
   * an entry no segment added yet has no passages (df 0), which searches already treat as an unknown term.
   */
  private dictionaryIds(dictionary: readonly string[]): Int32Array {
    let table = this.dictionaries.get(dictionary);
    if (!table) {
      table = Int32Array.from(dictionary, (term) => this.termId(term));
      this.dictionaries.set(dictionary, table);
    }
    return table;
  }

  delete(key: string): boolean {
    const slotIndex = this.slotByKey.get(key);
    if (slotIndex === undefined) return false;
    const slot = this.slots[slotIndex]!;
    const { segment } = slot;
    segment.terms.forEach((term, i) => {
      const id = this.termIds.get(term)!;
      const pairs = this.termSlots[id];
      for (let k = 0; k < pairs.length; k += 2) {
        if (pairs[k] === slotIndex) {
          pairs.splice(k, 2);
          break;
        }
      }
      this.passageDf[id] -= segment.offsets[i + 1] - segment.offsets[i];
      this.docDf[id] -= 1;
    });
    this.passages -= segment.passageCount;
    this.passageLength -= slot.docLength;
    this.docs -= 1;
    this.docLength -= slot.docLength;
    this.slots[slotIndex] = undefined;
    this.freeSlots.push(slotIndex);
    this.slotByKey.delete(key);
    this.holes += segment.passageCount;
    if (this.holes > 4096 && this.holes > this.nextBase / 2) this.compact();
    return true;
  }

  /**
   * The best `limit` passages for `query`. Common terms (see
   * RankingParams.commonTermShare) do not generate candidates: the rarer
   * terms do, and the best `candidateDepth` of those then get the common
   * terms' exact contributions added, so their final scores are the same
   * as a full evaluation while the long posting lists are never walked.
   */
  search(query: string, limit: number, accept?: (key: string) => boolean, options: SearchOptions = {}): IndexHit[] {
    const counts = new Map<number, number>();
    const unseenTerms = new Set<string>();
    for (const term of analyze(query)) {
      const id = this.termIds.get(term);
      if (id !== undefined && this.passageDf[id] > 0) counts.set(id, (counts.get(id) ?? 0) + 1);
      else unseenTerms.add(term);
    }
    const unseen = unseenTerms.size;
    if (counts.size === 0 || this.passages === 0 || limit <= 0) return [];
    // Rarest first; when enough terms are rare, common ones are deferred.
    const terms = [...counts].sort((x, y) => this.passageDf[x[0]] - this.passageDf[y[0]]);
    const walked = options.minShare !== undefined ? this.termsForShare(terms, unseen, options.minShare) : this.selectiveTerms(terms);
    const stamp = accept ? this.nextAcceptStamp() : 0;
    const touchedSlots: number[] = [];
    this.touched.count = 0;
    for (let t = 0; t < walked; t++) this.walkTerm(terms[t][0], terms[t][1], touchedSlots, accept, stamp);
    this.weighSlots(touchedSlots);
    const ids = this.touched.ids.subarray(0, this.touched.count);
    // Always an Int32Array, so rank and addDeferred see one array type and stay optimised.
    let candidates: Int32Array = ids;
    if (walked < terms.length) {
      const depth = Math.max(limit * 4, options.candidateDepth ?? this.ranking.candidateDepth);
      candidates = Int32Array.from(this.rank(ids, touchedSlots, depth), ([gid]) => gid);
      this.addDeferred(terms, walked, candidates);
    }
    const hits = this.rank(candidates, touchedSlots, limit);
    for (let i = 0; i < ids.length; i++) this.acc[ids[i]] = 0;
    for (const s of touchedSlots) this.docAcc[s] = 0;
    return hits.map(([gid, score]) => {
      const slot = this.slots[this.gidToSlot[gid]]!;
      return { key: slot.key, passage: gid - slot.base, score };
    });
  }

  /** How many of the rarest terms to walk: all but the common ones, if enough are rare. */
  private selectiveTerms(terms: Array<[number, number]>): number {
    const commonDf = this.ranking.commonTermShare * this.passages;
    const rare = terms.filter(([id]) => this.passageDf[id] <= commonDf).length;
    return rare >= this.ranking.minSelectiveTerms ? rare : terms.length;
  }

  /**
   * How many of the rarest terms to walk so that every passage holding
   * `share` of the query's idf weight contains one of them: walk until the
   * walked weight exceeds (1 - share) of the total. Terms the index has
   * never seen count in the total (no passage holds them) at the idf an
   * unseen term would have, the same weighting the support judgement uses.
   */
  private termsForShare(terms: Array<[number, number]>, unseen: number, share: number): number {
    const weights = terms.map(([id]) => this.idfs(id, 1).idfP);
    const total = weights.reduce((a, w) => a + w, unseen * this.unseenIdf);
    let walkedWeight = unseen * this.unseenIdf;
    let walked = 0;
    while (walked < terms.length && walkedWeight <= (1 - share) * total) walkedWeight += weights[walked++];
    return walkedWeight > (1 - share) * total ? walked : 0;
  }

  /**
   * A fresh stamp for this query's `accept` answers. `accept` is asked only
   * for the documents the walk reaches, once each (most of a cited search's
   * documents hold none of its rare terms), and the answers are kept in
   * acceptValue under this stamp, so nothing is cleared between queries.
   */
  private nextAcceptStamp(): number {
    if (this.acceptQuery >= 0x7fffffff) {
      this.acceptStamp.fill(0);
      this.acceptQuery = 0;
    }
    return ++this.acceptQuery;
  }

  /** Each touched document's weight in the fused score, once per query rather than once per passage ranked. */
  private weighSlots(touchedSlots: readonly number[]): void {
    // Read from `ranking` per query (not fixed at load) so a tuning script can vary it in place.
    const { docWeight, docReferencePassages } = this.ranking;
    for (const s of touchedSlots) {
      this.slotWeight[s] = docWeight * Math.min(1, Math.sqrt(docReferencePassages / Math.max(1, this.slots[s]!.segment.passageCount)));
    }
  }

  private idfs(id: number, qtf: number): { idfP: number; idfD: number } {
    return {
      idfP: Math.log(1 + (this.passages - this.passageDf[id] + 0.5) / (this.passageDf[id] + 0.5)) * qtf,
      idfD: Math.log(1 + (this.docs - this.docDf[id] + 0.5) / (this.docDf[id] + 0.5)) * qtf,
    };
  }

  /** Average document length, which docScore needs: once per term walked, not once per document. */
  private get averageDocLength(): number {
    return this.docLength / this.docs || 1;
  }

  /**
   * Adds one term's passage and document scores over its whole posting
   * lists. A term is in a few postings per document on average, so the
   * per-document work here (not the per-posting loop) is much of a query's
   * cost: everything that does not depend on the document is computed once.
   */
  private walkTerm(id: number, qtf: number, touchedSlots: number[], accept: ((key: string) => boolean) | undefined, stamp: number): void {
    const { k1, b, docK1, docB } = this.ranking;
    const avgP = this.passageLength / this.passages || 1;
    const avgD = this.averageDocLength;
    const { idfP, idfD } = this.idfs(id, qtf);
    const weight = idfP * (k1 + 1);
    const lengthBase = k1 * (1 - b);
    const lengthScale = (k1 * b) / avgP;
    const { acc, touched, docAcc, slots, acceptStamp, acceptValue } = this;
    const pairs = this.termSlots[id];
    for (let k = 0; k < pairs.length; k += 2) {
      const slotIndex = pairs[k];
      const slot = slots[slotIndex]!;
      if (accept) {
        if (acceptStamp[slotIndex] !== stamp) {
          acceptStamp[slotIndex] = stamp;
          acceptValue[slotIndex] = accept(slot.key) ? 1 : 0;
        }
        if (acceptValue[slotIndex] === 0) continue;
      }
      const seg = slot.segment;
      const ti = pairs[k + 1];
      const docTf = accumulate(
        acc,
        touched,
        seg.postings,
        seg.freqs,
        seg.lengths,
        seg.offsets[ti],
        seg.offsets[ti + 1],
        slot.base,
        weight,
        lengthBase,
        lengthScale,
      );
      if (docAcc[slotIndex] === 0) touchedSlots.push(slotIndex);
      docAcc[slotIndex] += docScore(idfD, docTf, slot.docLength, avgD, docK1, docB);
    }
  }

  /**
   * Adds the deferred terms (terms[from..]) exactly to the candidate passages
   * and their documents. A common term is in most documents, so its slot
   * list is long and most of its slots hold no candidate: the candidates are
   * chained per slot through slotHead/next (typed arrays) so skipping a slot
   * costs one array read, not a Map look-up.
   */
  private addDeferred(terms: ReadonlyArray<readonly [number, number]>, from: number, candidates: Int32Array): void {
    const { k1, b, docK1, docB } = this.ranking;
    const avgP = this.passageLength / this.passages || 1;
    const avgD = this.averageDocLength;
    const { acc, docAcc, slots, gidToSlot, slotHead: head } = this;
    const next = new Int32Array(candidates.length);
    // Backwards, so each slot's chain lists its candidates in candidate order.
    for (let i = candidates.length - 1; i >= 0; i--) {
      const s = gidToSlot[candidates[i]];
      next[i] = head[s];
      head[s] = i;
    }
    for (let t = from; t < terms.length; t++) {
      const [id, qtf] = terms[t];
      const { idfP, idfD } = this.idfs(id, qtf);
      const pairs = this.termSlots[id];
      for (let k = 0; k < pairs.length; k += 2) {
        const slotIndex = pairs[k];
        const first = head[slotIndex];
        if (first < 0) continue;
        const slot = slots[slotIndex]!;
        const seg = slot.segment;
        const ti = pairs[k + 1];
        const lo = seg.offsets[ti];
        const hi = seg.offsets[ti + 1];
        const termTf = (slot.termTf ??= new Uint32Array(seg.terms.length));
        // 0 = not summed yet (a term of the segment occurs at least once).
        if (termTf[ti] === 0) termTf[ti] = termTotal(seg, lo, hi);
        docAcc[slotIndex] += docScore(idfD, termTf[ti], slot.docLength, avgD, docK1, docB);
        for (let i = first; i >= 0; i = next[i]) {
          const gid = candidates[i];
          const j = findPosting(seg.postings, lo, hi, gid - slot.base);
          if (j < 0) continue;
          const tf = seg.freqs[j];
          acc[gid] += (idfP * (k1 + 1) * tf) / (tf + k1 * (1 - b) + ((k1 * b) / avgP) * seg.lengths[gid - slot.base]);
        }
      }
    }
    for (let i = 0; i < candidates.length; i++) head[gidToSlot[candidates[i]]] = -1;
  }

  /** The best `k` of `gids` by the fused score, passage and document scores normalised over what was scored. */
  private rank(gids: Int32Array, touchedSlots: readonly number[], k: number): Array<[number, number]> {
    const { acc, docAcc, gidToSlot, slotWeight } = this;
    let maxP = 0;
    for (let i = 0; i < gids.length; i++) if (acc[gids[i]] > maxP) maxP = acc[gids[i]];
    let maxD = 0;
    for (const s of touchedSlots) if (docAcc[s] > maxD) maxD = docAcc[s];
    const heap = new TopK(k);
    for (let i = 0; i < gids.length; i++) {
      const gid = gids[i];
      const slotIndex = gidToSlot[gid];
      const p = acc[gid] / maxP;
      const d = maxD > 0 ? docAcc[slotIndex] / maxD : 0;
      const dw = slotWeight[slotIndex];
      heap.offer(gid, (1 - dw) * p + dw * d);
    }
    return heap.sorted();
  }

  private ensureCapacity(): void {
    if (this.acc.length < this.nextBase) {
      const size = Math.max(this.nextBase, Math.ceil(this.acc.length * 1.5), 1024);
      this.acc = new Float32Array(size);
      const grown = new Int32Array(size);
      grown.set(this.gidToSlot);
      this.gidToSlot = grown;
    }
    if (this.docAcc.length < this.slots.length) {
      const size = Math.max(this.slots.length * 2, 64);
      this.docAcc = new Float32Array(size);
      this.slotWeight = new Float64Array(size);
      this.slotHead = new Int32Array(size).fill(-1);
      // Stamps start at 0 and a query's stamp is at least 1, so fresh arrays hold no stale answers.
      this.acceptStamp = new Int32Array(size);
      this.acceptValue = new Uint8Array(size);
    }
  }

  /** Re-packs global passage ids after many deletions. */
  private compact(): void {
    let base = 0;
    this.slots.forEach((slot, slotIndex) => {
      if (!slot) return;
      slot.base = base;
      this.gidToSlot.fill(slotIndex, base, base + slot.segment.passageCount);
      base += slot.segment.passageCount;
    });
    this.nextBase = base;
    this.holes = 0;
  }
}

/** A term's BM25 contribution to a document's score, from its frequency in the whole document. */
function docScore(idfD: number, docTf: number, docLength: number, avgD: number, docK1: number, docB: number): number {
  return (idfD * docTf * (docK1 + 1)) / (docTf + docK1 * (1 - docB + (docB * docLength) / avgD));
}

/** A term's frequency over the whole document: the sum over its postings [from, to). */
function termTotal(segment: Segment, from: number, to: number): number {
  let total = 0;
  for (let j = from; j < to; j++) total += segment.freqs[j];
  return total;
}

/** Index of `passage` in the ascending postings[from, to), or -1. */
function findPosting(postings: Uint32Array, from: number, to: number, passage: number): number {
  let lo = from;
  let hi = to - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = postings[mid];
    if (v === passage) return mid;
    if (v < passage) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Global passage ids with a non-zero accumulator, reused across queries. */
interface Touched {
  ids: Int32Array;
  count: number;
}

/**
 * Adds one term's BM25 contribution to every passage in a posting range and
 * returns the term's frequency in the document. Kept small and monomorphic:
 * it is the innermost loop of every query.
 */
function accumulate(
  acc: Float32Array,
  touched: Touched,
  postings: Uint32Array,
  freqs: Uint16Array,
  lengths: Uint16Array,
  start: number,
  end: number,
  base: number,
  weight: number,
  lengthBase: number,
  lengthScale: number,
): number {
  let docTf = 0;
  if (touched.ids.length < touched.count + (end - start)) {
    const grown = new Int32Array(Math.max(touched.ids.length * 2, touched.count + (end - start)));
    grown.set(touched.ids.subarray(0, touched.count));
    touched.ids = grown;
  }
  const ids = touched.ids;
  let count = touched.count;
  for (let j = start; j < end; j++) {
    const p = postings[j];
    const tf = freqs[j];
    docTf += tf;
    const gid = base + p;
    if (acc[gid] === 0) ids[count++] = gid;
    acc[gid] += (weight * tf) / (tf + lengthBase + lengthScale * lengths[p]);
  }
  touched.count = count;
  return docTf;
}

/**
 * Keeps the k best (id, score) pairs; ties broken by lower id for stable
 * output. A min-heap on typed arrays: plain arrays that start empty change
 * element kind on the first score pushed, which made V8 deoptimise this on
 * every query of a cold run.
 */
class TopK {
  private readonly ids: Int32Array;
  private readonly scores: Float64Array;
  private size = 0;

  constructor(private readonly k: number) {
    this.ids = new Int32Array(Math.max(0, k));
    this.scores = new Float64Array(Math.max(0, k));
  }

  offer(id: number, score: number): void {
    if (this.k <= 0) return;
    if (this.size < this.k) {
      this.ids[this.size] = id;
      this.scores[this.size] = score;
      this.up(this.size++);
    } else if (better(score, id, this.scores[0], this.ids[0])) {
      this.ids[0] = id;
      this.scores[0] = score;
      this.down(0);
    }
  }

  sorted(): Array<[number, number]> {
    const out: Array<[number, number]> = [];
    for (let i = 0; i < this.size; i++) out.push([this.ids[i], this.scores[i]]);
    return out.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  }

  private up(i: number): void {
    const { ids, scores } = this;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!better(scores[parent], ids[parent], scores[i], ids[i])) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  private down(i: number): void {
    const { ids, scores, size } = this;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let worst = i;
      if (l < size && better(scores[worst], ids[worst], scores[l], ids[l])) worst = l;
      if (r < size && better(scores[worst], ids[worst], scores[r], ids[r])) worst = r;
      if (worst === i) return;
      this.swap(i, worst);
      i = worst;
    }
  }

  private swap(a: number, b: number): void {
    const id = this.ids[a];
    this.ids[a] = this.ids[b];
    this.ids[b] = id;
    const score = this.scores[a];
    this.scores[a] = this.scores[b];
    this.scores[b] = score;
  }
}

function better(s1: number, id1: number, s2: number, id2: number): boolean {
  return s1 > s2 || (s1 === s2 && id1 < id2);
}
