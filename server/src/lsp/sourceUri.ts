/**
 * The URI a client should open for a corpus source. Text sources open as
 * themselves (`file:`). A PDF's or Word file's passages are offsets in its
 * extracted text, meaningless inside the binary file, so for a client that
 * can show Sourced's virtual documents (the VS Code client says so in its
 * initialization options) they point at `sourced-source:///<path>.txt`,
 * whose text the client fetches with `sourced/sourceText`; other editors get
 * the file itself.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SOURCE_TEXT_SCHEME } from '../protocol.js';

const EXTRACTED = /\.(?:pdf|docx)$/i;
let virtualDocuments = false;

/** Called at initialize with what the client offered. */
export function useVirtualSourceDocuments(enabled: boolean): void {
  virtualDocuments = enabled;
}

export function sourceUri(file: string): string {
  const href = pathToFileURL(file).href;
  return virtualDocuments && EXTRACTED.test(file) ? `${SOURCE_TEXT_SCHEME}${href.slice('file'.length)}.txt` : href;
}

/** The source file a URI names (either form), or undefined. */
export function sourceFileOf(uri: string): string | undefined {
  try {
    if (uri.startsWith('file:')) return fileURLToPath(uri);
    if (uri.startsWith(`${SOURCE_TEXT_SCHEME}:`)) return fileURLToPath(`file${uri.slice(SOURCE_TEXT_SCHEME.length).replace(/\.txt(?=$|[?#])/, '').replace(/[?#].*$/, '')}`);
  } catch {
    return undefined;
  }
  return undefined;
}
