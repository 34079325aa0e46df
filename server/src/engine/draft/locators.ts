/**
 * What Sourced reads from a Pandoc citation's suffix: the suffix itself, the
 * locator (the suffix without its leading comma: `, p. 4` → `p. 4`, as Sourced
 * has always reported it) and the page part of the locator, with its span in
 * the draft for edits that correct it. The one place locators are read.
 */
import type { Citation } from './draftTypes.js';

/** The page part of a locator: `p. 4`, `p 4`, `pp. 3-5`, `pp. 3–5`. */
const PAGE = /\bpp?\.?\s*(\d+)(?:\s*[-\u2013\u2014]+\s*(\d+))?/i;

type SuffixFields = Pick<Citation, 'suffix' | 'locator' | 'page' | 'pageEnd' | 'pageStart' | 'pageStop'>;

/** `raw`: the suffix as written (same length as in the draft), starting at draft offset `at`. */
export function readSuffix(raw: string, at: number): SuffixFields {
  const suffix = raw.replace(/\s+/g, ' ').trim();
  if (!suffix) return {};
  const lead = /^\s*(?:,\s*)?/.exec(raw)![0].length;
  const locator = raw.slice(lead).replace(/\s+/g, ' ').trim();
  if (!locator) return { suffix };
  const page = PAGE.exec(raw.slice(lead));
  if (!page) return { suffix, locator };
  const pageStart = at + lead + page.index;
  return { suffix, locator, page: Number(page[1]), pageEnd: lastPage(page[1], page[2]), pageStart, pageStop: pageStart + page[0].length };
}

/** The last page of `first`–`last` (absent: `first`); "123-5" abbreviates 125, and a range never runs backwards. */
function lastPage(first: string, last: string | undefined): number {
  if (last === undefined) return Number(first);
  let end = Number(last);
  if (end < Number(first) && last.length < first.length) end = Number(first.slice(0, first.length - last.length) + last);
  return Math.max(Number(first), end);
}
