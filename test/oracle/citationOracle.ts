/**
 * Pandoc as the oracle for citations: the drafts in test/oracle/citations,
 * pandoc's reading of each (`pandoc -f markdown -t json`, its Cite elements
 * in document order) and Sourced's (`parseDraft`'s model.citations with a
 * key), both as comparable plain records.
 *
 * How a Sourced citation maps to Pandoc's:
 * - key ↔ citationId; mode 'normal' | 'author-in-text' | 'suppress-author' ↔
 *   NormalCitation | AuthorInText | SuppressAuthor;
 * - prefix ↔ citationPrefix and suffix ↔ citationSuffix, as plain text: both
 *   sides lose emphasis marks, backslash escapes and code backticks, curly
 *   quotes and apostrophes become straight, `--`/`---` become en/em dashes
 *   and `...` an ellipsis (Pandoc's smart typography), white space collapses;
 * - locator ↔ citationSuffix without its leading comma (`, p. 4` → `p. 4`;
 *   `@key [p. 45]` has suffix `p. 45`).
 * Link citations (`[report](corpus/x.txt)`) are Sourced's own and not compared.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Citation } from '../../server/src/engine/draft/draftTypes.js';

export interface Draft {
  file: string;
  name: string;
  text: string;
}

export interface Read {
  key: string;
  mode: string;
  prefix: string;
  suffix: string;
  locator: string;
}

const DIR = join(import.meta.dirname, 'citations');

/** Every draft: a line `%%% name` starts one; a name with "CRLF" has CRLF line ends. */
export function loadDrafts(): Draft[] {
  const drafts: Draft[] = [];
  for (const file of readdirSync(DIR)
    .filter((f) => f.endsWith('.drafts.md'))
    .sort()) {
    const parts = readFileSync(join(DIR, file), 'utf8').split(/^%%% (.*)\n/m);
    for (let i = 1; i < parts.length; i += 2) {
      let text = parts[i + 1].replace(/\n+$/, '\n');
      if (parts[i].includes('CRLF')) text = text.replace(/\n/g, '\r\n');
      drafts.push({ file, name: parts[i], text });
    }
  }
  return drafts;
}

const MODES: Record<string, string> = { NormalCitation: 'normal', AuthorInText: 'author-in-text', SuppressAuthor: 'suppress-author' };

interface PandocNode {
  t?: string;
  c?: unknown;
}

interface PandocCitation {
  citationId: string;
  citationMode: { t: string };
  citationPrefix: PandocNode[];
  citationSuffix: PandocNode[];
}

/** Runs pandoc on each text, at most `parallel` at once; resolves to each one's citations. */
export async function pandocReadings(texts: string[], parallel = 2): Promise<Read[][]> {
  const out: Read[][] = new Array(texts.length);
  let next = 0;
  const worker = async () => {
    while (next < texts.length) {
      const i = next++;
      out[i] = citationsOf(JSON.parse(await runPandoc(texts[i])));
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return out;
}

function runPandoc(input: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('pandoc', ['-f', 'markdown', '-t', 'json'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(stdout) : reject(new Error(`pandoc exited ${code}: ${stderr}`))));
    child.stdin.end(input);
  });
}

/** The Cite elements' citations in document order (a citation's prefix, itself, then its suffix). */
function citationsOf(ast: { blocks: unknown }): Read[] {
  const out: Read[] = [];
  const walk = (x: unknown): void => {
    if (Array.isArray(x)) return x.forEach(walk);
    if (!x || typeof x !== 'object') return;
    const node = x as PandocNode;
    if (node.t === 'Cite') {
      // The Cite's own inlines are the raw text again: only its citations are walked.
      for (const c of (node.c as [PandocCitation[], unknown])[0]) {
        walk(c.citationPrefix);
        const suffix = plain(c.citationSuffix);
        out.push({
          key: c.citationId,
          mode: MODES[c.citationMode.t],
          prefix: plain(c.citationPrefix),
          suffix,
          locator: suffix.replace(/^,\s*/, ''),
        });
        walk(c.citationSuffix);
      }
      return;
    }
    walk(node.c);
  };
  walk(ast.blocks);
  return out;
}

/** Pandoc inlines as plain text (a nested Cite as it was written). */
function plain(x: unknown): string {
  if (Array.isArray(x)) return normalise(x.map(plainRaw).join(''));
  return '';
}

function plainRaw(x: unknown): string {
  if (Array.isArray(x)) return x.map(plainRaw).join('');
  if (!x || typeof x !== 'object') return '';
  const node = x as PandocNode;
  switch (node.t) {
    case 'Str':
      return node.c as string;
    case 'Space':
    case 'SoftBreak':
    case 'LineBreak':
      return ' ';
    case 'Quoted': {
      const [kind, inner] = node.c as [{ t: string }, unknown];
      const q = kind.t === 'SingleQuote' ? "'" : '"';
      return q + plainRaw(inner) + q;
    }
    case 'Code':
    case 'Math':
      return (node.c as [unknown, string])[1];
    case 'Cite':
      return plainRaw((node.c as [unknown, unknown])[1]);
    case 'Link':
    case 'Image':
    case 'Span':
      return plainRaw((node.c as [unknown, unknown])[1]);
    case 'Note':
      return '';
    default:
      return plainRaw(node.c);
  }
}

/** Both sides' prefixes and suffixes compared as plain text (see the header). */
export function normalise(s: string): string {
  return s
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/[*`]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '')
    .replace(/~~/g, '')
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/---/g, '\u2014')
    .replace(/--/g, '\u2013')
    .replace(/\.\.\./g, '\u2026')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/**
 * Sourced's reading of the same draft, in the same terms and in Pandoc's order, where a footnote's citations
 * stand where its mark is.
 */
export function sourcedReading(citations: readonly Citation[], text: string): Read[] {
  const at = (c: Citation) => (c.form === 'footnote' ? (markOf(text, c.start) ?? c.keyStart) : c.keyStart);
  return citations
    .filter((c) => c.key !== undefined)
    .sort((a, b) => at(a) - at(b) || a.keyStart - b.keyStart)
    .map((c) => ({
      key: c.key!,
      mode: c.mode ?? '(none)',
      prefix: normalise(c.prefix ?? ''),
      suffix: normalise(c.suffix ?? ''),
      locator: normalise(c.locator ?? ''),
    }));
}

/** Where the mark of the footnote definition holding `offset` is (none for an inline note). */
function markOf(text: string, offset: number): number | undefined {
  const defs = [...text.slice(0, offset).matchAll(/^\[\^([^\]\s]+)\]:/gm)];
  const label = defs.at(-1)?.[1];
  if (label === undefined) return undefined;
  for (const m of text.matchAll(/\[\^([^\]\s]+)\](?!:)/g)) if (m[1] === label) return m.index;
  return undefined;
}

export function show(reads: Read[]): string {
  return reads.length
    ? reads
        .map((r) => `  ${r.mode} @${r.key}${r.prefix ? ` prefix "${r.prefix}"` : ''}${r.suffix ? ` suffix "${r.suffix}"` : ''}`)
        .join('\n')
    : '  (none)';
}
