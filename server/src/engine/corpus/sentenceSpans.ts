/**
 * Sentence texts kept as spans of their document's text, for the index cache: each sentence's text is its span of the
 * text, whitespace-normalised with its gaps applied (the provenance invariant, see spanText), so the cache need not
 * store the texts a second time, only where each span starts and ends in the text's UTF-8 bytes. Saving checks the
 * invariant for every sentence rather than trusting it: a quote inserted from a sentence must read the source
 * verbatim, and a file the spans would not give back exactly keeps its texts.
 */
import type { Gap, Sentence } from '../types.js';
import { spanText } from '../text/normalize.js';

/**
 * Where each sentence's span starts and ends in `text`'s UTF-8 bytes; undefined unless every sentence's text is its
 * span of the text normalised (checked here, not assumed: a quote must read the source verbatim) and the text goes
 * into the cache as UTF-8.
 */
export function sentenceSpans(text: string, sentences: readonly Sentence[]): Uint32Array | undefined {
  if (sentences.length === 0 || !(text as string & { isWellFormed(): boolean }).isWellFormed()) return undefined;
  const out = new Uint32Array(sentences.length * 2);
  // UTF-16 offsets to UTF-8 byte offsets, in one pass over the offsets in order (sentences start in order; ends may
  // come before the next start, so the walk goes back to the last offset it passed when it must).
  let char = 0;
  let byte = 0;
  const bytesAt = (offset: number): number => {
    if (offset < char) {
      char = 0;
      byte = 0;
    }
    for (; char < offset; char++) {
      const c = text.charCodeAt(char);
      if (c < 0x80) byte += 1;
      else if (c < 0x800) byte += 2;
      else if (c >= 0xd800 && c <= 0xdbff) {
        byte += 4;
        char++; // the low surrogate
      } else byte += 3;
    }
    // An offset inside a surrogate pair has no byte offset: the spans cannot give this text back.
    return char === offset ? byte : -1;
  };
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    if (spanText(text, s.start, s.end, s.gaps) !== s.text) return undefined;
    const from = bytesAt(s.start);
    const to = bytesAt(s.end);
    if (from < 0 || to < 0) return undefined;
    out[2 * i] = from;
    out[2 * i + 1] = to;
  }
  return out;
}

/** One decoder for every sentence (not streaming, so it holds no state). */
const utf8Decoder = new TextDecoder();

/** Sentence `i`'s text from its byte span of `text` (UTF-8): the span decoded, its gaps (file offsets) applied. */
export function spanSentenceText(text: Uint8Array, spans: Uint32Array, i: number, start: number, gaps: readonly Gap[] | undefined): string {
  const span = utf8Decoder.decode(text.subarray(spans[2 * i], spans[2 * i + 1]));
  const local = gaps?.map(([s, e, r]): Gap => (r === undefined ? [s - start, e - start] : [s - start, e - start, r]));
  return spanText(span, 0, span.length, local);
}
