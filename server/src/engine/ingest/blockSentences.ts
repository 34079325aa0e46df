/**
 * A file's sentences from its blocks: each block segmented (sentences.ts), long pieces cut, and every sentence given
 * its exact provenance: where it starts and ends in the file, the gaps where the content view differs from the file
 * (masked junk, removed markup, decoded entities, and for a block that runs down a column the other column's text),
 * and its page. The provenance invariant holds for every sentence: spanText(file, start, end, gaps) === text.
 */
import type { Gap, Sentence } from '../types.js';
import type { BlockSpans } from './blocks.js';
import { segmentSentences } from './sentences.js';
import { normalizeWhitespace } from '../text/normalize.js';

/** Longer "sentences" (tables flattened, text without punctuation) are cut. */
const MAX_SENTENCE = 1000;

export function buildSentences(text: string, content: string, blocks: readonly BlockSpans[], paged = false): Sentence[] {
  const pageStarts = pageStartsOf(text);
  const numberPages = paged || pageStarts.length > 1;
  const sentences: Sentence[] = [];
  blocks.forEach((spans, block) => {
    for (const { parts, text: sentenceText } of spans.length === 1 ? inOneSpan(content, spans[0]) : acrossSpans(content, spans)) {
      if (!/\p{L}/u.test(sentenceText)) continue;
      const start = parts[0][0];
      const end = parts[parts.length - 1][1];
      const sentence: Sentence = { index: sentences.length, start, end, text: sentenceText, block };
      // Within each part, where the content view differs from the file; between parts, the other column's text.
      const gaps = parts.flatMap(([a, b], k): Gap[] => [
        ...(k > 0 ? [[parts[k - 1][1], a, '\n'] as Gap] : []),
        ...gapsOf(text, content, a, b),
      ]);
      if (gaps.length > 0) sentence.gaps = gaps;
      if (numberPages) sentence.page = pageOf(pageStarts, start);
      sentences.push(sentence);
    }
  });
  return sentences;
}

/** A sentence found in a block: the spans of the content it reads (in order) and its text. */
interface Found {
  parts: Array<[number, number]>;
  text: string;
}

/** The sentences of a block that is one span of the content. */
function* inOneSpan(content: string, [bs, be]: [number, number]): Generator<Found> {
  for (const [s0, e0] of segmentSentences(content, bs, be)) {
    for (const [start, end] of capLength(content, s0, e0))
      yield { parts: [[start, end]], text: normalizeWhitespace(content.slice(start, end)) };
  }
}

/**
 * The sentences of a block that runs down a column (several spans, the other column's text between them): found in
 * the spans' text joined by line breaks, as if the column were the page, and each mapped back to the parts of the
 * spans it reads. A line break between two parts is what the gap between them reads as, so a hyphen that ends a
 * column's line joins its word as it does on a page of its own (normalize.ts).
 */
function* acrossSpans(content: string, spans: BlockSpans): Generator<Found> {
  const starts: number[] = [];
  let view = '';
  for (const [s, e] of spans) {
    if (view) view += '\n';
    starts.push(view.length);
    view += content.slice(s, e);
  }
  for (const [s0, e0] of segmentSentences(view, 0, view.length)) {
    for (const [vs, ve] of capLength(view, s0, e0)) {
      const parts: Array<[number, number]> = [];
      spans.forEach(([s, e], i) => {
        const from = Math.max(vs, starts[i]);
        const to = Math.min(ve, starts[i] + (e - s));
        if (to > from) parts.push([s + from - starts[i], s + to - starts[i]]);
      });
      if (parts.length > 0) yield { parts, text: normalizeWhitespace(view.slice(vs, ve)) };
    }
  }
}

function capLength(content: string, start: number, end: number): Array<[number, number]> {
  if (end - start <= MAX_SENTENCE) return [[start, end]];
  const out: Array<[number, number]> = [];
  let at = start;
  while (end - at > MAX_SENTENCE) {
    let cut = content.lastIndexOf(' ', at + MAX_SENTENCE);
    if (cut <= at + MAX_SENTENCE / 2) cut = at + MAX_SENTENCE;
    out.push([at, cut]);
    at = cut;
    while (at < end && /\s/.test(content[at])) at++;
  }
  if (at < end) out.push([at, end]);
  return out;
}

/**
 * Spans where the content view differs from the file (masked junk, removed
 * markup, decoded entities), each with what the content has there. Runs of
 * white space that both views share do not end a gap, so a masked footer is
 * one gap rather than one per word.
 */
function gapsOf(text: string, content: string, start: number, end: number): Gap[] {
  const gaps: Gap[] = [];
  let open = -1;
  let lastHidden = -1;
  const close = (): void => {
    const replacement = content.slice(open, lastHidden + 1).replace(/\u0000/g, '');
    gaps.push(/^\s+$/.test(replacement) ? [open, lastHidden + 1] : [open, lastHidden + 1, replacement]);
    open = -1;
  };
  for (let i = start; i < end; i++) {
    const c = content.charCodeAt(i);
    if (c !== text.charCodeAt(i)) {
      if (open < 0) open = i;
      lastHidden = i;
    } else if (open >= 0 && !isSpace(c)) close();
  }
  if (open >= 0) close();
  return gaps;
}

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13);
}

function pageStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\f'); i !== -1; i = text.indexOf('\f', i + 1)) starts.push(i + 1);
  return starts;
}

function pageOf(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
