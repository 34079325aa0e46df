/**
 * Verdicts at SciFact's sentence level (../shared/data/scifact: claims-train.jsonl with rationale sentences,
 * corpus-sentences.jsonl; CC BY-NC, measured only, nothing is tuned or built from it). For each training claim
 * and each abstract it has rationales in, every sentence of the abstract is judged alone (the abstract's
 * sentences as SciFact splits them) with the SciFact corpus's claim weighting:
 * - SUPPORT rationales: share judged `supports` (and `supports` or `partial`), and how many are judged `contradicts`;
 * - CONTRADICT rationales: share judged `contradicts` (and share not judged `supports`);
 * - the same abstracts' other sentences: share wrongly judged `supports`, and how many `contradicts` (a sentence that
 *   SciFact's annotators did not take as evidence either way: a contradiction there is most likely a false one).
 *
 * `npx tsx bench/verdictsScifact.ts` prints JSON.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { judgeSupport } from '../server/src/engine/check/support.js';
import { loadScifactCorpus } from './scifact.js';
import { round } from './lib/stats.js';

const DATA = fileURLToPath(new URL('../../shared/data/scifact/', import.meta.url));

interface Claim {
  id: number;
  claim: string;
  evidence: Record<string, Array<{ sentences: number[]; label: 'SUPPORT' | 'CONTRADICT' }>>;
}

export interface ScifactVerdicts {
  claims: number;
  support: {
    sentences: number;
    supports: number;
    supportsOrPartial: number;
    shareSupports: number;
    shareSupportsOrPartial: number;
    wronglyContradicts: number;
  };
  contradict: { sentences: number; contradicts: number; notSupports: number; shareContradicts: number; shareNotSupports: number };
  otherSentences: { sentences: number; wronglySupports: number; share: number; wronglyContradicts: number };
}

export async function runScifactVerdicts(): Promise<ScifactVerdicts> {
  const { corpus } = await loadScifactCorpus();
  const weight = (t: string) => corpus.claimTermWeight(t);
  const abstracts = new Map<string, string[]>();
  for (const line of readFileSync(`${DATA}corpus-sentences.jsonl`, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const doc = JSON.parse(line) as { doc_id: number; abstract: string[] };
    abstracts.set(String(doc.doc_id), doc.abstract);
  }
  const claims = readFileSync(`${DATA}claims-train.jsonl`, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Claim);
  const out = { claims: 0, s: 0, sS: 0, sSP: 0, sC: 0, c: 0, cC: 0, cN: 0, o: 0, oS: 0, oC: 0 };
  for (const claim of claims) {
    const docs = Object.entries(claim.evidence);
    if (docs.length === 0) continue;
    out.claims++;
    for (const [docId, sets] of docs) {
      const sentences = abstracts.get(docId);
      if (!sentences) continue;
      const label = new Map<number, 'SUPPORT' | 'CONTRADICT'>();
      for (const set of sets) for (const i of set.sentences) label.set(i, set.label);
      sentences.forEach((text, i) => {
        const v = judgeSupport(claim.claim, text, weight).verdict;
        const l = label.get(i);
        if (l === 'SUPPORT') {
          out.s++;
          if (v === 'supports') out.sS++;
          if (v === 'supports' || v === 'partial') out.sSP++;
          if (v === 'contradicts') out.sC++;
        } else if (l === 'CONTRADICT') {
          out.c++;
          if (v === 'contradicts') out.cC++;
          if (v !== 'supports') out.cN++;
        } else {
          out.o++;
          if (v === 'supports') out.oS++;
          if (v === 'contradicts') out.oC++;
        }
      });
    }
  }
  const r = (a: number, b: number) => round(a / Math.max(b, 1), 3);
  return {
    claims: out.claims,
    support: {
      sentences: out.s,
      supports: out.sS,
      supportsOrPartial: out.sSP,
      shareSupports: r(out.sS, out.s),
      shareSupportsOrPartial: r(out.sSP, out.s),
      wronglyContradicts: out.sC,
    },
    contradict: {
      sentences: out.c,
      contradicts: out.cC,
      notSupports: out.cN,
      shareContradicts: r(out.cC, out.c),
      shareNotSupports: r(out.cN, out.c),
    },
    otherSentences: { sentences: out.o, wronglySupports: out.oS, share: r(out.oS, out.o), wronglyContradicts: out.oC },
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(JSON.stringify(await runScifactVerdicts(), null, 2));
}
