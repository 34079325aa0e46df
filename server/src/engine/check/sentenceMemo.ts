/**
 * The checker's per-sentence memo: what one check of a sentence found (its
 * findings, in offsets relative to the sentence, and its SentenceRecord),
 * keyed by everything the check of that sentence reads of the draft. A
 * re-check after an edit re-does only the sentences whose key changed.
 *
 * Entries are plain data (JSON-safe), so a checker can hand them to a later
 * one on the same corpus (`entriesFor` / DraftChecker.adopt): the CLI keeps
 * a draft's entries on disk beside the index cache (cli/checkResultCache.ts).
 * The key holds no corpus state: whoever keeps entries must drop them when
 * the corpus changes (DraftChecker compares generations; the CLI compares
 * the corpus's fingerprint).
 */
import type { Finding } from './diagnostics.js';
import type { DraftSentence } from '../draft/draftTypes.js';
import type { SentenceRecord } from './sentenceRecord.js';

/** One sentence's check: findings relative to the sentence's start, and what was learnt. */
export interface MemoEntry {
  findings: Finding[];
  record: SentenceRecord;
}

/** Memo entries as one checker hands them to another: [key, entry] pairs. */
export type CheckedSentences = Array<[string, MemoEntry]>;

export class SentenceMemo {
  private readonly entries = new Map<string, MemoEntry>();

  get(key: string): MemoEntry | undefined {
    return this.entries.get(key);
  }

  set(key: string, entry: MemoEntry): void {
    this.entries.set(key, entry);
  }

  clear(): void {
    this.entries.clear();
  }

  /** Keeps the memo to what the latest drafts use (`used`), once it holds several times that, so it cannot grow without bound. */
  prune(used: ReadonlySet<string>): void {
    if (this.entries.size <= used.size * 4 + 1000) return;
    for (const k of this.entries.keys()) if (!used.has(k)) this.entries.delete(k);
  }

  /** The entries under `keys`, each once, in order (those present). */
  entriesFor(keys: Iterable<string>): CheckedSentences {
    const out: CheckedSentences = [];
    const seen = new Set<string>();
    for (const k of keys) {
      const entry = this.entries.get(k);
      if (entry && !seen.has(k)) out.push([k, entry]);
      seen.add(k);
    }
    return out;
  }
}

/** Everything the check of a sentence reads of the draft: its text, span length, citations, quotations and the options. */
export function memoKey(sentence: DraftSentence, options: { sensitivity?: number; draftPath?: string }): string {
  // The locator too: a footnote's citation is not in the sentence's text, so a page changed there changes nothing else here.
  const cites = sentence.citations
    .map((c) => `${c.key ?? c.target}|${c.keyStart - sentence.start}|${c.keyEnd - sentence.start}|${c.locator ?? ''}`)
    .join(';');
  const quotes = sentence.quotations.map((q) => `${q.start - sentence.start}|${q.end - sentence.start}`).join(';');
  // The raw length too: texts are whitespace-normalised, so "a  b" and "a b" share a text but not a range.
  const length = sentence.end - sentence.start;
  return [options.sensitivity ?? 0, sentence.inBlockquote, length, sentence.text, cites, quotes, options.draftPath ?? ''].join('\u0000');
}
