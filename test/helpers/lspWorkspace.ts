/**
 * Workspaces for the protocol tests: a temporary folder with a copy of the
 * sample corpus (plus optional extra sources and bibliography entries) in
 * `corpus/`, and drafts beside it; and helpers to read a range of a file
 * the way the engine does and to apply LSP text edits.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { sampleCorpusDir } from './paths.js';
import { LineIndex } from '../../server/src/engine/text/lineIndex.js';
import { spanText } from '../../server/src/engine/text/normalize.js';

export interface LspRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

export interface TestWorkspace {
  dir: string;
  corpusDir: string;
  path(name: string): string;
  uri(name: string): string;
  write(name: string, text: string): string;
}

/** A source with form-feed pages: page 2 starts with "Second page". */
export const PAGED_SOURCE = [
  'Kinship carers pilot evaluation.',
  '',
  'Kinship carers received an allowance of 120 pounds a week in the pilot.',
  '\fSecond page: respite for kinship carers.',
  'Respite breaks were offered to 40 kinship families during the pilot year.',
  '\fThird page: evaluation of kinship support.',
  '',
].join('\n');

/** A source whose text and metadata try to inject links and HTML into hovers. */
export const HOSTILE_PASSAGE =
  'Guardianship panels should [click](command:workbench.action.terminal.new) review <img src=x onerror=alert(1)> special guardianship orders every year.';
export const HOSTILE_SOURCE = `Special guardianship review\n\n${HOSTILE_PASSAGE}\n`;
export const HOSTILE_ENTRY = {
  id: 'guardianship-review',
  type: 'report',
  // <b> is CSL rich text (dropped from the plain title); <script> is not, and must arrive escaped.
  title: 'Guardianship <b>review</b> <script>x</script> [open](command:workbench.action.terminal.new)',
  author: [{ literal: 'Panel *of* experts' }],
  issued: { 'date-parts': [[2024]] },
  URL: 'command:workbench.action.terminal.new',
};

export function makeWorkspace(
  options: { sources?: Record<string, string>; entries?: unknown[]; drafts?: Record<string, string> } = {},
): TestWorkspace {
  const dir = mkdtempSync(join(tmpdir(), 'sourced-ws-'));
  const corpusDir = join(dir, 'corpus');
  cpSync(sampleCorpusDir, corpusDir, { recursive: true });
  for (const [name, text] of Object.entries(options.sources ?? {})) writeFileSync(join(corpusDir, name), text);
  if (options.entries?.length) {
    const bib = JSON.parse(readFileSync(join(corpusDir, 'references.json'), 'utf8')) as unknown[];
    writeFileSync(join(corpusDir, 'references.json'), JSON.stringify([...bib, ...options.entries], null, 2));
  }
  const ws: TestWorkspace = {
    dir,
    corpusDir,
    path: (name) => join(dir, name),
    uri: (name) => pathToFileURL(join(dir, name)).href,
    write(name, text) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), text);
      return pathToFileURL(join(dir, name)).href;
    },
  };
  for (const [name, text] of Object.entries(options.drafts ?? {})) ws.write(name, text);
  return ws;
}

/** The text of a range of a file, whitespace-normalised as passages are (spanText). */
export function readRange(uri: string, range: LspRange): string {
  const text = readFileSync(fileURLToPath(uri), 'utf8');
  const lines = new LineIndex(text);
  return spanText(text, lines.offsetAt(range.start), lines.offsetAt(range.end));
}

/** Applies LSP text edits (non-overlapping, any order) to a text. */
export function applyLspEdits(text: string, edits: Array<{ range: LspRange; newText: string }>): string {
  const lines = new LineIndex(text);
  const offsets = edits.map((e) => ({ start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end), newText: e.newText }));
  let out = text;
  for (const e of offsets.sort((a, b) => b.start - a.start || b.end - a.end)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

/** LSP position of an offset in a text. */
export function positionAt(text: string, offset: number): { line: number; character: number } {
  return new LineIndex(text).positionAt(offset);
}
