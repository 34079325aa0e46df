/**
 * Quick fixes for Sourced's diagnostics, and the "Insert references
 * section" source action:
 * - unsupported-claim: "Cite <source>" and "Insert supporting quote from
 *   <source>" for each of the (up to three) sources in its evidence, and
 *   "Mark as not a claim" (a `sourced-ignore` comment before the paragraph);
 * - misquote: "Replace with the source's wording";
 * - unknown-source: "Change to @<key>" for each close key;
 * - citation-page-mismatch: "Change to p. N", the page where the quotation is;
 * - source.sourced.insertReferences: a References section listing the
 *   draft's cited sources at its end (or replacing one Sourced wrote).
 *
 * The evidence travels on the diagnostic (`data: {evidence, suggestions}`);
 * when a client drops `data`, the findings the server last published for
 * this document version are used instead. The edits themselves are pure
 * (engine/cite/*); this module maps offsets to LSP ranges.
 */
import {
  CodeActionKind,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
  type TextEdit as LspTextEdit,
} from 'vscode-languageserver/node.js';
import type { Corpus } from '../engine/corpus/corpus.js';
import type { DraftDiagnostic, Evidence } from '../engine/check/diagnostics.js';
import { blockquoteEdits, citeEdit, ignoreEdit, inlineQuoteEdit, type TextEdit } from '../engine/cite/claimEdits.js';
import { referencesEdit, sortEntries, type ReferenceEntry } from '../engine/cite/referencesSection.js';
import { citedSources } from '../engine/cite/citedSources.js';
import { referenceEntries } from '../engine/cite/referenceList.js';
import { paragraphAt } from '../engine/draft/cursorContext.js';
import type { QuoteStyle } from '../engine/cite/quoteInsertion.js';
import { InsertReferencesKind } from '../protocol.js';
import type { ParsedDraft } from './draftCache.js';
import type { Citation } from '../engine/draft/draftTypes.js';
import { sourceIdOf } from '../engine/check/linkTargets.js';

const SOURCES_OFFERED = 3;

interface Finding {
  code: string;
  start: number;
  end: number;
  evidence: Evidence[];
  suggestions: string[];
  /** For citation-page-mismatch: where the quotation or passage really is. */
  page?: number;
  pageEnd?: number;
  diagnostic: Diagnostic;
}

export interface ReferencesActionData {
  uri: string;
  version: number;
}

/**
 * The actions for a range. Quick fixes need only the draft's text; the
 * references section needs the parsed draft, so when the client can resolve
 * actions (`lazyEdits`) and did not ask for that action by its kind, it gets
 * the action without its edit, and the edit is computed in
 * `resolveReferencesAction` when the user picks it.
 */
export async function codeActions(
  draft: ParsedDraft,
  params: CodeActionParams,
  corpus: Corpus | undefined,
  draftPath: string | undefined,
  published: readonly DraftDiagnostic[] | undefined,
  style: QuoteStyle,
  lazyEdits: boolean,
): Promise<CodeAction[]> {
  const wants = (kind: string) => !params.context.only || params.context.only.some((k) => kind === k || kind.startsWith(`${k}.`));
  const actions: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) {
    for (const diagnostic of params.context.diagnostics) {
      if (diagnostic.source !== 'sourced') continue;
      const finding = findingOf(draft, diagnostic, published);
      if (finding) actions.push(...quickFixes(draft, finding, style, (c) => (corpus ? sourceIdOf(c, corpus, draftPath) : undefined)));
    }
  }
  if (corpus && wants(InsertReferencesKind)) {
    // Asked for by name (a command runs it at once): always with the edit.
    const named = params.context.only?.includes(InsertReferencesKind) === true;
    if (!lazyEdits || named) {
      const references = await insertReferences(draft, corpus, draftPath);
      if (references) actions.push(references);
    } else if (/@[\p{L}\p{N}_]|\]\(/u.test(draft.text)) {
      // Something that may be a citation: offer it, and work out the list if it is chosen.
      const data: ReferencesActionData = { uri: draft.uri, version: draft.version };
      actions.push({ title: REFERENCES_TITLE, kind: InsertReferencesKind, data });
    }
  }
  return actions;
}

/** The references action's edit, for a client that resolves actions lazily. */
export async function resolveReferencesAction(action: CodeAction, draft: ParsedDraft, corpus: Corpus, draftPath: string | undefined): Promise<CodeAction> {
  const full = await insertReferences(draft, corpus, draftPath);
  return full ? { ...action, edit: full.edit } : action;
}

const REFERENCES_TITLE = 'Insert references section';

function quickFixes(draft: ParsedDraft, f: Finding, style: QuoteStyle, sourceOf: (c: Citation) => string | undefined): CodeAction[] {
  const { text } = draft;
  const eol = /\r\n/.test(text) ? '\r\n' : '\n';
  const fix = (title: string, edits: TextEdit[], preferred = false): CodeAction => ({
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [f.diagnostic],
    isPreferred: preferred || undefined,
    edit: { changes: { [draft.uri]: edits.map((e) => toLsp(draft, e)) } },
  });
  switch (f.code) {
    case 'unsupported-claim': {
      const actions: CodeAction[] = [];
      const sources = distinctSources(f.evidence).slice(0, SOURCES_OFFERED);
      sources.forEach((e, i) => actions.push(fix(`Cite ${describe(e)}`, [citeEdit(text, f.start, f.end, e.sourceId, e.page)], i === 0)));
      for (const e of sources) {
        const edits = style === 'blockquote'
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
      const edit = f.page === undefined ? undefined : locatorEdit(draft, f, sourceOf);
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
function locatorEdit(draft: ParsedDraft, { start, end, page, pageEnd, evidence }: Finding, sourceOf: (c: Citation) => string | undefined): TextEdit | undefined {
  // Every citation of a group `[@a, p. 1; @b, p. 2]` has the group's range: the one meant cites the evidence's source.
  const citation = draft.model.sentences
    .flatMap((s) => s.citations)
    .find((c) => c.start === start && c.end === end && c.pageStart !== undefined && sourceOf(c) === evidence[0]?.sourceId);
  if (page === undefined || citation?.pageStart === undefined || citation.pageStop === undefined) return undefined;
  const newText = pageEnd !== undefined && pageEnd !== page ? `pp. ${page}-${pageEnd}` : `p. ${page}`;
  return { start: citation.pageStart, end: citation.pageStop, newText };
}

/** A key replaced; a link citation (its range is the whole link) becomes a bracketed citation. */
function keyEdit(text: string, start: number, end: number, key: string): TextEdit {
  return { start, end, newText: text[start] === '[' ? `[@${key}]` : key };
}

async function insertReferences(draft: ParsedDraft, corpus: Corpus, draftPath: string | undefined): Promise<CodeAction | undefined> {
  const ids = citedSources(draft.model, corpus, draftPath).sourceIds;
  if (ids.length === 0) return undefined;
  const documents = ids.map((id) => corpus.document(id)!);
  const styled = await harvardEntries(documents);
  // The style's own (alphabetical) order when it rendered every entry; else the plain entries by author.
  const entries: ReferenceEntry[] = styled
    ? styled.map((e) => ({ sourceId: e.sourceId, formatted: e.markdown }))
    : sortEntries(documents.map((d) => {
      const entry: ReferenceEntry = { sourceId: d.sourceId };
      for (const field of ['title', 'author', 'publisher', 'date', 'url'] as const) if (d.metadata[field]) entry[field] = d.metadata[field];
      return entry;
    }));
  return {
    title: REFERENCES_TITLE,
    kind: InsertReferencesKind,
    edit: { changes: { [draft.uri]: [toLsp(draft, referencesEdit(draft.text, entries))] } },
  };
}

/** The diagnostic's finding, from its data or else from what was published for this version. */
function findingOf(draft: ParsedDraft, d: Diagnostic, published: readonly DraftDiagnostic[] | undefined): Finding | undefined {
  const start = draft.lines.offsetAt(d.range.start);
  const end = draft.lines.offsetAt(d.range.end);
  const code = String(d.code ?? '');
  const data = d.data as { evidence?: Evidence[]; suggestions?: string[]; page?: number; pageEnd?: number } | undefined;
  if (data && Array.isArray(data.evidence)) return { code, start, end, evidence: data.evidence, suggestions: data.suggestions ?? [], page: data.page, pageEnd: data.pageEnd, diagnostic: d };
  const same = published?.find((p) => p.code === code && p.start === start && p.end === end);
  if (!same) return undefined;
  return { code, start, end, evidence: same.evidence, suggestions: same.suggestions ?? [], page: same.data?.page, pageEnd: same.data?.pageEnd, diagnostic: d };
}

/**
 * Entries in Harvard (Cite Them Right), the UK public-sector default, via
 * citation-js; if the style cannot render them, the plain entries stand.
 */
async function harvardEntries(sources: Parameters<typeof referenceEntries>[0]): Promise<Awaited<ReturnType<typeof referenceEntries>> | undefined> {
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

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}\u2026`;
}

function toLsp(draft: ParsedDraft, e: TextEdit): LspTextEdit {
  return { range: draft.lines.rangeOf(e.start, e.end), newText: e.newText };
}
