/**
 * One analysis per document version, the service's parsed model (what a
 * parsed stylesheet is to vscode-css-languageservice): the draft's text,
 * line index and parse, and once the checker has run, its findings and per
 * sentence the citation sources, quote checks and support it found. Every
 * feature reads it; what the check already knows is never searched or
 * verified again. What a feature needs beyond the check (a quote check for
 * a draft not yet checked, the cited passage of a citation nothing
 * supported, Show evidence's ranking) is computed once and kept here.
 *
 * The corpus-dependent part is tied to one corpus generation: when the
 * index changes, it is dropped and the parse kept.
 */
import type { Corpus } from '../engine/corpus/corpus.js';
import type { CheckedDraft } from '../engine/check/checkDraft.js';
import type { DraftDiagnostic, Evidence } from '../engine/check/diagnostics.js';
import type { SentenceRecord } from '../engine/check/sentenceRecord.js';
import { sourceIdOf } from '../engine/check/citationResolver.js';
import { citedPassage, type CitedPassage } from '../engine/cite/passageLookup.js';
import { rankBySupport, type RankedBySupport } from '../engine/check/support.js';
import { parseDraft } from '../engine/draft/parseDraft.js';
import type { BlockParseCache } from '../engine/draft/blockParse.js';
import type { Citation, DraftModel, DraftSentence, Quotation } from '../engine/draft/draftTypes.js';
import { LineIndex } from '../engine/text/lineIndex.js';
import { quoteQuery } from '../engine/draft/cursorContext.js';
import type { QuoteCheck, verifyQuote } from '../engine/verify/quoteVerifier.js';
import type { ServiceDocument } from './types.js';

/** Passages Show evidence searches per sentence, then ranks by support. */
const EVIDENCE_CANDIDATES = 10;

/** What depends on the corpus, for one corpus generation. */
interface CorpusFacts {
  corpus: Corpus;
  generation: number;
  /** The latest check of this version: findings and a record per parsed sentence. */
  checked?: { diagnostics: DraftDiagnostic[]; records: Map<DraftSentence, SentenceRecord> };
  sources: Map<Citation, string | undefined>;
  quotes: Map<Quotation, QuoteCheck>;
  evidence: Map<DraftSentence, RankedBySupport[]>;
}

export class DraftAnalysis {
  private lineIndex: LineIndex | undefined;
  private parsed: DraftModel | undefined;
  private sentences: Map<Citation, DraftSentence> | undefined;
  private facts: CorpusFacts | undefined;

  constructor(
    readonly document: ServiceDocument,
    /** The draft's file path, for link citations; undefined for an unsaved buffer. */
    readonly draftPath: string | undefined,
    private readonly verify: typeof verifyQuote,
    private readonly passages: CitedPassages,
    private readonly blocks?: BlockParseCache,
  ) {}

  get uri(): string {
    return this.document.uri;
  }

  get version(): number {
    return this.document.version;
  }

  get text(): string {
    return this.document.text;
  }

  get lines(): LineIndex {
    this.lineIndex ??= new LineIndex(this.text);
    return this.lineIndex;
  }

  /** Parsed on first use: a code action that needs only offsets never pays for the parse. */
  get model(): DraftModel {
    this.parsed ??= parseDraft(this.text, this.blocks);
    return this.parsed;
  }

  /** The sentence a citation is in (undefined for one outside the checked sentences, such as a link in a suppressed part). */
  sentenceOf(citation: Citation): DraftSentence | undefined {
    this.sentences ??= new Map(this.model.sentences.flatMap((s) => s.citations.map((c) => [c, s] as const)));
    return this.sentences.get(citation);
  }

  /** Keeps a check of this version against `corpus` (records follow the parsed sentences' order). */
  setChecked(corpus: Corpus, checked: CheckedDraft): void {
    const records = new Map<DraftSentence, SentenceRecord>();
    this.model.sentences.forEach((s, i) => {
      const record = checked.records[i];
      if (record) records.set(s, record);
    });
    this.factsFor(corpus).checked = { diagnostics: checked.diagnostics, records };
  }

  /** The findings of the latest check of this version against this corpus generation, if it was checked. */
  findings(corpus: Corpus): readonly DraftDiagnostic[] | undefined {
    return this.factsFor(corpus).checked?.diagnostics;
  }

  /** The source a citation names. */
  sourceOf(corpus: Corpus, citation: Citation, sentence?: DraftSentence): string | undefined {
    const facts = this.factsFor(corpus);
    const record = sentence && facts.checked?.records.get(sentence);
    const at = record ? sentence!.citations.indexOf(citation) : -1;
    if (record && at >= 0 && at < record.sources.length) return record.sources[at];
    if (!facts.sources.has(citation)) facts.sources.set(citation, sourceIdOf(citation, corpus, this.draftPath));
    return facts.sources.get(citation);
  }

  /** The sources the sentence's citations name (known ones only, in order, once each). */
  citedSources(corpus: Corpus, sentence: DraftSentence | undefined): Set<string> {
    const ids = (sentence?.citations ?? []).map((c) => this.sourceOf(corpus, c, sentence));
    return new Set(ids.filter((id): id is string => id !== undefined));
  }

  /** The quote check of a quotation: the checker's, else verified once (against the sentence's cited sources). */
  quoteCheck(corpus: Corpus, quotation: Quotation, sentence: DraftSentence | undefined): QuoteCheck {
    const facts = this.factsFor(corpus);
    const record = sentence && facts.checked?.records.get(sentence);
    const recorded = record?.quotes[sentence!.quotations.indexOf(quotation)];
    if (recorded) return recorded;
    let check = facts.quotes.get(quotation);
    if (!check) {
      const cited = this.citedSources(corpus, sentence);
      check = this.verify(corpus, quotation.text, cited.size ? { sourceIds: cited } : undefined);
      facts.quotes.set(quotation, check);
    }
    return check;
  }

  /**
   * The passage a citation points at: the cited page's first passage, else
   * the source's best match for the sentence (engine/cite/passageLookup.ts).
   * Looked up once per source, page and sentence text and corpus generation
   * (the service warms the lookups after each check, so a hover finds them).
   */
  citedPassage(corpus: Corpus, citation: Citation, sentence: DraftSentence | undefined): CitedPassage | undefined {
    const sourceId = this.sourceOf(corpus, citation, sentence);
    return sourceId ? this.passages.get(corpus, sourceId, citation.page, sentence?.claimText) : undefined;
  }

  /**
   * The passages the check graded for a sentence whose quote query is `query`, against the whole corpus, best
   * first: what its finding and hover show. Undefined when this version was not checked, or the check did not
   * search the corpus for such a sentence (a cited one, or one that is not a claim), so the caller searches.
   */
  checkedEvidence(corpus: Corpus, query: string): readonly Evidence[] | undefined {
    const records = this.factsFor(corpus).checked?.records;
    if (!records) return undefined;
    for (const [sentence, record] of records) {
      if (quoteQuery(sentence.claimText) !== query) continue;
      const wide = record.support.find((s) => s.sourceIds === undefined);
      if (wide && wide.evidence.length > 0) return wide.evidence;
    }
    return undefined;
  }

  /** Show evidence: the sentence's best passages in the corpus, those that support it first (searched once per version). */
  evidence(corpus: Corpus, sentence: DraftSentence): RankedBySupport[] {
    const facts = this.factsFor(corpus);
    let ranked = facts.evidence.get(sentence);
    if (!ranked) {
      ranked = rankBySupport(corpus, sentence.claimText, corpus.search(sentence.claimText, EVIDENCE_CANDIDATES));
      facts.evidence.set(sentence, ranked);
    }
    return ranked;
  }

  private factsFor(corpus: Corpus): CorpusFacts {
    if (this.facts?.corpus !== corpus || this.facts.generation !== corpus.generation) {
      this.facts = { corpus, generation: corpus.generation, sources: new Map(), quotes: new Map(), evidence: new Map() };
    }
    return this.facts;
  }
}

/**
 * The analyses of the latest document versions, least recently used
 * dropped first. A version's analysis is replaced by the next version's,
 * so one open draft holds one entry however much it is edited.
 */
export class AnalysisCache {
  private readonly entries = new Map<string, DraftAnalysis>();

  constructor(private readonly capacity: number) {}

  get(document: ServiceDocument, create: () => DraftAnalysis): DraftAnalysis {
    const found = this.entries.get(document.uri);
    if (found && found.version === document.version && found.text === document.text) {
      // Re-inserted: a Map iterates in insertion order, so the first key is the least recently used.
      this.entries.delete(document.uri);
      this.entries.set(document.uri, found);
      return found;
    }
    const analysis = create();
    this.entries.delete(document.uri);
    this.entries.set(document.uri, analysis);
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
    return analysis;
  }

  /** The analysis of exactly this version, if cached. */
  peek(uri: string, version: number): DraftAnalysis | undefined {
    const found = this.entries.get(uri);
    return found?.version === version ? found : undefined;
  }

  forget(uri: string): void {
    this.entries.delete(uri);
  }
}

/**
 * Cited passages across versions: the lookup searches the cited source
 * for the sentence, so it is kept per (source, page, sentence text) while the
 * corpus generation holds, and an edit elsewhere in a draft costs no search.
 */
export class CitedPassages {
  private entries = new Map<string, CitedPassage | undefined>();
  private corpus: Corpus | undefined;
  private generation = -1;

  constructor(private readonly capacity = 5000) {}

  get(corpus: Corpus, sourceId: string, page: number | undefined, claim: string | undefined): CitedPassage | undefined {
    if (this.corpus !== corpus || this.generation !== corpus.generation) {
      this.entries = new Map();
      this.corpus = corpus;
      this.generation = corpus.generation;
    }
    const key = `${sourceId}\u0000${page ?? ''}\u0000${claim ?? ''}`;
    if (this.entries.has(key)) return this.entries.get(key);
    const found = citedPassage(corpus, sourceId, { page, claim });
    if (this.entries.size >= this.capacity) this.entries.clear();
    this.entries.set(key, found);
    return found;
  }
}
