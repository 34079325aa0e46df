/**
 * Paths ⇄ URIs for the language service (its UriMapper), with Node's own
 * `file:` URL rules, the one place the server turns one into the other.
 * Text sources open as themselves (`file:`). A PDF's or Word file's
 * passages are offsets in its extracted text, meaningless inside the binary
 * file, so for a client that can show Sourced's virtual documents (the VS
 * Code client says so in its initialization options) they point at
 * `sourced-source:///<path>.txt`, whose text the client fetches with
 * `sourced/sourceText`; other editors get the file itself.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SOURCE_TEXT_SCHEME } from '../protocol.js';
import type { UriMapper } from '../service/types.js';

const EXTRACTED = /\.(?:pdf|docx)$/i;

export function nodeUris(options: { virtualSourceDocuments: () => boolean }): UriMapper {
  const pathOf = (uri: string): string | undefined => {
    if (!uri.startsWith('file:')) return undefined;
    try {
      return fileURLToPath(uri);
    } catch {
      return undefined;
    }
  };
  return {
    fileUri: (path) => pathToFileURL(path).href,
    pathOf,
    sourceUri(file) {
      const href = pathToFileURL(file).href;
      return options.virtualSourceDocuments() && EXTRACTED.test(file) ? `${SOURCE_TEXT_SCHEME}${href.slice('file'.length)}.txt` : href;
    },
    sourceFileOf(uri) {
      if (uri.startsWith('file:')) return pathOf(uri);
      if (!uri.startsWith(`${SOURCE_TEXT_SCHEME}:`)) return undefined;
      const path = uri
        .slice(SOURCE_TEXT_SCHEME.length)
        .replace(/\.txt(?=$|[?#])/, '')
        .replace(/[?#].*$/, '');
      return pathOf(`file${path}`);
    },
  };
}
