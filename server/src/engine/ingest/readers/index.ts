/** The registry of source readers: one module per format, chosen by extension. */
import type { SourceReader } from '../reader.js';
import { plainTextReader } from './plainText.js';
import { markdownReader } from './markdown.js';
import { htmlReader } from './html.js';
import { pdfReader } from './pdf.js';
import { docxReader } from './docx.js';

const READERS: SourceReader[] = [plainTextReader, markdownReader, htmlReader, pdfReader, docxReader];

export function readerFor(file: string): SourceReader | undefined {
  const ext = extensionOf(file);
  return READERS.find((r) => r.extensions.includes(ext));
}

export function isSourceFile(file: string): boolean {
  return readerFor(file) !== undefined;
}

export function extensionOf(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}
