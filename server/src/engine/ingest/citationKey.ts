/**
 * Citation keys (`sourceId`). A key is what users type after `@`, so it
 * follows Pandoc's rules: letters, digits and `_`, with internal punctuation
 * from `:.#$%&-+?<>~/`. Clashes are resolved deterministically by path order.
 */
import type { IngestProblem } from '../types.js';

const INVALID_RUN = /[^\p{L}\p{N}_:.#$%&\-+?<>~/]+/gu;
const EDGE_PUNCT = /^[:.#$%&\-+?<>~/]+|[:.#$%&\-+?<>~/]+$/gu;

/** The key a file would have on its own: front-matter id, else its base name. */
export function proposeKey(file: string, declaredId?: unknown): string {
  if (typeof declaredId === 'string' || typeof declaredId === 'number') {
    const key = sanitizeKey(String(declaredId));
    if (key) return key;
  }
  const base = file.split(/[\\/]/).pop() ?? file;
  const dot = base.lastIndexOf('.');
  const stem = dot > 0 ? base.slice(0, dot) : base;
  return sanitizeKey(stem.toLowerCase()) || 'source';
}

export function sanitizeKey(raw: string): string {
  return raw.trim().replace(INVALID_RUN, '-').replace(EDGE_PUNCT, '');
}

/**
 * Gives every file a unique key. Files sharing a proposed key are ordered by
 * path; the first keeps it, the others get `-2`, `-3`, ... and a warning.
 */
export function assignUniqueKeys(proposals: ReadonlyArray<{ file: string; key: string }>): {
  keys: Map<string, string>;
  problems: IngestProblem[];
} {
  const byKey = new Map<string, string[]>();
  for (const { file, key } of proposals) {
    const list = byKey.get(key) ?? [];
    list.push(file);
    byKey.set(key, list);
  }
  const keys = new Map<string, string>();
  const problems: IngestProblem[] = [];
  const taken = new Set(byKey.keys());
  for (const [key, files] of byKey) {
    files.sort();
    keys.set(files[0], key);
    let n = 2;
    for (const file of files.slice(1)) {
      while (taken.has(`${key}-${n}`)) n++;
      const unique = `${key}-${n}`;
      taken.add(unique);
      keys.set(file, unique);
      problems.push({
        file,
        severity: 'warning',
        message:
          `${file}: citation key "${key}" is already used by ${files[0]}; ` +
          `this file is cited as "${unique}". Give it an \`id\` in front matter to choose its key.`,
      });
    }
  }
  return { keys, problems };
}
