/**
 * Inline quotations in a draft sentence: text between straight or curly
 * double quotes, four words or more (shorter quoted phrases are usually
 * terms or scare quotes, not quotations to verify).
 */
import { normalizeWhitespace } from '../text/normalize.js';
import type { Citation, Quotation } from './draftTypes.js';

const QUOTED = /"([^"]+?)"|\u201c([^\u201c\u201d]+?)\u201d/g;
const MIN_WORDS = 4;

export function findInlineQuotations(content: string, start: number, end: number, citations: Citation[]): Quotation[] {
  const slice = content.slice(start, end);
  const out: Quotation[] = [];
  for (const m of slice.matchAll(QUOTED)) {
    const inner = m[1] ?? m[2];
    const innerStart = start + m.index + 1;
    const innerEnd = innerStart + inner.length;
    if (citations.some((c) => c.start < innerEnd && c.end > innerStart)) continue;
    const text = normalizeWhitespace(inner);
    if (text.split(' ').filter((w) => /\p{L}|\p{N}/u.test(w)).length < MIN_WORDS) continue;
    out.push({ start: innerStart, end: innerEnd, text, kind: 'inline' });
  }
  return out;
}
