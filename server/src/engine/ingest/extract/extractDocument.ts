/**
 * One entry point for every binary format, shared by the in-thread
 * extractor below and the Node host's worker threads: picks the format's
 * extractor and turns anything it throws into a problem naming the file, so
 * a broken document can never stop the rest of a corpus.
 */
import type { DocumentExtractor, ExtractedDocument, ExtractFormat } from '../../host.js';
import { extractPdf } from './pdfText.js';
import { extractDocx } from './docxText.js';
import { extractionFailure } from './extractionFailure.js';

export async function extractDocument(file: string, format: ExtractFormat, bytes: Uint8Array): Promise<ExtractedDocument> {
  try {
    return format === 'pdf' ? await extractPdf(file, bytes) : await extractDocx(file, bytes);
  } catch (error) {
    return extractionFailure(file, error);
  }
}

/** Extracts on the calling thread: the default when the host offers no extractor (tests, simple hosts). */
export const inlineExtractor: DocumentExtractor = {
  extract: extractDocument,
};
