/**
 * Pandoc citations in a plain string with no Markdown structure (a locator
 * test, a snippet): `[@key]`, `[@key, p. 4]`, `[@a; @b]`, `[see @key, pp. 3-5]`,
 * in-text `@key` and `@key [p. 4]`. Drafts are read by parseDraft, which
 * gives pandocCitations.ts the citation view of each block instead.
 */
import type { Citation } from './draftTypes.js';
import { scanCitations } from './pandocCitations.js';

const NO_EXAMPLES: ReadonlySet<string> = new Set();

export function findCitations(content: string, start: number, end: number): Citation[] {
  return scanCitations(content, content, start, end, NO_EXAMPLES).citations;
}
