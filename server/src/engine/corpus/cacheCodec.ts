/**
 * Binary form of the per-file analysis cache: a JSON header (metadata,
 * sentence texts, terms) followed by the typed arrays, so a warm start reads
 * one buffer and copies arrays instead of re-parsing millions of numbers.
 * Any mismatch (magic, version, truncation) decodes to `undefined`, which
 * the caller treats as "no cache".
 */
import type { Gap, IngestProblem, Sentence } from '../types.js';
import type { Segment } from '../index/segment.js';
import type { Guessed } from '../ingest/metadata.js';
import { contentHash } from '../text/hash.js';

export interface CachedFile {
  file: string;
  contentHash: string;
  declared: Record<string, unknown>;
  guessed: Guessed;
  problems: IngestProblem[];
  sentences: Sentence[];
  segment: Segment;
  /**
   * For extracted formats (PDF, DOCX): the extracted text, which is the
   * document's file text, so a warm start never extracts again.
   */
  text?: string;
}

const MAGIC = 'SRCDCACH';
type ArrayKind = 'u32' | 'u16';
interface ArrayRef {
  kind: ArrayKind;
  at: number;
  length: number;
}

interface FileHeader {
  file: string;
  contentHash: string;
  declared: Record<string, unknown>;
  guessed: Guessed;
  problems: IngestProblem[];
  texts: string[];
  gaps: Record<number, Gap[]>;
  starts: ArrayRef;
  ends: ArrayRef;
  blocks: ArrayRef;
  pages?: ArrayRef;
  terms: string[];
  lengths: ArrayRef;
  offsets: ArrayRef;
  postings: ArrayRef;
  freqs: ArrayRef;
  text?: string;
}

export function encodeCache(version: string, files: readonly CachedFile[]): Uint8Array {
  const blobs: Uint8Array[] = [];
  let size = 0;
  const put = (kind: ArrayKind, array: Uint32Array | Uint16Array): ArrayRef => {
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
  const headers: FileHeader[] = files.map((f) => {
    const gaps: Record<number, Gap[]> = {};
    f.sentences.forEach((s, i) => {
      if (s.gaps) gaps[i] = s.gaps;
    });
    const hasPages = f.sentences.some((s) => s.page !== undefined);
    return {
      file: f.file,
      contentHash: f.contentHash,
      declared: f.declared,
      guessed: f.guessed,
      problems: f.problems,
      texts: f.sentences.map((s) => s.text),
      gaps,
      starts: put('u32', Uint32Array.from(f.sentences, (s) => s.start)),
      ends: put('u32', Uint32Array.from(f.sentences, (s) => s.end)),
      blocks: put('u32', Uint32Array.from(f.sentences, (s) => s.block)),
      pages: hasPages ? put('u32', Uint32Array.from(f.sentences, (s) => s.page ?? 0)) : undefined,
      terms: f.segment.terms,
      lengths: put('u16', f.segment.lengths),
      offsets: put('u32', f.segment.offsets),
      postings: put('u32', f.segment.postings),
      freqs: put('u16', f.segment.freqs),
      ...(f.text !== undefined ? { text: f.text } : {}),
    };
  });
  const body = new Uint8Array(size);
  let at = 0;
  for (const blob of blobs) {
    body.set(blob, at);
    at += blob.byteLength;
  }
  // The body hash catches a damaged file whose length and header still look right.
  const header = new TextEncoder().encode(JSON.stringify({ version, bodyHash: contentHash(body), files: headers }));
  const headerPadded = header.byteLength + ((4 - ((MAGIC.length + 4 + header.byteLength) % 4)) % 4);
  const out = new Uint8Array(MAGIC.length + 4 + headerPadded + size);
  out.set(new TextEncoder().encode(MAGIC), 0);
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
    const headerText = new TextDecoder().decode(data.subarray(MAGIC.length + 4, bodyStart)).replace(/\u0000+$/, '');
    const header = JSON.parse(headerText) as { version: string; bodyHash: string; files: FileHeader[] };
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
    const get = (ref: ArrayRef): Uint32Array | Uint16Array => {
      const width = ref.kind === 'u32' ? 4 : 2;
      if (ref.at + ref.length * width > body.byteLength) throw new Error('truncated cache');
      return ref.kind === 'u32' ? new Uint32Array(body.buffer, body.byteOffset + ref.at, ref.length) : new Uint16Array(body.buffer, body.byteOffset + ref.at, ref.length);
    };
    return header.files.map((h) => {
      const starts = get(h.starts);
      const ends = get(h.ends);
      const blocks = get(h.blocks);
      const pages = h.pages ? get(h.pages) : undefined;
      const sentences: Sentence[] = h.texts.map((text, i) => {
        const s: Sentence = { index: i, start: starts[i], end: ends[i], text, block: blocks[i] };
        if (h.gaps[i]) s.gaps = h.gaps[i];
        if (pages) s.page = pages[i];
        return s;
      });
      const segment: Segment = {
        passageCount: sentences.length,
        lengths: get(h.lengths) as Uint16Array,
        terms: h.terms,
        offsets: get(h.offsets) as Uint32Array,
        postings: get(h.postings) as Uint32Array,
        freqs: get(h.freqs) as Uint16Array,
      };
      const file: CachedFile = { file: h.file, contentHash: h.contentHash, declared: h.declared, guessed: h.guessed, problems: h.problems, sentences, segment };
      if (typeof h.text === 'string') file.text = h.text;
      return file;
    });
  } catch {
    return undefined;
  }
}
