/**
 * Reader for Markdown sources. remark-parse finds the prose (paragraphs,
 * headings, table cells) and the text nodes inside it; markup between text
 * nodes is masked with NUL so "**very** good" reads "very good" while
 * offsets still point into the file. Front matter feeds metadata.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { SourceReader, ReadResult } from '../reader.js';
import { maskRange, writeDecoded } from '../reader.js';
import { readFrontMatter } from '../frontMatter.js';

interface MdNode {
  type: string;
  value?: string;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'tableCell']);
const SKIPPED_TYPES = new Set(['code', 'html', 'image', 'imageReference', 'definition', 'yaml', 'toml']);
const parser = unified().use(remarkParse);

export const markdownReader: SourceReader = {
  extensions: ['md', 'markdown'],
  read(file, text): ReadResult {
    const front = readFrontMatter(file, text);
    // Parse with the front matter blanked so remark's offsets equal ours.
    const chars = Array.from({ length: text.length }, () => '\u0000');
    const blanked = text.slice(0, front.end).replace(/[^\r\n]/g, ' ') + text.slice(front.end);
    const tree = parser.parse(blanked) as MdNode;
    const blocks: Array<[number, number]> = [];

    const copy = (start: number, end: number): void => {
      for (let i = start; i < end; i++) chars[i] = text[i];
    };
    const visit = (node: MdNode): void => {
      if (SKIPPED_TYPES.has(node.type)) return;
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined) return;
      if (BLOCK_TYPES.has(node.type)) blocks.push([start, end]);
      if (node.type === 'text') writeDecoded(chars, text, start, end, node.value ?? '');
      else if (node.type === 'inlineCode') {
        copy(start, end);
        const slice = text.slice(start, end);
        const lead = /^`+/.exec(slice)?.[0].length ?? 0;
        const trail = /`+$/.exec(slice)?.[0].length ?? 0;
        maskRange(chars, start, start + lead, '\u0000');
        maskRange(chars, end - trail, end, '\u0000');
      }
      for (const child of node.children ?? []) visit(child);
    };
    visit(tree);
    // Keep line breaks so layout-derived positions stay meaningful.
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (c === '\n' || c === '\r' || c === '\f') chars[i] = c;
    }
    blocks.sort((a, b) => a[0] - b[0]);
    return { text, content: chars.join(''), declared: front.fields, blocks, problems: front.problems };
  },
};
