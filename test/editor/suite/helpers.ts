/**
 * Helpers for the extension-host tests: the workspace the runner prepared
 * (the sample corpus and test/editor/fixtures/briefing.md), scratch drafts,
 * and event-driven waits (diagnostics, status) that time out instead of
 * sleeping a fixed time.
 */
import * as vscode from 'vscode';
import type { SourcedApi } from '../../../client/src/extension.js';

export const EXTENSION_ID = 'sourced.sourced';

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the extension tests need a workspace folder (the runner opens one)');
  return folder.uri;
}

export function inWorkspace(...segments: string[]): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...segments);
}

export async function sourcedApi(): Promise<SourcedApi> {
  const extension = vscode.extensions.getExtension<SourcedApi>(EXTENSION_ID);
  if (!extension) throw new Error(`extension ${EXTENSION_ID} is not loaded`);
  return extension.isActive ? extension.exports : extension.activate();
}

export async function open(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(document);
}

let scratchCount = 0;
/** Writes a new draft, under a name no other test uses, in drafts/ of the workspace and opens it. */
export async function scratchDraft(text: string, name = 'scratch'): Promise<vscode.TextEditor> {
  const unique = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}-${++scratchCount}`;
  const uri = inWorkspace('drafts', `${name}-${unique}.md`);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return open(uri);
}

/** Resolves when `ready` holds for the URI's diagnostics, checking now and on every change. */
export function waitForDiagnostics(
  uri: vscode.Uri,
  ready: (diagnostics: vscode.Diagnostic[]) => boolean,
  what = 'matching diagnostics',
  timeoutMs = 30_000,
): Promise<vscode.Diagnostic[]> {
  return waitForEvent(
    vscode.languages.onDidChangeDiagnostics,
    () => {
      const current = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'sourced');
      return ready(current) ? current : undefined;
    },
    `${what} for ${uri.path}`,
    timeoutMs,
    () => JSON.stringify(vscode.languages.getDiagnostics(uri).map((d) => [codeOf(d), d.range.start.line, d.message])),
  );
}

/** Checks `probe` now and after each event until it returns a value; rejects after the timeout. */
export function waitForEvent<T>(
  event: vscode.Event<unknown>,
  probe: () => T | undefined,
  what: string,
  timeoutMs = 30_000,
  last?: () => string,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      listener?.dispose();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? `; last: ${last()}` : ''}`));
    }, timeoutMs);
    const check = () => {
      let value: T | undefined;
      try {
        value = probe();
      } catch (error) {
        clearTimeout(timer);
        listener?.dispose();
        reject(error);
        return;
      }
      if (value !== undefined) {
        clearTimeout(timer);
        listener?.dispose();
        resolve(value);
      }
    };
    // Declared after `check`, which the event calls; the timer and `check` only read it once it is set.
    const listener: vscode.Disposable = event(check);
    check();
  });
}

/** The draft's text edited: resolves once the document holds `predicate`. */
export function waitForText(
  document: vscode.TextDocument,
  predicate: (text: string) => boolean,
  what: string,
  timeoutMs = 10_000,
): Promise<string> {
  return waitForEvent(
    vscode.workspace.onDidChangeTextDocument,
    () => {
      const text = document.getText();
      return predicate(text) ? text : undefined;
    },
    what,
    timeoutMs,
    () => document.getText(),
  );
}

export function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  return code === undefined ? undefined : typeof code === 'object' ? String(code.value) : String(code);
}

export function byCode(diagnostics: vscode.Diagnostic[], code: string): vscode.Diagnostic[] {
  return diagnostics.filter((d) => codeOf(d) === code);
}

/** Position of the first occurrence of `needle` in the document (plus `delta` characters). */
export function positionOf(document: vscode.TextDocument, needle: string, delta = 0): vscode.Position {
  const at = document.getText().indexOf(needle);
  if (at < 0) throw new Error(`"${needle}" is not in ${document.uri.path}`);
  return document.positionAt(at + delta);
}

/** A hover's contents as one string, Markdown escapes removed (`\\-` reads `-`). */
export function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : String(c)))
    .join('\n')
    .replace(/\\([\\`*_{}[\]()#+\-.!<>@:|~"'&$=])/g, '$1');
}

export function completionItems(result: vscode.CompletionList | vscode.CompletionItem[] | undefined): vscode.CompletionItem[] {
  if (!result) return [];
  return Array.isArray(result) ? result : result.items;
}

export function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

export function insertTextOf(item: vscode.CompletionItem): string {
  const text = item.insertText ?? labelOf(item);
  return typeof text === 'string' ? text : text.value;
}

/** Normalised white space and curly quotes, to compare passages with file text. */
export function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

/** Applies a code action the way the light bulb does: its edit, then its command. */
export async function applyCodeAction(action: vscode.CodeAction): Promise<void> {
  if (action.edit) {
    const ok = await vscode.workspace.applyEdit(action.edit);
    if (!ok) throw new Error(`the edit of "${action.title}" was not applied`);
  }
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

export async function codeActionsAt(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<Array<vscode.CodeAction | vscode.Command>>(
    'vscode.executeCodeActionProvider',
    uri,
    range,
    kind,
  );
  return (actions ?? []).filter((a): a is vscode.CodeAction => 'title' in a && !('command' in a && typeof a.command === 'string'));
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
