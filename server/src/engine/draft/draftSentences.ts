/**
 * Sentences of one unit of a draft (a paragraph, list item paragraph or table
 * cell), from its content view: segmented, with a citation after the full
 * stop given to the sentence before, each sentence's own citations and
 * those of its footnote marks, its claim text and inline quotations; then
 * what a blockquote shares, and in-text "@name" inside quoted words dropped.
 */
import { segmentSentences } from '../ingest/sentences.js';
import { normalizeWhitespace } from '../text/normalize.js';
import { findInlineQuotations } from './quotations.js';
import type { Citation, DraftSentence, Quotation } from './draftTypes.js';
import type { MdNode } from './citationView.js';

/** A paragraph, list item paragraph or table cell whose sentences are checked. */
export interface Unit {
  start: number;
  end: number;
  blockquote?: MdNode;
  inTable: boolean;
  footnoteRefs: Array<{ id: string; start: number; end: number }>;
  links: Array<{ url: string; start: number; end: number }>;
  /** Filled once the whole draft is read: Pandoc citations, then link citations. */
  citations: Citation[];
}

/** `origin` learns, for each copy of a footnote's citation placed at its mark, the citation it copies. */
export function unitSentences(
  content: string,
  unit: Unit,
  index: number,
  footnotes: Map<string, Citation[]>,
  origin: Map<Citation, Citation>,
): DraftSentence[] {
  const citations = unit.citations;
  const pieces = mergeCitationOnlyPieces(content, splitAfterCitations(content, segmentSentences(content, unit.start, unit.end)));
  // A citation or footnote mark belongs to the last sentence that starts at or
  // before it, so "… in care.[^1]" and "… in care. [@key]" cite that sentence.
  // Grouped once by binary search: a paragraph with thousands of citations
  // made the per-piece scan cubic (minutes for a 10,000-citation draft).
  const owner = (offset: number) => {
    let lo = 0;
    let hi = pieces.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (pieces[mid][0] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const byPiece = <T extends { start: number }>(items: T[]) => {
    const groups: T[][] = pieces.map(() => []);
    for (const item of items) groups[owner(item.start)]?.push(item);
    return groups;
  };
  const citationsOf = byPiece(citations);
  const marksOf = byPiece(unit.footnoteRefs);
  return pieces.map(([start, end], k) => {
    const own = citationsOf[k];
    const marks = marksOf[k];
    const viaFootnotes = marks.flatMap((f) =>
      (footnotes.get(f.id) ?? []).map((c) => {
        const copy = { ...c, start: f.start, end: f.end, keyStart: f.start, keyEnd: f.end };
        origin.set(copy, c);
        return copy;
      }),
    );
    // In-text "@key" is part of the sentence's grammar; bracketed citations are not.
    const masked = own.filter((c) => c.form === 'bracket');
    const claimText = normalizeWhitespace(stripRanges(content, start, end, [...masked, ...marks]));
    const quotations: Quotation[] = unit.blockquote ? [] : findInlineQuotations(content, start, end, masked);
    return {
      start,
      end,
      text: normalizeWhitespace(content.slice(start, end)),
      claimText,
      citations: [...own, ...viaFootnotes],
      quotations,
      unit: index,
      inBlockquote: unit.blockquote !== undefined,
      inTable: unit.inTable,
    };
  });
}

/**
 * Pandoc puts a citation after the full stop ("… rose. [@ons] Next …"), and
 * the segmenter then starts the next sentence with it: such a citation, and a
 * piece that is nothing but citations, belong to the sentence before.
 */
function mergeCitationOnlyPieces(content: string, pieces: Array<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const piece of pieces) {
    let start = piece[0];
    const end = piece[1];
    if (out.length > 0) {
      const lead = LEADING_CITATIONS.exec(content.slice(start, end));
      if (lead) {
        out[out.length - 1][1] = start + lead[0].trimEnd().length;
        start += lead[0].length;
      }
    }
    if (start < end && content.slice(start, end).replace(/[\s\u0000.,;:]/g, '') !== '') out.push([start, end]);
  }
  return out;
}

/** ICU does not end a sentence at "rose. [@ons] Next": split after such a citation. */
function splitAfterCitations(content: string, pieces: Array<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [start, end] of pieces) {
    let at = start;
    for (const m of content.slice(start, end).matchAll(CITATION_AFTER_STOP)) {
      const cut = start + m.index + m[1].length;
      out.push([at, cut]);
      at = cut + m[2].length;
    }
    out.push([at, end]);
  }
  return out;
}

const CITATION_AFTER_STOP = /([.!?]["\u201d\u2019)]*[\s\u0000]+\[[^[\]]*@[^[\]]*\])([\s\u0000]+)(?=\p{Lu})/gu;

const LEADING_CITATIONS = /^(?:\[[^[\]]*@[^[\]]*\][\s\u0000.,;:]*)+/;

/** Sentences of one blockquote share its citations, wherever they were written. */
export function applyBlockquoteCitations(sentences: DraftSentence[], units: Unit[]): void {
  const byQuote = new Map<MdNode, DraftSentence[]>();
  for (const s of sentences) {
    const quote = units[s.unit].blockquote;
    if (!quote) continue;
    const group = byQuote.get(quote);
    if (group) group.push(s);
    else byQuote.set(quote, [s]);
  }
  for (const group of byQuote.values()) {
    const shared = group.flatMap((s) => s.citations);
    const words = group
      .map((s) => s.claimText)
      .join(' ')
      .replace(/^[\s\u2014\u2013-]+|[\s\u2014\u2013-]+$/g, '')
      .trim();
    const quotation: Quotation = { start: group[0].start, end: group[group.length - 1].end, text: words, kind: 'blockquote' };
    for (const s of group) {
      s.citations = dedupe([...s.citations, ...shared]);
      if (words.split(/\s+/).length >= 4) s.quotations = [quotation];
    }
  }
}

/**
 * An in-text "@name" inside quoted words is the source's text (a Twitter
 * handle, say), not the writer citing something: a quote inserted verbatim
 * from a source must not turn into an unknown-key citation. Bracketed
 * citations still count, as in a blockquote's "> [@key, p. 4]" line.
 * Returns the citations dropped (they stay in the model, marked `quoted`).
 */
export function dropQuotedInTextCitations(sentences: DraftSentence[]): Set<Citation> {
  const dropped = new Set<Citation>();
  for (const s of sentences) {
    const inside = (c: Citation) =>
      c.form === 'in-text' && (s.inBlockquote || s.quotations.some((q) => c.keyStart >= q.start && c.keyEnd <= q.end));
    for (const c of s.citations) if (inside(c)) dropped.add(c);
    if (dropped.size > 0) s.citations = s.citations.filter((c) => !dropped.has(c));
  }
  return dropped;
}

function stripRanges(content: string, start: number, end: number, ranges: Array<{ start: number; end: number }>): string {
  let out = '';
  let at = start;
  for (const r of [...ranges].sort((a, b) => a.start - b.start)) {
    if (r.end <= at || r.start >= end) continue;
    out += content.slice(at, Math.max(at, r.start)) + ' ';
    at = Math.max(at, r.end);
  }
  return (out + content.slice(at, end)).replace(/\s+([.,;:!?])/g, '$1');
}

function dedupe(citations: Citation[]): Citation[] {
  const seen = new Set<string>();
  return citations.filter((c) => {
    const id = `${c.key ?? c.target}@${c.start}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
