/**
 * One verdict case, checked end to end: a one-sentence draft through the draft checker, the codes it gets, and for
 * one of them the verdict, source, detail and message of its first evidence item; and the in-memory corpus and
 * checker the verdict tests run on. Shared by the verdict tests so each fixture corpus keeps its own file. And one
 * passage judged with one weight for every word (judgeUniformly), so that no fixture's weighting decides a share.
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { DraftChecker } from '../../server/src/engine/check/checkDraft.js';
import { Corpus } from '../../server/src/engine/corpus/corpus.js';
import { MemoryWorkspace } from './memoryWorkspace.js';
import type { DraftDiagnostic } from '../../server/src/engine/check/diagnostics.js';
import { judgePassage, type Judgement } from '../../server/src/engine/evidence/verdict.js';
import { analyseClaim } from '../../server/src/engine/evidence/claimAnalysis.js';
import { loadTermRelations } from '../../server/src/engine/evidence/termRelations.js';
import { passageContext } from '../../server/src/engine/evidence/passageContext.js';
import type { SourceDocument } from '../../server/src/engine/types.js';

export interface VerdictCase {
  name: string;
  draft: string;
  /** Codes expected, in any order; [] for none. */
  codes: Array<DraftDiagnostic['code']>;
  /** For the first finding of `on`: the verdict of its first evidence item, and a pattern its detail or message must match. */
  on?: DraftDiagnostic['code'];
  verdict?: 'supports' | 'partial' | 'related' | 'contradicts';
  source?: string;
  detail?: RegExp;
  message?: RegExp;
}

export function checkCase(checker: DraftChecker, c: VerdictCase): void {
  const diagnostics = checker.check(`${c.draft}\n`);
  const summary = JSON.stringify(diagnostics.map((d) => [d.code, d.message, d.evidence.map((e) => [e.verdict, e.detail])]));
  assert.deepEqual(diagnostics.map((d) => d.code).sort(), [...c.codes].sort(), summary);
  // Nothing is called supported unless its evidence says so.
  for (const d of diagnostics)
    if (/Supported by/.test(d.message))
      assert.ok(
        d.evidence.some((e) => e.verdict === 'supports'),
        summary,
      );
  if (!c.on) return;
  const finding = diagnostics.find((d) => d.code === c.on)!;
  if (c.verdict) assert.equal(finding.evidence[0]?.verdict, c.verdict, summary);
  if (c.source) assert.equal(finding.evidence[0]?.sourceId, c.source, summary);
  if (c.detail) assert.match(finding.evidence[0]?.detail ?? '', c.detail, summary);
  if (c.message) assert.match(finding.message, c.message, summary);
}

/** A corpus of `files` (paths under /corpus) in memory, refreshed, and a draft checker over it. */
export async function memoryChecker(files: Record<string, string>): Promise<{ corpus: Corpus; checker: DraftChecker }> {
  const corpus = new Corpus(new MemoryWorkspace(files), { roots: ['/corpus'] });
  await corpus.refresh();
  return { corpus, checker: new DraftChecker(corpus) };
}

/**
 * `count` other councils' inspection reports (paths under /corpus), each a title and the paragraphs `paragraphs(i)`
 * gives: filler that makes a fixture's domain words common and its place's name rare, as in a real corpus, so that
 * the claim's terms weigh as they would there.
 */
export function otherReports(count: number, paragraphs: (i: number) => string[]): Record<string, string> {
  return Object.fromEntries(
    Array.from({ length: count }, (_, i) => [
      `/corpus/borough-${i}.txt`,
      [`Inspection of Borough ${i} children\u2019s services`, ...paragraphs(i)].join('\n\n'),
    ]),
  );
}

/** One test per case, against a checker over `files` built once before the cases run. */
export function verdictSuite(files: Record<string, string>, cases: readonly VerdictCase[]): void {
  let checker: DraftChecker;
  before(async () => {
    ({ checker } = await memoryChecker(files));
  });
  for (const c of cases) test(c.name, () => checkCase(checker, c));
}

/**
 * The claim judged against `text` (with `window`, the rest of its paragraph) in a report titled `title`, with one
 * weight for every word: the shares a verdict turns on are counts of words, whatever a corpus would weigh them.
 */
export function judgeUniformly(claim: string, text: string, window: string[] = [], title = 'Inspection of Eastvale'): Judgement {
  const weight = () => 3;
  const sentences = [text, ...window].map((t, i) => ({ index: i, start: i * 1000, end: i * 1000 + t.length, text: t, block: 0 }));
  const doc = {
    sourceId: 'eastvale',
    file: '/corpus/eastvale.txt',
    contentHash: '',
    metadata: { title, origin: {} },
    problems: [],
    text: sentences.map((s) => s.text).join(' '),
    sentences,
  } as unknown as SourceDocument;
  return judgePassage(
    analyseClaim(claim, weight, (t) => t === 'eastvale'),
    text,
    passageContext(doc, 0),
    loadTermRelations(),
    weight,
  );
}
