/**
 * The context a passage is judged in: the other sentences of its paragraph
 * (its block), the items of the list or rows of the table it is in (a run of
 * list-item or table-row blocks, with the lead-in line that introduces them),
 * and its document's head: title, author, publisher, date, the citation key's
 * words, a short opening line (an inspection report's "Westshire County
 * Council"), and apart from it the report's inspection dates line. Sentence records carry only their block number, so list and
 * table membership is read from the blocks' shape: a run of short blocks
 * (ingest already ends a block at every list marker and table row) is a list
 * or table; the cache format is unchanged and the file text is not decoded.
 *
 * Built lazily per document and kept in a WeakMap on the document object,
 * which the corpus replaces whenever it changes, so nothing goes stale. The
 * structure is read from the sentences' block numbers and offsets alone, and
 * only the sentences a window or a list test reads are decoded (see
 * SentenceAccess): decoding whole documents for a few neighbours each was
 * most of a check's time.
 */
import { analyze, passageTerms } from '../index/analyzer.js';
import { arrayAccess, sentenceStartingAt, type SentenceAccess } from '../corpus/cacheCodec.js';
import { expandAbbreviations } from './abbreviations.js';
import { carriesOn, opensWithThey, pointsBack, subjectOf } from './sentenceOpenings.js';
import { MONTH_NAMES } from '../text/months.js';
import type { Sentence, SourceDocument } from '../types.js';

/** Sentences of the same paragraph either side of the passage that count as its window. */
const PARAGRAPH_REACH = 2;
/** List items (or table rows) either side of the passage's item that count as its window. */
const LIST_REACH = 12;
/** An opening sentence of at most this many words is a title line (a council's name), part of the head. */
const TITLE_LINE_WORDS = 10;

/** A list item or table row is short: at most this many sentences and words. */
const MAX_ITEM_SENTENCES = 2;
const MAX_ITEM_WORDS = 30;
/** A one-sentence block of at most this many words between two short items is an item that runs on. */
const LONG_ITEM_WORDS = 60;
/** A one-sentence block of at most this many words inside a list or table run stays in it (a wrapped cell). */
const SHORT_BLOCK_WORDS = 8;

export interface WindowSentence {
  sentence: Sentence;
  terms: readonly string[];
  /**
   * 'paragraph': same block; 'list': another item of the same list or table; 'lead-in': the line that introduces
   * the passage's list ("The review heard from:").
   */
  kind: 'paragraph' | 'list' | 'lead-in';
}

export interface PassageContext {
  doc: SourceDocument;
  sentence: Sentence;
  window: WindowSentence[];
  /**
   * The sentence of the same paragraph that carries this one on ("At 30 September 2014, 423 children were subject
   * to a plan. This is a 41% increase from 300 at 31 March 2013."): the next sentence when it opens with "This",
   * "These", "It" or "That", or the previous one when this one does. The two are judged as one statement.
   */
  pair?: WindowSentence;
  /** Analysed terms of the document's head (title, author, publisher, key, title line). */
  head: ReadonlySet<string>;
  /** The same terms in order, each part's, so that a place of several words can be found whole ("North Lincolnshire"). */
  headSequence: readonly string[];
  /** Years the document's date and head name. */
  headYears: ReadonlySet<string>;
  /** Terms of the report's inspection dates line, if it has one (see inspectionDatesOf). */
  inspectionDates: ReadonlySet<string>;
  /**
   * The years the document gives its previous inspection ("Since the last inspection in March 2016"), read from the
   * whole document on first call: what "since the last inspection" in a sentence of it dates.
   */
  inspectionYears: () => ReadonlySet<string>;
}

interface DocStructure {
  sentences: SentenceAccess;
  /** First and last sentence index of each block. */
  blockFirst: Map<number, number>;
  blockLast: Map<number, number>;
  /** Block numbers in document order, and each block's place in that order. */
  blocks: number[];
  position: Map<number, number>;
  /** Whether a block is a list item or a table row. */
  listLike: (block: number) => boolean;
  /** Whether a block is one short sentence (a wrapped cell, a heading). */
  short: (block: number) => boolean;
  head: Set<string>;
  headSequence: string[];
  headYears: Set<string>;
  inspectionDates: ReadonlySet<string>;
  inspectionYears?: ReadonlySet<string>;
}

const structures = new WeakMap<SourceDocument, DocStructure>();

/**
 * The context of the sentence of `doc` that starts at `start`, or undefined if none does. `access` reads the
 * document's sentences one at a time (the corpus's cache); without it they are read from `doc.sentences`.
 */
export function passageContext(doc: SourceDocument, start: number, access?: SentenceAccess): PassageContext | undefined {
  const structure = structureOf(doc, access);
  const sentences = structure.sentences;
  const index = sentenceStartingAt(sentences, start);
  if (index < 0) return undefined;
  const sentence = sentences.sentence(index);
  const window: WindowSentence[] = [];
  // A neighbour's abbreviations read in the words the document defines them by, as the passage's own are
  // (gradedEvidence.ts): "STCs are generally smaller" names secure training centres.
  const termsOf = (text: string) => {
    const longForms = expandAbbreviations(doc, text);
    return passageTerms(longForms ? `${text} (${longForms})` : text);
  };
  const windowed = (i: number, kind: WindowSentence['kind']): WindowSentence => {
    const s = sentences.sentence(i);
    return { sentence: s, terms: termsOf(s.text), kind };
  };
  const first = structure.blockFirst.get(sentence.block) ?? index;
  const last = structure.blockLast.get(sentence.block) ?? index;
  for (let i = Math.max(first, index - PARAGRAPH_REACH); i <= Math.min(last, index + PARAGRAPH_REACH); i++) {
    if (i !== index) window.push(windowed(i, 'paragraph'));
  }
  let pair: WindowSentence | undefined;
  if (carriesOn(sentence.text) && index > first) pair = window.find((w) => w.sentence.index === index - 1);
  else if (opensWithThey(sentence.text) && index > first) {
    // The nearest sentence before it in the paragraph that names what "They" are; it lends only its subject, what
    // "They" stands for: "STCs are generally smaller than YOIs" says what STCs are, not YOIs.
    const antecedent = window
      .filter((w) => w.sentence.index < index && !opensWithThey(w.sentence.text))
      .reduce<WindowSentence | undefined>((best, w) => (!best || w.sentence.index > best.sentence.index ? w : best), undefined);
    const subject = antecedent && subjectOf(antecedent.sentence.text);
    if (antecedent && subject) pair = { ...antecedent, terms: termsOf(subject) };
  } else if (index < last) {
    const next = window.find((w) => w.sentence.index === index + 1);
    if (next && carriesOn(next.sentence.text)) pair = next;
  }
  const at = structure.position.get(sentence.block)!;
  const leadIn = /:\s*$/.test(sentences.sentence(last).text) && structure.listLike(structure.blocks[at + 1] ?? -1);
  if (leadIn) {
    // A lead-in ("The review heard from:") reads with the items it introduces.
    for (let b = at + 1; b < structure.blocks.length && b - at <= LIST_REACH && structure.listLike(structure.blocks[b]); b++) {
      const block = structure.blocks[b];
      for (let i = structure.blockFirst.get(block)!; i <= structure.blockLast.get(block)!; i++) {
        window.push(windowed(i, 'list'));
      }
    }
  } else if (structure.listLike(sentence.block)) {
    const items: number[] = [];
    // A table's wrapped cells ("Holdco Ltd") come out as short blocks of their own: they stay in the run.
    const inRun = (block: number) => structure.listLike(block) || structure.short(block);
    let leadBlock: number | undefined;
    for (let b = at - 1; b >= 0 && at - b <= LIST_REACH; b--) {
      const block = structure.blocks[b];
      // The lead-in that introduces the list ("The review heard from:") belongs to it, and ends it.
      const lead = sentences.sentence(structure.blockLast.get(block)!);
      if (lead && /:\s*$/.test(lead.text)) {
        leadBlock = block;
        break;
      }
      if (inRun(block)) items.push(block);
      else break;
    }
    for (let b = at + 1; b < structure.blocks.length && b - at <= LIST_REACH && inRun(structure.blocks[b]); b++)
      items.push(structure.blocks[b]);
    if (leadBlock !== undefined) {
      for (let i = structure.blockFirst.get(leadBlock)!; i <= structure.blockLast.get(leadBlock)!; i++) window.push(windowed(i, 'lead-in'));
      // An item reads on from its lead-in ("The review heard from:" / "52 providers"): the two are one statement. A
      // lead-in that only points back ("At 22 February 2016, 300 children … This is an increase from 293 … Of this
      // number:") reads from the sentence it points back to, which says what the items count.
      const leadFirst = structure.blockFirst.get(leadBlock)!;
      let leadAt = structure.blockLast.get(leadBlock)!;
      while (leadAt > leadFirst && pointsBack(sentences.sentence(leadAt).text)) leadAt--;
      pair ??= window.find((w) => w.kind === 'lead-in' && w.sentence.index === leadAt);
    }
    for (const block of items) {
      for (let i = structure.blockFirst.get(block)!; i <= structure.blockLast.get(block)!; i++) {
        window.push(windowed(i, 'list'));
      }
    }
  }
  const context: PassageContext = {
    doc,
    sentence,
    window,
    head: structure.head,
    headSequence: structure.headSequence,
    headYears: structure.headYears,
    inspectionDates: structure.inspectionDates,
    inspectionYears: () => (structure.inspectionYears ??= previousInspectionYears(sentences)),
  };
  if (pair) context.pair = pair;
  return context;
}

/**
 * Whether the sentence of `doc` at `start` has a pair (see PassageContext.pair) in its paragraph, read from at most
 * two sentences and without the document's structure: the cheap test that decides whether a passage holding too
 * little of a claim on its own is worth reading in context.
 */
export function mayPair(doc: SourceDocument, start: number, access?: SentenceAccess): boolean {
  const sentences = access ?? arrayAccess(doc.sentences);
  const index = sentenceStartingAt(sentences, start);
  if (index < 0) return false;
  const block = sentences.blockOf(index);
  const text = sentences.sentence(index).text;
  if (index > 0 && sentences.blockOf(index - 1) === block && (carriesOn(text) || opensWithThey(text))) return true;
  // A list item or table cell (a short block of its own) may read on from its lead-in.
  const alone =
    (index === 0 || sentences.blockOf(index - 1) !== block) && (index + 1 >= sentences.count || sentences.blockOf(index + 1) !== block);
  if (alone && text.split(' ').length <= MAX_ITEM_WORDS) return true;
  return index + 1 < sentences.count && sentences.blockOf(index + 1) === block && carriesOn(sentences.sentence(index + 1).text);
}

function structureOf(doc: SourceDocument, access: SentenceAccess | undefined): DocStructure {
  let structure = structures.get(doc);
  if (structure) return structure;
  const blockFirst = new Map<number, number>();
  const blockLast = new Map<number, number>();
  const blocks: number[] = [];
  const sentences = access ?? arrayAccess(doc.sentences);
  // Block numbers only (no sentence text is decoded for this), a run of one block's sentences at a time: a document
  // of a few hundred sentences has tens of blocks, and the maps are touched once per run, not per sentence.
  for (let i = 0; i < sentences.count;) {
    const b = sentences.blockOf(i);
    let end = i + 1;
    while (end < sentences.count && sentences.blockOf(end) === b) end++;
    if (!blockFirst.has(b)) {
      blockFirst.set(b, i);
      blocks.push(b);
    }
    blockLast.set(b, end - 1);
    i = end;
  }
  const { head, headSequence, headYears, inspectionDates } = headOf(doc, sentences);
  const shortMemo = new Map<number, boolean>();
  const wordsOf = (block: number) => {
    let words = 0;
    for (let i = blockFirst.get(block)!; i <= blockLast.get(block)!; i++) words += sentences.sentence(i).text.split(' ').length;
    return words;
  };
  const isShort = (block: number | undefined): boolean => {
    if (block === undefined || !blockFirst.has(block)) return false;
    let v = shortMemo.get(block);
    if (v === undefined) {
      v = blockLast.get(block)! - blockFirst.get(block)! < MAX_ITEM_SENTENCES && wordsOf(block) <= MAX_ITEM_WORDS;
      shortMemo.set(block, v);
    }
    return v;
  };
  // An item that ends with a semicolon is one whatever its length ("75 adoptions;" / "11 children became subject of
  // special guardianship orders; 312 children who have ceased to be looked after …;"): a data list flattened by pdftotext.
  // So is a longer one-sentence block between two short items ("455 (71.9%) were placed in foster care, of whom 235 …
  // with 197 of these less than 20 miles from home; 38 local children …"): one item that runs on.
  const position = new Map<number, number>();
  blocks.forEach((b, i) => position.set(b, i));
  const isItem = (block: number | undefined): boolean => {
    if (isShort(block)) return true;
    if (block === undefined || !blockLast.has(block)) return false;
    if (/;\s*$/.test(sentences.sentence(blockLast.get(block)!).text)) return true;
    const at = position.get(block)!;
    return (
      blockFirst.get(block) === blockLast.get(block) &&
      wordsOf(block) <= LONG_ITEM_WORDS &&
      isShort(blocks[at - 1]) &&
      isShort(blocks[at + 1])
    );
  };
  structure = {
    sentences,
    blockFirst,
    blockLast,
    blocks,
    position,
    // Read from the sentences alone (the file text is not decoded for this): an item is a short block next to another
    // short block; inspection reports number every long paragraph, which does not make them a list.
    listLike: (block) => {
      const at = position.get(block);
      if (at === undefined || !isItem(block)) return false;
      return isItem(blocks[at - 1]) || isItem(blocks[at + 1]);
    },
    short: (block) => blockFirst.has(block) && blockFirst.get(block) === blockLast.get(block) && wordsOf(block) <= SHORT_BLOCK_WORDS,
    head,
    headSequence,
    headYears,
    inspectionDates,
  };
  structures.set(doc, structure);
  return structure;
}

/** How far into a document its inspection dates line may be (after a title of two or three lines). */
const DATES_LINE_REACH = 6;
/** "Inspection dates: 8 June 2026 to 19 June 2026", "Dates of inspection: 2 to 6 December 2019", up to the dates' end. */
const INSPECTION_DATES = new RegExp(
  String.raw`\b(?:(?:inspection|visit)\s+dates?|dates?\s+of\s+(?:the\s+)?(?:inspection|visit))\s*:?\s*` +
    String.raw`(?:\d{1,2}(?:st|nd|rd|th)?\s*(?:(?:${MONTH_NAMES.join('|')})\s*)?(?:(?:19|20)\d\d\s*)?(?:to|and|[-\u2013])?\s*)+`,
  'iu',
);

function headOf(
  doc: SourceDocument,
  sentences: SentenceAccess,
): { head: Set<string>; headSequence: string[]; headYears: Set<string>; inspectionDates: ReadonlySet<string> } {
  const m = doc.metadata;
  const parts = [m.title, m.author, m.publisher, doc.sourceId.replace(/[-_.]+/g, ' ')];
  const opening = sentences.count > 0 ? sentences.sentence(0) : undefined;
  if (opening && opening.text.split(/\s+/).length <= TITLE_LINE_WORDS) parts.push(opening.text);

  // The parts apart (an empty term between them), so that a place is not read across two of them.
  const headSequence = parts.filter(Boolean).flatMap((part) => [...analyze(part!), '']);
  const head = new Set(headSequence.filter(Boolean));
  const headYears = new Set<string>();
  for (const t of head) if (/^(19|20)\d\d$/.test(t)) headYears.add(t);
  const year = /^(\d{4})/.exec(m.date ?? '')?.[1];
  if (year) headYears.add(year);
  return { head, headSequence, headYears, inspectionDates: inspectionDatesOf(sentences) };
}

/**
 * The terms of a report's inspection dates line ("Inspection dates: 8 June 2026 to 19 June 2026"): when its findings
 * were made, which a claim may date them by ("Over the year before Trafford's June 2026 inspection"). Apart from the
 * head: only a claim that speaks of the inspection reads them (a month there is no month of any other figure).
 */
function inspectionDatesOf(sentences: SentenceAccess): ReadonlySet<string> {
  for (let i = 0; i < Math.min(sentences.count, DATES_LINE_REACH); i++) {
    const dates = INSPECTION_DATES.exec(sentences.sentence(i).text);
    if (dates) return new Set(analyze(dates[0]));
  }
  return NO_TERMS;
}
const NO_TERMS: ReadonlySet<string> = new Set();

/** "the last inspection in March 2016", "previous inspection, in 2018", "when it was last inspected in 2016". */
const PREVIOUS_INSPECTION = new RegExp(
  String.raw`\b(?:(?:last|previous|prior)\s+(?:full\s+|ILACS\s+|Ofsted\s+|judgement\s+|standard\s+)?inspection|last\s+inspected)` +
    String.raw`(?:\s+of\s+\p{Lu}[\p{L}\s]{0,30}?)?\s*[,(]?\s*(?:in|on|during)?\s*(?:\d{1,2}\s+)?(?:${MONTH_NAMES.join('|')})?\s*((?:19|20)\d\d)\b`,
  'giu',
);

/** The years a document gives its previous inspection (see PassageContext.inspectionYears). */
function previousInspectionYears(sentences: SentenceAccess): ReadonlySet<string> {
  const years = new Set<string>();
  for (let i = 0; i < sentences.count; i++) for (const m of sentences.sentence(i).text.matchAll(PREVIOUS_INSPECTION)) years.add(m[1]);
  return years;
}
