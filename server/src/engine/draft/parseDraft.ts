/**
 * Reads a Markdown draft (unified + remark-parse, with GFM tables and
 * footnotes and front matter) into sentences with exact offsets, their
 * citations and quotations. Prose is taken from paragraphs, list items,
 * table cells and blockquotes; code, inline code, HTML, headings, link URLs
 * and image alt text are masked. Suppression comments and `sourced: false`
 * front matter are honoured here, so no later stage sees suppressed text.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { parse as parseYaml } from 'yaml';
import { writeDecoded } from '../ingest/reader.js';
import { segmentSentences } from '../ingest/sentences.js';
import { normalizeWhitespace } from '../text/normalize.js';
import { findCitations } from './citations.js';
import { findInlineQuotations } from './quotations.js';
import type { Citation, DraftModel, DraftSentence, Quotation } from './draftTypes.js';

interface MdNode {
  type: string;
  value?: string;
  url?: string;
  identifier?: string;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

interface Unit {
  start: number;
  end: number;
  blockquote?: MdNode;
  inTable: boolean;
  footnoteRefs: Array<{ id: string; start: number; end: number }>;
  links: Array<{ url: string; start: number; end: number }>;
}

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);
const IGNORE = /<!--\s*sourced-ignore\s*-->/;
const DISABLE = /<!--\s*sourced-disable\s*-->/;
const ENABLE = /<!--\s*sourced-enable\s*-->/;

export function parseDraft(text: string): DraftModel {
  const tree = parser.parse(text) as MdNode;
  const problems: string[] = [];
  const chars = Array.from({ length: text.length }, () => '\u0000');
  const units: Unit[] = [];
  const footnotes = new Map<string, Citation[]>();
  const footnoteRanges: Array<[string, [number, number] | undefined]> = [];
  let disabled = false;

  const offsets = (n: MdNode): [number, number] | undefined => {
    const s = n.position?.start.offset;
    const e = n.position?.end.offset;
    return s === undefined || e === undefined ? undefined : [s, e];
  };

  /** Copies a unit's prose into the content view and notes footnote marks and links. */
  const inline = (node: MdNode, unit: Unit): void => {
    const at = offsets(node);
    if (!at) return;
    switch (node.type) {
      case 'text':
        writeDecoded(chars, text, at[0], at[1], node.value ?? '');
        return;
      case 'inlineCode':
      case 'image':
      case 'imageReference':
      case 'html':
      case 'break':
        for (let i = at[0]; i < at[1]; i++) chars[i] = ' ';
        return;
      case 'footnoteReference':
        unit.footnoteRefs.push({ id: normalizeLabel(node.identifier ?? ''), start: at[0], end: at[1] });
        return;
      case 'link':
        if (node.url) unit.links.push({ url: node.url, start: at[0], end: at[1] });
        break;
    }
    for (const child of node.children ?? []) inline(child, unit);
  };

  const walk = (node: MdNode, blockquote: MdNode | undefined, inTable: boolean, skip: boolean): void => {
    const at = offsets(node);
    if (node.type === 'yaml') {
      disabled = readDisabled(node.value ?? '', problems);
      return;
    }
    if (node.type === 'footnoteDefinition') {
      const unit: Unit = { start: at?.[0] ?? 0, end: at?.[1] ?? 0, inTable: false, footnoteRefs: [], links: [] };
      for (const child of node.children ?? []) collectInline(child, unit, inline);
      // Citations are read once the content view is complete (below): joining it here, per footnote, was quadratic.
      footnoteRanges.push([normalizeLabel(node.identifier ?? ''), at]);
      return;
    }
    if ((node.type === 'paragraph' || node.type === 'tableCell') && at) {
      const unit: Unit = { start: at[0], end: at[1], blockquote, inTable, footnoteRefs: [], links: [] };
      for (const child of node.children ?? []) inline(child, unit);
      if (!skip) units.push(unit);
      return;
    }
    if (node.type === 'code' || node.type === 'heading' || node.type === 'html' || node.type === 'definition') return;
    const children = node.children ?? [];
    let ignoreNext = false;
    for (const child of children) {
      const childAt = offsets(child);
      if (child.type === 'html' && child.value) {
        if (IGNORE.test(child.value)) ignoreNext = true;
        continue;
      }
      const childSkip = skip || ignoreNext || (childAt !== undefined && inDisabledRegion(childAt[0]));
      ignoreNext = false;
      walk(child, node.type === 'blockquote' ? node : blockquote, inTable || node.type === 'table', childSkip);
    }
  };

  const disabledRegions = findDisabledRegions(text);
  const inDisabledRegion = (offset: number) => disabledRegions.some(([s, e]) => offset >= s && offset < e);
  walk(tree, undefined, false, false);
  const content = chars.join('');
  for (const [label, at] of footnoteRanges) footnotes.set(label, at ? findCitations(content, at[0], at[1]).map((c) => ({ ...c, form: 'footnote' as const })) : []);
  if (disabled) return { text, disabled: true, sentences: [], citations: allCitations(content, units, footnotes), problems };
  const sentences = units.flatMap((unit, index) => unitSentences(content, unit, index, footnotes));
  applyBlockquoteCitations(sentences, units);
  const quoted = dropQuotedInTextCitations(sentences);
  return { text, disabled: false, sentences, citations: allCitations(content, units, footnotes).filter((c) => !quoted.has(c.start)), problems };
}

function collectInline(node: MdNode, unit: Unit, inline: (n: MdNode, u: Unit) => void): void {
  if (node.type === 'paragraph' || node.type === 'tableCell') for (const c of node.children ?? []) inline(c, unit);
  else for (const c of node.children ?? []) collectInline(c, unit, inline);
}

function unitSentences(content: string, unit: Unit, index: number, footnotes: Map<string, Citation[]>): DraftSentence[] {
  const citations = [...findCitations(content, unit.start, unit.end), ...linkCitations(unit)];
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
    const viaFootnotes = marks.flatMap((f) => (footnotes.get(f.id) ?? []).map((c) => ({ ...c, start: f.start, end: f.end, keyStart: f.start, keyEnd: f.end })));
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
    let [start, end] = piece;
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

const CITATION_AFTER_STOP = /([.!?]["\u201d\u2019)]*[\s\u0000]+\[[^\[\]]*@[^\[\]]*\])([\s\u0000]+)(?=\p{Lu})/gu;

const LEADING_CITATIONS = /^(?:\[[^\[\]]*@[^\[\]]*\][\s\u0000.,;:]*)+/;

/** Sentences of one blockquote share its citations, wherever they were written. */
function applyBlockquoteCitations(sentences: DraftSentence[], units: Unit[]): void {
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
    const words = group.map((s) => s.claimText).join(' ').replace(/^[\s\u2014\u2013-]+|[\s\u2014\u2013-]+$/g, '').trim();
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
 * Returns the start offsets of the citations dropped.
 */
function dropQuotedInTextCitations(sentences: DraftSentence[]): Set<number> {
  const dropped = new Set<number>();
  for (const s of sentences) {
    const inside = (c: Citation) => c.form === 'in-text' && (s.inBlockquote || s.quotations.some((q) => c.start >= q.start && c.end <= q.end));
    for (const c of s.citations) if (inside(c)) dropped.add(c.start);
    if (dropped.size > 0) s.citations = s.citations.filter((c) => !dropped.has(c.start));
  }
  return dropped;
}

function linkCitations(unit: Unit): Citation[] {
  return unit.links
    .filter((l) => !/^[a-z][a-z0-9+.-]*:/i.test(l.url) && !l.url.startsWith('#'))
    .map((l) => ({ target: l.url, form: 'link' as const, start: l.start, end: l.end, keyStart: l.start, keyEnd: l.end }));
}

function allCitations(content: string, units: Unit[], footnotes: Map<string, Citation[]>): Citation[] {
  return [...units.flatMap((u) => [...findCitations(content, u.start, u.end), ...linkCitations(u)]), ...[...footnotes.values()].flat()].sort((a, b) => a.start - b.start);
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

function findDisabledRegions(text: string): Array<[number, number]> {
  const regions: Array<[number, number]> = [];
  const re = new RegExp(`${DISABLE.source}|${ENABLE.source}`, 'g');
  let open = -1;
  for (const m of text.matchAll(re)) {
    if (DISABLE.test(m[0])) {
      if (open < 0) open = m.index;
    } else if (open >= 0) {
      regions.push([open, m.index + m[0].length]);
      open = -1;
    }
  }
  if (open >= 0) regions.push([open, text.length]);
  return regions;
}

function readDisabled(yaml: string, problems: string[]): boolean {
  try {
    const data = parseYaml(yaml) as { sourced?: unknown } | null;
    return data !== null && typeof data === 'object' && data.sourced === false;
  } catch (error) {
    problems.push(`Front matter is not valid YAML (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); the draft is checked anyway.`);
    return false;
  }
}

function normalizeLabel(label: string): string {
  return label.trim().toLowerCase();
}
