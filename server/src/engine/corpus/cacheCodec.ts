/**
 * Binary form of the per-file analysis cache: a JSON header (metadata,
 * where each array is) followed by a body of typed arrays and UTF-8
 * text, so a warm start reads one buffer and views arrays in place instead
 * of re-parsing millions of numbers. The terms of all segments are stored
 * once, as one dictionary, and each segment's as places in it (see
 * termDictionary).
 *
 * Each document's text sits in the body as UTF-8 and is decoded only when
 * something reads it (see lazyField.ts): the index needs just the typed
 * arrays and terms, and a check touches few documents. Sentence texts are
 * not stored: each is its span of the text, whitespace-normalised with its
 * gaps applied (the provenance invariant, spanText), so the cache keeps
 * where each span starts and ends in the UTF-8 bytes and a sentence is
 * decoded from there. That is a third less to read at every warm start.
 * A file whose sentences the spans would not give back exactly keeps its
 * sentence texts as before.
 * Any mismatch (magic, version, truncation, body hash) decodes to
 * `undefined`, which the caller treats as "no cache".
 */
import type { Gap, IngestProblem, Sentence } from '../types.js';
import type { Segment } from '../index/segment.js';
import type { Guessed } from '../ingest/metadata.js';
import { contentHash } from '../text/hash.js';
import { LineIndex } from '../text/lineIndex.js';
import { sentenceSpans, spanSentenceText } from './sentenceSpans.js';
import { defineLazyField, isSettled } from './lazyField.js';

export interface CachedFile {
  file: string;
  contentHash: string;
  /** Size in bytes of the file as read. */
  size: number;
  /**
   * Modification time the host reported just before the bytes were read;
   * absent when it may not identify them (see Corpus: a file changed within
   * the clock's resolution of being read). A later start that sees the same
   * size and time trusts this analysis without reading the file.
   */
  mtimeMs?: number;
  declared: Record<string, unknown>;
  guessed: Guessed;
  problems: IngestProblem[];
  sentences: Sentence[];
  segment: Segment;
  /**
   * The document's file text, every offset refers to it: the decoded bytes,
   * or for PDF and Word files the extracted text. '' when unreadable.
   */
  text: string;
  /** text.length, known without decoding the text. */
  textLength: number;
  /** The abbreviations the text defines (text/abbreviationDefinitions.ts), found once when it is indexed. */
  abbreviations: Record<string, string>;
}

const MAGIC = 'SRCDCACH';
type ArrayKind = 'u32' | 'u16' | 'u8';
interface ArrayRef {
  kind: ArrayKind;
  at: number;
  length: number;
}

interface FileHeader {
  file: string;
  contentHash: string;
  size: number;
  mtimeMs?: number;
  declared: Record<string, unknown>;
  guessed: Guessed;
  problems: IngestProblem[];
  /**
   * Where each sentence's span starts and ends in the text's UTF-8 bytes (two entries a sentence), when its text is
   * that span normalised (see sentenceSpans.ts); else the sentence texts joined by \n as UTF-8 in the body, with where each
   * starts (bytes; one more entry, one past the end), or (rarely, see asBytes) in the header.
   */
  spans?: ArrayRef;
  sentenceTexts?: ArrayRef | string[];
  textStarts?: ArrayRef;
  lineStarts: ArrayRef;
  gaps: Record<number, Gap[]>;
  starts: ArrayRef;
  ends: ArrayRef;
  blocks: ArrayRef;
  pages?: ArrayRef;
  /** The segment's terms, as places in the cache's term dictionary (CacheHeader.dictionary). */
  termIds: ArrayRef;
  lengths: ArrayRef;
  offsets: ArrayRef;
  postings: ArrayRef;
  freqs: ArrayRef;
  /** The file text as UTF-8 in the body; a string when UTF-8 cannot carry it exactly. */
  text: ArrayRef | string;
  textLength: number;
  abbreviations: Record<string, string>;
}

/** The cache's JSON header: the engine version, the body's hash, the term dictionary and each file's part. */
interface CacheHeader {
  version: string;
  bodyHash: string;
  /** Every segment's distinct terms once (termDictionary), joined by \n as UTF-8 in the body, or (rarely) as JSON. */
  dictionary: ArrayRef | string[];
  files: FileHeader[];
}

/** What a decoded file's lazy fields are made from, so saving it again does not decode them. */
interface Undecoded {
  starts: Uint32Array;
  ends: Uint32Array;
  blocks: Uint32Array;
  pages?: Uint32Array;
  gaps: Record<number, Gap[]>;
  /** Byte spans of the sentences in `text` (see FileHeader.spans); or their texts, below. */
  spans?: Uint32Array;
  sentenceTexts?: Uint8Array | string[];
  textStarts?: Uint32Array;
  text: Uint8Array | string;
  lineStarts: Uint32Array;
}
const undecoded = new WeakMap<CachedFile, Undecoded>();

const utf8 = new TextEncoder();

/**
 * Text as UTF-8 bytes, or itself when UTF-8 would change it: a lone
 * surrogate (possible in text extracted from a PDF) would come back as
 * U+FFFD, and quotes must stay verbatim. JSON keeps it exactly.
 */
function asBytes(text: string): Uint8Array | string {
  return (text as string & { isWellFormed(): boolean }).isWellFormed() ? utf8.encode(text) : text;
}

/**
 * Strings joined by \n as UTF-8, with where each starts (in bytes; one more
 * entry, one past the end); undefined when that could not give them back
 * exactly (an empty string or a \n in one, a lone surrogate), and JSON
 * keeps them instead. Sentence texts are whitespace-normalised and terms
 * are words, so in practice it never is.
 */
function joinedBytes(strings: readonly string[]): { bytes: Uint8Array; starts: Uint32Array } | undefined {
  if (strings.some((t) => t === '' || t.includes('\n'))) return undefined;
  const bytes = asBytes(strings.join('\n'));
  if (typeof bytes === 'string') return undefined;
  const starts = new Uint32Array(strings.length + 1);
  for (let i = 0; i < strings.length; i++) starts[i + 1] = starts[i] + utf8.encode(strings[i]).byteLength + 1;
  return { bytes, starts };
}

/** What is saved of a file's sentences: what it was decoded from if they were never read, else built from them. */
function sentenceParts(f: CachedFile, raw: Undecoded | undefined): Omit<Undecoded, 'text' | 'lineStarts'> {
  if (raw && !isSettled(f, 'sentences')) return raw;
  const gaps: Record<number, Gap[]> = {};
  f.sentences.forEach((s, i) => {
    if (s.gaps) gaps[i] = s.gaps;
  });
  const parts = {
    starts: Uint32Array.from(f.sentences, (s) => s.start),
    ends: Uint32Array.from(f.sentences, (s) => s.end),
    blocks: Uint32Array.from(f.sentences, (s) => s.block),
    pages: f.sentences.some((s) => s.page !== undefined) ? Uint32Array.from(f.sentences, (s) => s.page ?? 0) : undefined,
    gaps,
  };
  const byteSpans = sentenceSpans(f.text, f.sentences);
  if (byteSpans) return { ...parts, spans: byteSpans };
  const texts = f.sentences.map((s) => s.text);
  const joined = joinedBytes(texts);
  return { ...parts, sentenceTexts: joined?.bytes ?? texts, textStarts: joined?.starts };
}

/** What is saved of a file's text, likewise. */
function textParts(f: CachedFile, raw: Undecoded | undefined): Pick<Undecoded, 'text' | 'lineStarts'> {
  if (raw && !isSettled(f, 'text')) return raw;
  return { text: asBytes(f.text), lineStarts: new LineIndex(f.text).starts };
}

/**
 * Every segment's terms once, for the whole cache, and each segment's as places in that list. A warm start then decodes
 * some ten thousand distinct terms instead of half a million per-document copies, and the index maps them to its
 * term ids once (PassageIndex.set, Segment.termRefs) instead of hashing every copy.
 */
function termDictionary(files: readonly CachedFile[]): { dictionary: string[]; idsOf: (f: CachedFile) => Uint32Array } {
  const ids = new Map<string, number>();
  const dictionary: string[] = [];
  const perFile = new Map<CachedFile, Uint32Array>();
  for (const f of files) {
    perFile.set(
      f,
      Uint32Array.from(f.segment.terms, (term) => {
        let id = ids.get(term);
        if (id === undefined) ids.set(term, (id = dictionary.push(term) - 1));
        return id;
      }),
    );
  }
  return { dictionary, idsOf: (f) => perFile.get(f)! };
}

/** A segment's terms from its places in the dictionary: the dictionary's own strings, not copies. */
function termsOf(dictionary: readonly string[], ids: Uint32Array): string[] {
  const terms = new Array<string>(ids.length);
  for (let i = 0; i < ids.length; i++) {
    if (ids[i] >= dictionary.length) throw new Error('inconsistent cache');
    terms[i] = dictionary[ids[i]];
  }
  return terms;
}

function splitLines(bytes: Uint8Array): string[] {
  return bytes.length === 0 ? [] : new TextDecoder().decode(bytes).split('\n');
}

export function encodeCache(version: string, files: readonly CachedFile[]): Uint8Array {
  const blobs: Uint8Array[] = [];
  let size = 0;
  const put = (kind: ArrayKind, array: Uint32Array | Uint16Array | Uint8Array): ArrayRef => {
    const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
    const ref = { kind, at: size, length: array.length };
    blobs.push(bytes);
    size += bytes.byteLength;
    const pad = (4 - (size % 4)) % 4;
    if (pad) {
      blobs.push(new Uint8Array(pad));
      size += pad;
    }
    return ref;
  };
  const terms = termDictionary(files);
  const joinedTerms = joinedBytes(terms.dictionary);
  // Joined by \n as UTF-8: ten thousand strings parse faster so than as JSON; JSON only if that could not give them back.
  const dictionary: ArrayRef | string[] = joinedTerms ? put('u8', joinedTerms.bytes) : terms.dictionary;
  const headers: FileHeader[] = files.map((f) => {
    const known = undecoded.get(f);
    const raw = { ...sentenceParts(f, known), ...textParts(f, known) };
    return {
      file: f.file,
      contentHash: f.contentHash,
      size: f.size,
      ...(f.mtimeMs !== undefined ? { mtimeMs: f.mtimeMs } : {}),
      declared: f.declared,
      guessed: f.guessed,
      problems: f.problems,
      spans: raw.spans ? put('u32', raw.spans) : undefined,
      sentenceTexts: raw.sentenceTexts === undefined || Array.isArray(raw.sentenceTexts) ? raw.sentenceTexts : put('u8', raw.sentenceTexts),
      textStarts: raw.textStarts ? put('u32', raw.textStarts) : undefined,
      lineStarts: put('u32', raw.lineStarts),
      gaps: raw.gaps,
      starts: put('u32', raw.starts),
      ends: put('u32', raw.ends),
      blocks: put('u32', raw.blocks),
      pages: raw.pages ? put('u32', raw.pages) : undefined,
      termIds: put('u32', terms.idsOf(f)),
      lengths: put('u16', f.segment.lengths),
      offsets: put('u32', f.segment.offsets),
      postings: put('u32', f.segment.postings),
      freqs: put('u16', f.segment.freqs),
      text: typeof raw.text === 'string' ? raw.text : put('u8', raw.text),
      textLength: f.textLength,
      abbreviations: f.abbreviations,
    };
  });
  const body = new Uint8Array(size);
  let at = 0;
  for (const blob of blobs) {
    body.set(blob, at);
    at += blob.byteLength;
  }
  // The body hash catches a damaged file whose length and header still look right.
  const header = utf8.encode(JSON.stringify({ version, bodyHash: contentHash(body), dictionary, files: headers } satisfies CacheHeader));
  const headerPadded = header.byteLength + ((4 - ((MAGIC.length + 4 + header.byteLength) % 4)) % 4);
  const out = new Uint8Array(MAGIC.length + 4 + headerPadded + size);
  out.set(utf8.encode(MAGIC), 0);
  new DataView(out.buffer).setUint32(MAGIC.length, headerPadded, true);
  out.set(header, MAGIC.length + 4);
  out.set(body, MAGIC.length + 4 + headerPadded);
  return out;
}

export function decodeCache(version: string, data: Uint8Array): CachedFile[] | undefined {
  try {
    if (data.byteLength < MAGIC.length + 4) return undefined;
    if (new TextDecoder().decode(data.subarray(0, MAGIC.length)) !== MAGIC) return undefined;
    const headerLength = new DataView(data.buffer, data.byteOffset).getUint32(MAGIC.length, true);
    const bodyStart = MAGIC.length + 4 + headerLength;
    if (bodyStart > data.byteLength) return undefined;
    // The header is padded with NULs to align the body; JSON.parse would refuse them.
    let headerEnd = bodyStart;
    while (headerEnd > MAGIC.length + 4 && data[headerEnd - 1] === 0) headerEnd--;
    const header = JSON.parse(new TextDecoder().decode(data.subarray(MAGIC.length + 4, headerEnd))) as CacheHeader;
    if (header.version !== version) return undefined;
    // Typed arrays need 4-byte alignment: a large file read arrives in its
    // own aligned buffer and is viewed in place; a pooled or offset Buffer is
    // copied once.
    let body = data.subarray(bodyStart);
    if ((data.byteOffset + bodyStart) % 4 !== 0) {
      body = new Uint8Array(data.byteLength - bodyStart);
      body.set(data.subarray(bodyStart));
    }
    if (contentHash(body) !== header.bodyHash) return undefined;
    const get = (ref: ArrayRef): Uint32Array | Uint16Array | Uint8Array => {
      const width = ref.kind === 'u32' ? 4 : ref.kind === 'u16' ? 2 : 1;
      if (ref.at + ref.length * width > body.byteLength) throw new Error('truncated cache');
      const at = body.byteOffset + ref.at;
      return ref.kind === 'u32'
        ? new Uint32Array(body.buffer, at, ref.length)
        : ref.kind === 'u16'
          ? new Uint16Array(body.buffer, at, ref.length)
          : new Uint8Array(body.buffer, at, ref.length);
    };
    const dictionary = Array.isArray(header.dictionary) ? header.dictionary : splitLines(get(header.dictionary) as Uint8Array);
    return header.files.map((h) => {
      const raw: Undecoded = {
        starts: get(h.starts) as Uint32Array,
        ends: get(h.ends) as Uint32Array,
        blocks: get(h.blocks) as Uint32Array,
        pages: h.pages ? (get(h.pages) as Uint32Array) : undefined,
        gaps: h.gaps,
        spans: h.spans ? (get(h.spans) as Uint32Array) : undefined,
        sentenceTexts:
          h.sentenceTexts === undefined || Array.isArray(h.sentenceTexts) ? h.sentenceTexts : (get(h.sentenceTexts) as Uint8Array),
        textStarts: h.textStarts ? (get(h.textStarts) as Uint32Array) : undefined,
        text: typeof h.text === 'string' ? h.text : (get(h.text) as Uint8Array),
        lineStarts: get(h.lineStarts) as Uint32Array,
      };
      const passageCount = raw.starts.length;
      const lengths = [
        raw.ends,
        raw.blocks,
        raw.pages ?? raw.starts,
        Array.isArray(raw.sentenceTexts) ? raw.sentenceTexts : raw.starts,
      ].map((a) => a.length);
      if (
        lengths.some((n) => n !== passageCount) ||
        (raw.textStarts && raw.textStarts.length !== passageCount + 1) ||
        (raw.spans ? raw.spans.length !== 2 * passageCount || typeof raw.text === 'string' : raw.sentenceTexts === undefined)
      )
        throw new Error('inconsistent cache');
      const termIds = get(h.termIds) as Uint32Array;
      const segment: Segment = {
        passageCount,
        lengths: get(h.lengths) as Uint16Array,
        terms: termsOf(dictionary, termIds),
        termRefs: { dictionary, ids: termIds },
        offsets: get(h.offsets) as Uint32Array,
        postings: get(h.postings) as Uint32Array,
        freqs: get(h.freqs) as Uint16Array,
      };
      if (
        segment.terms.length + 1 !== segment.offsets.length ||
        segment.lengths.length !== passageCount ||
        typeof h.abbreviations !== 'object' ||
        h.abbreviations === null
      )
        throw new Error('inconsistent cache');
      const file = {
        file: h.file,
        contentHash: h.contentHash,
        size: h.size,
        declared: h.declared,
        guessed: h.guessed,
        problems: h.problems,
        segment,
        textLength: h.textLength,
        abbreviations: h.abbreviations,
      } as CachedFile;
      if (h.mtimeMs !== undefined) file.mtimeMs = h.mtimeMs;
      defineLazyField(file, 'text', () => (typeof raw.text === 'string' ? raw.text : new TextDecoder().decode(raw.text)));
      defineLazyField(file, 'sentences', () => sentencesOf(raw, passageCount));
      undecoded.set(file, raw);
      return file;
    });
  } catch {
    return undefined;
  }
}

/** One decoder for every sentence: a search decodes tens of sentences, a check thousands (not streaming, so it holds no state). */
const utf8Decoder = new TextDecoder();

/**
 * Sentence `i` of a cached file, decoding only that sentence when the file's
 * sentences were not decoded yet: a search reads a few sentences each of
 * many documents, and decoding whole documents for them cost more than all
 * the rest of a warm start.
 */
export function passageOf(file: CachedFile, i: number): Sentence | undefined {
  const raw = undecoded.get(file);
  if (!raw || isSettled(file, 'sentences') || !decodesOneByOne(raw)) return file.sentences[i];
  if (!(i >= 0 && i < raw.starts.length)) return undefined;
  return sentence(raw, i, sentenceText(raw, i));
}

/** Whether one sentence can be decoded without the others: from its span, or from its own bytes. */
function decodesOneByOne(raw: Undecoded): boolean {
  return raw.spans !== undefined || (raw.textStarts !== undefined && raw.sentenceTexts instanceof Uint8Array);
}

/** Sentence `i`'s text: its span of the text, normalised with its gaps applied (see sentenceSpans.ts); or as stored. */
function sentenceText(raw: Undecoded, i: number): string {
  if (raw.spans) return spanSentenceText(raw.text as Uint8Array, raw.spans, i, raw.starts[i], raw.gaps[i]);
  const bytes = raw.sentenceTexts as Uint8Array;
  return utf8Decoder.decode(bytes.subarray(raw.textStarts![i], raw.textStarts![i + 1] - 1));
}

/**
 * A document's sentences read one at a time: their count, block numbers and
 * start offsets straight from the cached arrays, and each sentence decoded
 * (once) only when asked for. A passage's context window needs a few
 * neighbours of each candidate; decoding every sentence of every candidate's
 * document for them was most of a check's time.
 */
export interface SentenceAccess {
  readonly count: number;
  blockOf(i: number): number;
  startOf(i: number): number;
  /** The page sentence `i` is on (undefined in a file without pages), without decoding its text. */
  pageOf(i: number): number | undefined;
  sentence(i: number): Sentence;
}

/**
 * The index of the sentence of `access` that starts at `start`, or -1. Sentences are in reading order, which is file
 * order except on a page read column by column (ingest/columns.ts): a binary search by start finds nearly all, and a
 * start it misses is looked for one by one.
 */
export function sentenceStartingAt(access: SentenceAccess, start: number): number {
  let lo = 0;
  let hi = access.count - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = access.startOf(mid);
    if (at === start) return mid;
    if (at < start) lo = mid + 1;
    else hi = mid - 1;
  }
  for (let i = 0; i < access.count; i++) if (access.startOf(i) === start) return i;
  return -1;
}

/** Random access to the sentences of `sentences` (already decoded). */
export function arrayAccess(sentences: readonly Sentence[]): SentenceAccess {
  return {
    count: sentences.length,
    blockOf: (i) => sentences[i].block,
    startOf: (i) => sentences[i].start,
    pageOf: (i) => sentences[i]?.page,
    sentence: (i) => sentences[i],
  };
}

/** Decoded sentences an access keeps per document before it starts over. */
const MAX_READ_SENTENCES = 512;

/** Random access to a cached file's sentences, decoding only those read (unless they are decoded already). */
export function sentenceAccessOf(file: CachedFile): SentenceAccess {
  const raw = undecoded.get(file);
  if (!raw || isSettled(file, 'sentences') || !decodesOneByOne(raw)) return arrayAccess(file.sentences);
  const read = new Map<number, Sentence>();
  return {
    count: raw.starts.length,
    blockOf: (i) => raw.blocks[i],
    startOf: (i) => raw.starts[i],
    pageOf: (i) => raw.pages?.[i],
    sentence: (i) => {
      // Once the whole file is decoded (a quotation check read it), its sentences are the ones to hand out.
      if (isSettled(file, 'sentences')) return file.sentences[i];
      let s = read.get(i);
      if (!s) {
        // Bounded: a long-running server reads windows of many passages of one document over time.
        if (read.size >= MAX_READ_SENTENCES) read.clear();
        read.set(i, (s = passageOf(file, i)!));
      }
      return s;
    },
  };
}

/** Where a cached file's lines start, without decoding its text unless asked for offsets. */
export function lineIndexOf(file: CachedFile): LineIndex {
  const raw = undecoded.get(file);
  return raw && !isSettled(file, 'text')
    ? new LineIndex({ starts: raw.lineStarts, length: file.textLength, text: () => file.text })
    : new LineIndex(file.text);
}

function sentence(raw: Undecoded, i: number, text: string): Sentence {
  const s: Sentence = { index: i, start: raw.starts[i], end: raw.ends[i], text, block: raw.blocks[i] };
  if (raw.gaps[i]) s.gaps = raw.gaps[i];
  if (raw.pages) s.page = raw.pages[i];
  return s;
}

function sentencesOf(raw: Undecoded, count: number): Sentence[] {
  if (raw.spans) return Array.from({ length: count }, (_, i) => sentence(raw, i, sentenceText(raw, i)));
  const texts = Array.isArray(raw.sentenceTexts)
    ? raw.sentenceTexts
    : count === 0
      ? []
      : new TextDecoder().decode(raw.sentenceTexts!).split('\n');
  // The body hash makes this all but impossible; a wrong text would break the provenance invariant silently.
  if (texts.length !== count) throw new Error(`index cache: ${texts.length} sentence texts for ${count} sentences`);
  const sentences: Sentence[] = new Array(count);
  for (let i = 0; i < count; i++) sentences[i] = sentence(raw, i, texts[i]);
  return sentences;
}
