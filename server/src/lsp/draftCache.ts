/**
 * Open drafts as the providers need them, one per document, kept until the
 * next edit: the text at once, its line index and the parsed draft (its
 * citations, quotations and sentences) only when first asked for. Parsing a
 * 5,000-word draft costs 70-200 ms, which a hover cannot pay on every mouse
 * move and code actions (asked for on every cursor move) should not pay at
 * all when they only need offsets.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { parseDraft } from '../engine/draft/parseDraft.js';
import type { DraftModel } from '../engine/draft/draftTypes.js';
import { LineIndex } from '../engine/text/lineIndex.js';

export class ParsedDraft {
  private parsed: DraftModel | undefined;
  private lineIndex: LineIndex | undefined;

  constructor(
    readonly uri: string,
    readonly version: number,
    readonly text: string,
  ) {}

  get lines(): LineIndex {
    this.lineIndex ??= new LineIndex(this.text);
    return this.lineIndex;
  }

  get model(): DraftModel {
    this.parsed ??= parseDraft(this.text);
    return this.parsed;
  }
}

export class DraftCache {
  private readonly drafts = new Map<string, ParsedDraft>();

  get(doc: TextDocument): ParsedDraft {
    const cached = this.drafts.get(doc.uri);
    if (cached && cached.version === doc.version) return cached;
    const draft = new ParsedDraft(doc.uri, doc.version, doc.getText());
    this.drafts.set(doc.uri, draft);
    return draft;
  }

  forget(uri: string): void {
    this.drafts.delete(uri);
  }
}
