/**
 * Sourced's language service: one object, created with an injected
 * workspace (open documents, files, settings, the corpus), whose
 * methods are the editor features in the engine's terms. Each takes plain
 * data (a document's text and version, an offset) with a cancellation
 * token last and returns plain results; the language server only converts
 * LSP messages to these calls and back (server/src/lsp/), and tests call
 * them directly (test/service/).
 *
 * Every feature on a draft reads the draft's analysis for that version
 * (analysis.ts), computed once and kept in an LRU cache: the parse, and
 * after a check the findings and what the checker learnt per sentence.
 * Features that need the index wait for it to finish (a "no source" answer
 * from a half-built index would be false), but stop waiting when the editor
 * cancels.
 */
import type { Corpus } from '../engine/corpus/corpus.js';
import type { CheckOptions } from '../engine/check/checkDraft.js';
import { verifyQuote } from '../engine/verify/quoteVerifier.js';
import { AnalysisCache, CitedPassages, DraftAnalysis } from './analysis.js';
import { CodeActionsProvider, type CodeActionRequest, type CodeActionResult } from './codeActions.js';
import { CompletionProvider, type CompletionList, type CompletionTrigger } from './completion.js';
import { CorpusRequestsProvider } from './corpusRequests.js';
import { DefinitionProvider } from './definition.js';
import { DiagnosticsProvider, type DiagnosticsResult } from './diagnostics.js';
import { EvidenceProvider } from './evidence.js';
import { HoverProvider, type HoverResult } from './hover.js';
import { ReferencesProvider } from './references.js';
import { checkOptionsFrom } from './settings.js';
import { SymbolsProvider, type DocumentSymbol, type WorkspaceSymbol } from './symbols.js';
import { NO_CANCELLATION, type CancellationToken, type LanguageServiceInit, type Location, type ServiceDocument } from './types.js';
import { WorkspaceDrafts } from './workspaceDrafts.js';
import { BlockParseCache } from '../engine/draft/blockParse.js';
import type { EvidenceResult, PassageHit, SourceInfo } from '../protocol.js';

const DEFAULT_ANALYSES = 16;

export type LanguageService = ReturnType<typeof createLanguageService>;

export function createLanguageService(init: LanguageServiceInit) {
  const verify = init.verifyQuote ?? verifyQuote;
  const analyses = new AnalysisCache(init.analysisCacheSize ?? DEFAULT_ANALYSES);
  const passages = new CitedPassages();
  /** Block runs' trees, shared by every draft's versions: an edit re-parses only the run it touches. */
  const blocks = new BlockParseCache();
  /** The cached analysis of exactly this version and text, without parsing one (completion must stay cheap). */
  const checkedAnalysis = (doc: ServiceDocument): DraftAnalysis | undefined => {
    const found = analyses.peek(doc.uri, doc.version);
    return found?.text === doc.text ? found : undefined;
  };
  const analysisOf = (doc: ServiceDocument): DraftAnalysis =>
    analyses.get(doc, () => new DraftAnalysis(doc, init.uris.pathOf(doc.uri), verify, passages, blocks));
  const drafts = new WorkspaceDrafts({ ...init, analysisOf });
  const hover = new HoverProvider(init.uris);
  const definition = new DefinitionProvider(init.uris);
  const references = new ReferencesProvider(init.uris, drafts);
  const completion = new CompletionProvider(init.uris);
  const codeActions = new CodeActionsProvider();
  const symbols = new SymbolsProvider(init.uris);
  const evidence = new EvidenceProvider(init.uris);
  const corpusRequests = new CorpusRequestsProvider(init.uris, drafts);
  const diagnostics = new DiagnosticsProvider();

  /** The corpus once fully indexed, or undefined if the token was cancelled while waiting. */
  const indexed = async (token: CancellationToken): Promise<Corpus | undefined> => {
    if (!(await init.corpus.whenReady(token))) return undefined;
    return token.isCancellationRequested ? undefined : init.corpus.current();
  };
  /** The document as the editor has it now (it may have been edited while a request waited). */
  const latest = (doc: ServiceDocument): ServiceDocument => init.documents.get(doc.uri) ?? doc;
  const styleFor = async (uri: string | undefined) => (await init.settings(uri)).quotes.insertStyle;

  return {
    /** The analysis of a document version (parsed on first use); for the server's own bookkeeping and tests. */
    analysis: analysisOf,

    /** The checker's options for a document, from its settings (may ask the client). */
    async checkOptions(uri: string): Promise<CheckOptions> {
      return checkOptionsFrom(await init.settings(uri));
    },

    /**
     * Checks one version now, synchronously, with options read earlier (the
     * server's scheduler runs checks one at a time). The server publishes
     * the findings, then calls prepareHovers: the user sees them sooner.
     */
    diagnosticsWith(doc: ServiceDocument, options: CheckOptions): DiagnosticsResult {
      if (doc.languageId !== undefined && doc.languageId !== 'markdown') return { kind: 'not-a-draft' };
      const corpus = init.corpus.current();
      if (!corpus || !init.corpus.isReady()) return { kind: 'indexing' };
      const findings = diagnostics.provideDiagnostics(analysisOf(doc), corpus, options);
      return { kind: 'checked', version: doc.version, findings };
    },

    /**
     * Looks up the passages a checked version's citations point at (most are
     * kept from the last version), so hovers and definitions need no search.
     */
    prepareHovers(doc: ServiceDocument): void {
      const corpus = init.corpus.current();
      // Only the version still cached: a newer one (typed since) is not evicted for an old one's passages.
      const analysis = analyses.peek(doc.uri, doc.version);
      if (!corpus || !init.corpus.isReady() || !analysis || analysis.text !== doc.text) return;
      for (const s of analysis.model.sentences) for (const c of s.citations) analysis.citedPassage(corpus, c, s);
    },

    /** Checks one version with its settings, and prepares its hovers. */
    async diagnostics(doc: ServiceDocument, token: CancellationToken = NO_CANCELLATION): Promise<DiagnosticsResult> {
      const options = await this.checkOptions(doc.uri);
      if (token.isCancellationRequested) return { kind: 'indexing' };
      const result = this.diagnosticsWith(doc, options);
      if (result.kind === 'checked') this.prepareHovers(doc);
      return result;
    },

    async completion(
      doc: ServiceDocument,
      offset: number,
      trigger: CompletionTrigger,
      token: CancellationToken = NO_CANCELLATION,
    ): Promise<CompletionList | null> {
      // Decide first (cheap): most trigger characters (every space) offer nothing.
      const context = completion.context(doc, offset, trigger);
      if (context.kind === 'none') return null;
      const corpus = await indexed(token);
      if (!corpus) return null;
      const style = await styleFor(doc.uri);
      if (token.isCancellationRequested) return null;
      const now = latest(doc);
      // The context again only if the user typed while we waited (the offset is then the editor's concern: same offset).
      return completion.provideCompletion(
        now,
        now.version === doc.version ? context : completion.context(now, offset, trigger),
        corpus,
        style,
        checkedAnalysis(now),
      );
    },

    async hover(doc: ServiceDocument, offset: number, token: CancellationToken = NO_CANCELLATION): Promise<HoverResult | null> {
      const corpus = await indexed(token);
      return corpus ? hover.provideHover(analysisOf(doc), offset, corpus) : null;
    },

    async definition(doc: ServiceDocument, offset: number, token: CancellationToken = NO_CANCELLATION): Promise<Location | null> {
      const corpus = await indexed(token);
      return corpus ? definition.provideDefinition(analysisOf(doc), offset, corpus) : null;
    },

    async references(
      doc: ServiceDocument,
      offset: number,
      includeDeclaration: boolean,
      token: CancellationToken = NO_CANCELLATION,
    ): Promise<Location[] | null> {
      const corpus = await indexed(token);
      return corpus ? references.provideReferences(analysisOf(doc), offset, corpus, includeDeclaration, token) : null;
    },

    /**
     * Quick fixes need only the draft and the findings; only the references
     * section needs the index, and editors ask for actions on every cursor
     * move, so nothing here waits for indexing.
     */
    async codeActions(
      doc: ServiceDocument,
      request: Omit<CodeActionRequest, 'style'>,
      _token: CancellationToken = NO_CANCELLATION,
    ): Promise<CodeActionResult[]> {
      const style = await styleFor(doc.uri);
      const corpus = init.corpus.isReady() ? init.corpus.current() : undefined;
      return codeActions.provideCodeActions(analysisOf(doc), { ...request, style }, corpus);
    },

    /** The references section's edit, for an action offered without it; computed on the draft as it is now. */
    async resolveReferences(doc: ServiceDocument, token: CancellationToken = NO_CANCELLATION): Promise<CodeActionResult | undefined> {
      const corpus = await indexed(token);
      return corpus ? codeActions.insertReferences(analysisOf(latest(doc)), corpus) : undefined;
    },

    async documentSymbols(doc: ServiceDocument, _token: CancellationToken = NO_CANCELLATION): Promise<DocumentSymbol[]> {
      return symbols.provideDocumentSymbols(analysisOf(doc), init.corpus.isReady() ? init.corpus.current() : undefined);
    },

    async workspaceSymbols(query: string, token: CancellationToken = NO_CANCELLATION): Promise<WorkspaceSymbol[]> {
      const corpus = await indexed(token);
      return corpus ? symbols.provideWorkspaceSymbols(corpus, query) : [];
    },

    async evidence(doc: ServiceDocument, offset: number, token: CancellationToken = NO_CANCELLATION): Promise<EvidenceResult | null> {
      const corpus = await indexed(token);
      if (!corpus) return null;
      const style = await styleFor(doc.uri);
      return evidence.provideEvidence(analysisOf(doc), offset, corpus, style);
    },

    async search(
      query: unknown,
      limit: unknown,
      scopeUri: string | undefined,
      token: CancellationToken = NO_CANCELLATION,
    ): Promise<PassageHit[]> {
      const corpus = await indexed(token);
      if (!corpus) return [];
      return corpusRequests.search(corpus, query, limit, await styleFor(scopeUri));
    },

    async sources(token: CancellationToken = NO_CANCELLATION): Promise<SourceInfo[]> {
      const corpus = await indexed(token);
      return corpus ? corpusRequests.sources(corpus, token) : [];
    },

    async sourceText(uri: string, token: CancellationToken = NO_CANCELLATION): Promise<{ text: string } | null> {
      const corpus = await indexed(token);
      return corpus ? corpusRequests.sourceText(corpus, uri) : null;
    },

    /** The document was closed: forget its analysis and checker. */
    closed(uri: string): void {
      analyses.forget(uri);
      diagnostics.forget(uri);
    },
  };
}
