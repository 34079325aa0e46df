/**
 * Word (.docx) → text with mammoth, which reads the document's structure
 * (headings, paragraphs, lists, tables, footnotes) into semantic HTML; that
 * HTML is walked with rehype-parse and written out as plain text, one block
 * (heading, paragraph, list item, table cell) per paragraph separated by a
 * blank line, with each block's offsets, so the rest of ingest keeps the
 * author's paragraphs exactly. Title, author and date come from the
 * package's core properties (docProps/core.xml). mammoth and jszip are
 * loaded only when a Word file is extracted (lazy/mammoth.ts).
 */
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import type { ExtractedDocument } from '../../host.js';
import type { IngestProblem } from '../../types.js';
import type { HastNode } from '../hastNode.js';
import { errorMessage } from '../../text/errorText.js';

/** Elements whose text is one block; a block nested in another (a list in a list item) is its own. */
const BLOCK = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'td', 'th', 'blockquote', 'pre', 'dt', 'dd', 'caption']);
const CONTAINER = new Set(['ul', 'ol', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'dl', 'div', 'body', 'html', 'root']);
const parser = unified().use(rehypeParse, { fragment: true });

export async function extractDocx(file: string, bytes: Uint8Array): Promise<ExtractedDocument> {
  const { mammoth, JSZip } = await import('../../lazy/mammoth.js');
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: bytes as unknown as Buffer },
      {
        // Images are not text: skip reading them (the default inlines them as base64).
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
        // A document may link files elsewhere on disk; a corpus never reads beyond itself.
        externalFileAccess: false,
        ignoreEmptyParagraphs: true,
      },
    );
    html = result.value;
  } catch (error) {
    const reason = errorMessage(error);
    return {
      text: undefined,
      properties: {},
      problems: [{ file, severity: 'error', message: `${file}: not a readable Word document (${reason}); skipped.` }],
    };
  }
  const problems: IngestProblem[] = [];
  const { text, blocks } = blocksToText(collectBlocks(parser.parse(html) as HastNode));
  if (text === '') problems.push({ file, severity: 'info', message: `${file}: the Word document has no text; nothing to index.` });
  const properties = await readCoreProperties(JSZip, bytes).catch(() => ({}));
  return { text, blocks, properties, problems };
}

/** The text of each block, in document order, white space collapsed. */
export function collectBlocks(root: HastNode): string[] {
  const out: string[] = [];
  const visit = (node: HastNode): void => {
    let run = '';
    const flush = () => {
      const t = run.replace(/\s+/g, ' ').trim();
      if (t) out.push(t);
      run = '';
    };
    for (const child of node.children ?? []) {
      if (child.type === 'text') run += child.value ?? '';
      else if (child.type === 'element') {
        const tag = child.tagName ?? '';
        if (BLOCK.has(tag) || CONTAINER.has(tag)) {
          flush();
          visit(child);
        } else if (tag === 'br') run += ' ';
        else if (isNoteLink(child)) continue;
        else run += inlineText(child);
      }
    }
    flush();
  };
  visit(root);
  return out;
}

function inlineText(node: HastNode): string {
  if (node.type === 'text') return node.value ?? '';
  if (node.tagName === 'br') return ' ';
  if (isNoteLink(node)) return '';
  return (node.children ?? []).map(inlineText).join('');
}

/**
 * mammoth's footnote and endnote markers ("[1]" in the text, "↑" after the
 * note): not the author's words, and they would break quotes mid-sentence.
 */
function isNoteLink(node: HastNode): boolean {
  return node.tagName === 'a' && /^#(foot|end)note/.test(String(node.properties?.href ?? ''));
}

/** Joins blocks with a blank line between them and records where each one is. */
export function blocksToText(parts: readonly string[]): { text: string; blocks: Array<[number, number]> } {
  const blocks: Array<[number, number]> = [];
  let text = '';
  for (const part of parts) {
    if (text) text += '\n\n';
    blocks.push([text.length, text.length + part.length]);
    text += part;
  }
  return { text: text === '' ? '' : `${text}\n`, blocks };
}

async function readCoreProperties(
  JSZip: (typeof import('../../lazy/mammoth.js'))['JSZip'],
  bytes: Uint8Array,
): Promise<ExtractedDocument['properties']> {
  const zip = await JSZip.loadAsync(bytes);
  const core = await zip.file('docProps/core.xml')?.async('string');
  if (!core) return {};
  const field = (tag: string) => {
    const m = new RegExp(`<${tag}(?:\\s[^>]*)?>([^<]*)</${tag}>`).exec(core);
    return m ? decodeXml(m[1]).replace(/\s+/g, ' ').trim() || undefined : undefined;
  };
  const properties: ExtractedDocument['properties'] = {};
  const title = field('dc:title');
  if (title) properties.title = title;
  const author = field('dc:creator');
  if (author && !/^(user|admin|owner|author)$/i.test(author)) properties.author = author;
  const date = field('dcterms:created')?.slice(0, 10);
  if (date && /^\d{4}(-\d{2}){0,2}$/.test(date)) properties.date = date;
  return properties;
}

function decodeXml(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (m, e: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
    if (named[e.toLowerCase()]) return named[e.toLowerCase()];
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return Number.isFinite(code) ? String.fromCodePoint(code) : m;
  });
}
