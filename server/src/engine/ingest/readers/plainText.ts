/** Reader for `.txt`: the text is its own content; junk is masked later. */
import type { SourceReader } from '../reader.js';

export const plainTextReader: SourceReader = {
  extensions: ['txt', 'text'],
  read(_file, text) {
    return { text, content: text, declared: {}, problems: [] };
  },
};
