/**
 * Bytes to text. Sources come from folders users did not write, so decoding
 * never throws: it recognises BOMs (UTF-8, UTF-16 LE/BE), refuses what looks
 * binary, and replaces invalid UTF-8 with U+FFFD while saying how often.
 */
import type { IngestProblem } from '../types.js';

export interface DecodedText {
  text: string | undefined;
  problems: IngestProblem[];
}

const BINARY_PROBE_BYTES = 8192;

export function decodeText(file: string, bytes: Uint8Array): DecodedText {
  const problems: IngestProblem[] = [];
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), problems };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), problems };
  }
  let body = bytes;
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) body = bytes.subarray(3);
  const probe = body.subarray(0, BINARY_PROBE_BYTES);
  if (probe.includes(0)) {
    problems.push({ file, severity: 'error', message: `${file}: looks like a binary file (it contains NUL bytes); skipped.` });
    return { text: undefined, problems };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), problems };
  } catch {
    const text = new TextDecoder('utf-8').decode(body);
    let replaced = 0;
    for (let i = text.indexOf('\ufffd'); i !== -1; i = text.indexOf('\ufffd', i + 1)) replaced++;
    problems.push({
      file,
      severity: 'warning',
      message: `${file}: not valid UTF-8; ${replaced} invalid byte sequence(s) were replaced with \u201c\ufffd\u201d.`,
    });
    return { text, problems };
  }
}
