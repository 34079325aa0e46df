/**
 * The CheckThat! 2024 check-worthiness files (Sentence_id, Text,
 * class_label, tab-separated) in ../shared/data/checkworthy/: one reader for
 * the training script and both claim-detection benchmarks, so they all see
 * the same sentences (some rows are CSV-quoted; the quoting is undone).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

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
