/**
 * Evidence quality of `unsupported-claim`: (1) on SciFact training claims,
 * the share whose evidence holds a relevant abstract in its top 3; (2) on
 * the sample corpus, paraphrased claims (bench/data/seed-claims.json), the
 * share whose evidence holds the expected passage. Each claim is checked as
 * a one-sentence draft through the same DraftChecker the CLI uses.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Corpus } from '../server/src/engine/corpus/corpus.js';
import { DraftChecker } from '../server/src/engine/check/checkDraft.js';
import { nodeWorkspaceReader } from '../server/src/node/nodeWorkspaceReader.js';
import { loadScifactCorpus, loadScifactQueries } from './scifact.js';

export interface EvidenceResult {
  scifact: { claims: number; flagged: number; relevantInTop3: number; shareOfAll: number; shareOfFlagged: number };
  seeds: { claims: number; found: number; share: number; misses: string[] };
}

export async function runEvidence(): Promise<EvidenceResult> {
  const { corpus } = await loadScifactCorpus();
  const { queries, qrels } = loadScifactQueries();
  const checker = new DraftChecker(corpus);
  let flagged = 0;
  let hits = 0;
  for (const q of queries) {
    const d = checker.check(`${q.text}\n`).find((x) => x.code === 'unsupported-claim');
    if (!d) continue;
    flagged++;
    if (d.evidence.slice(0, 3).some((e) => qrels.get(q.id)?.has(e.sourceId))) hits++;
  }
  const seedCorpus = new Corpus(nodeWorkspaceReader, { roots: [fileURLToPath(new URL('../corpus', import.meta.url))] });
  await seedCorpus.refresh();
  const seedChecker = new DraftChecker(seedCorpus);
  const claims = JSON.parse(readFileSync(new URL('./data/seed-claims.json', import.meta.url), 'utf8')) as Array<{
    claim: string;
    sourceId: string;
    passage: string;
  }>;
  const misses: string[] = [];
  for (const c of claims) {
    const d = seedChecker.check(`${c.claim}\n`, { sensitivity: 1 }).find((x) => x.code === 'unsupported-claim');
    const ok = d?.evidence.some((e) => e.sourceId === c.sourceId && e.text.includes(c.passage));
    if (!ok) misses.push(`${c.claim} -> ${d ? d.evidence.map((e) => e.sourceId).join(', ') || 'no evidence' : 'not flagged'}`);
  }
  const round = (n: number) => Math.round(n * 1000) / 1000;
  return {
    scifact: {
      claims: queries.length,
      flagged,
      relevantInTop3: hits,
      shareOfAll: round(hits / queries.length),
      shareOfFlagged: round(hits / Math.max(flagged, 1)),
    },
    seeds: {
      claims: claims.length,
      found: claims.length - misses.length,
      share: round((claims.length - misses.length) / claims.length),
      misses,
    },
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(JSON.stringify(await runEvidence(), null, 2));
}
