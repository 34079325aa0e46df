/**
 * Completion in drafts:
 * - after `[@` or `@` in a citation: the corpus's citation keys, fuzzy-matched
 *   on key, title and author (fuse.js, via SourceFinder), with title, author
 *   and year beside each;
 * - inside a paragraph, on request (Ctrl+Space) or after typing `"` or `> `:
 *   supporting quotes for the current sentence, each inserting the passage
 *   verbatim with its citation, inline or as a blockquote.
 *
 * What the cursor is in (and what the inserted text replaces) is decided by
 * the pure engine/draft/cursorContext.ts, on the current line and paragraph
 * only (completion runs on every trigger character and must not parse the
 * draft). Key items keep the server's fuzzy order: VS Code would otherwise
 * re-filter them with its own prefix matcher and drop "innov" →
 * "tact-innovation", so each item's filterText is what the user typed and
 * the list is marked incomplete (VS Code asks again as they type).
 */
import type { Corpus } from '../engine/corpus/corpus.js';
import { completionContext, type CompletionContext, type CompletionTrigger } from '../engine/draft/cursorContext.js';
import { SourceFinder } from '../engine/search/sourceFinder.js';
import { rankBySupport } from '../engine/check/support.js';
import { quoteInsertion, type QuoteStyle } from '../engine/cite/quoteInsertion.js';
import { escapeMarkdown, markdownLink } from '../engine/text/markdownEscape.js';
import { LineIndex } from '../engine/text/lineIndex.js';
import type { SearchResult } from '../engine/types.js';
import { baseName, clip, locationLink, sourceLink } from './format.js';
import type { Range, ServiceDocument, UriMapper } from './types.js';
import type { DraftAnalysis } from './analysis.js';

export type { CompletionContext, CompletionTrigger };

export const TRIGGER_CHARACTERS = ['@', '"', '>', ' '];
const MAX_KEYS = 50;
const MAX_QUOTES = 8;
/** Search this many passages, then put those that support the sentence first. */
const QUOTE_CANDIDATES = 12;

export interface CompletionItem {
  label: string;
  kind: 'source-key' | 'quote';
  detail: string;
  /** Shown beside the label. */
  description?: string;
  /** Markdown, corpus text escaped. */
  documentation: string;
  edit: { range: Range; newText: string };
  filterText: string;
  sortText: string;
  preselect: boolean;
  /** For quotes: where the passage is, for clients that want to show or open it. */
  data?: { sourceId: string; uri: string; range: Range; page?: number };
}

export interface CompletionList {
  isIncomplete: boolean;
  items: CompletionItem[];
}

export class CompletionProvider {
  private finder: { corpus: Corpus; generation: number; finder: SourceFinder } | undefined;

  constructor(private readonly uris: UriMapper) {}

  /** What to offer; cheap and needs no corpus, so most trigger characters (every space) are answered at once. */
  context(doc: ServiceDocument, offset: number, trigger: CompletionTrigger): CompletionContext {
    return completionContext(doc.text, offset, trigger);
  }

  /** `analysis`: the document version's, when it is cached; its check's graded passages are offered as they are. */
  provideCompletion(
    doc: ServiceDocument,
    context: CompletionContext,
    corpus: Corpus,
    style: QuoteStyle,
    analysis?: DraftAnalysis,
  ): CompletionList | null {
    if (context.kind === 'citation-key') return this.keys(doc, context, corpus);
    if (context.kind === 'quote') return this.quotes(doc, context, corpus, style, analysis);
    return null;
  }

  private keys(doc: ServiceDocument, ctx: Extract<CompletionContext, { kind: 'citation-key' }>, corpus: Corpus): CompletionList {
    const range = rangeIn(doc.text, ctx.replaceStart, ctx.replaceEnd);
    const items = this.sourceFinder(corpus)
      .find(ctx.prefix, MAX_KEYS)
      .map((m, rank): CompletionItem => {
        const source = corpus.document(m.sourceId);
        const year = /\d{4}/.exec(m.date ?? '')?.[0];
        const byline = [m.author, year].filter(Boolean).join(', ');
        const lines = [`**${escapeMarkdown(m.title ?? m.sourceId)}**`];
        if (m.author) lines.push(escapeMarkdown(m.author));
        if (source?.metadata.publisher && source.metadata.publisher !== m.author) lines.push(escapeMarkdown(source.metadata.publisher));
        if (m.date) lines.push(escapeMarkdown(m.date));
        if (source?.metadata.url) lines.push(markdownLink(source.metadata.url, source.metadata.url));
        if (source) lines.push(markdownLink(baseName(source.file), sourceLink(this.uris, source.file, 0)));
        return {
          label: m.sourceId,
          kind: 'source-key',
          detail: [m.title, byline && `(${byline})`].filter(Boolean).join(' '),
          description: byline || undefined,
          documentation: lines.join('  \n'),
          edit: { range, newText: m.sourceId },
          filterText: ctx.prefix,
          sortText: String(rank).padStart(4, '0'),
          preselect: rank === 0,
        };
      });
    return { isIncomplete: true, items };
  }

  private quotes(
    doc: ServiceDocument,
    ctx: Extract<CompletionContext, { kind: 'quote' }>,
    corpus: Corpus,
    style: QuoteStyle,
    analysis: DraftAnalysis | undefined,
  ): CompletionList {
    const form = ctx.form ?? style;
    const range = rangeIn(doc.text, ctx.replaceStart, ctx.replaceEnd);
    const typed = doc.text.slice(ctx.replaceStart, ctx.replaceEnd);
    // Passages that support the sentence first, search order otherwise. A sentence the check already graded offers
    // the passages its finding and hover show (the same order, no second search); any other is searched now.
    const checked = analysis?.checkedEvidence(corpus, ctx.query);
    const ranked = (
      checked
        ? checked.map((e) => ({ result: e, supports: e.verdict === 'supports' }))
        : rankBySupport(corpus, ctx.query, corpus.search(ctx.query, QUOTE_CANDIDATES))
    ).slice(0, MAX_QUOTES);
    const around = { lineBefore: ctx.lineBefore, lineAfter: ctx.lineAfter, nextLineHasText: ctx.nextLineHasText, eol: ctx.eol };
    const items = ranked.map(({ result: r, supports }, rank): CompletionItem => {
      const where = `@${r.sourceId}${r.page !== undefined ? `, p. ${r.page}` : ''}`;
      return {
        label: clip(r.text, 80),
        kind: 'quote',
        description: where,
        detail: `${supports ? 'Supports the sentence' : 'Related'}: ${r.title} (${where})`,
        documentation: this.quoteDocumentation(r),
        edit: { range, newText: quoteInsertion(r, form, around) },
        // VS Code filters on the text in the edit's range (the typed `"` or `> `), so start with it.
        filterText: `${typed}${r.text}`,
        sortText: String(rank).padStart(4, '0'),
        preselect: rank === 0,
        data: { sourceId: r.sourceId, uri: this.uris.sourceUri(r.file), range: r.range, ...(r.page !== undefined ? { page: r.page } : {}) },
      };
    });
    return { isIncomplete: false, items };
  }

  private quoteDocumentation(r: SearchResult): string {
    return `> ${escapeMarkdown(r.text)}\n\n*${escapeMarkdown(r.title)}* (${escapeMarkdown(`@${r.sourceId}`)}), ${locationLink(this.uris, r)}`;
  }

  /** The key finder, rebuilt only when the corpus changes (fuse.js indexes every source). */
  private sourceFinder(corpus: Corpus): SourceFinder {
    if (this.finder?.corpus !== corpus || this.finder.generation !== corpus.generation) {
      this.finder = { corpus, generation: corpus.generation, finder: new SourceFinder(corpus.documents()) };
    }
    return this.finder.finder;
  }
}

/**
 * The range of [start, end) from the text near it: completion must not
 * index the whole draft's lines on every keystroke, so lines are counted
 * only up to `end`.
 */
function rangeIn(text: string, start: number, end: number): Range {
  const lines = new LineIndex(text.slice(0, end));
  return lines.rangeOf(start, end);
}
