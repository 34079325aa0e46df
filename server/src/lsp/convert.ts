/**
 * LSP types ⇄ the language service's plain types. Nothing here decides
 * anything: each function maps fields.
 */
import {
  CodeActionKind,
  CompletionItemKind,
  CompletionTriggerKind,
  DiagnosticSeverity,
  InsertTextFormat,
  MarkupKind,
  SymbolKind,
  type CodeAction,
  type CompletionContext as LspCompletionContext,
  type CompletionList as LspCompletionList,
  type Diagnostic,
  type DocumentSymbol as LspDocumentSymbol,
  type Hover,
  type SymbolInformation,
} from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DraftDiagnostic, Severity } from '../engine/check/diagnostics.js';
import type { CodeActionResult, FindingInput } from '../service/codeActions.js';
import { QUICK_FIX } from '../service/codeActions.js';
import type { CompletionList, CompletionTrigger } from '../service/completion.js';
import { headline, type HoverResult } from '../service/hover.js';
import type { DocumentSymbol, WorkspaceSymbol } from '../service/symbols.js';
import { INDEXING_MESSAGE } from '../service/diagnostics.js';
import type { ServiceDocument, UriMapper } from '../service/types.js';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

const VERDICT_LEAD: Record<string, string> = {
  supports: 'Supported by',
  partial: 'Partly supported by',
  related: 'Related:',
  contradicts: 'Contradicted by',
};

export function toServiceDocument(doc: TextDocument): ServiceDocument {
  return { uri: doc.uri, version: doc.version, text: doc.getText(), languageId: doc.languageId };
}

export function toTrigger(context: LspCompletionContext | undefined): CompletionTrigger {
  return context?.triggerKind === CompletionTriggerKind.TriggerCharacter && context.triggerCharacter
    ? { kind: 'character', character: context.triggerCharacter }
    : { kind: 'invoked' };
}

export function toLspCompletion(list: CompletionList | null): LspCompletionList | null {
  if (!list) return null;
  return {
    isIncomplete: list.isIncomplete,
    items: list.items.map((item) => ({
      label: item.label,
      kind: item.kind === 'source-key' ? CompletionItemKind.Reference : CompletionItemKind.Text,
      detail: item.detail,
      labelDetails: { description: item.description },
      documentation: { kind: MarkupKind.Markdown, value: item.documentation },
      textEdit: item.edit,
      filterText: item.filterText,
      sortText: item.sortText,
      insertTextFormat: InsertTextFormat.PlainText,
      preselect: item.preselect,
      ...(item.data ? { data: item.data } : {}),
    })),
  };
}

export function toLspHover(hover: HoverResult | null): Hover | null {
  return hover && { contents: { kind: MarkupKind.Markdown, value: hover.markdown }, range: hover.range };
}

/** A finding as an LSP diagnostic: its evidence as related locations (source and verdict, not the passage again) and in `data` for quick fixes. */
export function toLspDiagnostic(d: DraftDiagnostic, uris: UriMapper): Diagnostic {
  return {
    range: d.range,
    severity: SEVERITY[d.severity],
    code: d.code,
    source: 'sourced',
    // Without the passage it quotes: VS Code shows this message above the hover, which shows the passage once.
    message: headline(d),
    relatedInformation: d.evidence.map((e) => {
      const verdict = (e as { verdict?: string }).verdict;
      const lead = (verdict && VERDICT_LEAD[verdict]) ?? 'Evidence:';
      // The source and where, not the passage: the hover shows the passage once.
      return {
        location: { uri: uris.sourceUri(e.file), range: e.range },
        message: `${lead} [@${e.sourceId}]${e.page ? ` p. ${e.page}` : ''}, ${e.title}`,
      };
    }),
    data: { evidence: d.evidence, suggestions: d.suggestions, ...(d.data ?? {}) },
  };
}

export function indexingNotice(): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: 'sourced',
    code: 'indexing',
    message: INDEXING_MESSAGE,
  };
}

/** Sourced's own diagnostics of a code action request, as findings. */
export function toFindingInputs(diagnostics: readonly Diagnostic[]): { inputs: FindingInput[]; originals: Diagnostic[] } {
  const originals = diagnostics.filter((d) => d.source === 'sourced');
  return { inputs: originals.map((d) => ({ code: String(d.code ?? ''), range: d.range, data: d.data })), originals };
}

export function toLspCodeAction(uri: string, action: CodeActionResult, originals: readonly Diagnostic[]): CodeAction {
  const out: CodeAction = { title: action.title, kind: action.kind === QUICK_FIX ? CodeActionKind.QuickFix : action.kind };
  if (action.fixes !== undefined) out.diagnostics = [originals[action.fixes]];
  if (action.isPreferred) out.isPreferred = true;
  if (action.edits) out.edit = { changes: { [uri]: action.edits } };
  if (action.data) out.data = action.data;
  return out;
}

export function toLspWorkspaceSymbol(s: WorkspaceSymbol): SymbolInformation {
  return { name: s.name, kind: SymbolKind.String, containerName: s.containerName, location: s.location };
}

export function toLspDocumentSymbol(s: DocumentSymbol): LspDocumentSymbol {
  return { name: s.name, detail: s.detail, kind: SymbolKind.Key, range: s.range, selectionRange: s.selectionRange };
}
