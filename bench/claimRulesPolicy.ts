/**
 * False alarms and hits of the policy-briefing claim rule
 * (server/src/engine/claims/policyClaimRules.ts) on real policy prose that
 * nobody labelled for it: Ofsted inspection reports of councils' children's
 * services in ../shared/data/policy-corpus/ofsted-ilacs/docs. Sentences are
 * picked mechanically, by where they sit in a report, never by hand:
 *
 * - NOT claims (should not be flagged): 100 items of the "What needs to
 *   improve?" list (noun-phrase recommendations: "The sufficiency of homes for
 *   children in care.") and 50 headings (a block of one sentence of 3-16
 *   words without end punctuation: "The experiences and progress of children in
 *   care and care leavers: good");
 * - also NOT claims, a harder set: 100 sentences of statutory guidance and
 *   legislation (duties, definitions, procedure), which name bodies and use
 *   "sufficient" or "delay" without stating a fact about a place;
 * - claims (should be flagged): 100 sentences of the report's summary (after
 *   the judgement table) or body (after "What needs to improve?") that name the
 *   council's area (as the report's title does) and end with a full stop
 *   ("Services for children in Dorset are of good quality…").
 *
 * Reports alternate between two pools by their position in the sorted file
 * list: `design` (even) was read while writing the rule, `report` (odd, the
 * default) only counted. Within a pool a seeded PRNG picks the sentences.
 * For each set: how many `classifyClaim` flags with and without the policy
 * rule, and how many the rule itself decides.
 *
 *   npx tsx bench/claimRulesPolicy.ts [--pool design|report] [--all] [--list]
 *
 * `--all` counts every candidate sentence of the pool, not the samples; `--list` prints each sentence.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { analyseFile } from '../server/src/engine/ingest/analyseFile.js';
import { classifyClaim } from '../server/src/engine/claims/claimRules.js';
import { NAMED_SERVICE_REASON } from '../server/src/engine/claims/policyClaimRules.js';
import { pick, seeded } from './lib/random.js';

const DOCS = fileURLToPath(new URL('../../shared/data/policy-corpus/ofsted-ilacs/docs', import.meta.url));
const MISC = fileURLToPath(new URL('../../shared/data/policy-corpus/uk-childrens-care-misc/docs', import.meta.url));
// Statutory guidance and legislation: duties, definitions and procedure, full of named bodies and of
// words like "sufficient" and "delay", and no facts about a named place. A harder set of non-claims.
const GUIDANCE = [
  'children-act-2004.txt',
  'children-and-social-work-act-2017.txt',
  'the-children-s-home-england-regulations-2015.txt',
  'working-together-to-safeguard-children-2023-statutory-guidance.txt',
  'keeping-children-safe-in-education-2024.txt',
  'guide-to-children-s-home-standards-inc-quality-standards-version-1-17-final.txt',
  'iro-statutory-guidance-iros-and-las-march-2010-tagged.txt',
  'social-care-enforcement-policy.txt',
];
const SIZES = { improve: 100, headings: 50, guidance: 100, summary: 100 } as const;
type SetName = keyof typeof SIZES;

interface Picked {
  set: SetName;
  file: string;
  text: string;
}

/** [start, end) of the "What needs to improve?" list and of the summary before it (the report's body follows the list). */
function sections(text: string): { improve: [number, number]; summary: [number, number] } | undefined {
  const heading = /^What needs to improve\??[ \t]*$/m.exec(text);
  const table = /^\s*Overall effectiveness\s+\S.*$/m.exec(text);
  if (!heading || !table || table.index > heading.index) return undefined;
  const listStart = heading.index + heading[0].length;
  // The list ends at the first line that is neither blank, a bullet (◼) nor a bullet's indented continuation.
  const end = /\n(?![ \t]|◼|\n)/g;
  end.lastIndex = listStart + 1;
  const next = end.exec(text);
  return { improve: [listStart, next ? next.index : text.length], summary: [table.index + table[0].length, heading.index] };
}

/** The area the report is about, from its title ("Inspection of Dorset local authority children's services"). */
function placeOf(text: string): string | undefined {
  return /Inspection of (.+?) local authority/.exec(text.slice(0, 600))?.[1]?.replace(/\s+/g, ' ');
}

function candidates(files: string[], pool: 'design' | 'report'): Record<SetName, Picked[]> {
  const out: Record<SetName, Picked[]> = { improve: [], headings: [], guidance: [], summary: [] };
  const seen = new Set<string>();
  for (const file of files) {
    const analysed = analyseFile(file, readFileSync(join(DOCS, file)));
    const text = analysed.text;
    const at = text ? sections(text) : undefined;
    if (!text || !at) continue;
    const place = placeOf(text);
    const perBlock = new Map<number, number>();
    for (const s of analysed.sentences) perBlock.set(s.block, (perBlock.get(s.block) ?? 0) + 1);
    for (const s of analysed.sentences) {
      if (seen.has(s.text)) continue;
      const words = s.text.split(/\s+/).length;
      const inside = (r: [number, number]) => s.start >= r[0] && s.start < r[1];
      let set: SetName | undefined;
      if (inside(at.improve)) set = 'improve';
      else if (perBlock.get(s.block) === 1 && words >= 3 && words <= 16 && !/[.!?;,]$/.test(s.text) && /^[A-Z]/.test(s.text))
        set = 'headings';
      else if (s.start >= at.summary[0] && place && s.text.includes(place) && s.text.endsWith('.') && words >= 6) set = 'summary';
      if (!set) continue;
      seen.add(s.text);
      out[set].push({ set, file, text: s.text });
    }
  }
  // Guidance: few documents, so the pools alternate by sentence instead.
  for (const file of GUIDANCE) {
    const analysed = analyseFile(file, readFileSync(join(MISC, file)));
    for (const s of analysed.sentences) {
      if (s.index % 2 !== (pool === 'design' ? 0 : 1) || seen.has(s.text)) continue;
      if (!s.text.endsWith('.') || s.text.split(/\s+/).length < 6) continue;
      seen.add(s.text);
      out.guidance.push({ set: 'guidance', file, text: s.text });
    }
  }
  return out;
}

/** `n` items drawn without replacement by a seeded PRNG, so every run picks the same sentences. */
function sample<T>(items: T[], n: number, seed: number): T[] {
  const pool = [...items];
  const random = seeded(seed);
  const out: T[] = [];
  while (out.length < n && pool.length > 0) out.push(pool.splice(pick(random, pool.length), 1)[0]);
  return out;
}

export interface PolicyRuleResult {
  pool: string;
  sets: Record<SetName, { sentences: number; flaggedBefore: number; flaggedAfter: number; byRule: number }>;
  items: Array<Picked & { before: boolean; after: boolean; reason: string }>;
}

/** `all`: every candidate of the pool instead of the fixed-size samples. */
export function runClaimRulesPolicy(pool: 'design' | 'report' = 'report', all = false): PolicyRuleResult {
  const files = readdirSync(DOCS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .filter((_, i) => i % 2 === (pool === 'design' ? 0 : 1));
  const found = candidates(files, pool);
  const result: PolicyRuleResult = { pool, sets: {} as PolicyRuleResult['sets'], items: [] };
  for (const [set, size] of Object.entries(SIZES) as Array<[SetName, number]>) {
    const tally = { sentences: 0, flaggedBefore: 0, flaggedAfter: 0, byRule: 0 };
    for (const item of all ? found[set] : sample(found[set], size, 20261204 + size)) {
      const after = classifyClaim(item.text);
      const before = classifyClaim(item.text, 0, { policy: false }).checkworthy;
      tally.sentences++;
      tally.flaggedBefore += Number(before);
      tally.flaggedAfter += Number(after.checkworthy);
      tally.byRule += Number(after.reason === NAMED_SERVICE_REASON);
      result.items.push({ ...item, before, after: after.checkworthy, reason: after.reason });
    }
    result.sets[set] = tally;
  }
  return result;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const pool = args.includes('--pool') ? args[args.indexOf('--pool') + 1] : 'report';
  if (pool !== 'design' && pool !== 'report') throw new Error(`--pool design|report, not ${pool}`);
  const r = runClaimRulesPolicy(pool, args.includes('--all'));
  console.log(`${`pool ${r.pool}`.padEnd(36)}   n  flagged before  flagged after  decided by the rule`);
  const label: Record<SetName, string> = {
    improve: 'not claims: what needs to improve',
    headings: 'not claims: headings',
    guidance: 'not claims: statutory guidance',
    summary: 'claims: names the area',
  };
  for (const [set, t] of Object.entries(r.sets) as Array<[SetName, PolicyRuleResult['sets'][SetName]]>) {
    const cells = [String(t.sentences).padStart(4), String(t.flaggedBefore).padStart(14), String(t.flaggedAfter).padStart(13)];
    console.log(`${label[set].padEnd(36)}${cells.join('  ')}  ${String(t.byRule).padStart(19)}`);
  }
  if (args.includes('--list')) {
    for (const i of r.items) {
      const mark = i.before === i.after ? (i.after ? 'Y ' : 'n ') : i.after ? '+Y' : '-n';
      console.log(`${i.set}\t${mark}\t${i.reason}\t${i.text}`);
    }
  }
}
