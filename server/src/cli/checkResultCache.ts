/**
 * `sourced check`'s result cache: what the last check of a draft found, sentence by sentence (the checker's memo
 * entries, engine/check/sentenceMemo.ts), kept on disk beside the index cache, one file per draft and corpus. The
 * next `sourced check` of that draft re-checks only the sentences that changed, as the editor does between edits:
 * a writer runs check, fixes a paragraph, runs it again.
 *
 * Results are reused only for the same build of the CLI and the same corpus fingerprint (every indexed file's
 * content, the bibliographies, the ranking, the engine version: Corpus.fingerprint), and only under the same memo
 * key (sentence text, span, citations, quotations, sensitivity, draft path). Anything else, or a file that is
 * missing, unreadable or malformed, means checking afresh: the cache can make a check faster, never different.
 * `--no-cache` neither reads nor writes it. A failed write is ignored (a read-only cache folder).
 */
import { promises as fs, statSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckedSentences, MemoEntry } from '../engine/check/sentenceMemo.js';
import { defaultCacheDir, rootsKey, shortHash, writeFileAtomically } from '../node/fileCacheStore.js';

const PREFIX = 'check-';
/** Bumped when the file's layout changes. */
const LAYOUT = 1;
/** Result files kept in the cache folder; the least recently written go first. */
const MAX_FILES = 64;

/** A draft's stored results, as written and read; `usable` says whether they apply to this run. */
export interface StoredResults {
  layout: number;
  build: string;
  corpus: string;
  entries: CheckedSentences;
}

export class CheckResultCache {
  private readonly build = buildIdentity();

  private readonly rootsKey: string;

  /** `roots`: the corpus folders; results are kept per set of roots and draft, in `dir` (the index cache's folder). */
  constructor(
    roots: readonly string[],
    private readonly dir = defaultCacheDir(),
  ) {
    this.rootsKey = rootsKey(roots);
  }

  /** The stored results of a draft (absolute path), or undefined when there are none that parse. */
  async load(draftPath: string): Promise<StoredResults | undefined> {
    try {
      const parsed: unknown = JSON.parse(await fs.readFile(this.fileFor(draftPath), 'utf8'));
      return isStoredResults(parsed) ? parsed : undefined;
    } catch {
      return undefined;
    }
  }

  /** The stored entries that apply to a check of this build against a corpus with this fingerprint. */
  usable(stored: StoredResults | undefined, fingerprint: string): CheckedSentences {
    return stored && stored.build === this.build && stored.corpus === fingerprint ? stored.entries : [];
  }

  /** Stores a draft's entries (temporary file renamed over), and drops the oldest result files beyond MAX_FILES. */
  async save(draftPath: string, fingerprint: string, entries: CheckedSentences): Promise<void> {
    const file = this.fileFor(draftPath);
    const stored: StoredResults = { layout: LAYOUT, build: this.build, corpus: fingerprint, entries };
    try {
      await writeFileAtomically(this.dir, file, JSON.stringify(stored));
      await this.prune();
    } catch {
      // A read-only or full cache folder: the next check does the work again, nothing else changes.
    }
  }

  private fileFor(draftPath: string): string {
    return join(this.dir, `${PREFIX}${shortHash(`${this.rootsKey}\u0000${draftPath}`)}.json`);
  }

  private async prune(): Promise<void> {
    const names = (await fs.readdir(this.dir)).filter((n) => n.startsWith(PREFIX) && n.endsWith('.json'));
    if (names.length <= MAX_FILES) return;
    const dated = await Promise.all(names.map(async (n) => ({ n, t: (await fs.stat(join(this.dir, n))).mtimeMs })));
    dated.sort((a, b) => b.t - a.t);
    await Promise.all(dated.slice(MAX_FILES).map(({ n }) => fs.unlink(join(this.dir, n)).catch(() => undefined)));
  }
}

/** Whether a stored entry set may differ from the entries a check used (so that it is worth writing again). */
export function changedEntries(stored: CheckedSentences, used: CheckedSentences): boolean {
  if (stored.length !== used.length) return true;
  const known = new Set(stored.map(([k]) => k));
  return used.some(([k]) => !known.has(k));
}

/** This CLI bundle, by size and time: results of another build (other rules, other wording) are not reused. */
function buildIdentity(): string {
  try {
    const { size, mtimeMs } = statSync(__filename);
    return `${size}-${Math.round(mtimeMs)}-${process.version}`;
  } catch {
    return `unknown-${Date.now()}`;
  }
}

function isStoredResults(v: unknown): v is StoredResults {
  if (typeof v !== 'object' || v === null) return false;
  const s = v as Partial<StoredResults>;
  return (
    s.layout === LAYOUT &&
    typeof s.build === 'string' &&
    typeof s.corpus === 'string' &&
    Array.isArray(s.entries) &&
    s.entries.every((e) => Array.isArray(e) && e.length === 2 && typeof e[0] === 'string' && isEntry(e[1]))
  );
}

function isEntry(v: unknown): v is MemoEntry {
  if (typeof v !== 'object' || v === null) return false;
  const { findings, record } = v as Partial<MemoEntry>;
  return (
    Array.isArray(findings) &&
    findings.every(
      (f) =>
        typeof f === 'object' &&
        f !== null &&
        typeof f.start === 'number' &&
        typeof f.end === 'number' &&
        typeof f.code === 'string' &&
        typeof f.message === 'string' &&
        Array.isArray(f.evidence),
    ) &&
    typeof record === 'object' &&
    record !== null &&
    Array.isArray(record.sources) &&
    Array.isArray(record.quotes) &&
    Array.isArray(record.support)
  );
}
