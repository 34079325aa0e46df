/**
 * The merged relation table behind `loadTermRelations`: the curated domain
 * table (`domainTerms.ts`) and the WordNet table built offline
 * (`wordnetTable.ts`, see tools/build-term-relations.ts), in analyzer terms.
 *
 * Built once, on first use (about 10 ms): directed edges claim term → passage
 * term with a weight, the phrase relations, and the opposites, which remove
 * any edge between two terms of one scale (from either source).
 */
import { analyze, stem } from '../../index/analyzer.js';
import { DOMAIN_GROUPS, DOMAIN_NARROWINGS, DOMAIN_OPPOSITES, IRREGULAR_FORMS } from './domainTerms.js';
import { WORDNET_ANTONYMS, WORDNET_RELATIONS } from './wordnetTable.js';

/** Weight between two forms of one lemma that Porter stems apart ("rose" / "rise"). */
const SAME_LEMMA = 0.95;

/** A claim phrase (or term) credited by a passage phrase (or term), at least one of them more than one term long. */
export interface PhraseRelation {
  claim: readonly string[];
  passage: readonly string[];
  weight: number;
}

export interface RelationTable {
  /** claim term → passage term → weight (0..1), both single analyzer terms. */
  edges: Map<string, Map<string, number>>;
  /** Phrase relations indexed by the claim phrase's first term. */
  phrases: Map<string, PhraseRelation[]>;
  /** "a b" for every pair of opposite terms (both orders). */
  opposites: Set<string>;
}

/** Which sources to merge (both by default; one alone for the bench's ablations). */
export interface RelationSources {
  domain?: boolean;
  wordnet?: boolean;
  /** Another WordNet table in the shipped format (the bench measures one built for another vocabulary). */
  wordnetTable?: { relations: string; antonyms: string };
}

export function buildRelationTable(sources: RelationSources = {}): RelationTable {
  const useDomain = sources.domain ?? true;
  const useWordnet = sources.wordnet ?? true;
  const wordnet = sources.wordnetTable ?? { relations: WORDNET_RELATIONS, antonyms: WORDNET_ANTONYMS };
  const edges = new Map<string, Map<string, number>>();
  const phrases = new Map<string, PhraseRelation[]>();
  const opposites = new Set<string>();

  const addEdge = (a: string, b: string, w: number): void => {
    if (a === b || w <= 0) return;
    let m = edges.get(a);
    if (!m) edges.set(a, (m = new Map()));
    if ((m.get(b) ?? 0) < w) m.set(b, w);
  };
  const relate = (x: readonly string[], y: readonly string[], w: number): void => {
    if (!x.length || !y.length || (x.length === 1 && y.length === 1 && x[0] === y[0])) return;
    if (x.length === 1 && y.length === 1) return addEdge(x[0], y[0], w);
    let list = phrases.get(x[0]);
    if (!list) phrases.set(x[0], (list = []));
    list.push({ claim: x, passage: y, weight: w });
  };

  // WordNet, as built offline: "stem other:weight% ..." lines.
  for (const line of useWordnet ? wordnet.relations.split('\n') : []) {
    const [a, ...rest] = line.split(' ');
    for (const item of rest) {
      const colon = item.lastIndexOf(':');
      addEdge(a, item.slice(0, colon), Number(item.slice(colon + 1)) / 100);
    }
  }
  // The curated domain table wins where it says more.
  for (const group of useDomain ? DOMAIN_GROUPS : []) {
    const members = group.terms.map((t) => analyze(t));
    for (const x of members) for (const y of members) if (x !== y) relate(x, y, group.weight);
  }
  for (const n of useDomain ? DOMAIN_NARROWINGS : []) {
    const narrow = analyze(n.narrow);
    for (const broad of n.broad.map((t) => analyze(t))) {
      relate(broad, narrow, n.down);
      relate(narrow, broad, n.up);
    }
  }
  // Irregular forms share their lemma's relations ("rose" is credited by "increase" as "rise" is).
  const formsOf = new Map<string, string[]>();
  for (const [form, lemma] of Object.entries(IRREGULAR_FORMS)) {
    const f = stem(form);
    const l = stem(lemma);
    if (f === l) continue;
    if (!formsOf.has(l)) formsOf.set(l, []);
    formsOf.get(l)!.push(f);
  }
  for (const [l, forms] of formsOf) {
    const family = [l, ...forms];
    for (const x of family) for (const y of family) addEdge(x, y, SAME_LEMMA);
    const out = edges.get(l);
    for (const f of forms) for (const [b, w] of out ?? []) if (!family.includes(b)) addEdge(f, b, w);
  }
  for (const [a, m] of [...edges]) {
    for (const [b, w] of [...m]) for (const f of formsOf.get(b) ?? []) if (f !== a) addEdge(a, f, w);
  }

  // Opposites last, so no source can relate them: the domain's scales, then WordNet's antonyms.
  const oppose = (x: string, y: string): void => {
    if (x === y) return;
    opposites.add(`${x} ${y}`);
    opposites.add(`${y} ${x}`);
  };
  const familyOf = (t: string): string[] => [t, ...(formsOf.get(t) ?? [])];
  for (const scale of DOMAIN_OPPOSITES) {
    const terms = scale.map((t) => analyze(t));
    for (const x of terms)
      for (const y of terms)
        if (x !== y && x.length === 1 && y.length === 1) {
          for (const fx of familyOf(x[0])) for (const fy of familyOf(y[0])) oppose(fx, fy);
        }
  }
  for (const line of wordnet.antonyms.split('\n')) {
    const [a, b] = line.split(' ');
    if (a && b) oppose(a, b);
  }
  for (const pair of opposites) {
    const [a, b] = pair.split(' ');
    edges.get(a)?.delete(b);
  }
  for (const [first, list] of phrases) {
    phrases.set(
      first,
      list.filter((p) => !(p.claim.length === 1 && p.passage.some((t) => opposites.has(`${p.claim[0]} ${t}`)))),
    );
  }
  return { edges, phrases, opposites };
}
