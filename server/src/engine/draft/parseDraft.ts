/**
 * Reads a Markdown draft (unified + remark-parse, with GFM tables and
 * footnotes and front matter) into sentences with exact offsets, their
 * citations and quotations. Prose is taken from paragraphs, list items,
 * table cells and blockquotes; code, inline code, HTML, headings, link URLs,
 * image alt text and inline notes are not sentences. Suppression comments and
 * `sourced: false` front matter are honoured here, so no later stage checks
 * suppressed text. Sentence assembly is in draftSentences.ts.
 *
 * Citations are read as Pandoc reads them (pandocCitations.ts over the
 * citation view of citationView.ts), everywhere Pandoc reads them: also in
 * headings, image descriptions, inline notes `^[…]` and suppressed parts.
 * `model.citations` lists them all; those no sentence checks say why in
 * `unchecked`.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { parse as parseYaml } from 'yaml';
import { writeDecoded } from '../ingest/reader.js';
import { exampleLabels, offsetsOf, writeCitationView, type MdNode } from './citationView.js';
import { scanCitations } from './pandocCitations.js';
import { applyBlockquoteCitations, dropQuotedInTextCitations, unitSentences, type Unit } from './draftSentences.js';
import type { Citation, DraftModel, DraftSentence, UncheckedReason } from './draftTypes.js';
import { errorMessage } from '../text/errorText.js';
import { parseByBlocks, type BlockParseCache, type TreeNode } from './blockParse.js';

/** A block of inline text whose citations are read: a unit, or text no sentence comes from. */
interface Region {
  start: number;
  end: number;
  kind: 'prose' | 'suppressed' | 'heading' | 'note' | 'no-sentence';
  unit?: Unit;
  /** For a footnote definition's paragraph: its label. */
  label?: string;
}

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);
const IGNORE = /<!--\s*sourced-ignore\s*-->/;
const DISABLE = /<!--\s*sourced-disable\s*-->/;
const ENABLE = /<!--\s*sourced-enable\s*-->/;

/** The whole parse of `text`: the oracle block runs must equal. */
const parseWhole = (text: string) => parser.parse(text) as unknown as TreeNode;

/** `blocks` keeps the trees of top-level block runs across versions, so an edit re-parses only the run it touches. */
export function parseDraft(text: string, blocks?: BlockParseCache): DraftModel {
  const tree = (blocks ? parseByBlocks(text, parseWhole, blocks) : parseWhole(text)) as unknown as MdNode;
  const problems: string[] = [];
  // `chars` is the content view sentences are read from (decoded prose, the rest U+0000); `view` the
  // citation view Pandoc's grammar reads (citationView.ts).
  const chars = new Array<string>(text.length).fill('\u0000');
  const view = new Array<string>(text.length).fill('\u0000');
  const units: Unit[] = [];
  const regions: Region[] = [];
  let disabled = false;

  /** Copies a unit's prose into the content view and notes footnote marks and links. */
  const inline = (node: MdNode, unit: Unit): void => {
    const at = offsetsOf(node);
    if (!at) return;
    switch (node.type) {
      case 'text':
        writeDecoded(chars, text, at[0], at[1], node.value ?? '');
        return;
      case 'inlineCode':
      case 'image':
      case 'imageReference':
      case 'html':
      case 'break':
        for (let i = at[0]; i < at[1]; i++) chars[i] = ' ';
        return;
      case 'footnoteReference':
        unit.footnoteRefs.push({ id: normalizeLabel(node.identifier ?? ''), start: at[0], end: at[1] });
        return;
      case 'link':
        if (node.url) unit.links.push({ url: node.url, start: at[0], end: at[1] });
        break;
    }
    for (const child of node.children ?? []) inline(child, unit);
  };

  /** A footnote definition's blocks: their citations are the footnote's. */
  const noteBlocks = (node: MdNode, label: string): void => {
    if (node.type === 'paragraph' || node.type === 'tableCell' || node.type === 'heading') {
      const at = writeCitationView(view, text, node);
      if (at) regions.push({ start: at[0], end: at[1], kind: 'note', label });
      return;
    }
    if (node.type === 'code' || node.type === 'html') return;
    for (const child of node.children ?? []) noteBlocks(child, label);
  };

  const walk = (node: MdNode, blockquote: MdNode | undefined, inTable: boolean, skip: boolean): void => {
    const at = offsetsOf(node);
    if (node.type === 'yaml') {
      disabled = readDisabled(node.value ?? '', problems);
      return;
    }
    if (node.type === 'footnoteDefinition') {
      noteBlocks(node, normalizeLabel(node.identifier ?? ''));
      return;
    }
    if ((node.type === 'paragraph' || node.type === 'tableCell') && at) {
      const unit: Unit = { start: at[0], end: at[1], blockquote, inTable, footnoteRefs: [], links: [], citations: [] };
      for (const child of node.children ?? []) inline(child, unit);
      writeCitationView(view, text, node);
      if (!skip) units.push(unit);
      regions.push({ start: at[0], end: at[1], kind: skip ? 'suppressed' : 'prose', unit });
      return;
    }
    if (node.type === 'heading') {
      const span = writeCitationView(view, text, node);
      if (span) regions.push({ start: span[0], end: span[1], kind: skip ? 'suppressed' : 'heading' });
      return;
    }
    if (node.type === 'definition' && at && /^\[-?@/.test(text.slice(at[0], at[0] + 3))) {
      // Pandoc reads `[@key, p. 4]: …` as a paragraph with a citation, not a link definition.
      writeCitationView(view, text, { type: 'definition', position: node.position });
      regions.push({ start: at[0], end: at[1], kind: skip ? 'suppressed' : 'no-sentence' });
      return;
    }
    if (node.type === 'code' || node.type === 'html' || node.type === 'definition') return;
    const children = node.children ?? [];
    let ignoreNext = false;
    for (const child of children) {
      const childAt = offsetsOf(child);
      if (child.type === 'html' && child.value) {
        if (IGNORE.test(child.value)) ignoreNext = true;
        continue;
      }
      const childSkip = skip || ignoreNext || (childAt !== undefined && inDisabledRegion(childAt[0]));
      ignoreNext = false;
      walk(child, node.type === 'blockquote' ? node : blockquote, inTable || node.type === 'table', childSkip);
    }
  };

  const disabledRegions = findDisabledRegions(text);
  const inDisabledRegion = (offset: number) => disabledRegions.some(([s, e]) => offset >= s && offset < e);
  walk(tree, undefined, false, false);

  // Citations, read once the whole view is written (example labels are the whole draft's).
  const { labels: examples, viewText } = exampleLabels(view, text);
  const footnotes = new Map<string, Citation[]>();
  const kindOf = new Map<Citation, Region['kind']>();
  const all: Citation[] = [];
  // Pandoc drops a footnote no mark refers to, and its citations with it.
  const referenced = new Set(regions.flatMap((r) => r.unit?.footnoteRefs ?? []).map((m) => m.id));
  for (const region of regions) {
    if (region.kind === 'note' && !referenced.has(region.label ?? '')) continue;
    const { citations, notes } = scanCitations(viewText, text, region.start, region.end, examples);
    const found = region.kind === 'note' ? citations.map((c) => ({ ...c, form: 'footnote' as const })) : citations;
    if (region.unit) region.unit.citations = [...found, ...linkCitations(region.unit)];
    // An inline note's words are not the sentence's: they are masked like a footnote's.
    if (region.kind === 'prose') for (const [s, e] of notes) for (let i = s; i < e; i++) if (chars[i] !== '\n') chars[i] = ' ';
    if (region.kind === 'note' && region.label !== undefined)
      footnotes.set(region.label, [...(footnotes.get(region.label) ?? []), ...found]);
    for (const c of region.unit?.citations ?? found) {
      kindOf.set(c, region.kind);
      all.push(c);
    }
  }
  all.sort((a, b) => a.start - b.start || a.keyStart - b.keyStart);
  const content = chars.join('');
  if (disabled) {
    for (const c of all) c.unchecked = 'suppressed';
    return { text, disabled: true, sentences: [], citations: all, problems };
  }
  const origin = new Map<Citation, Citation>();
  const sentences = units.flatMap((unit, index) => unitSentences(content, unit, index, footnotes, origin));
  applyBlockquoteCitations(sentences, units);
  const quoted = dropQuotedInTextCitations(sentences);
  markUnchecked(all, sentences, origin, quoted, kindOf);
  return { text, disabled: false, sentences, citations: all, problems };
}

/** Says why each citation no sentence checks is not checked. */
function markUnchecked(
  all: Citation[],
  sentences: DraftSentence[],
  origin: Map<Citation, Citation>,
  quoted: Set<Citation>,
  kindOf: Map<Citation, Region['kind']>,
): void {
  const reached = new Set<Citation>();
  for (const s of sentences) for (const c of s.citations) reached.add(origin.get(c) ?? c);
  const reasons: Record<Region['kind'], UncheckedReason> = {
    prose: 'no-sentence',
    note: 'no-sentence',
    'no-sentence': 'no-sentence',
    heading: 'heading',
    suppressed: 'suppressed',
  };
  for (const c of all) {
    if (reached.has(c)) continue;
    c.unchecked = quoted.has(c) ? 'quoted' : reasons[kindOf.get(c) ?? 'prose'];
  }
}

function linkCitations(unit: Unit): Citation[] {
  return unit.links
    .filter((l) => !/^[a-z][a-z0-9+.-]*:/i.test(l.url) && !l.url.startsWith('#'))
    .map((l) => ({ target: l.url, form: 'link' as const, start: l.start, end: l.end, keyStart: l.start, keyEnd: l.end }));
}

function findDisabledRegions(text: string): Array<[number, number]> {
  const regions: Array<[number, number]> = [];
  const re = new RegExp(`${DISABLE.source}|${ENABLE.source}`, 'g');
  let open = -1;
  for (const m of text.matchAll(re)) {
    if (DISABLE.test(m[0])) {
      if (open < 0) open = m.index;
    } else if (open >= 0) {
      regions.push([open, m.index + m[0].length]);
      open = -1;
    }
  }
  if (open >= 0) regions.push([open, text.length]);
  return regions;
}

function readDisabled(yaml: string, problems: string[]): boolean {
  try {
    const data = parseYaml(yaml) as { sourced?: unknown } | null;
    return data !== null && typeof data === 'object' && data.sourced === false;
  } catch (error) {
    const why = errorMessage(error, { firstLine: true });
    problems.push(`Front matter is not valid YAML (${why}); the draft is checked anyway.`);
    return false;
  }
}

function normalizeLabel(label: string): string {
  return label.trim().toLowerCase();
}
