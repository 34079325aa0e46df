/**
 * Does `evidence/termRelations.ts` help, and what does it cost?
 *
 *   node --expose-gc --import tsx bench/termRelations.ts [--json] [--scifact-table FILE]
 *
 * (a) Pair set: `bench/data/termRelationPairs.tsv`, 160 (claim word, passage word, related?) pairs from the
 *     policy domain, written blind before any table was built: precision and recall of `relatedness >= t`,
 *     per source (stems only, domain table, WordNet table, both) and per kind of pair. The domain table was
 *     written after this set, by the same hand, so its figure here is not independent; two checks that are:
 *     recall on `termRelationVocabPairs.tsv` (random corpus words, each with its natural paraphrase, written
 *     without looking at the tables), and hand-labelled random samples of the WordNet table
 *     (`termRelationSamples.tsv`: sample1 tuned the builder, sample2 is scored here against the shipped table).
 * (b) SciFact sentence level (CC BY-NC: measured only, nothing is built from it): for each claim and cited
 *     abstract with rationale sentences, does idf-weighted coverage of the claim's terms separate the
 *     rationale sentences from the abstract's other sentences? AUC within each abstract (averaged), and
 *     precision / recall of coverage >= 0.6 (the support threshold), exact stems vs with relations.
 * (c) Cost: time to build the table on first use, heap it holds, and the bundled size of the table modules.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze } from '../server/src/engine/index/analyzer.js';
import { IDENTITY_RELATIONS, tableRelations, type TermRelations } from '../server/src/engine/evidence/termRelations.js';
import { buildRelationTable } from '../server/src/engine/evidence/relations/relationTable.js';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const SCIFACT = `${HERE}../../shared/data/scifact/`;
const THRESHOLDS = [0.3, 0.4, 0.5, 0.6, 0.7];
const SUPPORT_COVERAGE = 0.6;

interface Pair {
  claim: string;
  passage: string;
  related: boolean;
  kind: string;
}

export function loadPairs(file = 'termRelationPairs.tsv'): Pair[] {
  return readFileSync(`${HERE}data/${file}`, 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => {
      const [claim, passage, label, kind] = l.split('\t');
      return { claim, passage, related: label === '1', kind };
    });
}

function termOf(word: string): string {
  const terms = analyze(word);
  if (terms.length !== 1) throw new Error(`pair word "${word}" is not one analyzer term`);
  return terms[0];
}

export interface PairScores {
  threshold: number;
  precision: number;
  recall: number;
  truePositives: number;
  falsePositives: number;
}

export function pairScores(relations: TermRelations, pairs: readonly Pair[]): PairScores[] {
  const scored = pairs.map((p) => ({ p, score: relations.relatedness(termOf(p.claim), termOf(p.passage)) }));
  const positives = pairs.filter((p) => p.related).length;
  return THRESHOLDS.map((threshold) => {
    const hits = scored.filter((s) => s.score >= threshold);
    const tp = hits.filter((s) => s.p.related).length;
    const precision = hits.length ? tp / hits.length : 1;
    return { threshold, precision, recall: tp / positives, truePositives: tp, falsePositives: hits.length - tp };
  });
}

/** Precision of the shipped relations among the held-out labelled sample (stems as built, so no analysis). */
function samplePrecision(relations: TermRelations): string[] {
  const rows = readFileSync(`${HERE}data/termRelationSamples.tsv`, 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => l.split('\t'))
    .filter((r) => r[3] === 'sample2');
  return THRESHOLDS.map((t) => {
    const kept = rows.filter(([a, b]) => relations.relatedness(a, b) >= t);
    const right = kept.filter((r) => r[2] === '1').length;
    return `t=${t}: ${right}/${kept.length} right (${kept.length ? (right / kept.length).toFixed(2) : '-'})`;
  });
}

function byKind(relations: TermRelations, pairs: readonly Pair[], threshold: number): Record<string, string> {
  const out: Record<string, string> = {};
  for (const kind of [...new Set(pairs.map((p) => p.kind))]) {
    const of = pairs.filter((p) => p.kind === kind);
    const hits = of.filter((p) => relations.relatedness(termOf(p.claim), termOf(p.passage)) >= threshold).length;
    out[kind] = `${hits}/${of.length} ${of[0].related ? 'found' : 'wrongly related'}`;
  }
  return out;
}

// ------------------------------------------------------------------------------------------ SciFact

interface Abstract {
  sentences: string[];
}
interface Case {
  claim: string;
  abstract: Abstract;
  rationale: Set<number>;
  label: string;
}

function loadScifactCases(): { cases: Case[]; weight: (term: string) => number } {
  const abstracts = new Map<number, Abstract>();
  const df = new Map<string, number>();
  let sentences = 0;
  for (const line of readFileSync(`${SCIFACT}corpus-sentences.jsonl`, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const doc = JSON.parse(line) as { doc_id: number; abstract: string[] };
    abstracts.set(doc.doc_id, { sentences: doc.abstract });
    for (const s of doc.abstract) {
      sentences++;
      for (const t of new Set(analyze(s))) df.set(t, (df.get(t) ?? 0) + 1);
    }
  }
  const cases: Case[] = [];
  for (const line of readFileSync(`${SCIFACT}claims-train.jsonl`, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const c = JSON.parse(line) as { claim: string; evidence: Record<string, Array<{ sentences: number[]; label: string }>> };
    for (const [docId, sets] of Object.entries(c.evidence)) {
      const abstract = abstracts.get(Number(docId));
      if (!abstract || !sets.length) continue;
      cases.push({ claim: c.claim, abstract, rationale: new Set(sets.flatMap((s) => s.sentences)), label: sets[0].label });
    }
  }
  // idf with a word no sentence uses weighing the most, as the checker's claim weighting does
  const weight = (term: string): number => Math.log(1 + sentences / ((df.get(term) ?? 0) + 0.5));
  return { cases, weight };
}

function coverage(relations: TermRelations, claimTerms: string[], weights: number[], total: number, sentence: string): number {
  const credits = relations.credits(claimTerms, analyze(sentence));
  let found = 0;
  for (let i = 0; i < claimTerms.length; i++) found += weights[i] * credits[i];
  return total > 0 ? found / total : 0;
}

export interface SeparationScores {
  cases: number;
  meanAuc: number;
  precisionAtSupport: number;
  recallAtSupport: number;
  nonRationaleOverSupport: number;
}

export function scifactSeparation(relations: TermRelations): SeparationScores {
  const { cases, weight } = loadScifactCases();
  let aucSum = 0;
  let aucCases = 0;
  let tp = 0;
  let fp = 0;
  let positives = 0;
  let negatives = 0;
  for (const c of cases) {
    // words only, as the support judgement counts them (figures must match exactly, relations never apply)
    const claimTerms = [...new Set(analyze(c.claim))].filter((t) => !/^\d/.test(t));
    const weights = claimTerms.map(weight);
    const total = weights.reduce((a, b) => a + b, 0);
    const scores = c.abstract.sentences.map((s) => coverage(relations, claimTerms, weights, total, s));
    const pos = scores.filter((_, i) => c.rationale.has(i));
    const neg = scores.filter((_, i) => !c.rationale.has(i));
    positives += pos.length;
    negatives += neg.length;
    tp += pos.filter((s) => s >= SUPPORT_COVERAGE).length;
    fp += neg.filter((s) => s >= SUPPORT_COVERAGE).length;
    if (!pos.length || !neg.length) continue;
    let wins = 0;
    for (const p of pos) for (const n of neg) wins += p > n ? 1 : p === n ? 0.5 : 0;
    aucSum += wins / (pos.length * neg.length);
    aucCases++;
  }
  return {
    cases: cases.length,
    meanAuc: aucSum / aucCases,
    precisionAtSupport: tp + fp ? tp / (tp + fp) : 1,
    recallAtSupport: tp / positives,
    nonRationaleOverSupport: fp / negatives,
  };
}

// ------------------------------------------------------------------------------------------ cost

export function loadCost(): { buildMs: number; heapBytes: number; stems: number; edges: number; phrases: number } {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage().heapUsed;
  const started = performance.now();
  const table = buildRelationTable();
  const buildMs = performance.now() - started;
  gc?.();
  const heapBytes = process.memoryUsage().heapUsed - before;
  let edges = 0;
  for (const m of table.edges.values()) edges += m.size;
  let phrases = 0;
  for (const l of table.phrases.values()) phrases += l.length;
  return { buildMs, heapBytes: gc ? heapBytes : NaN, stems: table.edges.size, edges, phrases };
}

async function main(): Promise<void> {
  const cost = loadCost(); // first, so the build time is a cold first use
  const pairs = loadPairs();
  const vocabulary = loadPairs('termRelationVocabPairs.tsv');
  const sources: Record<string, TermRelations> = {
    'stems only': IDENTITY_RELATIONS,
    'domain table': tableRelations(buildRelationTable({ wordnet: false })),
    'WordNet table': tableRelations(buildRelationTable({ domain: false })),
    'domain + WordNet (shipped)': tableRelations(buildRelationTable()),
  };
  const report: Record<string, unknown> = { cost };
  // Signal check only, never shipped: the same builder run over SciFact's abstracts instead of the policy corpus
  // (`node --import tsx tools/build-term-relations.ts --corpus DIR_OF_ABSTRACTS --out FILE`), measured on SciFact.
  const otherTable = process.argv.indexOf('--scifact-table');
  if (otherTable > 0) {
    const mod = (await import(process.argv[otherTable + 1])) as { WORDNET_RELATIONS: string; WORDNET_ANTONYMS: string };
    const wordnetTable = { relations: mod.WORDNET_RELATIONS, antonyms: mod.WORDNET_ANTONYMS };
    const relations = tableRelations(buildRelationTable({ wordnetTable }));
    report['domain + WordNet built over SciFact (measurement only)'] = { scifact: scifactSeparation(relations) };
  }
  for (const [name, relations] of Object.entries(sources)) {
    report[name] = {
      pairs: pairScores(relations, pairs).map(
        (s) => `t=${s.threshold}: P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} (${s.truePositives} TP, ${s.falsePositives} FP)`,
      ),
      pairsByKindAt05: byKind(relations, pairs, 0.5),
      wordnetSamplePrecision: name === 'WordNet table' ? samplePrecision(relations) : undefined,
      randomVocabularyRecall: pairScores(relations, vocabulary).map(
        (s) => `t=${s.threshold}: R ${s.recall.toFixed(3)} (${s.truePositives}/${vocabulary.length})`,
      ),
      scifact: name === 'domain table' ? 'skipped (policy wording only)' : scifactSeparation(relations),
    };
  }
  if (process.argv.includes('--json')) console.log(JSON.stringify(report, null, 2));
  else console.dir(report, { depth: 5 });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
