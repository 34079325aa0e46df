/**
 * One file in, its sentences out: decode, read with the format's reader,
 * mask junk, find blocks, segment, and attach exact provenance. Pure and
 * per-file, so the corpus can cache it by content hash and re-run it for a
 * single changed file.
 */
import type { IngestProblem, Sentence } from '../types.js';
import type { ExtractedDocument } from '../host.js';
import { decodeText } from './decode.js';
import { readerFor } from './readers/index.js';
import type { SourceReader } from './reader.js';
import { maskChrome, maskPageFurniture } from './boilerplate.js';
import { findLayoutBlocks } from './blocks.js';
import { buildSentences } from './blockSentences.js';
import { guessMetadata, type Guessed } from './metadata.js';
import { normalizeWhitespace } from '../text/normalize.js';
import { contentHash } from '../text/hash.js';

export interface AnalysedFile {
  file: string;
  contentHash: string;
  /** Undefined when the file could not be read as text at all. */
  text: string | undefined;
  declared: Record<string, unknown>;
  guessed: Guessed;
  sentences: Sentence[];
  problems: IngestProblem[];
}

/** `hash` may be passed by a caller that already hashed the bytes (the corpus does, to look up its cache). */
export function analyseFile(file: string, bytes: Uint8Array, hash = contentHash(bytes)): AnalysedFile {
  const reader = readerFor(file);
  const empty = { file, contentHash: hash, declared: {}, guessed: {}, sentences: [] };
  if (!reader) {
    return { ...empty, text: undefined, problems: [{ file, severity: 'error', message: `${file}: no reader for this file type.` }] };
  }
  if (reader.extract) {
    return {
      ...empty,
      text: undefined,
      problems: [
        { file, severity: 'error', message: `${file}: a ${reader.extract.toUpperCase()} file needs extracting first (analyseExtracted).` },
      ],
    };
  }
  const decoded = decodeText(file, bytes);
  if (decoded.text === undefined) return { ...empty, text: undefined, problems: decoded.problems };
  return analyseText(file, hash, decoded.text, reader, decoded.problems);
}

/**
 * A binary document (PDF, DOCX) after the host extracted its text: the
 * extracted text is the document's file text from here on. `hash` is the
 * hash of the original bytes, so the cache still keys on the file itself.
 */
export function analyseExtracted(file: string, hash: string, extracted: ExtractedDocument): AnalysedFile {
  const reader = readerFor(file);
  if (!reader || extracted.text === undefined) {
    return { file, contentHash: hash, text: undefined, declared: {}, guessed: {}, sentences: [], problems: extracted.problems };
  }
  const analysed = analyseText(file, hash, extracted.text, reader, extracted.problems, extracted);
  analysed.guessed = withProperties(analysed.guessed, extracted.properties);
  return analysed;
}

function analyseText(
  file: string,
  hash: string,
  text: string,
  reader: SourceReader,
  earlier: IngestProblem[],
  extracted?: ExtractedDocument,
): AnalysedFile {
  const read = reader.read(file, text, extracted);
  const chars = Array.from(read.content);
  // Array.from splits by code point; fall back to code units so indices match.
  const units = chars.length === read.content.length ? chars : read.content.split('');
  maskChrome(units, read.content);
  maskPageFurniture(units, read.content);
  const content = units.join('');
  const blocks = read.blocks?.map((b) => [b]) ?? findLayoutBlocks(content);
  // A paged format numbers its pages even when there is only one.
  const sentences = buildSentences(text, content, blocks, extracted?.pages !== undefined);
  const problems = [...earlier, ...read.problems];
  // Extraction already says why a document has no text (a scan, an empty Word file).
  if (text.trim() === '' && problems.length === 0) {
    problems.push({ file, severity: 'info', message: `${file}: empty file; nothing to index.` });
  }
  const guessed = guessMetadata(text, content);
  // An extracted document's first paragraph is its title page's heading, often set over several lines.
  const heading = extracted ? normalizeWhitespace(/^[\s\u0000]*([^\f]*?)(?:\n[ \t\u0000]*\n|\f|$)/.exec(content)?.[1] ?? '') : '';
  if (heading.length >= 4 && heading.length <= 160 && /\p{L}{3}/u.test(heading)) guessed.title = heading;
  return { file, contentHash: hash, text, declared: read.declared, guessed, sentences, problems };
}

/**
 * Document properties are what the author's software recorded: a better
 * title and author than the first line of text. Their date is weaker (a
 * PDF's creation date is often when a web page was printed), so a full date
 * in the text ("Updated 9 October 2024") stays; a bare year found in the
 * text gives way.
 */
function withProperties(guessed: Guessed, properties: ExtractedDocument['properties']): Guessed {
  const out = { ...guessed };
  if (properties.title) out.title = properties.title.replace(/\s+[-|\u2013]\s+GOV\.UK$/i, '');
  if (properties.author) out.author = properties.author;
  if (properties.date && !(out.date && /^\d{4}-\d{2}-\d{2}$/.test(out.date))) out.date = properties.date;
  return out;
}
