/**
 * Reader for HTML: visible text only. rehype-parse gives positioned text
 * nodes; navigation, scripts, styles and the like are masked. Entities are
 * written decoded in place, padded with NUL so offsets stay those of the file.
 * <title> and <meta> author/date feed metadata. A page with no visible text
 * (no <body>, or one holding only navigation and scripts) is reported.
 */
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import { writeDecoded, type SourceReader, type ReadResult } from '../reader.js';
import type { IngestProblem } from '../../types.js';
import type { HastNode } from '../hastNode.js';

const HIDDEN = new Set(['script', 'style', 'noscript', 'template', 'nav', 'head', 'svg', 'iframe', 'button', 'form', 'select', 'textarea']);
const BLOCK = new Set([
  'p',
  'div',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'td',
  'th',
  'tr',
  'table',
  'blockquote',
  'pre',
  'section',
  'article',
  'header',
  'footer',
  'aside',
  'main',
  'dt',
  'dd',
  'dl',
  'figcaption',
  'figure',
  'br',
  'hr',
  'body',
]);
const parser = unified().use(rehypeParse);

function textOf(node: HastNode): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

export const htmlReader: SourceReader = {
  extensions: ['html', 'htm', 'xhtml'],
  read(file, text): ReadResult {
    const tree = parser.parse(text) as HastNode;
    const chars = Array.from({ length: text.length }, () => '\u0000');
    const declared: Record<string, unknown> = {};
    const runs: Array<{ block: number; start: number; end: number }> = [];
    let block = 0;

    const visit = (node: HastNode, hidden: boolean): void => {
      if (node.type === 'element') {
        const tag = node.tagName ?? '';
        if (tag === 'title' && declared.title === undefined) declared.title = textOf(node).trim();
        if (tag === 'meta') readMeta(node, declared);
        const isHidden = hidden || HIDDEN.has(tag);
        const isBlock = BLOCK.has(tag);
        if (isBlock) block++;
        for (const child of node.children ?? []) visit(child, isHidden);
        if (isBlock) block++;
        return;
      }
      if (node.type === 'text' && !hidden) {
        const start = node.position?.start.offset;
        const end = node.position?.end.offset;
        if (start === undefined || end === undefined) return;
        // parse5 sometimes positions trailing white space over end tags; such nodes carry no text.
        if (!node.value?.trim() || text.slice(start, end).includes('<')) return;
        writeDecoded(chars, text, start, end, node.value ?? '');
        runs.push({ block, start, end });
        return;
      }
      for (const child of node.children ?? []) visit(child, hidden);
    };
    visit(tree, false);
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if ((c === '\n' || c === '\r') && chars[i] === '\u0000') chars[i] = c;
    }
    const blocks: Array<[number, number]> = [];
    runs.forEach((run, i) => {
      if (i > 0 && runs[i - 1].block === run.block) blocks[blocks.length - 1][1] = run.end;
      else blocks.push([run.start, run.end]);
    });
    const problems: IngestProblem[] = [];
    if (runs.length === 0 && text.trim() !== '') {
      problems.push({
        file,
        severity: 'warning',
        message: /<body[\s>]/i.test(text)
          ? `${file}: the page's <body> has no visible text (navigation, scripts, styles and forms are not indexed); nothing to index.`
          : `${file}: the HTML has no <body> with text (only a head, comments or markup); nothing to index.`,
      });
    }
    return { text, content: chars.join(''), declared, blocks, problems };
  },
};

function readMeta(node: HastNode, declared: Record<string, unknown>): void {
  const props = node.properties ?? {};
  const name = String(props.name ?? props.property ?? '').toLowerCase();
  const content = props.content;
  if (typeof content !== 'string' || content.trim() === '') return;
  const map: Record<string, string> = {
    author: 'author',
    citation_author: 'author',
    'dc.creator': 'author',
    citation_title: 'title',
    'og:title': 'title',
    'dc.title': 'title',
    citation_publication_date: 'date',
    citation_date: 'date',
    'article:published_time': 'date',
    'dc.date': 'date',
    'og:site_name': 'publisher',
    citation_publisher: 'publisher',
    'dc.publisher': 'publisher',
    'og:url': 'url',
  };
  const field = map[name];
  if (field && declared[field] === undefined) declared[field] = content.trim();
}
