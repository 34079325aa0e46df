/**
 * Quick fixes for Sourced's findings, and the "Insert references section"
 * source action:
 * - unsupported-claim: "Cite <source>" and "Insert supporting quote from
 *   <source>" for each of the (up to three) sources in its evidence, and
 *   "Mark as not a claim" (a `sourced-ignore` comment before the paragraph);
 * - misquote: "Replace with the source's wording";
 * - unknown-source: "Change to @<key>" for each close key;
 * - citation-page-mismatch: "Change to p. N", the page where the quotation is;
 * - source.sourced.insertReferences: a References section listing the
 *   draft's cited sources at its end (or replacing one Sourced wrote).
 *
 * The evidence travels with the finding the editor sends back (its `data`);
 * when a client drops `data`, the analysis's findings for this version are
 * used instead. The edits themselves are pure (engine/cite/*).
 */
import type { Corpus } from '../engine/corpus/corpus.js';
import type { Evidence } from '../engine/check/diagnostics.js';
import { blockquoteEdits, citeEdit, ignoreEdit, inlineQuoteEdit, type TextEdit } from '../engine/cite/claimEdits.js';
import { referencesEdit, sortEntries, type ReferenceEntry } from '../engine/cite/referencesSection.js';
import { citedSources } from '../engine/cite/citedSources.js';
import { referenceEntries } from '../engine/cite/referenceList.js';
import { paragraphAt } from '../engine/draft/cursorContext.js';
import type { QuoteStyle } from '../engine/cite/quoteInsertion.js';
import { InsertReferencesKind } from '../protocol.js';
import type { DraftAnalysis } from './analysis.js';
import { clip } from './format.js';
import type { Range } from './types.js';

const SOURCES_OFFERED = 3;
export const REFERENCES_TITLE = 'Insert references section';
export const QUICK_FIX = 'quickfix';

/** A finding as the editor sends it back with a code action request. */
export interface FindingInput {
  code: string;
  range: Range;
  /** What the server published with it: `{evidence, suggestions, page?, pageEnd?}`; may be dropped by a client. */
  data?: unknown;
}

export interface CodeActionResult {
  title: string;
  kind: typeof QUICK_FIX | typeof InsertReferencesKind;
  /** The index of the input finding this fixes. */
  fixes?: number;
  isPreferred?: boolean;
  /** Edits to this document; absent for a references action whose edit is resolved later. */
  edits?: Array<{ range: Range; newText: string }>;
  /** For a lazily resolved references action: the document version it was offered for. */
  data?: { uri: string; version: number };
}

export interface CodeActionRequest {
  findings: readonly FindingInput[];
  /** The kinds asked for (LSP `only`); undefined: all. */
  only?: readonly string[];
  style: QuoteStyle;
  /** The client resolves actions: offer the references action without its edit. */
  lazyEdits: boolean;
}

interface Finding {
  code: string;
  start: number;
  end: number;
  evidence: Evidence[];
  suggestions: string[];
  /** For citation-page-mismatch: where the quotation or passage really is. */
  page?: number;
  pageEnd?: number;
}

export class CodeActionsProvider {
  async provideCodeActions(analysis: DraftAnalysis, request: CodeActionRequest, corpus: Corpus | undefined): Promise<CodeActionResult[]> {
    const wants = (kind: string) => !request.only || request.only.some((k) => kind === k || kind.startsWith(`${k}.`));
    const actions: CodeActionResult[] = [];
    if (wants(QUICK_FIX)) {
      request.findings.forEach((input, index) => {
        const finding = findingOf(analysis, input, corpus);
        if (finding) actions.push(...quickFixes(analysis, finding, request.style, corpus).map((a) => ({ ...a, fixes: index })));
      });
    }
    if (corpus && wants(InsertReferencesKind)) {
      // Asked for by name (a command runs it at once): always with the edit.
      const named = request.only?.includes(InsertReferencesKind) === true;
      if (!request.lazyEdits || named) {
        const references = await this.insertReferences(analysis, corpus);
        if (references) actions.push(references);
      } else if (/@[\p{L}\p{N}_]|\]\(/u.test(analysis.text)) {
        // Something that may be a citation: offer it, and work out the list if it is chosen.
        actions.push({ title: REFERENCES_TITLE, kind: InsertReferencesKind, data: { uri: analysis.uri, version: analysis.version } });
      }
    }
    return actions;
  }

  /** The references section for a draft (also the edit of a lazily offered action). */
  async insertReferences(analysis: DraftAnalysis, corpus: Corpus): Promise<CodeActionResult | undefined> {
    const ids = citedSources(analysis.model, corpus, analysis.draftPath).sourceIds;
    if (ids.length === 0) return undefined;
    const documents = ids.map((id) => corpus.document(id)!);
    const styled = await harvardEntries(documents);
    // The style's own (alphabetical) order when it rendered every entry; else the plain entries by author.
    const entries: ReferenceEntry[] = styled
      ? styled.map((e) => ({ sourceId: e.sourceId, formatted: e.markdown }))
      : sortEntries(
          documents.map((d) => {
            const entry: ReferenceEntry = { sourceId: d.sourceId };
            for (const field of ['title', 'author', 'publisher', 'date', 'url'] as const)
              if (d.metadata[field]) entry[field] = d.metadata[field];
            return entry;
          }),
        );
    return { title: REFERENCES_TITLE, kind: InsertReferencesKind, edits: [toRangeEdit(analysis, referencesEdit(analysis.text, entries))] };
  }
}

function quickFixes(analysis: DraftAnalysis, f: Finding, style: QuoteStyle, corpus: Corpus | undefined): CodeActionResult[] {
  const { text } = analysis;
  const eol = /\r\n/.test(text) ? '\r\n' : '\n';
  const fix = (title: string, edits: TextEdit[], preferred = false): CodeActionResult => ({
    title,
    kind: QUICK_FIX,
    isPreferred: preferred || undefined,
    edits: edits.map((e) => toRangeEdit(analysis, e)),
  });
  switch (f.code) {
    case 'unsupported-claim': {
      const actions: CodeActionResult[] = [];
      const sources = distinctSources(f.evidence).slice(0, SOURCES_OFFERED);
      sources.forEach((e, i) => actions.push(fix(`Cite ${describe(e)}`, [citeEdit(text, f.start, f.end, e.sourceId, e.page)], i === 0)));
      for (const e of sources) {
        const edits =
          style === 'blockquote'
            ? blockquoteEdits(text, f.start, f.end, paragraphAt(text, f.start)[1], e, eol)
            : [inlineQuoteEdit(text, f.start, f.end, e)];
        actions.push(fix(`Insert supporting quote from ${describe(e)}`, edits));
      }
      actions.push(fix('Mark as not a claim', [ignoreEdit(text, paragraphAt(text, f.start)[0], eol)]));
      return actions;
    }
    case 'misquote': {
      const source = f.evidence[0];
      if (!source?.text) return [];
      return [fix(`Replace with the source's wording (${describe(source)})`, [misquoteEdit(text, f.start, f.end, source.text)], true)];
    }
    case 'unknown-source':
      return f.suggestions.map((key, i) => fix(`Change to @${key}`, [keyEdit(text, f.start, f.end, key)], i === 0));
    case 'citation-page-mismatch': {
      const edit = f.page === undefined ? undefined : locatorEdit(analysis, f, corpus);
      return edit ? [fix(`Change to ${edit.newText}`, [edit], true)] : [];
    }
    default:
      return [];
  }
}

/**
 * The quoted words replaced by the source's. An inline quotation's range is
 * its words; a blockquote's runs over its lines (and may end with the
 * citation line), so only its first paragraph, the quote itself, is
 * replaced, written as one `> ` line.
 */
function misquoteEdit(text: string, start: number, end: number, wording: string): TextEdit {
  const span = text.slice(start, end);
  if (!/[\r\n]/.test(span)) return { start, end, newText: wording };
  const firstBreak = /(?:\r?\n|\r)[ \t]*>[ \t]*(?:\r?\n|\r|$)/.exec(span);
  return { start, end: firstBreak ? start + firstBreak.index : end, newText: wording };
}

/**
 * The citation's page locator ("p. 4", "pp. 3-5") rewritten to where the
 * passage is, at the span the draft reader found it (in a footnote's
 * definition for a footnote citation, whose range is its mark).
 */
function locatorEdit(
  analysis: DraftAnalysis,
  { start, end, page, pageEnd, evidence }: Finding,
  corpus: Corpus | undefined,
): TextEdit | undefined {
  // Every citation of a group `[@a, p. 1; @b, p. 2]` has the group's range: the one meant cites the evidence's source.
  const sentences = analysis.model.sentences;
  const citation = corpus
    ? sentences
        .flatMap((s) => s.citations.map((c) => ({ c, s })))
        .find(
          ({ c, s }) =>
            c.start === start && c.end === end && c.pageStart !== undefined && analysis.sourceOf(corpus, c, s) === evidence[0]?.sourceId,
        )?.c
    : undefined;
  if (page === undefined || citation?.pageStart === undefined || citation.pageStop === undefined) return undefined;
  const newText = pageEnd !== undefined && pageEnd !== page ? `pp. ${page}-${pageEnd}` : `p. ${page}`;
  return { start: citation.pageStart, end: citation.pageStop, newText };
}

/** A key replaced; a link citation (its range is the whole link) becomes a bracketed citation. */
function keyEdit(text: string, start: number, end: number, key: string): TextEdit {
  return { start, end, newText: text[start] === '[' ? `[@${key}]` : key };
}

/** The finding, from the data it came back with or else from the analysis of this version. */
function findingOf(analysis: DraftAnalysis, input: FindingInput, corpus: Corpus | undefined): Finding | undefined {
  const start = analysis.lines.offsetAt(input.range.start);
  const end = analysis.lines.offsetAt(input.range.end);
  const code = input.code;
  const data = input.data as { evidence?: Evidence[]; suggestions?: string[]; page?: number; pageEnd?: number } | undefined;
  if (data && Array.isArray(data.evidence)) {
    return { code, start, end, evidence: data.evidence, suggestions: data.suggestions ?? [], page: data.page, pageEnd: data.pageEnd };
  }
  const same = corpus ? analysis.findings(corpus)?.find((p) => p.code === code && p.start === start && p.end === end) : undefined;
  if (!same) return undefined;
  return {
    code,
    start,
    end,
    evidence: same.evidence,
    suggestions: same.suggestions ?? [],
    page: same.data?.page,
    pageEnd: same.data?.pageEnd,
  };
}

/**
 * Entries in Harvard (Cite Them Right), the UK public-sector default, via
 * citation-js; if the style cannot render them, the plain entries stand.
 */
async function harvardEntries(
  sources: Parameters<typeof referenceEntries>[0],
): Promise<Awaited<ReturnType<typeof referenceEntries>> | undefined> {
  try {
    const entries = await referenceEntries(sources, { style: 'harvard', order: 'alphabetical' });
    return entries.length === sources.length ? entries : undefined;
  } catch {
    return undefined;
  }
}

function distinctSources(evidence: readonly Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return evidence.filter((e) => !seen.has(e.sourceId) && seen.add(e.sourceId));
}

function describe(e: Evidence): string {
  return `${clip(e.title, 60)} (@${e.sourceId}${e.page !== undefined ? `, p. ${e.page}` : ''})`;
}

function toRangeEdit(analysis: DraftAnalysis, e: TextEdit): { range: Range; newText: string } {
  return { range: analysis.lines.rangeOf(e.start, e.end), newText: e.newText };
}
