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
  commonTermShare: 1,
  minSelectiveTerms: 3,
};

interface Slot {
  key: string;
  segment: Segment;
  base: number;
  docLength: number;
  /** min(1, sqrt(docReferencePassages / passages)): see RankingParams. */
  lengthFactor: number;
}

export class PassageIndex {
  private readonly slots: Array<Slot | undefined> = [];
  private readonly freeSlots: number[] = [];
  private readonly slotByKey = new Map<string, number>();
  private readonly termIds = new Map<string, number>();
  /** Per term id: flat pairs (slot, index of the term in that slot's segment). */
  private readonly termSlots: number[][] = [];
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

  has(key: string): boolean {
    return this.slotByKey.has(key);
  }

  /** Adds or replaces the segment of document `key`. */
  set(key: string, segment: Segment): void {
    this.delete(key);
    const slotIndex = this.freeSlots.pop() ?? this.slots.length;
    let docLength = 0;
    for (let i = 0; i < segment.passageCount; i++) docLength += segment.lengths[i];
    const lengthFactor = Math.min(1, Math.sqrt(this.ranking.docReferencePassages / Math.max(1, segment.passageCount)));
    const slot: Slot = { key, segment, base: this.nextBase, docLength, lengthFactor };
    this.slots[slotIndex] = slot;
    this.slotByKey.set(key, slotIndex);
    this.nextBase += segment.passageCount;
    this.ensureCapacity();
    this.gidToSlot.fill(slotIndex, slot.base, slot.base + segment.passageCount);
    segment.terms.forEach((term, i) => {
      let id = this.termIds.get(term);
      if (id === undefined) {
        id = this.termSlots.length;
        this.termIds.set(term, id);
        this.termSlots.push([]);
        this.passageDf.push(0);
        this.docDf.push(0);
      }
      this.termSlots[id].push(slotIndex, i);
      this.passageDf[id] += segment.offsets[i + 1] - segment.offsets[i];
      this.docDf[id] += 1;
    });
    this.passages += segment.passageCount;
    this.passageLength += docLength;
    this.docs += 1;
    this.docLength += docLength;
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

  search(query: string, limit: number, accept?: (key: string) => boolean): IndexHit[] {
    const counts = new Map<string, number>();
    for (const term of analyze(query)) counts.set(term, (counts.get(term) ?? 0) + 1);
    if (counts.size === 0 || this.passages === 0 || limit <= 0) return [];
    const { k1, b, docK1, docB, docWeight } = this.ranking;
    const avgP = this.passageLength / this.passages || 1;
    const avgD = this.docLength / this.docs || 1;
    const acc = this.acc;
    const docAcc = this.docAcc;
    const touched = this.touched;
    touched.count = 0;
    const touchedSlots: number[] = [];
    const lengthScale = (k1 * b) / avgP;
    const lengthBase = k1 * (1 - b);
    const commonDf = this.ranking.commonTermShare * this.passages;
    let selective = 0;
    for (const term of counts.keys()) {
      const id = this.termIds.get(term);
      if (id !== undefined && this.passageDf[id] > 0 && this.passageDf[id] <= commonDf) selective++;
    }
    const skipCommon = selective >= this.ranking.minSelectiveTerms;
    for (const [term, qtf] of counts) {
      const id = this.termIds.get(term);
      if (id === undefined || this.passageDf[id] === 0) continue;
      if (skipCommon && this.passageDf[id] > commonDf) continue;
      const idfP = Math.log(1 + (this.passages - this.passageDf[id] + 0.5) / (this.passageDf[id] + 0.5)) * qtf;
      const idfD = Math.log(1 + (this.docs - this.docDf[id] + 0.5) / (this.docDf[id] + 0.5)) * qtf;
      const pairs = this.termSlots[id];
      for (let k = 0; k < pairs.length; k += 2) {
        const slotIndex = pairs[k];
        const slot = this.slots[slotIndex]!;
        const seg = slot.segment;
        const ti = pairs[k + 1];
        const docTf = accumulate(acc, touched, seg.postings, seg.freqs, seg.lengths, seg.offsets[ti], seg.offsets[ti + 1], slot.base, idfP * (k1 + 1), lengthBase, lengthScale);
        if (docAcc[slotIndex] === 0) touchedSlots.push(slotIndex);
        docAcc[slotIndex] += (idfD * docTf * (docK1 + 1)) / (docTf + docK1 * (1 - docB + (docB * slot.docLength) / avgD));
      }
    }
    const ids = touched.ids;
    const n = touched.count;
    let maxP = 0;
    for (let i = 0; i < n; i++) if (acc[ids[i]] > maxP) maxP = acc[ids[i]];
    let maxD = 0;
    for (const s of touchedSlots) if (docAcc[s] > maxD) maxD = docAcc[s];
    const heap = new TopK(limit);
    for (let i = 0; i < n; i++) {
      const gid = ids[i];
      const slotIndex = this.gidToSlot[gid];
      if (accept && !accept(this.slots[slotIndex]!.key)) continue;
      const p = acc[gid] / maxP;
      const d = maxD > 0 ? docAcc[slotIndex] / maxD : 0;
      const dw = docWeight * this.slots[slotIndex]!.lengthFactor;
      const score = (1 - dw) * p + dw * d;
      heap.offer(gid, score);
    }
    for (let i = 0; i < n; i++) acc[ids[i]] = 0;
    for (const s of touchedSlots) docAcc[s] = 0;
    return heap.sorted().map(([gid, score]) => {
      const slot = this.slots[this.gidToSlot[gid]]!;
      return { key: slot.key, passage: gid - slot.base, score };
    });
  }

  private ensureCapacity(): void {
    if (this.acc.length < this.nextBase) {
      const size = Math.max(this.nextBase, Math.ceil(this.acc.length * 1.5), 1024);
      this.acc = new Float32Array(size);
      const grown = new Int32Array(size);
      grown.set(this.gidToSlot);
      this.gidToSlot = grown;
    }
    if (this.docAcc.length < this.slots.length) this.docAcc = new Float32Array(Math.max(this.slots.length * 2, 64));
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

/** Keeps the k best (id, score) pairs; ties broken by lower id for stable output. */
class TopK {
  private readonly ids: number[] = [];
  private readonly scores: number[] = [];

  constructor(private readonly k: number) {}

  offer(id: number, score: number): void {
    if (this.k <= 0) return;
    if (this.ids.length < this.k) {
      this.ids.push(id);
      this.scores.push(score);
      this.up(this.ids.length - 1);
    } else if (this.better(score, id, this.scores[0], this.ids[0])) {
      this.ids[0] = id;
      this.scores[0] = score;
      this.down(0);
    }
  }

  sorted(): Array<[number, number]> {
    return this.ids
      .map((id, i): [number, number] => [id, this.scores[i]])
      .sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  }

  private better(s1: number, id1: number, s2: number, id2: number): boolean {
    return s1 > s2 || (s1 === s2 && id1 < id2);
  }

  private up(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.better(this.scores[parent], this.ids[parent], this.scores[i], this.ids[i])) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  private down(i: number): void {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let worst = i;
      if (l < this.ids.length && this.better(this.scores[worst], this.ids[worst], this.scores[l], this.ids[l])) worst = l;
      if (r < this.ids.length && this.better(this.scores[worst], this.ids[worst], this.scores[r], this.ids[r])) worst = r;
      if (worst === i) return;
      this.swap(i, worst);
      i = worst;
    }
  }

  private swap(a: number, b: number): void {
    [this.ids[a], this.ids[b]] = [this.ids[b], this.ids[a]];
    [this.scores[a], this.scores[b]] = [this.scores[b], this.scores[a]];
  }
}
