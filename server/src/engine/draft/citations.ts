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
const PAGE = /\bpp?\.?\s*(\d+)/i;

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
        const after = item.slice(km.index + km[0].length).replace(/^\s*,\s*/, '').trim();
        const citation: Citation = { key: km[2], form: 'bracket', start: groupStart, end: groupEnd, keyStart, keyEnd: keyStart + km[2].length };
        if (after) {
          citation.locator = after;
          const page = PAGE.exec(after);
          if (page) citation.page = Number(page[1]);
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
