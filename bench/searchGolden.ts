/**
 * A golden check for corpus search: the 172 claims of
 * bench/data/verdicts/policy-dev.jsonl and ~300 sentences of checkSpeed's
 * briefing, searched on the 33 MB policy corpus the three ways the product
 * searches (the checker's support search, minShare 0.4 and depth 120; plain
 * search as quote completion and Show evidence run it; a cited search limited
 * to one source), recorded once from a known-good build and compared after
 * every speed-up: same passages (source, offsets, text) in the same order,
 * same scores.
 *
 * Usage: `npx tsx bench/searchGolden.ts record out.json` (on the old build),
 * `npx tsx bench/searchGolden.ts check out.json` (exit 1 on any difference).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Corpus } from '../server/src/engine/corpus/corpus.js';
import { nodeWorkspaceReader } from '../server/src/node/nodeWorkspaceReader.js';
import { PassageIndex, type SearchOptions } from '../server/src/engine/index/passageIndex.js';
import { buildBriefing } from './checkSpeed.js';

const POLICY = fileURLToPath(new URL('../../shared/data/policy-corpus', import.meta.url));
const CLAIMS = fileURLToPath(new URL('./data/verdicts/policy-dev.jsonl', import.meta.url));
const SENTENCES = 300;

interface Query {
  text: string;
  /** The source a cited search is limited to. */
  cited?: string;
}

type Row = [sourceId: string, start: number, end: number, score: number, text: string];

const MODES: Array<{ name: string; options?: SearchOptions; limit: number; cited?: boolean }> = [
  { name: 'support', options: { minShare: 0.4, candidateDepth: 120 }, limit: 10 },
  { name: 'plain', limit: 12 },
  { name: 'cited', options: { minShare: 0.4, candidateDepth: 120 }, limit: 10, cited: true },
];

export async function searchGolden(): Promise<Record<string, Row[][]>> {
  const corpus = new Corpus(nodeWorkspaceReader, { roots: [POLICY] });
  await corpus.refresh();
  const claims = readFileSync(CLAIMS, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { claim: string; expect?: { source?: string } })
    .map((c): Query => ({ text: c.claim, cited: c.expect?.source }));
  const sentences = buildBriefing(corpus)
    .join(' ')
    .split(/(?<=[.!?\u201d])\s+/)
    .slice(0, SENTENCES);
  const ids = corpus.documents().map((d) => d.sourceId);
  const queries: Query[] = [...claims, ...sentences.map((text, i) => ({ text, cited: ids[(i * 37) % ids.length] }))];
  const out: Record<string, Row[][]> = {};
  for (const mode of MODES) {
    out[mode.name] = queries.map((q) => {
      const only = mode.cited && q.cited ? new Set([q.cited]) : undefined;
      return corpus.search(q.text, mode.limit, only, mode.options).map((r): Row => [r.sourceId, r.start, r.end, r.score, r.text]);
    });
  }
  // The index's own hits too, unrounded (results carry scores to 4 places): found wherever the corpus keeps it.
  const index = findIndex(corpus);
  const support = { minShare: 0.4, candidateDepth: 120 };
  out.rawSupport = queries.map((q) =>
    index.search(q.text, 50, undefined, support).map((h): Row => [inCorpus(h.key), h.passage, 0, h.score, '']),
  );
  out.rawPlain = queries.map((q) => index.search(q.text, 50).map((h): Row => [inCorpus(h.key), h.passage, 0, h.score, '']));
  return out;
}

/** A file's path inside the corpus folder, so builds checked out in different places compare. */
function inCorpus(file: string): string {
  const at = file.lastIndexOf('policy-corpus/');
  return at >= 0 ? file.slice(at) : file;
}

function findIndex(root: object, depth = 0): PassageIndex {
  for (const value of Object.values(root)) {
    if (value instanceof PassageIndex) return value;
    if (value && typeof value === 'object' && depth < 2 && !(value instanceof Map)) {
      try {
        return findIndex(value as object, depth + 1);
      } catch {
        // not under this field
      }
    }
  }
  throw new Error('no PassageIndex in the corpus');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [command, file] = process.argv.slice(2);
  const started = performance.now();
  const now = await searchGolden();
  const ms = Math.round(performance.now() - started);
  if (command === 'record') {
    writeFileSync(file, JSON.stringify(now));
    console.log(`recorded ${Object.values(now)[0].length} queries × ${Object.keys(now).length} modes in ${ms} ms`);
  } else if (command === 'check') {
    const golden = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Row[][]>;
    let differences = 0;
    let compared = 0;
    for (const [mode, rows] of Object.entries(golden)) {
      rows.forEach((recorded, i) => {
        let expected = recorded;
        compared++;
        const actual = now[mode]?.[i] ?? [];
        expected = expected.map((r) => [inCorpus(r[0]), r[1], r[2], r[3], r[4]]);
        const same =
          actual.length === expected.length &&
          actual.every(
            (r, j) =>
              r[0] === expected[j][0] &&
              r[1] === expected[j][1] &&
              r[2] === expected[j][2] &&
              Math.abs(r[3] - expected[j][3]) <= 1e-9 &&
              r[4] === expected[j][4],
          );
        if (!same) {
          differences++;
          const show = (rows: Row[]) => JSON.stringify(rows).slice(0, 600);
          if (differences <= 5) console.log(`${mode} #${i}: expected ${show(expected)}\n  got ${show(actual)}`);
        }
      });
    }
    console.log(`${compared} searches compared, ${differences} differ (${ms} ms)`);
    process.exit(differences === 0 ? 0 : 1);
  } else {
    console.error('usage: searchGolden.ts record|check file.json');
    process.exit(2);
  }
}
