/**
 * What a document whose text could not be extracted becomes: no text, and one
 * error problem naming the file and the reason. Shared by the extractor itself
 * and by the corpus, which gets the same failure back from a worker thread.
 */
import type { ExtractedDocument } from '../../host.js';
import { errorMessage } from '../../text/errorText.js';

export function extractionFailure(file: string, error: unknown): ExtractedDocument {
  return {
    text: undefined,
    properties: {},
    problems: [{ file, severity: 'error', message: `${file}: could not extract its text (${errorMessage(error)}); skipped.` }],
  };
}
