/**
 * Verdict quality on the policy development set (bench/data/verdicts/policy-dev.jsonl,
 * written blind against ../shared/data/policy-corpus): each claim is checked as a
 * one-sentence draft by the DraftChecker the CLI uses, and the cited source's
 * graded passages are read through the same graded search. Reported per kind
 * and split (tune on `tune` only):
 * - flaggedRight: the expected finding (or none) is what the checker reports;
 * - passageTop3: the expected passage is among the top 3 `supports`/`partial`
 *   evidence (for contradictions: among the `contradicted-by-source` evidence);
 * - offeredAsSupport: of the uncited claims a source supports, how many are shown that passage graded `supports`
 *   among the top 3 (the quick fix's "Supported by …"), not only `partial`;
 * - falseSupports: a claim nothing supports got `supports` evidence;
 * - falseContradictions: a claim that is not a contradiction got `contradicted-by-source`;
 * - acceptedWrong: a contradiction (a wrong direction or figure) passed silently (cited, no finding) or was shown
 *   as supported ("Supported by …" on an uncited one): the worst error for a writer.
 *
 * `npx tsx bench/verdicts.ts` prints JSON (for `npm run bench`); `--table`, `--split tune|test` and `--misses` for people.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Corpus } from '../server/src/engine/corpus/corpus.js';
import { DraftChecker } from '../server/src/engine/check/checkDraft.js';
import type { DraftDiagnostic, Evidence } from '../server/src/engine/check/diagnostics.js';
import { gradedSearch } from '../server/src/engine/check/supportFindings.js';
import { nodeWorkspaceReader } from '../server/src/node/nodeWorkspaceReader.js';
import { fileCacheStore } from '../server/src/node/fileCacheStore.js';

const POLICY = fileURLToPath(new URL('../../shared/data/policy-corpus', import.meta.url));
const DEV = new URL('./data/verdicts/policy-dev.jsonl', import.meta.url);
/** Written blind after the tuning of this round (split `heldout`): never tuned on. */
const HELDOUT = new URL('./data/verdicts/policy-heldout.jsonl', import.meta.url);
/** Written blind at stop 22 (splits `probe-tune`, studied, and `probe-test`, never read). */
const PROBE = new URL('./data/verdicts/policy-probe.jsonl', import.meta.url);
/** Written blind at the end of stop 22, after that stop's tuning (split `probe2`): only ever reported. */
const PROBE2 = new URL('./data/verdicts/policy-probe2.jsonl', import.meta.url);
/** Written blind at stop 23 (splits `probe3-tune`, studied, and `probe3-test`, only ever reported). */
const PROBE3 = new URL('./data/verdicts/policy-probe3.jsonl', import.meta.url);
/** Contradictions and their twins, written blind at stop 23 after that stop's tuning on probe3-tune (probe4-tune studied, probe4-test reported only). */
const PROBE4 = new URL('./data/verdicts/policy-probe4.jsonl', import.meta.url);
/** Every kind, written blind at stop 24 (probe5-tune studied, probe5-test reported only). */
const PROBE5 = new URL('./data/verdicts/policy-probe5.jsonl', import.meta.url);
/** Short cited claims, right and wrong, written blind at stop 24; its first run's misses were read, so it is studied. */
const PROBE6 = new URL('./data/verdicts/policy-probe6.jsonl', import.meta.url);
/** Every kind, weighted to counter-evidence and paraphrase, written blind at stop 25 (probe7-tune studied, probe7-test reported only). */
const PROBE7 = new URL('./data/verdicts/policy-probe7.jsonl', import.meta.url);
/** Every kind, written blind at the end of stop 25, after that stop's tuning (split `probe8`): only ever reported. */
const PROBE8 = new URL('./data/verdicts/policy-probe8.jsonl', import.meta.url);
/** Correct and wrong citations, written blind late in stop 25 (split `probe9`): its first run's misses were read, so it is studied. */
const PROBE9 = new URL('./data/verdicts/policy-probe9.jsonl', import.meta.url);
/** Counter-evidence and agreeing twins, written blind at stop 29 (probe10-tune studied, probe10-test reported only). */
const PROBE10 = new URL('./data/verdicts/policy-probe10.jsonl', import.meta.url);
/** Every kind, weighted to counter-evidence, written blind at stop 29 after that stop's tuning on probe10-tune (split `probe11`): only ever reported. */
const PROBE11 = new URL('./data/verdicts/policy-probe11.jsonl', import.meta.url);
/** Contradictions and their twins, written blind at stop 29 (split `probe12`): written to be studied. */
const PROBE12 = new URL('./data/verdicts/policy-probe12.jsonl', import.meta.url);
/** Every kind, weighted to correct citations, written blind at stop 30 (split `probe13`): only ever reported. */
const PROBE13 = new URL('./data/verdicts/policy-probe13.jsonl', import.meta.url);
/** Correct and wrong citations, written blind at stop 30 (probe14-tune studied, probe14-test reported only). */
const PROBE14 = new URL('./data/verdicts/policy-probe14.jsonl', import.meta.url);
/** Cited sentences of two statements, written blind at stop 30 after that stop's tuning (split `probe15`): only ever reported. */
const PROBE15 = new URL('./data/verdicts/policy-probe15.jsonl', import.meta.url);
/** Every kind, weighted to paraphrase, written blind at stop 31 (probe16-tune studied, probe16-test reported only). */
const PROBE16 = new URL('./data/verdicts/policy-probe16.jsonl', import.meta.url);
/**
 * Every kind, weighted to correct citations and paraphrase, written blind at stop 31 during that stop's tuning
 * (probe17-tune studied, probe17-test reported only).
 */
const PROBE17 = new URL('./data/verdicts/policy-probe17.jsonl', import.meta.url);
/**
 * Every kind, weighted to paraphrase and counter-evidence, written blind at stop 32 on the last 21 documents no set
 * used (probe18-tune studied, probe18-test reported only).
 */
const PROBE18 = new URL('./data/verdicts/policy-probe18.jsonl', import.meta.url);
/**
 * Every kind, weighted to correct citations, written blind at stop 33 on passages (and paragraphs) no earlier set uses,
 * in documents earlier sets may use (split `probe19`): only ever reported.
 */
const PROBE19 = new URL('./data/verdicts/policy-probe19.jsonl', import.meta.url);

export interface Item {
  id: string;
  split:
    | 'tune'
    | 'test'
    | 'heldout-tune'
    | 'heldout'
    | 'probe-tune'
    | 'probe-test'
    | 'probe2'
    | 'probe3-tune'
    | 'probe3-test'
    | 'probe4-tune'
    | 'probe4-test'
    | 'probe5-tune'
    | 'probe5-test'
    | 'probe6'
    | 'probe7-tune'
    | 'probe7-test'
    | 'probe8'
    | 'probe9'
    | 'probe10-tune'
    | 'probe10-test'
    | 'probe11'
    | 'probe12'
    | 'probe13'
    | 'probe14-tune'
    | 'probe14-test'
    | 'probe15'
    | 'probe16-tune'
    | 'probe16-test'
    | 'probe17-tune'
    | 'probe17-test'
    | 'probe18-tune'
    | 'probe18-test'
    | 'probe19';
  kind: string;
  cited: boolean;
  claim: string;
  expect: {
    verdict?: 'supports';
    finding?: string | null;
    source?: string;
    passage?: string;
    altPassages?: string[];
    noSupports?: boolean;
    noContradiction?: boolean;
    /** Any of these findings is right (a wrong claim that may be flagged either way). */
    findingAnyOf?: string[];
  };
}

interface Tally {
  items: number;
  flaggedRight: number;
  withPassage: number;
  passageTop3: number;
  /** Uncited claims a passage supports (expect.verdict 'supports'), and those shown it graded `supports` in the top 3. */
  supportable: number;
  offeredAsSupport: number;
  noSupportItems: number;
  falseSupports: number;
  notContradictions: number;
  falseContradictions: number;
  wrongClaims: number;
  acceptedWrong: number;
}

export interface VerdictsResult {
  items: number;
  bySplit: Record<string, Record<string, Tally>>;
  misses: string[];
}

/** Splits only ever reported: `--misses` never prints their claims. */
export const UNREAD_SPLITS: ReadonlySet<string> = new Set([
  'heldout',
  'probe-test',
  'probe2',
  'probe3-test',
  'probe4-test',
  'probe5-test',
  'probe7-test',
  'probe8',
  'probe10-test',
  'probe11',
  'probe13',
  'probe14-test',
  'probe15',
  'probe16-test',
  'probe17-test',
  'probe18-test',
  'probe19',
]);

const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** The evidence text holds the expected passage, or a sentence-sized piece of it (passages may run over two sentences). */
function matches(e: Evidence, expect: Item['expect']): boolean {
  if (expect.source && e.sourceId !== expect.source) return false;
  const texts = [e.text, ...(e.context ?? []).map((c) => c.text)].map(norm);
  const wanted = [expect.passage, ...(expect.altPassages ?? [])].filter((p): p is string => !!p).map(norm);
  return wanted.some((p) => {
    if (texts.some((t) => t.includes(p) || (p.includes(t) && t.length >= 20))) return true;
    const pieces = p.split(/(?<=[.!?])\s+/).filter((x) => x.length >= 20);
    return pieces.some((piece) => texts.some((t) => t.includes(piece)));
  });
}

/** Every item of the verdict sets that are present, in file order. */
export function loadVerdictItems(): Item[] {
  return [
    DEV,
    HELDOUT,
    PROBE,
    PROBE2,
    PROBE3,
    PROBE4,
    PROBE5,
    PROBE6,
    PROBE7,
    PROBE8,
    PROBE9,
    PROBE10,
    PROBE11,
    PROBE12,
    PROBE13,
    PROBE14,
    PROBE15,
    PROBE16,
    PROBE17,
    PROBE18,
    PROBE19,
  ]
    .filter((url) => existsSync(url))
    .flatMap((url) => readFileSync(url, 'utf8').split('\n'))
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Item);
}

export async function runVerdicts(options: { misses?: boolean } = {}): Promise<VerdictsResult> {
  const items = loadVerdictItems();
  const corpus = new Corpus(nodeWorkspaceReader, { roots: [POLICY], cache: fileCacheStore([POLICY]) });
  await corpus.refresh();
  const checker = new DraftChecker(corpus);
  const bySplit: Record<string, Record<string, Tally>> = {};
  const misses: string[] = [];
  for (const item of items) {
    const tally = ((bySplit[item.split] ??= {})[item.kind] ??= {
      items: 0,
      flaggedRight: 0,
      withPassage: 0,
      passageTop3: 0,
      supportable: 0,
      offeredAsSupport: 0,
      noSupportItems: 0,
      falseSupports: 0,
      notContradictions: 0,
      falseContradictions: 0,
      wrongClaims: 0,
      acceptedWrong: 0,
    });
    tally.items++;
    const diagnostics = checker.check(`${item.claim}\n`);
    const codes = diagnostics.map((d) => d.code);
    const { expect } = item;
    let flagged: boolean;
    if (expect.finding === null) flagged = diagnostics.length === 0;
    else if (expect.findingAnyOf) flagged = codes.some((c) => expect.findingAnyOf!.includes(c));
    else if (expect.finding) flagged = codes.includes(expect.finding as DraftDiagnostic['code']);
    else flagged = item.cited ? diagnostics.length === 0 : codes.includes('unsupported-claim');
    if (flagged) tally.flaggedRight++;
    // What the writer is shown, or for a claim with no finding, its cited source's graded passages.
    const cited = [...item.claim.matchAll(/\[@([^\]\s;,]+)/g)].map((m) => m[1]);
    const citedGraded =
      cited.length && corpus.document(cited[0])
        ? gradedSearch(corpus, item.claim.replace(/\s*\[@[^\]]*\]/g, ''), new Set(cited)).map((g) => g.evidence)
        : [];
    const shown = diagnostics.flatMap((d) => d.evidence);
    const judged = [...shown, ...citedGraded];
    let passageOk = true;
    if (expect.passage) {
      tally.withPassage++;
      const contradiction = expect.finding === 'contradicted-by-source';
      const pool = contradiction
        ? diagnostics.filter((d) => d.code === 'contradicted-by-source').flatMap((d) => d.evidence)
        : [
            ...diagnostics
              .filter((d) => d.code !== 'contradicted-by-source')
              .flatMap((d) => d.evidence.filter((e) => e.verdict === 'supports' || e.verdict === 'partial').slice(0, 3)),
            ...citedGraded.filter((e) => e.verdict === 'supports' || e.verdict === 'partial').slice(0, 3),
          ];
      passageOk = pool.some((e) => matches(e, expect));
      if (passageOk) tally.passageTop3++;
      if (expect.verdict === 'supports' && !item.cited) {
        tally.supportable++;
        const offered = diagnostics.filter((d) => d.code === 'unsupported-claim').flatMap((d) => d.evidence.slice(0, 3));
        if (offered.some((e) => e.verdict === 'supports' && matches(e, expect))) tally.offeredAsSupport++;
      }
    }
    let falseSupport = false;
    if (expect.noSupports) {
      tally.noSupportItems++;
      falseSupport = judged.some((e) => e.verdict === 'supports');
      if (falseSupport) tally.falseSupports++;
    }
    if (expect.finding === 'contradicted-by-source') {
      tally.wrongClaims++;
      const shownAsSupported = diagnostics.some((d) => d.code !== 'contradicted-by-source' && d.evidence[0]?.verdict === 'supports');
      if ((item.cited && diagnostics.length === 0) || shownAsSupported) tally.acceptedWrong++;
    }
    let falseContradiction = false;
    if (expect.finding !== 'contradicted-by-source' && !expect.findingAnyOf?.includes('contradicted-by-source')) {
      tally.notContradictions++;
      falseContradiction = codes.includes('contradicted-by-source');
      if (falseContradiction) tally.falseContradictions++;
    }
    // Splits kept for reporting are never listed: their claims stay unread.
    const listable = !UNREAD_SPLITS.has(item.split);
    if (options.misses && listable && (!flagged || !passageOk || falseSupport || falseContradiction)) {
      const what = [
        !flagged && 'flag',
        !passageOk && 'passage',
        falseSupport && 'false-supports',
        falseContradiction && 'false-contradiction',
      ]
        .filter(Boolean)
        .join(',');
      const top = diagnostics.map((d) => `${d.code}: ${d.message.slice(0, 160)}`).join(' | ') || 'no finding';
      const best = citedGraded
        .slice(0, 2)
        .map((e) => `${e.verdict}${e.detail ? `(${e.detail})` : ''} ${e.score} \u201c${e.text.slice(0, 90)}\u201d`)
        .join(' / ');
      misses.push(`${item.split} ${item.id} [${what}] ${item.claim.slice(0, 120)}\n    -> ${top}${best ? `\n    cited: ${best}` : ''}`);
    }
  }
  return { items: items.length, bySplit, misses };
}

/** The issue's bars, per split: supported claims with their passage in the top 3, correct citations flagged, and so on. */
export function doneWhen(kinds: Record<string, Tally>) {
  const sum = (names: string[], f: (t: Tally) => number) => names.reduce((n, k) => n + (kinds[k] ? f(kinds[k]) : 0), 0);
  const supported = ['paraphrase-cited', 'paraphrase-uncited', 'list-figures', 'place-in-title'];
  const contradictions = ['contradiction-direction', 'contradiction-figure'];
  return {
    supportedPassageTop3: `${sum(supported, (t) => t.passageTop3)}/${sum(supported, (t) => t.withPassage)}`,
    offeredAsSupport: `${sum(Object.keys(kinds), (t) => t.offeredAsSupport)}/${sum(Object.keys(kinds), (t) => t.supportable)}`,
    contradictionsCaught: `${sum(contradictions, (t) => t.flaggedRight)}/${sum(contradictions, (t) => t.items)}`,
    falseSupports: `${sum(['unsupported'], (t) => t.falseSupports)}/${sum(['unsupported'], (t) => t.noSupportItems)}`,
    falseContradictions: `${sum(Object.keys(kinds), (t) => t.falseContradictions)}/${sum(Object.keys(kinds), (t) => t.notContradictions)}`,
    acceptedWrong: `${sum(contradictions, (t) => t.acceptedWrong)}/${sum(contradictions, (t) => t.wrongClaims)}`,
  };
}

function table(result: VerdictsResult): string {
  const lines: string[] = [];
  for (const [split, kinds] of Object.entries(result.bySplit).sort()) {
    const bars = doneWhen(kinds);
    lines.push(
      `${split}: supported claims, passage in top 3 ${bars.supportedPassageTop3}; uncited offered as support ` +
        `${bars.offeredAsSupport}; contradictions caught ${bars.contradictionsCaught}; ` +
        `false supports ${bars.falseSupports}; false contradictions ${bars.falseContradictions}; wrong claims accepted ${bars.acceptedWrong}`,
    );
    lines.push(`${split}:`, '  kind                      n  flagged  passage@3  falseSupports  falseContradictions  asSupport');
    for (const [kind, t] of Object.entries(kinds).sort()) {
      const cell = (a: number, b: number) => (b ? `${a}/${b}` : '-').padStart(9);
      lines.push(
        `  ${kind.padEnd(24)}${String(t.items).padStart(3)}${cell(t.flaggedRight, t.items)}${cell(t.passageTop3, t.withPassage)}` +
          `${cell(t.falseSupports, t.noSupportItems).padStart(15)}${cell(t.falseContradictions, t.notContradictions).padStart(21)}` +
          `${cell(t.offeredAsSupport, t.supportable).padStart(11)}`,
      );
    }
  }
  return lines.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const asTable = process.argv.includes('--table') || process.argv.includes('--misses');
  const result = await runVerdicts({ misses: process.argv.includes('--misses') });
  const only = process.argv.includes('--split') ? process.argv[process.argv.indexOf('--split') + 1] : undefined;
  if (only) for (const k of Object.keys(result.bySplit)) if (k !== only) delete result.bySplit[k];
  const bars = Object.fromEntries(Object.entries(result.bySplit).map(([split, kinds]) => [split, doneWhen(kinds)]));
  if (!asTable) console.log(JSON.stringify({ items: result.items, doneWhen: bars, bySplit: result.bySplit }));
  else {
    console.log(table(result));
    const shown = only ? result.misses.filter((m) => m.startsWith(only)) : result.misses;
    if (shown.length) console.log(`\nmisses:\n${shown.join('\n')}`);
  }
}
