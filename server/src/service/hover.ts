/**
 * Hover in drafts, as Markdown, read from the draft's analysis:
 * - on a citation: the source card (title, author or publisher, date, URL,
 *   a `file:` link to the cited passage, how often the draft cites it);
 * - on a quotation: where it is in the source and the passage with a
 *   sentence of context either side, the quoted words bold;
 * - on any flagged sentence: the finding (its verdict and source first,
 *   the passage once, then the quick fix), also when it has no evidence.
 * A checked draft's hover runs no search and no quote check: the check's
 * records answer it (test/service/hoverReadsAnalysis.test.ts counts).
 *
 * Corpus text (passages, titles, authors, URLs, file names) goes through
 * escapeMarkdown: a `[link](command:…)` in a source renders as text.
 */
import type { Corpus } from '../engine/corpus/corpus.js';
import type { DraftDiagnostic, Evidence } from '../engine/check/diagnostics.js';
import type { Citation, DraftSentence, Quotation } from '../engine/draft/draftTypes.js';
import { locateInDraft } from '../engine/draft/cursorContext.js';
import { escapeMarkdown, markdownLink } from '../engine/text/markdownEscape.js';
import type { Sentence } from '../engine/types.js';
import type { DraftAnalysis } from './analysis.js';
import { citeLabel, locationLink } from './format.js';
import type { Range, UriMapper } from './types.js';

export interface HoverResult {
  /** Markdown; corpus text in it is escaped. */
  markdown: string;
  range: Range;
}

/** Further evidence after the first is listed by source, without its passage. */
const EVIDENCE_LISTED = 3;

/** How a verdict reads ahead of its source; `verdict` comes with each evidence item where the checker judged it. */
const VERDICT_LEAD: Record<string, string> = {
  supports: 'Supported by',
  partial: 'Partly supported by',
  related: 'Related, not confirmed:',
  contradicts: 'Contradicted by',
};

/** The lead for evidence that carries no verdict, by the finding's code. */
const CODE_LEAD: Record<string, string> = {
  'unsupported-claim': 'Supported by',
  'citation-does-not-support': 'Supported by',
  misquote: "The source's wording, in",
  'citation-page-mismatch': 'Found in',
};

/** The quick fix a finding offers first (code actions.ts makes them), named in its hover. */
const FIRST_FIX: Record<string, (e: Evidence | undefined) => string | undefined> = {
  'unsupported-claim': (e) => (e ? `Cite ${citeLabel(e.sourceId, e.page)}` : 'Mark as not a claim'),
  'citation-does-not-support': () => undefined,
  misquote: (e) => (e ? "Replace with the source's wording" : undefined),
  'citation-page-mismatch': (e) => (e?.page !== undefined ? `Change to p. ${e.page}` : undefined),
};

export class HoverProvider {
  constructor(private readonly uris: UriMapper) {}

  provideHover(analysis: DraftAnalysis, offset: number, corpus: Corpus): HoverResult | null {
    const at = locateInDraft(analysis.model, offset);
    const hover = (markdown: string, start: number, end: number): HoverResult => ({ markdown, range: analysis.lines.rangeOf(start, end) });
    const findings = analysis.findings(corpus);
    if (at.citation)
      return hover(this.citationCard(analysis, corpus, at.citation, at.sentence, findings), at.citation.start, at.citation.end);
    if (at.quotation) {
      const q = at.quotation;
      const [start, end] = q.kind === 'inline' ? [q.start - 1, q.end + 1] : [q.start, q.end];
      return hover(this.quotationCard(analysis, corpus, q, at.sentence), start, end);
    }
    const flagged = findings?.find((d) => d.start <= offset && offset <= d.end);
    return flagged ? hover(this.findingCard(flagged), flagged.start, flagged.end) : null;
  }

  private citationCard(
    analysis: DraftAnalysis,
    corpus: Corpus,
    citation: Citation,
    sentence: DraftSentence | undefined,
    findings: readonly DraftDiagnostic[] | undefined,
  ): string {
    const sourceId = analysis.sourceOf(corpus, citation, sentence);
    const doc = sourceId ? corpus.document(sourceId) : undefined;
    if (!sourceId || !doc) {
      const written = citation.key !== undefined ? `@${citation.key}` : (citation.target ?? '');
      const unknown = findings?.find((d) => d.code === 'unknown-source' && d.start === citation.keyStart);
      const hint = unknown?.suggestions?.length
        ? ` Did you mean ${unknown.suggestions.map((s) => escapeMarkdown(`@${s}`)).join(', ')}?`
        : '';
      return `${escapeMarkdown(written)} is not a source in the corpus.${hint}`;
    }
    const m = doc.metadata;
    const lines: string[] = [`**${escapeMarkdown(m.title ?? sourceId)}**`];
    const publisher = m.author && m.publisher && m.publisher !== m.author ? m.publisher : undefined;
    const byline = [m.author ?? m.publisher, publisher, m.date].filter((x): x is string => Boolean(x));
    if (byline.length) lines.push(byline.map(escapeMarkdown).join(' \u00b7 '));
    if (m.url) lines.push(markdownLink(m.url, m.url));
    const passage = analysis.citedPassage(corpus, citation, sentence);
    if (passage) lines.push(locationLink(this.uris, { file: doc.file, range: passage.range, page: passage.sentence?.page }));
    const count = this.citationCount(analysis, corpus, sourceId);
    lines.push(`Cited ${count === 1 ? 'once' : `${count} times`} in this draft \u00b7 ${escapeMarkdown(`@${sourceId}`)}`);
    let card = lines.join('  \n');
    if (passage?.sentence) card += `\n\n---\n\n> ${escapeMarkdown(passage.sentence.text)}`;
    return card;
  }

  /** Every citation of the draft that names this source; a sentence's own citations are read from its record. */
  private citationCount(analysis: DraftAnalysis, corpus: Corpus, sourceId: string): number {
    return analysis.model.citations.filter((c) => analysis.sourceOf(corpus, c, analysis.sentenceOf(c)) === sourceId).length;
  }

  private quotationCard(analysis: DraftAnalysis, corpus: Corpus, quotation: Quotation, sentence: DraftSentence | undefined): string {
    const check = analysis.quoteCheck(corpus, quotation, sentence);
    if (check.status === 'not-found' || !check.sourceId || !check.file || !check.range) {
      const cited = analysis.citedSources(corpus, sentence);
      return `**Quotation not found** in ${cited.size ? [...cited].map((id) => escapeMarkdown(`@${id}`)).join(', ') : 'the corpus'}.`;
    }
    const title = corpus.document(check.sourceId)?.metadata.title ?? check.sourceId;
    const source = `*${escapeMarkdown(title)}* (${escapeMarkdown(`@${check.sourceId}`)})`;
    const head =
      check.status === 'exact'
        ? `**Quoted exactly** from ${source}`
        : `**Misquoted**: ${escapeMarkdown(check.message)}  \nSource: ${source}`;
    const where = locationLink(this.uris, { file: check.file, range: check.range, page: check.page });
    return `${head}  \n${where}\n\n> ${markedContext(corpus, check.sourceId, check.sentences ?? [], check.sourceText ?? '')}`;
  }

  /**
   * A finding: the verdict and source first, the passage once, what the
   * finding says, the other evidence by source only, then the quick fix.
   * Without evidence, what the finding says.
   */
  findingCard(d: DraftDiagnostic): string {
    const [first, ...more] = d.evidence;
    const parts: string[] = first
      ? [`**Evidence** \u00b7 ${this.evidenceLead(d, first)}\n\n> ${escapeMarkdown(first.text)}`, escapeMarkdown(headline(d))]
      : [`**${escapeMarkdown(d.message)}**`];
    for (const e of more.slice(0, EVIDENCE_LISTED - 1)) parts.push(`Also: ${this.evidenceLead(d, e)}`);
    const fix = FIRST_FIX[d.code]?.(first);
    if (fix) parts.push(`Quick fix (Ctrl+.): ${fix}`);
    return parts.join('\n\n');
  }

  private evidenceLead(d: DraftDiagnostic, e: Evidence): string {
    const verdict = (e as Evidence & { verdict?: string }).verdict;
    const lead = (verdict && VERDICT_LEAD[verdict]) ?? CODE_LEAD[d.code] ?? 'Source:';
    return `${lead} *${escapeMarkdown(e.title)}* (${citeLabel(e.sourceId, e.page)}), ${locationLink(this.uris, e)}`;
  }
}

/**
 * The finding's message without the passage it quotes (the hover shows the
 * passage itself once, below): the message up to the sentence that quotes
 * the first evidence. Messages that quote nothing are whole.
 */
export function headline(d: DraftDiagnostic): string {
  const passage = d.evidence[0]?.text;
  const quoteAt = passage ? d.message.indexOf(`\u201c${passage.slice(0, 20)}`) : -1;
  if (quoteAt < 0) return d.message;
  const cut = d.message.lastIndexOf('. ', quoteAt);
  return cut > 0 ? d.message.slice(0, cut + 1) : d.message;
}

/**
 * The matched sentences with one sentence either side (Corpus.context, so
 * not across distant blocks), escaped, the quoted words in bold.
 */
function markedContext(corpus: Corpus, sourceId: string, touched: readonly number[], quoted: string): string {
  if (touched.length === 0) return escapeMarkdown(quoted);
  const byIndex = new Map<number, Sentence>();
  const around = [...corpus.context(sourceId, touched[0], 1), ...corpus.context(sourceId, touched[touched.length - 1], 1)];
  for (const s of around) byIndex.set(s.index, s);
  const sentences = [...byIndex.values()].sort((a, b) => a.index - b.index);
  const text = sentences.map((s) => s.text).join(' ');
  let from = 0;
  for (const s of sentences) {
    if (s.index >= touched[0]) break;
    from += s.text.length + 1;
  }
  const at = quoted ? text.indexOf(quoted, from) : -1;
  if (at < 0) return escapeMarkdown(text);
  return `${escapeMarkdown(text.slice(0, at))}**${escapeMarkdown(quoted)}**${escapeMarkdown(text.slice(at + quoted.length))}`;
}
