/**
 * Retrieval quality on SciFact (BEIR packaging, ../shared/data/scifact):
 * each abstract becomes a document whose first line is its title, the 809
 * training claims are the queries, and documents are ranked by their best
 * passage (which already carries the fused document-level score). Reports
 * nDCG@10 and recall@100 against the published BM25 baseline (0.665-0.679).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Corpus } from '../server/src/engine/corpus/corpus.js';
import type { DirEntry, WorkspaceReader } from '../server/src/engine/host.js';
import type { RankingParams } from '../server/src/engine/index/passageIndex.js';

const DATA = fileURLToPath(new URL('../../shared/data/scifact/', import.meta.url));

export interface ScifactResult {
  documents: number;
  queries: number;
  ndcg10: number;
  recall100: number;
  indexMs: number;
  baselineNdcg10: string;
}

export async function loadScifactCorpus(ranking?: RankingParams): Promise<{ corpus: Corpus; indexMs: number }> {
  const files = new Map<string, Uint8Array>();
  const encoder = new TextEncoder();
  for (const line of readFileSync(`${DATA}corpus.jsonl`, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const doc = JSON.parse(line) as { _id: string; title: string; text: string };
    files.set(`/scifact/${doc._id}.txt`, encoder.encode(`${doc.title}\n${doc.text}\n`));
  }
  const reader: WorkspaceReader = {
    async readDirectory(): Promise<DirEntry[]> {
      return [...files.keys()].map((p) => ({ name: p.slice('/scifact/'.length), kind: 'file' }));
    },
    async readFile(path: string) {
      const bytes = files.get(path);
      if (!bytes) throw new Error(`no such file ${path}`);
      return bytes;
    },
  };
  const corpus = new Corpus(reader, { roots: ['/scifact'], ranking });
  const started = performance.now();
  await corpus.refresh();
  return { corpus, indexMs: performance.now() - started };
}

export function loadScifactQueries(): { queries: Array<{ id: string; text: string }>; qrels: Map<string, Set<string>> } {
  const qrels = new Map<string, Set<string>>();
  for (const line of readFileSync(`${DATA}qrels-train.tsv`, 'utf8').split('\n').slice(1)) {
    const [q, d, score] = line.split('\t');
    if (!q || !d || Number(score) <= 0) continue;
    if (!qrels.has(q)) qrels.set(q, new Set());
    qrels.get(q)!.add(d);
  }
  const queries = readFileSync(`${DATA}queries-train.jsonl`, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { _id: string; text: string })
    .filter((q) => qrels.has(q._id))
    .map((q) => ({ id: q._id, text: q.text }));
  return { queries, qrels };
}

/** Documents in rank order, from passage results (first passage of a document wins). */
export function rankDocuments(corpus: Corpus, query: string, depth = 100): string[] {
  const docs: string[] = [];
  const seen = new Set<string>();
  for (const r of corpus.search(query, depth * 4)) {
    if (seen.has(r.sourceId)) continue;
    seen.add(r.sourceId);
    docs.push(r.sourceId);
    if (docs.length >= depth) break;
  }
  return docs;
}

export function evaluate(
  corpus: Corpus,
  queries: Array<{ id: string; text: string }>,
  qrels: Map<string, Set<string>>,
): { ndcg10: number; recall100: number } {
  let ndcg = 0;
  let recall = 0;
  for (const q of queries) {
    const relevant = qrels.get(q.id)!;
    const ranked = rankDocuments(corpus, q.text, 100);
    let dcg = 0;
    ranked.slice(0, 10).forEach((d, i) => {
      if (relevant.has(d)) dcg += 1 / Math.log2(i + 2);
    });
    let idcg = 0;
    for (let i = 0; i < Math.min(10, relevant.size); i++) idcg += 1 / Math.log2(i + 2);
    ndcg += dcg / idcg;
    recall += ranked.filter((d) => relevant.has(d)).length / relevant.size;
  }
  return { ndcg10: ndcg / queries.length, recall100: recall / queries.length };
}

export async function runScifact(ranking?: RankingParams): Promise<ScifactResult> {
  const { corpus, indexMs } = await loadScifactCorpus(ranking);
  const { queries, qrels } = loadScifactQueries();
  const { ndcg10, recall100 } = evaluate(corpus, queries, qrels);
  return {
    documents: corpus.summary().documents,
    queries: queries.length,
    ndcg10: Math.round(ndcg10 * 10000) / 10000,
    recall100: Math.round(recall100 * 10000) / 10000,
    indexMs: Math.round(indexMs),
    baselineNdcg10: '0.665 (BEIR BM25) - 0.679 (Anserini)',
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(JSON.stringify(await runScifact(), null, 2));
}
