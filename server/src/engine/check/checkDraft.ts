/**
 * Checks a draft against the corpus: which sentences state checkable facts
 * without a source, whether cited sources support what cites them, whether
 * keys exist, and whether quotations are verbatim. Pure: takes the corpus and
 * the draft text, returns diagnostics in draft offsets and ranges.
 *
 * Per-sentence results are memoised on (corpus generation, sentence text,
 * citations), so re-checking after an edit only re-does the changed sentences.
 */
import type { Corpus } from '../corpus/corpus.js';
import { LineIndex } from '../text/lineIndex.js';
import { analyze } from '../index/analyzer.js';
import { parseDraft } from '../draft/parseDraft.js';
import { BlockParseCache } from '../draft/blockParse.js';
import type { Citation, DraftModel, DraftSentence, Quotation } from '../draft/draftTypes.js';
import { SourceFinder } from '../search/sourceFinder.js';
import { classifyClaim } from '../claims/claimRules.js';
import type { ClaimMemo } from './claimsAhead.js';
import { verifyQuote } from '../verify/quoteVerifier.js';
import {
  bearsOut,
  citationDoesNotSupport,
  contradiction,
  gradedSearch,
  onlyPartlyBorneOut,
  restatedElsewhere,
  saysOtherwise,
  shownEvidence,
  unsupportedClaimMessage,
} from './supportFindings.js';
import type { Graded } from '../evidence/gradedEvidence.js';
import { DEFAULT_SEVERITY, type DiagnosticCode, type DraftDiagnostic, type Evidence, type Finding, type Severity } from './diagnostics.js';
import { sourceIdOf } from './citationResolver.js';
import { emptyRecord, type SentenceRecord } from './sentenceRecord.js';
import { memoKey, SentenceMemo, type CheckedSentences } from './sentenceMemo.js';

export interface CheckOptions {
  /** Claim sensitivity in [-1, 1]: higher flags more sentences. */
  sensitivity?: number;
  /** Codes to report, with severities; absent codes use the defaults. */
  severities?: Partial<Record<DiagnosticCode, Severity | 'off'>>;
  /** Path of the draft, to resolve links to corpus files. */
  draftPath?: string;
  maxEvidence?: number;
  maxDiagnostics?: number;
}

/** Coverage of a sentence's terms by one passage above which it restates that passage. */
const RESTATES_COVERAGE = 0.8;
/**
 * Distinct informative terms a sentence needs before it can "restate" a
 * source: a short remark ("They're the people... by the way") shares all of
 * its two or three words with some passage by chance.
 */
const RESTATES_MIN_TERMS = 5;

/** One check of a draft: its diagnostics, and per sentence of the parsed draft (same order) what was learnt. */
export interface CheckedDraft {
  diagnostics: DraftDiagnostic[];
  records: SentenceRecord[];
  /** The memo key of each sentence (same order), for `entries`. */
  keys: string[];
}

export class DraftChecker {
  private readonly memo = new SentenceMemo();
  /** The record of the sentence being checked (set around checkSentence). */
  private recording: SentenceRecord | undefined;
  private memoGeneration = -1;
  private finder: SourceFinder | undefined;
  private readonly suggestions = new Map<string, string[]>();
  /** Block runs' trees across checks: an edit re-parses only the run it touches (blockParse.ts). */
  private readonly blocks = new BlockParseCache();

  /** `claims` remembers which sentences are claims (see claimsAhead.ts: the CLI fills it while the corpus loads). */
  constructor(
    private readonly corpus: Corpus,
    private readonly claims?: ClaimMemo,
  ) {}

  /**
   * `prepared` lets a caller that already parsed and line-indexed this exact
   * text (the server's draft cache, once per version) skip doing it again.
   */
  check(text: string, options: CheckOptions = {}, prepared?: { model: DraftModel; lines: LineIndex }): DraftDiagnostic[] {
    return this.checkWithRecords(text, options, prepared).diagnostics;
  }

  /** Like check, with the per-sentence records (citation sources, quote checks, support found) the features reuse. */
  checkWithRecords(text: string, options: CheckOptions = {}, prepared?: { model: DraftModel; lines: LineIndex }): CheckedDraft {
    this.followCorpus();
    const draft = prepared?.model ?? parseDraft(text, this.blocks);
    const lines = prepared?.lines ?? new LineIndex(text);
    const findings: Finding[] = [];
    const records: SentenceRecord[] = [];
    const keys: string[] = [];
    for (const sentence of draft.sentences) {
      const key = memoKey(sentence, options);
      keys.push(key);
      const entry = this.memo.get(key) ?? this.checkAndRemember(sentence, options, key);
      findings.push(...entry.findings.map((f) => ({ ...f, start: f.start + sentence.start, end: f.end + sentence.start })));
      records.push(entry.record);
    }
    this.memo.prune(new Set(keys));
    const diagnostics: DraftDiagnostic[] = [];
    for (const f of findings) {
      const severity = options.severities?.[f.code] ?? DEFAULT_SEVERITY[f.code];
      if (severity === 'off') continue;
      diagnostics.push({ ...f, severity, range: lines.rangeOf(f.start, f.end) });
    }
    return { diagnostics: diagnostics.slice(0, options.maxDiagnostics ?? Number.MAX_SAFE_INTEGER), records, keys };
  }

  /** The memo entries of a check's sentences (CheckedDraft.keys), to `adopt` in a later checker on the same corpus. */
  entries(keys: readonly string[]): CheckedSentences {
    return this.memo.entriesFor(keys);
  }

  /**
   * Takes over what a checker on the same corpus, at the same contents, found (see `entries`): those sentences are
   * not checked again. The caller vouches for the corpus (the CLI compares fingerprints, cli/checkResultCache.ts).
   */
  adopt(entries: CheckedSentences): void {
    this.followCorpus();
    for (const [key, entry] of entries) if (!this.memo.get(key)) this.memo.set(key, entry);
  }

  /** Forgets what was learnt against an earlier state of the corpus. */
  private followCorpus(): void {
    if (this.memoGeneration === this.corpus.generation) return;
    this.memo.clear();
    this.finder = undefined;
    this.suggestions.clear();
    this.memoGeneration = this.corpus.generation;
  }

  /** Checks one sentence and keeps its findings (relative to its start) and record under `key`. */
  private checkAndRemember(sentence: DraftSentence, options: CheckOptions, key: string) {
    const record = emptyRecord();
    this.recording = record;
    let found: Finding[];
    try {
      found = this.checkSentence(sentence, options);
    } finally {
      this.recording = undefined;
    }
    const entry = { findings: found.map((f) => ({ ...f, start: f.start - sentence.start, end: f.end - sentence.start })), record };
    this.memo.set(key, entry);
    return entry;
  }

  private checkSentence(sentence: DraftSentence, options: CheckOptions): Finding[] {
    const findings: Finding[] = [];
    const known: string[] = [];
    for (const citation of sentence.citations) {
      const id = this.resolve(citation, options);
      this.recording?.sources.push(id);
      if (id) known.push(id);
      else findings.push(this.unknownSource(citation));
    }
    const cited = new Set(known);
    const verified = new Set<string>();
    const located: Located[] = [];
    for (const quotation of sentence.quotations) {
      const finding = this.checkQuotation(quotation, cited, verified, located);
      if (finding) findings.push(finding);
    }
    findings.push(...this.pageMismatches(sentence, options, located, 'quotation'));
    if (sentence.inBlockquote) return findings;
    if (sentence.citations.length === 0) {
      // Only an uncited sentence needs to know whether it is a claim.
      const claim =
        this.claims?.classify(sentence.claimText, options.sensitivity) ?? classifyClaim(sentence.claimText, options.sensitivity);
      // Recommendations, questions, procedure and thanks are never claims, however close to a source.
      const ruledOut = !claim.checkworthy && claim.ruledOut;
      // A sentence that is not a claim is searched only to see whether it
      // restates a source, which a sentence of too few terms never does: its
      // evidence would be thrown away, so the search is skipped.
      const mayRestate = !claim.checkworthy && !ruledOut && new Set(analyze(sentence.claimText)).size >= RESTATES_MIN_TERMS;
      if (!claim.checkworthy && !mayRestate) return findings;
      const graded = this.supportingEvidence(sentence.claimText, undefined);
      const evidence = shownEvidence(graded, options.maxEvidence ?? 3);
      // A sentence that restates a source closely is that source's claim,
      // even when it reads like general prose: it needs the citation.
      const restates = mayRestate && graded.some((g) => g.judgement.verdict === 'supports' && g.judgement.coverage >= RESTATES_COVERAGE);
      if (!claim.checkworthy && !restates) return findings;
      const why = restates ? ' (it restates a source)' : claim.reason ? ` (${claim.reason})` : '';
      findings.push({
        start: sentence.start,
        end: sentence.end,
        code: 'unsupported-claim',
        message: unsupportedClaimMessage(why, evidence),
        evidence,
      });
      const against = contradiction(sentence.start, sentence.end, sentence.claimText, graded, options.maxEvidence ?? 3);
      if (against) findings.push(against);
      return findings;
    }
    // A verified quotation supports its source's citation; a failed one is already reported.
    const quoteFailed = findings.some((f) => f.code === 'misquote' || f.code === 'quote-not-found');
    if (cited.size === 0 || quoteFailed || [...cited].some((id) => verified.has(id))) return findings;
    const graded = this.supportingEvidence(sentence.claimText, cited);
    const max = options.maxEvidence ?? 3;
    // A passage on the same measure that runs the other way outweighs one that only words part of it alike: unless
    // some passage fully supports the sentence, the contradiction is the finding.
    const againstCited = contradiction(sentence.start, sentence.end, sentence.claimText, graded, max);
    const fromCited =
      againstCited || saysOtherwise(graded)
        ? []
        : graded.filter(bearsOut).map((g) => ({ evidence: g.evidence, coverage: g.judgement.coverage }));
    // Taken at the writer's word only in part: unless another source all but restates the sentence (supportFindings.ts).
    if (!againstCited && onlyPartlyBorneOut(graded)) {
      const elsewhere = this.supportingEvidence(sentence.claimText, undefined);
      if (restatedElsewhere(graded, elsewhere, cited)) {
        findings.push(citationDoesNotSupport(sentence.start, sentence.end, cited, graded, elsewhere, max));
        return findings;
      }
    }
    if (fromCited.length > 0) {
      // A page is corrected from a passage only when it all but restates the sentence: a looser match may be the wrong passage.
      const close = fromCited
        .filter((s) => s.coverage >= RESTATES_COVERAGE && s.evidence.page !== undefined)
        .map((s) => locatedEvidence(s.evidence));
      const onCitedPage = (id: string, citation: Citation) =>
        fromCited.some(
          (s) =>
            s.evidence.sourceId === id &&
            s.evidence.page !== undefined &&
            overlaps(citedPages(citation), [s.evidence.page, s.evidence.page]),
        );
      findings.push(...this.pageMismatches(sentence, options, close, 'passage', onCitedPage));
      return findings;
    }
    // The cited source runs the other way: that is the finding, with its passage.
    if (againstCited) return [...findings, againstCited];
    const elsewhere = this.supportingEvidence(sentence.claimText, undefined);
    findings.push(citationDoesNotSupport(sentence.start, sentence.end, cited, graded, elsewhere, max));
    const against = contradiction(sentence.start, sentence.end, sentence.claimText, elsewhere, max);
    if (against) findings.push(against);
    return findings;
  }

  private resolve(citation: Citation, options: CheckOptions): string | undefined {
    return sourceIdOf(citation, this.corpus, options.draftPath);
  }

  private unknownSource(citation: Citation): Finding {
    const wanted = citation.key ?? citation.target ?? '';
    this.finder ??= new SourceFinder(this.corpus.documents());
    // fuse.js scans every source per query: remember the answer while someone types a bare "@partial".
    let suggestions = this.suggestions.get(wanted);
    if (!suggestions) {
      suggestions = this.finder.closestKeys(wanted);
      if (this.suggestions.size > 5000) this.suggestions.clear();
      this.suggestions.set(wanted, suggestions);
    }
    const hint = suggestions.length ? ` Did you mean ${suggestions.map((s) => `@${s}`).join(', ')}?` : '';
    return {
      start: citation.keyStart,
      end: citation.keyEnd,
      code: 'unknown-source',
      message:
        citation.key !== undefined
          ? `@${citation.key} is not a source in the corpus.${hint}`
          : `The link "${wanted}" does not point at a corpus document.${hint}`,
      evidence: [],
      suggestions,
    };
  }

  private checkQuotation(quotation: Quotation, cited: ReadonlySet<string>, verified: Set<string>, located: Located[]): Finding | undefined {
    const result = verifyQuote(this.corpus, quotation.text, cited.size ? { sourceIds: cited } : undefined);
    this.recording?.quotes.push(result);
    if (result.status === 'exact') {
      if (result.sourceId) verified.add(result.sourceId);
      const where = this.quotePages(result);
      if (where) located.push(where);
      return undefined;
    }
    const evidence: Evidence[] =
      result.status === 'misquote' && result.sourceId && result.range && result.file
        ? [
            {
              sourceId: result.sourceId,
              title: this.corpus.document(result.sourceId)?.metadata.title ?? result.sourceId,
              file: result.file,
              range: result.range,
              start: result.start ?? 0,
              end: result.end ?? 0,
              text: result.sourceText ?? '',
              score: result.similarity ?? 0,
              verdict: 'partial',
              detail: 'the quotation differs from the source\u2019s wording',
            },
          ]
        : [];
    const where = cited.size ? ` in ${[...cited].map((id) => `[@${id}]`).join(', ')}` : ' in the corpus';
    return {
      start: quotation.start,
      end: quotation.end,
      code: result.status === 'misquote' ? 'misquote' : 'quote-not-found',
      message: result.status === 'misquote' ? `Misquotation: ${result.message}` : `This quotation was not found${where}.`,
      evidence,
    };
  }

  /** Where an exact quotation is: its source, first and last page, as evidence. */
  private quotePages(result: ReturnType<typeof verifyQuote>): Located | undefined {
    if (!result.sourceId || result.page === undefined || !result.file || !result.range) return undefined;
    // Page numbers only: reading them through the sentences would decode the whole document for two numbers.
    const access = this.corpus.sentenceAccess(result.sourceId);
    const pages = (result.sentences ?? []).map((i) => access?.pageOf(i)).filter((p): p is number => p !== undefined);
    const evidence: Evidence = {
      sourceId: result.sourceId,
      title: result.title ?? result.sourceId,
      file: result.file,
      range: result.range,
      start: result.start ?? 0,
      end: result.end ?? 0,
      text: result.sourceText ?? '',
      score: result.similarity,
      page: result.page,
      verdict: 'supports',
    };
    return { sourceId: result.sourceId, first: Math.min(result.page, ...pages), last: Math.max(result.page, ...pages), evidence };
  }

  /**
   * `citation-page-mismatch`: a citation of a source with a page (`p. 4`,
   * `pp. 4-6`) while the quotation, or the passage restating the sentence,
   * is in that source on other pages only.
   */
  private pageMismatches(
    sentence: DraftSentence,
    options: CheckOptions,
    located: readonly Located[],
    what: 'quotation' | 'passage',
    alreadyOnPage?: (id: string, c: Citation) => boolean,
  ): Finding[] {
    const findings: Finding[] = [];
    for (const citation of sentence.citations) {
      if (citation.page === undefined) continue;
      const id = this.resolve(citation, options);
      const here = located.filter((l) => l.sourceId === id);
      if (!id || here.length === 0) continue;
      const pages = citedPages(citation);
      if (here.some((l) => overlaps(pages, [l.first, l.last])) || alreadyOnPage?.(id, citation)) continue;
      const { first, last, evidence } = here[0];
      const right = first === last ? `p. ${first}` : `pp. ${first}\u2013${last}`;
      const wrong = pages[0] === pages[1] ? `p. ${pages[0]}` : `pp. ${pages[0]}\u2013${pages[1]}`;
      findings.push({
        start: citation.start,
        end: citation.end,
        code: 'citation-page-mismatch',
        message: `The ${what} is on ${right} of [@${id}], not ${wrong}.`,
        evidence: [evidence],
        data: first === last ? { page: first } : { page: first, pageEnd: last },
      });
    }
    return findings;
  }

  /** The passages graded for `claim` (see supportFindings.ts), best verdict first; recorded for the language features. */
  private supportingEvidence(claim: string, sourceIds: ReadonlySet<string> | undefined): Graded[] {
    const graded = gradedSearch(this.corpus, claim, sourceIds);
    this.recording?.support.push({ sourceIds: sourceIds && [...sourceIds], evidence: graded.map((g) => g.evidence) });
    return graded;
  }
}

/** A quotation or passage found in a source, on pages first..last. */
interface Located {
  sourceId: string;
  first: number;
  last: number;
  evidence: Evidence;
}

function locatedEvidence(evidence: Evidence): Located {
  return { sourceId: evidence.sourceId, first: evidence.page!, last: evidence.page!, evidence };
}

/** The pages a citation's locator names: `p. 4` → [4, 4], `pp. 4-6` → [4, 6]. */
export function citedPages(citation: Citation): [number, number] {
  const first = citation.page ?? 0;
  return [first, citation.pageEnd ?? first];
}

function overlaps(a: [number, number], b: [number, number]): boolean {
  return a[0] <= b[1] && b[0] <= a[1];
}
