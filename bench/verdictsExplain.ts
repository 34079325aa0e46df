/**
 * Why a development-set item fails: for each item of bench/data/verdicts/policy-dev.jsonl (or of the held-out set's
 * studied split, `heldout-tune`) whose id matches the
 * pattern, the claim as analysed (weighted words, figures, years, trend, names), its expected passage judged directly
 * in context, and the top 3 of the graded corpus search. For tuning on the `tune` split only: reading `test` items
 * this way makes them tuned on.
 *
 * Usage: `npx tsx bench/verdictsExplain.ts '^pd-cd-0[1-3]$'`
 */
import { fileURLToPath } from 'node:url';
import { Corpus } from '../server/src/engine/corpus/corpus.js';
import { nodeWorkspaceReader } from '../server/src/node/nodeWorkspaceReader.js';
import { fileCacheStore } from '../server/src/node/fileCacheStore.js';
import { gradeResults, placeNames } from '../server/src/engine/evidence/gradedEvidence.js';
import { gradedSearch } from '../server/src/engine/check/supportFindings.js';
import { analyseClaim } from '../server/src/engine/evidence/claimAnalysis.js';
import { loadVerdictItems, UNREAD_SPLITS } from './verdicts.js';

const POLICY = fileURLToPath(new URL('../../shared/data/policy-corpus', import.meta.url));
const ids = new RegExp(process.argv[2] ?? '.');
// The studied splits only: items of the splits kept for reporting (UNREAD_SPLITS) are never explained (never read).
const items = loadVerdictItems().filter((it) => !UNREAD_SPLITS.has(it.split));
const corpus = new Corpus(nodeWorkspaceReader, { roots: [POLICY], cache: fileCacheStore([POLICY]) });
await corpus.refresh();
const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
for (const it of items) {
  if (!ids.test(it.id)) continue;
  const claim = it.claim.replace(/\s*\[@[^\]]*\]/g, '');
  const doc = it.expect.source ? corpus.document(it.expect.source) : undefined;
  console.log(`\n== ${it.id} ${it.kind} ${it.split}: ${claim}`);
  const a = analyseClaim(claim, (t) => corpus.claimTermWeight(t), placeNames(corpus));
  const words = a.words.map((w, i) => `${w}:${a.weights[i].toFixed(1)}`).join(' ');
  const figures = a.figures.map((f) => f.value).join(',');
  console.log(
    '   words',
    words,
    '| figs',
    figures,
    '| years',
    a.years.join(','),
    '| trend',
    JSON.stringify(a.trend),
    '| names',
    [...a.names].join(','),
  );
  if (!doc) {
    console.log('   no doc', it.expect.source);
    continue;
  }
  const p = norm(it.expect.passage ?? '');
  const piece = p.split(/(?<=[.!?])\s+/)[0].slice(0, 40);
  const hits = doc.sentences.filter((s) => norm(s.text).includes(piece) || (p.includes(norm(s.text)) && s.text.length > 20));
  for (const s of hits.slice(0, 3)) {
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const r = {
      sourceId: doc.sourceId,
      title: doc.metadata.title ?? '',
      file: doc.file,
      range,
      start: s.start,
      end: s.end,
      text: s.text,
      score: 0,
    };
    const [g] = gradeResults(corpus, claim, [r]);
    const j = g.judgement;
    const shares = `cov=${j.coverage.toFixed(2)} core=${j.coreShare?.toFixed(2)} meas=${j.measure?.toFixed(2)}`;
    console.log(
      `   [${s.index}/${s.block}] ${j.verdict} score=${j.score} ${shares} short=${j.shortfall} detail=${j.detail} :: ${s.text.slice(0, 160)}`,
    );
    if (process.env.EXPLAIN_FULL) console.log('     ', JSON.stringify({ ...j, evidence: undefined }).slice(0, 1500));
  }
  if (!hits.length) console.log('   passage not found in doc');
  const top = gradedSearch(corpus, claim).slice(0, 3);
  for (const g of top) {
    const j = g.judgement;
    console.log(`   top: ${j.verdict} ${j.score} ${g.result.sourceId.slice(0, 40)} ${j.detail ?? ''} :: ${g.result.text.slice(0, 100)}`);
  }
}
