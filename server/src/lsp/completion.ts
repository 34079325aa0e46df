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
 * the pure engine/draft/cursorContext.ts; this module only searches and
 * shapes LSP items. Key items keep the server's fuzzy order: VS Code would
 * otherwise re-filter them with its own prefix matcher and drop "innov" →
 * "tact-innovation", so each item's filterText is what the user typed and
 * the list is marked incomplete (VS Code asks again as they type).
 */
import {
  CompletionItemKind,
  CompletionTriggerKind,
  InsertTextFormat,
  MarkupKind,
  type CompletionItem,
  type CompletionList,
  type CompletionParams,
} from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Corpus } from '../engine/corpus/corpus.js';
import { completionContext, type CompletionContext } from '../engine/draft/cursorContext.js';
import { SourceFinder } from '../engine/search/sourceFinder.js';
import { rankBySupport } from '../engine/check/support.js';
import { quoteInsertion, type QuoteStyle } from '../engine/cite/quoteInsertion.js';
import { escapeMarkdown, markdownLink } from '../engine/text/markdownEscape.js';
import type { SearchResult } from '../engine/types.js';
import { fileName, sourceLink } from './passageHits.js';
import { sourceUri } from './sourceUri.js';

export const TRIGGER_CHARACTERS = ['@', '"', '>', ' '];
const MAX_KEYS = 50;
const MAX_QUOTES = 8;
/** Search this many passages, then put those that support the sentence first. */
const QUOTE_CANDIDATES = 12;

export class CompletionProvider {
  private finder: SourceFinder | undefined;
  private finderFor: { corpus: Corpus; generation: number } | undefined;

  /** Decides what to offer; cheap, no corpus needed (so non-contexts answer at once). */
  context(doc: TextDocument, params: CompletionParams): CompletionContext {
    const text = doc.getText();
    const offset = doc.offsetAt(params.position);
    const ctx = params.context;
    const trigger =
      ctx?.triggerKind === CompletionTriggerKind.TriggerCharacter && ctx.triggerCharacter
        ? { kind: 'character' as const, character: ctx.triggerCharacter }
        : { kind: 'invoked' as const };
    return completionContext(text, offset, trigger);
  }

  complete(doc: TextDocument, context: CompletionContext, corpus: Corpus, style: QuoteStyle): CompletionList | null {
    if (context.kind === 'citation-key') return this.keys(doc, context, corpus);
    if (context.kind === 'quote') return this.quotes(doc, context, corpus, style);
    return null;
  }

  private keys(doc: TextDocument, ctx: Extract<CompletionContext, { kind: 'citation-key' }>, corpus: Corpus): CompletionList {
    const range = { start: doc.positionAt(ctx.replaceStart), end: doc.positionAt(ctx.replaceEnd) };
    const items: CompletionItem[] = this.sourceFinder(corpus)
      .find(ctx.prefix, MAX_KEYS)
      .map((m, rank) => {
        const doc = corpus.document(m.sourceId);
        const year = /\d{4}/.exec(m.date ?? '')?.[0];
        const byline = [m.author, year].filter(Boolean).join(', ');
        const lines = [`**${escapeMarkdown(m.title ?? m.sourceId)}**`];
        if (m.author) lines.push(escapeMarkdown(m.author));
        if (doc?.metadata.publisher && doc.metadata.publisher !== m.author) lines.push(escapeMarkdown(doc.metadata.publisher));
        if (m.date) lines.push(escapeMarkdown(m.date));
        if (doc?.metadata.url) lines.push(markdownLink(doc.metadata.url, doc.metadata.url));
        if (doc) lines.push(markdownLink(fileName(doc.file), sourceLink(doc.file, 0)));
        return {
          label: m.sourceId,
          kind: CompletionItemKind.Reference,
          detail: [m.title, byline && `(${byline})`].filter(Boolean).join(' '),
          labelDetails: { description: byline || undefined },
          documentation: { kind: MarkupKind.Markdown, value: lines.join('  \n') },
          textEdit: { range, newText: m.sourceId },
          filterText: ctx.prefix,
          sortText: String(rank).padStart(4, '0'),
          insertTextFormat: InsertTextFormat.PlainText,
          preselect: rank === 0,
        };
      });
    return { isIncomplete: true, items };
  }

  private quotes(doc: TextDocument, ctx: Extract<CompletionContext, { kind: 'quote' }>, corpus: Corpus, style: QuoteStyle): CompletionList {
    const form = ctx.form ?? style;
    const range = { start: doc.positionAt(ctx.replaceStart), end: doc.positionAt(ctx.replaceEnd) };
    const typed = doc.getText(range);
    // Passages that support the sentence first, search order otherwise.
    const ranked = rankBySupport(corpus, ctx.query, corpus.search(ctx.query, QUOTE_CANDIDATES)).slice(0, MAX_QUOTES);
    const items: CompletionItem[] = ranked.map(({ result: r, supports }, rank) => {
      const newText = quoteInsertion(r, form, { lineBefore: ctx.lineBefore, lineAfter: ctx.lineAfter, nextLineHasText: ctx.nextLineHasText, eol: ctx.eol });
      const where = `@${r.sourceId}${r.page !== undefined ? `, p. ${r.page}` : ''}`;
      return {
        label: clip(r.text, 80),
        kind: CompletionItemKind.Text,
        labelDetails: { description: where },
        detail: `${supports ? 'Supports the sentence' : 'Related'}: ${r.title} (${where})`,
        documentation: { kind: MarkupKind.Markdown, value: quoteDocumentation(r) },
        textEdit: { range, newText },
        // VS Code filters on the text in the edit's range (the typed `"` or `> `), so start with it.
        filterText: `${typed}${r.text}`,
        sortText: String(rank).padStart(4, '0'),
        insertTextFormat: InsertTextFormat.PlainText,
        preselect: rank === 0,
        // Where the passage is, for clients that want to show or open it.
        data: { sourceId: r.sourceId, uri: sourceUri(r.file), range: r.range, ...(r.page !== undefined ? { page: r.page } : {}) },
      };
    });
    return { isIncomplete: false, items };
  }

  private sourceFinder(corpus: Corpus): SourceFinder {
    if (!this.finder || this.finderFor?.corpus !== corpus || this.finderFor.generation !== corpus.generation) {
      this.finder = new SourceFinder(corpus.documents());
      this.finderFor = { corpus, generation: corpus.generation };
    }
    return this.finder;
  }
}

function quoteDocumentation(r: SearchResult): string {
  const line = r.range.start.line;
  const where = `${markdownLink(`${fileName(r.file)}, line ${line + 1}`, sourceLink(r.file, line))}${r.page !== undefined ? `, p. ${r.page}` : ''}`;
  return `> ${escapeMarkdown(r.text)}\n\n*${escapeMarkdown(r.title)}* (${escapeMarkdown(`@${r.sourceId}`)}), ${where}`;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}\u2026`;
}
