/**
 * Diagnostics: the draft checker's findings for one document version,
 * kept in its analysis so hovers and quick fixes read what the user sees.
 *
 * Each document has its own DraftChecker: the checker memoises per
 * sentence and trims its memo to the sentences of the draft it checked
 * last, so one checker shared by fifty drafts forgot the long draft being
 * edited every time a short one was checked, and re-checked all of it
 * (measured: 30 ms became 500 ms).
 */
import type { Corpus } from '../engine/corpus/corpus.js';
import { DraftChecker, type CheckOptions } from '../engine/check/checkDraft.js';
import type { DraftDiagnostic } from '../engine/check/diagnostics.js';
import type { DraftAnalysis } from './analysis.js';

export type DiagnosticsResult =
  /** Not a Markdown draft: nothing to publish. */
  | { kind: 'not-a-draft' }
  /** The corpus is (re)indexing: one notice instead of false "no source" findings. */
  | { kind: 'indexing' }
  | { kind: 'checked'; version: number; findings: DraftDiagnostic[] };

export const INDEXING_MESSAGE = 'Sourced is still indexing the corpus; claims will be checked when it is done.';

export class DiagnosticsProvider {
  private readonly checkers = new Map<string, { corpus: Corpus; checker: DraftChecker }>();

  provideDiagnostics(analysis: DraftAnalysis, corpus: Corpus, options: CheckOptions): DraftDiagnostic[] {
    let entry = this.checkers.get(analysis.uri);
    if (entry?.corpus !== corpus) {
      entry = { corpus, checker: new DraftChecker(corpus) };
      this.checkers.set(analysis.uri, entry);
    }
    const checked = entry.checker.checkWithRecords(
      analysis.text,
      { draftPath: analysis.draftPath, ...options },
      { model: analysis.model, lines: analysis.lines },
    );
    analysis.setChecked(corpus, checked);
    return checked.diagnostics;
  }

  forget(uri: string): void {
    this.checkers.delete(uri);
  }
}
