/**
 * Term relations: which analyzer terms (lower-case Porter stems, see
 * `index/analyzer.ts`) may stand in for one another when a claim is worded
 * differently from its source ("shortage" / "insufficient", "council" /
 * "local authority", "too few" / "shortage"). Consumed by the support
 * judgement, which credits a claim term found only as a related passage term
 * with `relatedness` of its weight instead of zero.
 *
 * Two sources, merged in `relations/relationTable.ts`: a small curated table
 * of the domain's wording (`relations/domainTerms.ts`) and a WordNet table
 * restricted to and weighted by the policy corpus, built offline
 * (`tools/build-term-relations.ts` → `relations/wordnetTable.ts`). Both are
 * bundled modules, so the engine stays free of file-system access; the table
 * is built on the first call (10-40 ms, under 1 MB of heap) and cached.
 *
 * Measured (bench/termRelations.ts): on 160 blind policy pairs, relatedness
 * >= 0.5 has precision 0.99 and recall 0.78 (stems alone: recall 0.02); 82% of
 * a held-out random sample of the WordNet relations are right. Coverage is
 * narrow: 3 of 37 natural paraphrases of random corpus words are known.
 * Corpus co-occurrence alone was rejected as a source: antonyms and siblings
 * ("rose" / "fell", "foster" / "adoption") score as high as synonyms. So were
 * fastText skip-gram vectors trained on the corpus (tools/measure-word-vectors.ts):
 * AUC 0.61 on the blind pairs, antonyms closer than synonyms (mean cosine 0.51
 * against 0.47), and as WordNet's sense filter no better than PPMI on the
 * held-out table sample (AUC 0.67 against 0.68).
 */
import { stem } from '../index/analyzer.js';
import { buildRelationTable, type PhraseRelation, type RelationTable } from './relations/relationTable.js';

/**
 * Weight between an adverb and its adjective, which Porter stems apart ("sharply" / "sharp", "steadily" / "steady",
 * "significantly" / "significant"): one word said as the other, as "risen sharply" says "a sharp rise".
 */
const ADVERB_OF = 0.9;
/** Adverbs whose adjective means something else ("hardly" / "hard", "shortly" / "short", "fairly" / "fair"). */
const ADVERB_APART: ReadonlySet<string> = new Set(['hardli', 'shortli', 'justli', 'fairli']);
const adjectiveMemo = new Map<string, string | undefined>();

/** The adjective term of an adverb term ("sharpli" → "sharp", "significantli" → "signific"), if it is one. */
export function adjectiveOf(term: string): string | undefined {
  if (!term.endsWith('li') || term.length < 6 || ADVERB_APART.has(term)) return undefined;
  let adjective = adjectiveMemo.get(term);
  if (adjective === undefined && !adjectiveMemo.has(term)) {
    const base = stem(term.slice(0, -2));
    adjective = base.length >= 4 ? base : undefined;
    adjectiveMemo.set(term, adjective);
  }
  return adjective;
}

export interface TermRelations {
  /** 0..1: how well passageTerm stands in for claimTerm (1 = same stem; 0 = unrelated). Symmetric is not required. */
  relatedness(claimTerm: string, passageTerm: string): number;
  /** Terms that may stand in for `term`, best first (excluding itself). */
  related(term: string): readonly string[];
  /**
   * What each claim term earns from a passage, 0..1, in the claim's order: 1 if the passage has the term,
   * else the best `relatedness` of a passage term, or of a passage phrase for a claim phrase
   * ("too few" / "shortage", "local authority" / "council", "looked after" / "in care").
   * `claimTerms` and `passageTerms` are analyzer terms in reading order (`analyze`, `passageTerms`).
   */
  credits(claimTerms: readonly string[], passageTerms: readonly string[]): Float64Array;
}

/** Identity relations: a term stands only for itself. */
export const IDENTITY_RELATIONS: TermRelations = {
  relatedness: (a, b) => (a === b ? 1 : 0),
  related: () => [],
  credits: (claimTerms, passageTerms) => {
    const has = new Set(passageTerms);
    return Float64Array.from(claimTerms, (t) => (has.has(t) ? 1 : 0));
  },
};

let cached: TermRelations | undefined;

/** The shipped relations, built on first call and cached (synchronous). */
export function loadTermRelations(): TermRelations {
  if (!cached) cached = tableRelations(buildRelationTable());
  return cached;
}

const NO_EDGES: ReadonlyMap<string, number> = new Map();
const NO_TERMS: readonly string[] = Object.freeze([]);

/** Relations over a built table (exported for tests with a table of their own). */
export function tableRelations(table: RelationTable): TermRelations {
  const relatedMemo = new Map<string, readonly string[]>();
  const relatedness = (a: string, b: string): number => {
    if (a === b) return 1;
    const w = (table.edges.get(a) ?? NO_EDGES).get(b) ?? 0;
    return w > 0 || (adjectiveOf(a) !== b && adjectiveOf(b) !== a) ? w : ADVERB_OF;
  };
  const related = (term: string): readonly string[] => {
    const edges = table.edges.get(term);
    if (!edges) return NO_TERMS; // so the memo holds only the table's own terms
    let list = relatedMemo.get(term);
    if (!list) {
      const out = [...edges];
      out.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
      list = out.map(([t]) => t);
      relatedMemo.set(term, list);
    }
    return list;
  };
  const credits = (claimTerms: readonly string[], passageTerms: readonly string[]): Float64Array => {
    const has = new Set(passageTerms);
    const out = new Float64Array(claimTerms.length);
    let adverbs: ReadonlySet<string> | undefined;
    for (let i = 0; i < claimTerms.length; i++) {
      const t = claimTerms[i];
      if (has.has(t)) {
        out[i] = 1;
        continue;
      }
      let best = 0;
      for (const [b, w] of table.edges.get(t) ?? NO_EDGES) if (w > best && has.has(b)) best = w;
      // "a sharp fall" against "fell sharply"; the other way, an adverb of the claim's adjective in the passage.
      if (best < ADVERB_OF) {
        const adjective = adjectiveOf(t);
        adverbs ??= adverbAdjectives(passageTerms);
        if ((adjective !== undefined && has.has(adjective)) || adverbs.has(t)) best = ADVERB_OF;
      }
      out[i] = best;
    }
    for (let i = 0; i < claimTerms.length; i++) {
      for (const p of table.phrases.get(claimTerms[i]) ?? []) {
        if (!startsAt(claimTerms, i, p.claim) || !p.passage.every((t) => has.has(t)) || !containsRun(passageTerms, p.passage)) continue;
        if (phraseOpposed(table, claimTerms, i, p)) continue;
        for (let k = 0; k < p.claim.length; k++) if (out[i + k] < p.weight) out[i + k] = p.weight;
      }
    }
    return out;
  };
  return { relatedness, related, credits };
}

const NO_ADJECTIVES: ReadonlySet<string> = new Set();

/** The adjectives of the adverbs among `passageTerms` ("sharp" for "sharpli"). */
function adverbAdjectives(passageTerms: readonly string[]): ReadonlySet<string> {
  let out: Set<string> | undefined;
  for (const p of passageTerms) {
    const adjective = p.endsWith('li') ? adjectiveOf(p) : undefined;
    if (adjective !== undefined) (out ??= new Set()).add(adjective);
  }
  return out ?? NO_ADJECTIVES;
}

function startsAt(terms: readonly string[], i: number, run: readonly string[]): boolean {
  if (i + run.length > terms.length) return false;
  for (let k = 0; k < run.length; k++) if (terms[i + k] !== run[k]) return false;
  return true;
}

function containsRun(terms: readonly string[], run: readonly string[]): boolean {
  if (run.length === 1) return true; // membership already checked
  for (let i = 0; i + run.length <= terms.length; i++) if (startsAt(terms, i, run)) return true;
  return false;
}

/** A phrase relation never credits a claim term whose opposite is right there in the passage phrase. */
function phraseOpposed(table: RelationTable, claim: readonly string[], i: number, p: PhraseRelation): boolean {
  for (let k = 0; k < p.claim.length; k++) for (const t of p.passage) if (table.opposites.has(`${claim[i + k]} ${t}`)) return true;
  return false;
}
