/**
 * Pandoc citation syntax in a draft's prose: `[@key]`, `[@key, p. 4]`,
 * `[@a; @b]`, `[see @key, pp. 3-5]`, and in-text `@key`. Works on the
 * content view of a paragraph (markup masked, offsets those of the draft).
 */
import type { Citation } from './draftTypes.js';

const KEY = String.raw`[\p{L}\p{N}_](?:[\p{L}\p{N}_:.#$%&\-+?<>~/]*[\p{L}\p{N}_])?`;
const BRACKET = /\[([^\[\]\n]*?@[^\[\]\n]*?)\](?!\()/gu;
const KEY_IN_ITEM = new RegExp(String.raw`(-?)@(${KEY})`, 'u');
const IN_TEXT = new RegExp(String.raw`(?<![\p{L}\p{N}_@.])@(${KEY})`, 'gu');
/** The page part of a locator: `p. 4`, `p 4`, `pp. 3-5`, `pp. 3–5`; the one place locators are read. */
const PAGE = /\bpp?\.?\s*(\d+)(?:\s*[-\u2013\u2014]+\s*(\d+))?/i;

export function findCitations(content: string, start: number, end: number): Citation[] {
  const slice = content.slice(start, end);
  const citations: Citation[] = [];
  const covered: Array<[number, number]> = [];
  for (const m of slice.matchAll(BRACKET)) {
    const groupStart = start + m.index;
    const groupEnd = groupStart + m[0].length;
    let itemOffset = groupStart + 1;
    for (const item of m[1].split(';')) {
      const km = KEY_IN_ITEM.exec(item);
      if (km) {
        const keyStart = itemOffset + km.index + 1 + km[1].length;
        const rest = item.slice(km.index + km[0].length);
        const lead = /^\s*(?:,\s*)?/.exec(rest)![0].length;
        const after = rest.slice(lead).trim();
        const citation: Citation = { key: km[2], form: 'bracket', start: groupStart, end: groupEnd, keyStart, keyEnd: keyStart + km[2].length };
        if (after) {
          citation.locator = after;
          const page = PAGE.exec(after);
          if (page) {
            const pageStart = itemOffset + km.index + km[0].length + lead + page.index;
            Object.assign(citation, { page: Number(page[1]), pageEnd: lastPage(page[1], page[2]), pageStart, pageStop: pageStart + page[0].length });
          }
        }
        citations.push(citation);
      }
      itemOffset += item.length + 1;
    }
    covered.push([groupStart, groupEnd]);
  }
  for (const m of slice.matchAll(IN_TEXT)) {
    const at = start + m.index;
    if (covered.some(([s, e]) => at >= s && at < e)) continue;
    // An e-mail address is not a citation: `name@host` is excluded by the look-behind.
    citations.push({ key: m[1], form: 'in-text', start: at, end: at + m[0].length, keyStart: at + 1, keyEnd: at + m[0].length });
  }
  return citations.sort((a, b) => a.start - b.start);
}

/** The last page of `first`–`last` (absent: `first`); "123-5" abbreviates 125, and a range never runs backwards. */
function lastPage(first: string, last: string | undefined): number {
  if (last === undefined) return Number(first);
  let end = Number(last);
  if (end < Number(first) && last.length < first.length) end = Number(first.slice(0, first.length - last.length) + last);
  return Math.max(Number(first), end);
}
