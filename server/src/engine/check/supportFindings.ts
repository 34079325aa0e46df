/**
 * The checker's support and counter-evidence steps, kept out of
 * checkDraft.ts: the graded search for a sentence, the wording of
 * `unsupported-claim` and `citation-does-not-support` by the best verdict
 * ("Supported by", "Partly supported by … (detail)", "Related, not
 * confirmed"), whether a citation's source bears the sentence out, and
 * `contradicted-by-source` when a passage on the same measure and period
 * runs the other way or gives another figure (and nothing supports it).
 */
import type { Corpus } from '../corpus/corpus.js';
import type { Finding } from './diagnostics.js';
import { byVerdict, gradeResults, placeNames, type Evidence, type Graded } from '../evidence/gradedEvidence.js';
import { CORE_SHARE } from '../evidence/verdict.js';
import { analyseClaim, type AnalysedClaim } from '../evidence/claimAnalysis.js';
import { analyze } from '../index/analyzer.js';
import { judgedByStatements, statementsOf } from './clauseSupport.js';

const CANDIDATES = 10;
/** Candidates drawn, besides, from the documents of the place or body the claim names. */
const NAMED_CANDIDATES = 5;
/**
 * The share of the rest of the claim a named document's candidates must hold in their own sentence: lower than
 * CANDIDATE_SHARE, because a sentence in other words holds fewer of the claim's own words ("too many of them live
 * out of area due to the shortage of local foster placements" for "placed outside the borough because local foster
 * placements are scarce"), and the search of a few named documents is cheap; the judgement still decides.
 */
const NAMED_SHARE = 0.25;
/**
 * Candidates must hold this share of the claim's weighted terms in their own
 * sentence: the share a passage needs to support or partly support (see
 * CORE_SHARE), so the search's pruning never cuts a passage that could.
 */
export const CANDIDATE_SHARE = CORE_SHARE;
/**
 * Candidates fully scored per support search. Measured on a 5,000-word
 * briefing against the policy corpus: 120 instead of the default 400 is 20%
 * faster and changed only second or third evidence passages, never the first.
 */
const CANDIDATE_DEPTH = 120;
/**
 * A cited source whose best passage is `partial` only for its wording (no
 * figure, year or trend differs) and covers at least this share is taken to
 * bear the sentence out: a false "does not support" on a correct citation
 * costs the writer more than a missed weak one.
 */
export const CITED_PARTIAL_ACCEPTED = 0.5;
/** Coverage at which another source's passage all but restates a sentence (see restatedElsewhere). */
const WRONG_SOURCE_RESTATES = 0.9;
/** How much more of the sentence that passage must cover than the cited source's best accepted partial one. */
const WRONG_SOURCE_MARGIN = 0.25;

/**
 * A first, cheaper pass over the whole corpus: candidates holding this share of the claim. The search at
 * CANDIDATE_SHARE walks more terms (2.6 ms a claim against 1.1 ms on the policy corpus); when the cheap pass already
 * finds a passage that all but restates the claim, that passage is the answer and the wide pass is skipped.
 */
const QUICK_SHARE = 0.6;
/**
 * Passages the quick pass grades: the three a finding shows and spares; when the pass suffices, nothing is reported
 * as contradicting (a contradiction is reported only when nothing supports).
 */
const QUICK_CANDIDATES = 5;
/** The quick pass suffices when its best passage supports the claim with this coverage (a restatement). */
const QUICK_ENOUGH = 0.8;

/**
 * The graded passages for a claim: the corpus, or only `sourceIds`. A sentence nothing supports whole that makes
 * several statements is graded statement by statement too (clauseSupport.ts).
 */
export function gradedSearch(corpus: Corpus, claim: string, sourceIds?: ReadonlySet<string>): Graded[] {
  const analysed = analyseClaim(claim, (t) => corpus.claimTermWeight(t), placeNames(corpus));
  const graded = wholeSearch(corpus, analysed, sourceIds);
  if (graded[0]?.judgement.verdict === 'supports') return graded;
  const parts = statementsOf(claim);
  if (!parts || graded.length === 0) return graded;
  // Statements are looked for in the documents the whole sentence led to: a summary of one document's sentences is
  // found among them, and a search of the corpus per statement cost a sixth of a check.
  const scope = sourceIds ?? new Set(graded.map((g) => g.result.sourceId));
  const place = placePhrase(corpus, claim, analysed.names);
  const statement = (text: string) => wholeSearch(corpus, statementClaim(corpus, text, claim), scope);
  const byParts = judgedByStatements(parts, (part) => {
    const alone = statement(part);
    const placed = withPlace(part, place);
    return placed === part ? alone : [...alone, ...statement(placed)].sort(byVerdict);
  });
  return byParts.length ? [...byParts, ...graded].sort(byVerdict) : graded;
}

/**
 * The words of the sentence that name a place or body some document is about ("Stockton-on-Tees", "Milton Keynes"),
 * each run of them as written, joined by commas; undefined when it names none.
 */
function placePhrase(corpus: Corpus, sentence: string, names: ReadonlySet<string>): string | undefined {
  // The claim's names as its analysis reads them (a first word only when it is as rare as a name), that name places.
  const isPlace = placeNames(corpus);
  if (!isPlace) return undefined;
  const runs: string[] = [];
  let run: string[] = [];
  let end = -1;
  for (const m of sentence.matchAll(/[\p{L}\p{M}][\p{L}\p{M}'\u2019-]*/gu)) {
    const named = /^\p{Lu}/u.test(m[0]) && analyze(m[0]).some((t) => names.has(t) && isPlace(t));
    // A run is the name's words as written together: "Milton Keynes", not "Milton … Keynes".
    if (named && run.length && /^\s+$/.test(sentence.slice(end, m.index))) run.push(m[0]);
    else if (named) {
      if (run.length) runs.push(run.join(' '));
      run = [m[0]];
    }
    if (named) end = m.index + m[0].length;
  }
  if (run.length) runs.push(run.join(' '));
  return runs.length ? [...new Set(runs)].join(', ') : undefined;
}

/**
 * A statement cut from a sentence about a place, as about that place: in "Children in care in Stockton-on-Tees attend
 * school 96% of the time, and they are helped to stay in school …" the second statement is about Stockton's children
 * too, and its source (Stockton's report) gives the place only in its title. It is graded both ways (gradedSearch): a
 * source that never names the place bears a statement out as written ("In Lambeth, … within ten days of the
 * assessment, then reviews every eight weeks": the Lambeth partnership's own pack).
 */
function withPlace(part: string, place: string | undefined): string {
  if (!place) return part;
  const terms = new Set(analyze(part));
  return analyze(place).some((t) => terms.has(t)) ? part : `In ${place}, ${part}`;
}

/** A statement cut from `sentence`, analysed as the claim it makes. */
function statementClaim(corpus: Corpus, statement: string, sentence: string): AnalysedClaim {
  const analysed = analyseClaim(statement, (t) => corpus.claimTermWeight(t), placeNames(corpus));
  analysed.statementOf = sentence;
  return analysed;
}

/** The graded passages for the claim (a sentence, or a statement cut from one) as one statement. */
function wholeSearch(corpus: Corpus, analysed: AnalysedClaim, sourceIds?: ReadonlySet<string>): Graded[] {
  const query = analysed.searchQuery;
  if (!sourceIds) {
    const found = corpus.search(query, QUICK_CANDIDATES, undefined, { minShare: QUICK_SHARE, candidateDepth: CANDIDATE_DEPTH });
    const quick = gradeResults(corpus, analysed, found);
    const best = quick[0]?.judgement;
    if (best && best.verdict === 'supports' && best.coverage >= QUICK_ENOUGH) return quick;
  }
  // The cited sources (or a few documents) are searched as a named document is, at NAMED_SHARE: the search of a few
  // documents is cheap, and their sentence in other words ("persistently absent" for "persistent absence … climbing")
  // holds fewer of the claim's own words. The judgement still decides.
  const options = { minShare: sourceIds ? NAMED_SHARE : CANDIDATE_SHARE, candidateDepth: CANDIDATE_DEPTH };
  const results = corpus.search(query, CANDIDATES, sourceIds, options);
  const graded = gradeResults(corpus, analysed, results);
  if (graded[0]?.judgement.verdict === 'supports') return graded;
  // Nothing supports it (corpus-wide, or in the cited sources): the documents of the place or body the claim names,
  // whose sentences seldom repeat the name their title gives, so that a ranking led by the name can miss them. In a
  // cited report of the place, the sentences that repeat the name outrank the one that says the rest.
  const named = within(namedDocuments(corpus, analysed.names), sourceIds);
  if (!named) return graded;
  const seen = new Set(results.map((r) => `${r.sourceId}\u0000${r.start}`));
  // Searched for the rest of the claim: the names are those documents' own (their titles say them), so the sentences
  // that repeat a name would otherwise outrank the one that says the rest in other words.
  const extra = corpus
    .search(withoutNames(query, analysed.names), NAMED_CANDIDATES, named, { minShare: NAMED_SHARE, candidateDepth: CANDIDATE_DEPTH })
    .filter((r) => !seen.has(`${r.sourceId}\u0000${r.start}`));
  if (!extra.length) return graded;
  // In a cited source, the name-blanked search looks for what bears the claim out: what it finds only there may speak
  // of another year or group of the place, and is not reported as running against the claim.
  const found = gradeResults(corpus, analysed, extra).filter((g) => !sourceIds || g.judgement.verdict !== 'contradicts');
  return [...graded, ...found].sort(byVerdict);
}

/** The named documents among `sourceIds` (all of them when no source is cited); undefined when none. */
function within(named: ReadonlySet<string> | undefined, sourceIds: ReadonlySet<string> | undefined): ReadonlySet<string> | undefined {
  if (!named || !sourceIds) return named;
  const both = new Set([...named].filter((d) => sourceIds.has(d)));
  return both.size ? both : undefined;
}

/** The query with the words whose terms are the claim's names blanked. */
function withoutNames(query: string, names: ReadonlySet<string>): string {
  return query.replace(/[\p{L}\p{M}]+/gu, (word) => (names.has(analyze(word)[0] ?? '') ? ' '.repeat(word.length) : word));
}

/** The documents named by any of the claim's names, together; undefined when it names none. */
function namedDocuments(corpus: Corpus, names: ReadonlySet<string>): ReadonlySet<string> | undefined {
  let all: Set<string> | undefined;
  for (const name of names) {
    const docs = corpus.documentsNaming(name);
    if (docs) for (const d of docs) (all ??= new Set()).add(d);
  }
  return all;
}

/** The evidence to show with a finding: everything but contradicting passages, best first. */
export function shownEvidence(graded: readonly Graded[], max: number, exclude?: ReadonlySet<string>): Evidence[] {
  return graded
    .filter((g) => g.judgement.verdict !== 'contradicts' && !exclude?.has(g.result.sourceId))
    .slice(0, max)
    .map((g) => g.evidence);
}

/**
 * Whether the cited sources bear the sentence out only in part (some passage is taken at the writer's word by bearsOut,
 * none supports it whole), so that `restatedElsewhere` should be asked of the corpus.
 */
export function onlyPartlyBorneOut(cited: readonly Graded[]): boolean {
  return cited.some(bearsOut) && !cited.some((g) => g.judgement.verdict === 'supports');
}

/**
 * Whether a source the sentence does not cite all but restates it (WRONG_SOURCE_RESTATES) while the cited sources'
 * best passage taken at the writer's word covers WRONG_SOURCE_MARGIN less of it: the citation is then wrong, however
 * alike its words, not a paraphrase.
 */
export function restatedElsewhere(cited: readonly Graded[], elsewhere: readonly Graded[], citedIds: ReadonlySet<string>): boolean {
  const citedCoverage = Math.max(0, ...cited.filter(bearsOut).map((g) => g.judgement.coverage));
  return elsewhere.some(
    (g) =>
      !citedIds.has(g.result.sourceId) &&
      g.judgement.verdict === 'supports' &&
      g.judgement.coverage >= WRONG_SOURCE_RESTATES &&
      g.judgement.coverage - citedCoverage >= WRONG_SOURCE_MARGIN,
  );
}

/**
 * Whether the cited sources, which support the sentence only in part, say otherwise where they speak of it most
 * closely: a passage that states the contrary ("Private fostering is not promoted" for "is actively promoted"; "low
 * turnover" for "high"; "Ensure that …" for "… is done": Judgement.contrary) covers at least as much of the sentence
 * as any passage taken at the writer's word. The writer's citation is then not taken at its word: a passage that
 * denies the claim outweighs one that only words part of it alike. A passage that merely does not say the claim's
 * "always" or "not" is no such thing: that is often a paraphrase ("there are not enough" for "does not have enough").
 */
export function saysOtherwise(cited: readonly Graded[]): boolean {
  if (!onlyPartlyBorneOut(cited)) return false;
  const accepted = Math.max(...cited.filter(bearsOut).map((g) => g.judgement.coverage));
  return cited.some((g) => g.judgement.verdict === 'partial' && g.judgement.contrary === true && g.judgement.coverage >= accepted);
}

/** Whether a cited source's graded passages bear the sentence out. */
export function bearsOut(g: Graded): boolean {
  const j = g.judgement;
  if (j.verdict === 'supports') return true;
  if (j.verdict !== 'partial') return false;
  // The statements the source does not bear out state nothing checkable ("though it is too early to tell what
  // difference this is making"): the writer's reading of what it says, taken at the writer's word (clauseSupport.ts).
  if (j.shortfall === 'clause') return j.uncheckedOnly === true;
  // Only the wording falls short (the measure in other words than the source's, too): the writer's own citation is
  // taken at its word. A passage that runs the other way is checked first (see checkDraft).
  // A missing place ('place') or figure is never taken at the writer's word.
  return (j.shortfall === 'wording' || j.shortfall === 'measure') && j.coverage >= CITED_PARTIAL_ACCEPTED;
}

/** "Supported by [@k]: “…”", "Partly supported by [@k] (detail): “…”", "Related, not confirmed: [@k] “…”". */
export function verdictPhrase(e: Evidence): string {
  const quote = `\u201c${clip(e.text)}\u201d`;
  if (e.verdict === 'supports') return `Supported by [@${e.sourceId}]: ${quote}`;
  if (e.verdict === 'partial') return `Partly supported by [@${e.sourceId}]${e.detail ? ` (${e.detail})` : ''}: ${quote}`;
  return `Related, not confirmed: [@${e.sourceId}] ${quote}`;
}

export function unsupportedClaimMessage(why: string, evidence: readonly Evidence[]): string {
  const best = evidence[0];
  if (!best) return `This states something checkable${why} but cites no source, and nothing in the corpus supports it.`;
  if (best.verdict === 'related')
    return `This states something checkable${why} but cites no source, and nothing in the corpus confirms it. ${verdictPhrase(best)}`;
  return `This states something checkable${why} but cites no source. ${verdictPhrase(best)}`;
}

export function citationDoesNotSupport(
  start: number,
  end: number,
  cited: ReadonlySet<string>,
  fromCited: readonly Graded[],
  elsewhere: readonly Graded[],
  max: number,
): Finding {
  const names = [...cited].map((id) => `[@${id}]`).join(', ');
  const better = elsewhere.filter(
    (g) => !cited.has(g.result.sourceId) && (g.judgement.verdict === 'supports' || g.judgement.verdict === 'partial'),
  );
  const partly = fromCited.find((g) => g.judgement.verdict === 'partial');
  const head = partly
    ? `${names} only partly supports this${partly.judgement.detail ? ` (${partly.judgement.detail})` : ''}: \u201c${clip(partly.evidence.text)}\u201d.`
    : `${names} has no passage that supports this${better.length ? '.' : ', and nothing else in the corpus does.'}`;
  const tail = better.length
    ? ` ${verdictPhrase(better[0].evidence)
        .replace(/^Supported by/, 'Supported instead by')
        .replace(/^Partly supported by/, 'Partly supported instead by')}`
    : '';
  const evidence = [...better.map((g) => g.evidence), ...(partly ? [partly.evidence] : [])].slice(0, max);
  return { start, end, code: 'citation-does-not-support', message: `${head}${tail}`, evidence };
}

/**
 * `contradicted-by-source`, when some passage contradicts the claim and none
 * of the graded passages supports it (a corpus that says both is not taken
 * to refute the writer). The message quotes both sides.
 */
export function contradiction(start: number, end: number, claim: string, graded: readonly Graded[], max: number): Finding | undefined {
  if (graded.some((g) => g.judgement.verdict === 'supports')) return undefined;
  const against = graded.filter((g) => g.judgement.verdict === 'contradicts');
  if (against.length === 0) return undefined;
  const first = against[0];
  const detail = first.judgement.detail ? ` (${first.judgement.detail})` : '';
  return {
    start,
    end,
    code: 'contradicted-by-source',
    message: `[@${first.result.sourceId}] says otherwise${detail}: \u201c${clip(first.evidence.text)}\u201d, where this says \u201c${clip(claim, 100)}\u201d`,
    evidence: against.slice(0, max).map((g) => g.evidence),
  };
}

function clip(text: string, max = 140): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}\u2026`;
}
