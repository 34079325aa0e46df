/**
 * The CheckThat! 2024 check-worthiness files (Sentence_id, Text,
 * class_label, tab-separated) in ../shared/data/checkworthy/: one reader for
 * the training script and both claim-detection benchmarks, so they all see
 * the same sentences (some rows are CSV-quoted; the quoting is undone).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseDraft } from '../../server/src/engine/draft/parseDraft.js';

export const CT24_DIR = fileURLToPath(new URL('../../../shared/data/checkworthy/', import.meta.url));

export interface Ct24Row {
  id: string;
  text: string;
  label: 0 | 1;
}

/** Undoes CSV-style quoting ("…, …" with "" for a quote), which the files use for some rows only. */
export function unquote(text: string): string {
  const t = text.trim();
  if (t.length >= 2 && t.startsWith('"') && t.endsWith('"')) return t.slice(1, -1).replace(/""/g, '"');
  return t;
}

/**
 * A CheckThat! sentence as a one-line Markdown draft: what would read as
 * syntax at the start of a line (a heading, quote or list marker) is
 * escaped, so the sentence stays one paragraph of prose. Both the CLI
 * benchmark and the parity test (test/corpus/claimDetectionParity.test.ts)
 * write drafts this way.
 */
export function ct24Draft(text: string): string {
  return `${text.replace(/^([#>*+-]|\d+[.)])/, '\\$1')}\n`;
}

/**
 * The sentences `sourced check` sees in ct24Draft(text): the draft reader
 * splits some rows in two ("... Washington, D.C. And they're angry, ..."),
 * and check judges each part, so a row counts as flagged when any part is.
 * The in-process benchmark classifies these, not the raw row, so it
 * measures the detector writers get.
 */
export function ct24DraftSentences(text: string): string[] {
  return parseDraft(ct24Draft(text))
    .sentences.filter((s) => !s.inBlockquote && s.citations.length === 0)
    .map((s) => s.claimText);
}

export function loadCt24(name: string): Ct24Row[] {
  const out: Ct24Row[] = [];
  for (const line of readFileSync(`${CT24_DIR}${name}`, 'utf8').split(/\r?\n/).slice(1)) {
    if (!line.trim()) continue;
    const [id, text, label] = line.split('\t');
    const trimmed = label?.trim();
    if (trimmed !== 'Yes' && trimmed !== 'No') throw new Error(`${name}: bad label in ${JSON.stringify(line)}`);
    out.push({ id, text: unquote(text), label: trimmed === 'Yes' ? 1 : 0 });
  }
  return out;
}
