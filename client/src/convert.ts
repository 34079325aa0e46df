/**
 * Small conversions between the protocol's plain data and VS Code types,
 * and the one place corpus text is made safe for QuickPick labels.
 */
import * as vscode from 'vscode';
import type { LspRange } from '../../server/src/protocol.js';

export function toRange(range: LspRange | vscode.Range): vscode.Range {
  if (range instanceof vscode.Range) return range;
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

export function toUri(uri: string | vscode.Uri): vscode.Uri {
  return typeof uri === 'string' ? vscode.Uri.parse(uri, true) : uri;
}

/**
 * Corpus text as plain text for QuickPick labels and details, which render
 * `$(name)` as an icon: break that syntax up, collapse white space, shorten.
 */
export function plain(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim().replace(/\$\(/g, '$\u200b(');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** The active editor when it shows a Markdown file, else undefined. */
export function activeMarkdownEditor(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  return editor && editor.document.languageId === 'markdown' ? editor : undefined;
}

/** A diagnostic's code as a string, whatever shape VS Code gives it. */
export function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (code === undefined) return undefined;
  return typeof code === 'object' ? String(code.value) : String(code);
}
