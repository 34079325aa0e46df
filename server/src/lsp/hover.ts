/**
 * Hover in drafts, as Markdown:
 * - on a citation: the source card (title, author or publisher, date, URL,
 *   the file and line as a `file:` link that opens the source at the cited
 *   passage, and how often this draft cites the source);
 * - on a quotation: where it is in the source (file, line, page) and the
 *   passage with a sentence of context either side, the quoted words bold;
 * - on a flagged claim: the best evidence for it.
 *
 * Every piece of corpus text (passages, titles, authors, URLs, file names)
 * goes through escapeMarkdown: a source document is untrusted, and a
 * `[link](command:…)` or `<img>` in it must render as the literal text.
 * Only the links built here (http(s) URLs, `file:` links to sources) are links.
 */
import { MarkupKind, type Hover } from 'vscode-languageserver/node.js';
import type { Corpus } from '../engine/corpus/corpus.js';
import type { DraftDiagnostic, Evidence } from '../engine/check/diagnostics.js';
import type { Citation, Quotation, DraftSentence } from '../engine/draft/draftTypes.js';
import { locateInDraft } from '../engine/draft/cursorContext.js';
import { citedPassage } from '../engine/cite/passageLookup.js';
import { verifyQuote } from '../engine/verify/quoteVerifier.js';
import { escapeMarkdown, markdownLink } from '../engine/text/markdownEscape.js';
import { sourceIdOf } from '../engine/check/linkTargets.js';
import type { Range, Sentence } from '../engine/types.js';
import type { ParsedDraft } from './draftCache.js';
import { fileName, sourceLink } from './passageHits.js';

const EVIDENCE_SHOWN = 3;

export function hoverAt(draft: ParsedDraft, offset: number, corpus: Corpus, draftPath: string | undefined, findings: readonly DraftDiagnostic[] | undefined): Hover | null {
  const at = locateInDraft(draft.model, offset);
  const hover = (value: string, start: number, end: number): Hover => ({ contents: { kind: MarkupKind.Markdown, value }, range: draft.lines.rangeOf(start, end) });
  if (at.citation) return hover(citationCard(draft, at.citation, at.sentence, corpus, draftPath, findings), at.citation.start, at.citation.end);
  if (at.quotation) {
    const q = at.quotation;
    return hover(quotationCard(q, at.sentence, corpus, draftPath), q.kind === 'inline' ? q.start - 1 : q.start, q.kind === 'inline' ? q.end + 1 : q.end);
  }
  const position = draft.lines.positionAt(offset);
  const flagged = findings?.find((d) => d.evidence.length > 0 && contains(d.range, position) && (d.code === 'unsupported-claim' || d.code === 'citation-does-not-support'));
  if (flagged) return hover(evidenceCard(flagged), flagged.start, flagged.end);
  return null;
}

function citationCard(draft: ParsedDraft, citation: Citation, sentence: DraftSentence | undefined, corpus: Corpus, draftPath: string | undefined, findings: readonly DraftDiagnostic[] | undefined): string {
  const sourceId = sourceIdOf(citation, corpus, draftPath);
  const written = citation.key !== undefined ? `@${citation.key}` : citation.target ?? '';
  const doc = sourceId ? corpus.document(sourceId) : undefined;
  if (!sourceId || !doc) {
    const unknown = findings?.find((d) => d.code === 'unknown-source' && d.start === citation.keyStart);
    const hint = unknown?.suggestions?.length ? ` Did you mean ${unknown.suggestions.map((s) => escapeMarkdown(`@${s}`)).join(', ')}?` : '';
    return `${escapeMarkdown(written)} is not a source in the corpus.${hint}`;
  }
  const m = doc.metadata;
  const lines: string[] = [`**${escapeMarkdown(m.title ?? sourceId)}**`];
  const byline = [m.author ?? m.publisher, m.author && m.publisher && m.publisher !== m.author ? m.publisher : undefined, m.date].filter((x): x is string => Boolean(x));
  if (byline.length) lines.push(byline.map(escapeMarkdown).join(' \u00b7 '));
  if (m.url) lines.push(markdownLink(m.url, m.url));
  const passage = citedPassage(corpus, sourceId, { page: citation.page, claim: sentence?.claimText });
  if (passage) {
    const line = passage.range.start.line;
    const page = passage.sentence?.page !== undefined ? `, p. ${passage.sentence.page}` : '';
    lines.push(`${markdownLink(`${fileName(doc.file)}, line ${line + 1}`, sourceLink(doc.file, line))}${page}`);
  }
  const count = draft.model.citations.filter((c) => sourceIdOf(c, corpus, draftPath) === sourceId).length;
  lines.push(`Cited ${count === 1 ? 'once' : `${count} times`} in this draft \u00b7 ${escapeMarkdown(`@${sourceId}`)}`);
  let card = lines.join('  \n');
  if (passage?.sentence) card += `\n\n---\n\n> ${escapeMarkdown(passage.sentence.text)}`;
  return card;
}

function quotationCard(quotation: Quotation, sentence: DraftSentence | undefined, corpus: Corpus, draftPath: string | undefined): string {
  const cited = new Set((sentence?.citations ?? []).map((c) => sourceIdOf(c, corpus, draftPath)).filter((id): id is string => id !== undefined));
  const check = verifyQuote(corpus, quotation.text, cited.size ? { sourceIds: cited } : undefined);
  if (check.status === 'not-found' || !check.sourceId || !check.file || !check.range) {
    return `**Quotation not found** in ${cited.size ? [...cited].map((id) => escapeMarkdown(`@${id}`)).join(', ') : 'the corpus'}.`;
  }
  const doc = corpus.document(check.sourceId);
  const title = doc?.metadata.title ?? check.sourceId;
  const line = check.range.start.line;
  const head = check.status === 'exact'
    ? `**Quoted exactly** from *${escapeMarkdown(title)}* (${escapeMarkdown(`@${check.sourceId}`)})`
    : `**Misquoted**: ${escapeMarkdown(check.message)}  \nSource: *${escapeMarkdown(title)}* (${escapeMarkdown(`@${check.sourceId}`)})`;
  const where = `${markdownLink(`${fileName(check.file)}, line ${line + 1}`, sourceLink(check.file, line))}${check.page !== undefined ? `, p. ${check.page}` : ''}`;
  return `${head}  \n${where}\n\n> ${markedContext(corpus, check.sourceId, check.sentences ?? [], check.sourceText ?? '')}`;
}

/**
 * The matched sentences with one sentence either side (Corpus.context, so
 * not across distant blocks), escaped, the quoted words in bold.
 */
function markedContext(corpus: Corpus, sourceId: string, touched: readonly number[], quoted: string): string {
  if (touched.length === 0) return escapeMarkdown(quoted);
  const byIndex = new Map<number, Sentence>();
  for (const s of [...corpus.context(sourceId, touched[0], 1), ...corpus.context(sourceId, touched[touched.length - 1], 1)]) byIndex.set(s.index, s);
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

function evidenceCard(d: DraftDiagnostic): string {
  const heading = d.code === 'unsupported-claim' ? '**Evidence** for this claim (it cites no source):' : '**Evidence** from other sources (the cited one does not support this):';
  const items = d.evidence.slice(0, EVIDENCE_SHOWN).map(evidenceBlock);
  return [heading, ...items].join('\n\n');
}

function evidenceBlock(e: Evidence): string {
  const line = e.range.start.line;
  const where = `${markdownLink(`${fileName(e.file)}, line ${line + 1}`, sourceLink(e.file, line))}${e.page !== undefined ? `, p. ${e.page}` : ''}`;
  return `> ${escapeMarkdown(e.text)}\n>\n> \u2014 *${escapeMarkdown(e.title)}* (${escapeMarkdown(`@${e.sourceId}`)}), ${where}`;
}

function contains(range: Range, p: { line: number; character: number }): boolean {
  const after = p.line > range.start.line || (p.line === range.start.line && p.character >= range.start.character);
  const before = p.line < range.end.line || (p.line === range.end.line && p.character <= range.end.character);
  return after && before;
}
