/**
 * Reader for Word documents (.docx). The bytes are extracted to text by
 * extract/docxText.ts (mammoth), which also knows the paragraphs: they are
 * passed on as blocks, so headings, list items and table cells are never
 * glued together by layout guesses.
 */
import type { SourceReader, ReadResult } from '../reader.js';

export const docxReader: SourceReader = {
  extensions: ['docx'],
  extract: 'docx',
  read(_file, text, extracted): ReadResult {
    return { text, content: text, declared: {}, blocks: extracted?.blocks, problems: [] };
  },
};
