/**
 * The deterministic claim-like query set: sentences of 8-40 words drawn from
 * the corpus with a seeded PRNG (only sentences whose text occurs once in the
 * corpus, so "the source sentence is in the top 10" has one right answer),
 * each perturbed the same way on every run:
 *   1. one word replaced by a synonym-ish corpus word (a small hand-written
 *      table; if the sentence has none of its words, a random corpus word),
 *   2. one other word dropped,
 *   3. two adjacent words swapped,
 *   4. the whole query lower-cased.
 */
import { pick, seeded, type Random } from './random.js';
import type { LoadedCorpus } from './passages.js';

export interface BenchQuery {
  /** Flat id of the source sentence. */
  sourceId: number;
  /** File and start offset of the source sentence (to match Corpus results). */
  file: string;
  start: number;
  original: string;
  text: string;
  edits: string[];
}

export const QUERY_SEED = 20240611;

/** Synonym-ish replacements in the register of the policy corpus; a target is used only if the corpus has it. */
const SYNONYMS: Record<string, string> = {
  support: 'help',
  help: 'support',
  improve: 'strengthen',
  improved: 'strengthened',
  improving: 'strengthening',
  staff: 'employees',
  workers: 'practitioners',
  effective: 'successful',
  effectively: 'successfully',
  ensure: 'guarantee',
  good: 'strong',
  strong: 'robust',
  plans: 'arrangements',
  plan: 'arrangement',
  leaders: 'managers',
  managers: 'leaders',
  quality: 'standard',
  timely: 'prompt',
  appropriate: 'suitable',
  needs: 'requirements',
  risk: 'danger',
  risks: 'dangers',
  families: 'households',
  family: 'household',
  carers: 'caregivers',
  services: 'provision',
  council: 'authority',
  authority: 'council',
  progress: 'advancement',
  understand: 'grasp',
  impact: 'effect',
  outcomes: 'results',
  practice: 'work',
  partners: 'agencies',
  agencies: 'partners',
  increase: 'rise',
  reduce: 'lower',
  number: 'amount',
  consistently: 'reliably',
  regularly: 'frequently',
  many: 'numerous',
  assessment: 'evaluation',
  assessments: 'evaluations',
  decisions: 'judgements',
  concerns: 'worries',
  safe: 'secure',
  vulnerable: 'fragile',
  young: 'juvenile',
  people: 'individuals',
  review: 'report',
  response: 'reaction',
  children: 'youngsters',
  child: 'youngster',
  social: 'societal',
  well: 'properly',
  work: 'labour',
};

const WORD = /^([^\p{L}\p{N}]*)([\p{L}\p{N}'’-]*)(.*)$/u;

function core(word: string): string {
  return (WORD.exec(word)?.[2] ?? word).toLowerCase();
}

function withCore(word: string, replacement: string): string {
  const m = WORD.exec(word);
  return m ? `${m[1]}${replacement}${m[3]}` : replacement;
}

/** Distinct lower-case alphabetic corpus words (>= 4 letters, seen >= 5 times), sorted. */
function vocabulary(corpus: LoadedCorpus): string[] {
  const counts = new Map<string, number>();
  for (const r of corpus.records) {
    for (const w of r.text.toLowerCase().match(/\p{L}{4,}/gu) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return [...counts]
    .filter(([, n]) => n >= 5)
    .map(([w]) => w)
    .sort();
}

function perturb(text: string, random: Random, vocab: string[], vocabSet: Set<string>): { text: string; edits: string[] } {
  const words = text.split(/\s+/).filter(Boolean);
  const edits: string[] = [];
  // 1. Replace one word.
  const synonymAt = words.map((w, i) => (SYNONYMS[core(w)] && vocabSet.has(SYNONYMS[core(w)]) ? i : -1)).filter((i) => i >= 0);
  let replaced: number;
  if (synonymAt.length > 0) {
    replaced = synonymAt[pick(random, synonymAt.length)];
    const to = SYNONYMS[core(words[replaced])];
    edits.push(`replace "${core(words[replaced])}" -> "${to}" (synonym)`);
    words[replaced] = withCore(words[replaced], to);
  } else {
    const content = words.map((w, i) => (/^\p{L}{4,}$/u.test(core(w)) ? i : -1)).filter((i) => i >= 0);
    replaced = content.length > 0 ? content[pick(random, content.length)] : pick(random, words.length);
    const to = vocab[pick(random, vocab.length)];
    edits.push(`replace "${core(words[replaced])}" -> "${to}" (random corpus word)`);
    words[replaced] = withCore(words[replaced], to);
  }
  // 2. Drop one other word.
  let drop = pick(random, words.length - 1);
  if (drop >= replaced) drop++;
  edits.push(`drop "${words[drop]}"`);
  words.splice(drop, 1);
  // 3. Swap two adjacent words.
  const swap = pick(random, words.length - 1);
  edits.push(`swap "${words[swap]}" <-> "${words[swap + 1]}"`);
  [words[swap], words[swap + 1]] = [words[swap + 1], words[swap]];
  // 4. Lower-case.
  edits.push('lower-case');
  return { text: words.join(' ').toLowerCase(), edits };
}

export function buildQueries(corpus: LoadedCorpus, count = 200, seed = QUERY_SEED): BenchQuery[] {
  const random = seeded(seed);
  const occurrences = new Map<string, number>();
  for (const r of corpus.records) occurrences.set(r.text, (occurrences.get(r.text) ?? 0) + 1);
  const docOf = new Int32Array(corpus.records.length);
  corpus.docs.forEach((doc, d) => docOf.fill(d, doc.firstId, doc.firstId + doc.texts.length));
  const vocab = vocabulary(corpus);
  const vocabSet = new Set(vocab);
  const chosen = new Set<number>();
  const queries: BenchQuery[] = [];
  for (let attempt = 0; queries.length < count && attempt < count * 1000; attempt++) {
    const id = pick(random, corpus.records.length);
    if (chosen.has(id)) continue;
    const original = corpus.records[id].text;
    const n = original.split(/\s+/).filter(Boolean).length;
    if (n < 8 || n > 40 || occurrences.get(original) !== 1) continue;
    chosen.add(id);
    const doc = corpus.docs[docOf[id]];
    const { text, edits } = perturb(original, random, vocab, vocabSet);
    queries.push({ sourceId: id, file: doc.file, start: doc.starts[id - doc.firstId], original, text, edits });
  }
  return queries;
}
