/**
 * A sentence that makes several statements is borne out when each is: "In Lambeth, a child in need should have a
 * first meeting within ten days of the assessment, then reviews every eight weeks" sums two sentences of the source,
 * and no one sentence holds enough of it to support the whole. A writer's summary of two or three sentences is how
 * briefings are written, and judging it against one sentence called correct citations unsupported.
 *
 * The sentence is cut at the joins between statements (", with", ", and", ", then", "; ", ", but", ", yet", ", though", ", while", and
 * " and " before a noun phrase), each part is graded on its own (the caller's graded search), and:
 * - when one document has a passage supporting every part, that document supports the sentence: the first part's
 *   passage is the evidence, with the other parts' passages as its context (each with its exact location);
 * - else, when a document supports some part, its passage partly supports the sentence, saying which part it does
 *   not bear out (shortfall 'clause'; a citation is taken at its word for it only when what the part says is nothing
 *   checkable, `uncheckedOnly`: see supportFindings.ts bearsOut).
 * A causal sentence ("because", "as a result", "leading to") is never cut: each half may be so while the link is not.
 * Contradictions are left to the whole sentence: a part read alone has too little of its measure to run against.
 */
import type { Evidence, Graded } from '../evidence/gradedEvidence.js';
import { analyze } from '../index/analyzer.js';
import { countedFigures } from '../evidence/claimAnalysis.js';
import { classifyClaim } from '../claims/claimRules.js';
import { hasFiniteVerb } from '../claims/clauseShape.js';

/** Not inside a quantity: "a year and a half", "two and a half times". */
const JOIN =
  /,\s+(?:with|and|then|but|yet|though|although|while|whereas)\s+|;\s+|\s+and\s+(?=(?:a|an|the|their|its|his|her)\s)(?!an?\s+(?:half|quarter|third)\b)/i;
const CAUSAL = new RegExp(
  String.raw`\b(?:because|since|so\s+that|as\s+a\s+result|due\s+to|owing\s+to|thanks\s+to|lead(?:s|ing)?\s+to|led\s+to|` +
    String.raw`result(?:s|ed|ing)?\s+in|therefore|which\s+means|meaning\s+that)\b`,
  'i',
);
/** Distinct terms a part needs to be a statement of its own, not a fragment ("then more"). */
const MIN_PART_TERMS = 3;
const MAX_PARTS = 4;

/** The statements of a sentence, or undefined when it makes one (or is causal, or cuts into fragments). */
export function statementsOf(sentence: string): string[] | undefined {
  if (CAUSAL.test(sentence)) return undefined;
  let parts = sentence
    .split(new RegExp(JOIN.source, 'gi'))
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 1) parts = figureStatements(sentence);
  if (parts.length < 2 || parts.length > MAX_PARTS) return undefined;
  if (parts.some((p) => new Set(analyze(p)).size < MIN_PART_TERMS)) return undefined;
  return parts;
}

/**
 * The sentence cut at the first " and " with a counted figure (no year, no day of a date: countedFigures) on both
 * sides of it: two statements ("YOIs hold 73% of children … and secure training centres a further 17%"); else the
 * sentence whole.
 */
function figureStatements(sentence: string): string[] {
  const and = /\s+and\s+/gi;
  for (let m = and.exec(sentence); m; m = and.exec(sentence)) {
    const before = sentence.slice(0, m.index);
    const after = sentence.slice(m.index + m[0].length);
    if (countedFigures(analyze(before)).size > 0 && countedFigures(analyze(after)).size > 0) return [before.trim(), after.trim()];
  }
  return [sentence];
}

/** The sentence's statements graded one by one: evidence for it as a whole, or [] when no document supports a part. */
export function judgedByStatements(parts: readonly string[], grade: (part: string) => Graded[]): Graded[] {
  // Per part, the first (best) supporting passage of each document.
  const byPart = parts.map((part) => {
    const best = new Map<string, Graded>();
    for (const g of grade(part)) if (g.judgement.verdict === 'supports' && !best.has(g.result.sourceId)) best.set(g.result.sourceId, g);
    return best;
  });
  const docs = new Set(byPart.flatMap((m) => [...m.keys()]));
  let whole: { doc: string; least: number } | undefined;
  let some: { doc: string; held: number[]; score: number } | undefined;
  for (const doc of docs) {
    const held = byPart.flatMap((m, i) => (m.has(doc) ? [i] : []));
    const scores = held.map((i) => byPart[i].get(doc)!.judgement.score);
    if (held.length === parts.length) {
      const least = Math.min(...scores);
      if (!whole || least > whole.least) whole = { doc, least };
    } else {
      // How well it bears out the statements it does (the detail says which one it does not).
      const score = (scores.reduce((a, b) => a + b, 0) / held.length) * (held.length / parts.length) ** 0.5;
      if (!some || score > some.score) some = { doc, held, score };
    }
  }
  if (whole) {
    const passages = byPart.map((m) => m.get(whole.doc)!);
    return [combined(passages, 'supports', whole.least)];
  }
  if (!some) return [];
  const passages = some.held.map((i) => byPart[i].get(some.doc)!);
  const missing = parts.filter((_, i) => !some.held.includes(i));
  const detail = `the source does not bear out \u201c${clip(missing[0])}\u201d`;
  return [combined(passages, 'partial', some.score, detail, missing.every(statesNothingCheckable))];
}

/**
 * A statement with a verb of its own that the claim detector would not flag alone: the writer's reading of what the
 * source says ("though it is too early to tell what difference this is making"). A part with no verb of its own
 * ("then a weekly phone call from an independent advocate") shares the main clause's and states what it states.
 */
function statesNothingCheckable(part: string): boolean {
  return hasFiniteVerb(part) && !classifyClaim(part).checkworthy;
}

/** One piece of evidence from the parts' passages: the first as the passage, the others as its context. */
function combined(
  passages: readonly Graded[],
  verdict: 'supports' | 'partial',
  score: number,
  detail?: string,
  uncheckedOnly?: boolean,
): Graded {
  const [first, ...rest] = passages;
  const context = [...(first.evidence.context ?? []), ...rest.flatMap((g) => [spanOf(g.evidence), ...(g.evidence.context ?? [])])].filter(
    (c, i, all) => !(c.start === first.evidence.start && c.end === first.evidence.end) && all.findIndex((d) => d.start === c.start) === i,
  );
  const rounded = Math.round(score * 1000) / 1000;
  const evidence: Evidence = { ...first.evidence, verdict, score: rounded, context };
  if (detail) evidence.detail = detail;
  else delete evidence.detail;
  const judgement = {
    ...first.judgement,
    verdict,
    score: rounded,
    detail,
    shortfall: verdict === 'partial' ? ('clause' as const) : undefined,
    uncheckedOnly,
  };
  return { result: first.result, judgement, evidence };
}

function spanOf(e: Evidence): NonNullable<Evidence['context']>[number] {
  const span: NonNullable<Evidence['context']>[number] = { start: e.start, end: e.end, range: e.range, text: e.text };
  if (e.page !== undefined) span.page = e.page;
  return span;
}

function clip(text: string, max = 80): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}\u2026`;
}
