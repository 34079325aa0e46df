/**
 * Would word vectors trained on the policy corpus help paraphrase matching? A measurement, not a builder: nothing
 * it makes ships. Issue 13 names fastText vectors trained offline on the OGL corpus as one candidate signal; this
 * trains them and scores them on the same blind pair sets as the shipped relation table (bench/termRelations.ts).
 *
 *   apt-get install fasttext      # Debian's fastText 0.9.2, build-time only
 *   node --import tsx tools/measure-word-vectors.ts [--corpus DIR] [--work DIR] [--window N] [--epochs N]
 *        [--wordnet-dump FILE (tools/build-term-relations.ts --dump: also score the vectors as WordNet's sense filter)]
 *
 * Training text: every corpus document's analyzer terms (Porter stems, stop words and numbers dropped), so the
 * vectors live in the terms the support judgement compares. Skip-gram, 100 dimensions, subwords 3-6, min count 5.
 * Reported: (a) on bench/data/termRelationPairs.tsv (160 pairs written blind, with antonyms, siblings, topical and
 * foreign-sense negatives) the AUC of cosine, the mean cosine per kind and precision/recall at cosine thresholds;
 * (b) recall on bench/data/termRelationVocabPairs.tsv (random corpus words with their natural paraphrase);
 * (c) with --wordnet-dump, the AUC of fastText cosine against the builder's PPMI cosine on the labelled WordNet
 * candidates (the pair sets and the hand-labelled table samples), i.e. as the filter that drops foreign senses.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Corpus } from '../server/src/engine/corpus/corpus.js';
import { analyze } from '../server/src/engine/index/analyzer.js';
import { nodeWorkspaceReader } from '../server/src/node/nodeWorkspaceReader.js';
import { fileCacheStore } from '../server/src/node/fileCacheStore.js';

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i].replace(/^--/, ''), process.argv[i + 1]);
const CORPUS = args.get('corpus') ?? '../shared/data/policy-corpus';
const WORK = args.get('work') ?? '/tmp/sourced-word-vectors';
const WINDOW = args.get('window') ?? '5';
const EPOCHS = args.get('epochs') ?? '10';
const DUMP = args.get('wordnet-dump');

function fasttextAvailable(): boolean {
  try {
    execFileSync('fasttext', [], { stdio: 'ignore' });
    return true;
  } catch (error) {
    // fastText prints its usage and exits non-zero when run bare; only a missing binary is ENOENT.
    return (error as { code?: string }).code !== 'ENOENT';
  }
}

if (!fasttextAvailable()) {
  console.error('fastText is not installed: `apt-get install fasttext` (Debian), then run this again.');
  process.exit(2);
}
mkdirSync(WORK, { recursive: true });
const train = join(WORK, 'train.txt');
const model = join(WORK, `skipgram-w${WINDOW}-e${EPOCHS}`);

if (!existsSync(train)) {
  const corpus = new Corpus(nodeWorkspaceReader, { roots: [CORPUS], cache: fileCacheStore([CORPUS]) });
  await corpus.refresh();
  const lines: string[] = [];
  for (const doc of corpus.documents()) {
    const terms = doc.sentences.flatMap((s) => analyze(s.text).filter((t) => !/^\d/.test(t)));
    // fastText reads at most 1,024 words a line.
    for (let i = 0; i < terms.length; i += 1000) lines.push(terms.slice(i, i + 1000).join(' '));
  }
  writeFileSync(train, `${lines.join('\n')}\n`);
}
if (!existsSync(`${model}.vec`)) {
  const options = ['-dim', '100', '-ws', WINDOW, '-epoch', EPOCHS, '-minCount', '5', '-minn', '3', '-maxn', '6', '-thread', '2'];
  execFileSync('fasttext', ['skipgram', '-input', train, '-output', model, ...options, '-verbose', '0'], { stdio: 'inherit' });
}

const vectors = new Map<string, Float32Array>();
for (const line of readFileSync(`${model}.vec`, 'utf8').split('\n').slice(1)) {
  const parts = line.trim().split(' ');
  if (parts.length < 3) continue;
  const v = Float32Array.from(parts.slice(1), Number);
  const norm = Math.hypot(...v) || 1;
  for (let i = 0; i < v.length; i++) v[i] /= norm;
  vectors.set(parts[0], v);
}
const cosine = (a: string, b: string): number => {
  const x = vectors.get(a);
  const y = vectors.get(b);
  if (!x || !y) return NaN;
  let s = 0;
  for (let i = 0; i < x.length; i++) s += x[i] * y[i];
  return s;
};

const rows = (file: string) =>
  readFileSync(new URL(`../bench/data/${file}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => l.split('\t'));
const term = (word: string) => analyze(word)[0] ?? word;

/** Share of (positive, negative) pairs the score orders right; ties count half. */
function auc(scored: ReadonlyArray<{ positive: boolean; score: number }>): number {
  const known = scored.filter((s) => !Number.isNaN(s.score));
  const pos = known.filter((s) => s.positive);
  const neg = known.filter((s) => !s.positive);
  let wins = 0;
  for (const p of pos) for (const n of neg) wins += p.score > n.score ? 1 : p.score === n.score ? 0.5 : 0;
  return pos.length && neg.length ? wins / (pos.length * neg.length) : NaN;
}

const pairs = rows('termRelationPairs.tsv').map(([a, b, label, kind]) => ({
  positive: label === '1',
  kind,
  score: cosine(term(a), term(b)),
}));
const positives = pairs.filter((p) => p.positive).length;
const kinds = [...new Set(pairs.map((p) => p.kind))];
const report: Record<string, unknown> = {
  model: `${model}.vec`,
  vocabulary: vectors.size,
  pairSet: {
    inVocabulary: `${pairs.filter((p) => !Number.isNaN(p.score)).length}/${pairs.length}`,
    auc: auc(pairs).toFixed(3),
    meanCosineByKind: Object.fromEntries(
      kinds.map((k) => {
        const of = pairs.filter((p) => p.kind === k && !Number.isNaN(p.score));
        return [k, (of.reduce((s, p) => s + p.score, 0) / of.length).toFixed(3)];
      }),
    ),
    atThreshold: [0.4, 0.5, 0.6, 0.7].map((t) => {
      const hits = pairs.filter((p) => p.score >= t);
      const tp = hits.filter((p) => p.positive).length;
      return `cos>=${t}: P ${(tp / (hits.length || 1)).toFixed(2)} R ${(tp / positives).toFixed(2)} (${hits.length - tp} FP)`;
    }),
  },
  randomVocabularyRecall: [0.4, 0.5, 0.6].map((t) => {
    const vocab = rows('termRelationVocabPairs.tsv');
    return `cos>=${t}: ${vocab.filter(([a, b]) => cosine(term(a), term(b)) >= t).length}/${vocab.length}`;
  }),
};

if (DUMP) {
  // The builder's candidates, with its PPMI cosine; scored on every labelled pair that WordNet proposes.
  const candidates = new Map<string, number>();
  for (const line of readFileSync(DUMP, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const d = JSON.parse(line) as { a: string; b: string; cosine: number };
    candidates.set(`${d.a} ${d.b}`, d.cosine);
  }
  const labelled = [
    ...[...rows('termRelationPairs.tsv'), ...rows('termRelationVocabPairs.tsv')].map(([a, b, l]) => [term(a), term(b), l]),
    ...rows('termRelationSamples.tsv').map(([a, b, l]) => [a, b, l]),
  ].filter(([a, b]) => candidates.has(`${a} ${b}`));
  report.asWordnetFilter = {
    candidates: labelled.length,
    aucPpmi: auc(labelled.map(([a, b, l]) => ({ positive: l === '1', score: candidates.get(`${a} ${b}`)! }))).toFixed(3),
    aucFastText: auc(labelled.map(([a, b, l]) => ({ positive: l === '1', score: cosine(a, b) }))).toFixed(3),
  };
}
console.log(JSON.stringify(report, null, 2));
