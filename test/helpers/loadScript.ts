/**
 * Scripted editing for load tests and the load bench (bench/loadSession.ts):
 * briefings generated from a corpus's own sentences (cited, quoted,
 * misquoted, with changed figures, unknown keys, uncited claims, lists,
 * blockquotes), and a typist that edits one of them the way a person does:
 * characters one at a time, typos corrected with backspace, a deleted word,
 * a pasted sentence, now and then a jump to another paragraph. Every edit is
 * an incremental LSP change computed against the text before it, so the
 * server's copy stays equal to ours only if it applies each one correctly.
 *
 * Everything is seeded: the same corpus and seed give the same session.
 */
import type { Corpus } from '../../server/src/engine/corpus/corpus.js';
import type { SourceDocument } from '../../server/src/engine/types.js';
import { LineIndex } from '../../server/src/engine/text/lineIndex.js';

import { seeded, type Random } from '../../bench/lib/random.js';

export { seeded, type Random };

const pickOf = <T>(random: Random, xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];

/** Corpus sentences a writer might lift: prose of 8-40 words, no table debris. */
export interface SourceSentence {
  sourceId: string;
  text: string;
  page?: number;
}

export function quotableSentences(corpus: Corpus, perDocument = 200): SourceSentence[] {
  const out: SourceSentence[] = [];
  for (const doc of corpus.documents()) out.push(...prose(doc).slice(0, perDocument));
  return out;
}

function prose(doc: SourceDocument): SourceSentence[] {
  return doc.sentences
    .filter((s) => {
      const words = s.text.split(' ').length;
      return (
        words >= 8 && words <= 40 && /^[A-Z]/.test(s.text) && /[a-z][.]$/.test(s.text) && !/[|_\u2022]|\.{3}|\s[a-z]\s[a-z]\s/.test(s.text)
      );
    })
    .map((s) => ({ sourceId: doc.sourceId, text: s.text, ...(s.page !== undefined ? { page: s.page } : {}) }));
}

const ASIDES = [
  'We recommend that commissioners review this evidence before the next budget round.',
  'Should councils publish their sufficiency plans every year?',
  'This matters for every local authority with rising placement costs.',
  'The next section sets out the options.',
  'Thanks to colleagues in the policy team for their comments.',
  'In our view the picture is mixed.',
];

/** One sentence of a briefing built from a source sentence, in one of the forms writers use. */
export function briefingSentence(random: Random, s: SourceSentence, keys: readonly string[]): string {
  const bare = s.text.replace(/\.$/, '');
  const cite = (key = s.sourceId) => (s.page !== undefined && random() < 0.4 ? `[@${key}, p. ${s.page}]` : `[@${key}]`);
  const r = random();
  if (r < 0.25) return `${bare} ${cite()}.`;
  if (r < 0.37) return `The report said \u201c${bare}\u201d ${cite()}.`;
  if (r < 0.42) return `It found "${misquote(random, bare)}" ${cite()}.`;
  if (r < 0.5) return `${bare.replace(/\b(\d+)\b/, (n) => String(Number(n) + 3))} ${cite(pickOf(random, keys))}.`;
  if (r < 0.54) return `${bare} [@${s.sourceId.replace(/[aeiou](?=[^aeiou]*$)/, '')}x].`;
  if (r < 0.74) return s.text;
  if (r < 0.84) return pickOf(random, ASIDES);
  const words = bare.split(' ');
  words.splice(1 + Math.floor(random() * (words.length - 2)), 1);
  return `${words.join(' ')}.`;
}

function misquote(random: Random, text: string): string {
  const words = text.split(' ');
  const i = 1 + Math.floor(random() * (words.length - 2));
  words[i] = random() < 0.5 ? 'significantly' : words[i].toUpperCase() === words[i] ? 'many' : `${words[i]}s`;
  return words.join(' ');
}

/** A Markdown briefing of about `words` words from the corpus's sentences. */
export function makeBriefing(random: Random, pool: readonly SourceSentence[], words: number): string {
  const keys = [...new Set(pool.map((s) => s.sourceId))];
  const bySource = new Map<string, SourceSentence[]>();
  for (const s of pool) (bySource.get(s.sourceId) ?? bySource.set(s.sourceId, []).get(s.sourceId)!).push(s);
  const parts: string[] = [];
  if (random() < 0.2) parts.push('---\ntitle: Briefing for members\nauthor: Policy team\n---');
  parts.push(
    `# Briefing: ${pickOf(random, ['placement sufficiency', 'children in care', 'commissioning', 'inspection findings', 'outcomes'])}`,
  );
  let count = 0;
  let paragraphs = 0;
  while (count < words) {
    if (paragraphs % 4 === 0 && paragraphs > 0)
      parts.push(`## ${pickOf(random, ['Background', 'Findings', 'What the evidence says', 'Options', 'Risks'])}`);
    // A paragraph mostly draws on one source, as a writer summarising a report does.
    const local = bySource.get(pickOf(random, keys))!;
    const from = () => (random() < 0.8 ? pickOf(random, local) : pickOf(random, pool));
    const r = random();
    let block: string;
    if (r < 0.1) block = Array.from({ length: 3 }, () => `- ${briefingSentence(random, from(), keys)}`).join('\n');
    else if (r < 0.15) {
      const s = from();
      block = `> ${s.text}\n> \u2014 [@${s.sourceId}]`;
    } else block = Array.from({ length: 2 + Math.floor(random() * 3) }, () => briefingSentence(random, from(), keys)).join(' ');
    parts.push(block);
    count += block.split(/\s+/).length;
    paragraphs++;
  }
  return `${parts.join('\n\n')}\n`;
}

/** One edit, in offsets of the text before it. */
export interface Edit {
  kind: 'type' | 'backspace' | 'delete-word' | 'paste' | 'newline';
  start: number;
  end: number;
  text: string;
}

/** An incremental LSP change: the range is in the text before the change. */
export interface LspChange {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  text: string;
}

/**
 * The client's copy of an open document. `apply` edits it and returns the
 * incremental change to send with the new version.
 */
export class LiveDocument {
  constructor(
    readonly uri: string,
    public text: string,
    public version = 1,
  ) {}

  apply(edit: { start: number; end: number; text: string }): { version: number; change: LspChange } {
    const lines = new LineIndex(this.text);
    const change = { range: { start: lines.positionAt(edit.start), end: lines.positionAt(edit.end) }, text: edit.text };
    this.text = this.text.slice(0, edit.start) + edit.text + this.text.slice(edit.end);
    this.version++;
    return { version: this.version, change };
  }

  positionAt(offset: number): { line: number; character: number } {
    return new LineIndex(this.text).positionAt(offset);
  }
}

/**
 * Produces a person's edits, one per call, at a cursor it moves itself:
 * sentences typed character by character (some with a citation or a
 * quotation), typos fixed with backspace, now and then a deleted word
 * (retyped), a pasted sentence or a new paragraph, and rarely a jump to the
 * end of another paragraph.
 */
export class Typist {
  cursor: number;
  private pending: string[] = [];
  private fixTypo = false;

  constructor(
    private readonly doc: LiveDocument,
    private readonly random: Random,
    private readonly pool: readonly SourceSentence[],
  ) {
    this.cursor = this.paragraphEnd(0.5);
  }

  /** The next edit, already applied to the document. */
  next(): { edit: Edit; version: number; change: LspChange } {
    const edit = this.plan();
    const { version, change } = this.doc.apply(edit);
    this.cursor = edit.start + edit.text.length;
    return { edit, version, change };
  }

  private plan(): Edit {
    const at = this.cursor;
    const r = this.random;
    if (this.fixTypo) {
      this.fixTypo = false;
      return { kind: 'backspace', start: at - 1, end: at, text: '' };
    }
    if (this.pending.length === 0) {
      if (r() < 0.3) this.cursor = this.paragraphEnd(r());
      const s = this.cursor;
      if (r() < 0.15) return { kind: 'paste', start: s, end: s, text: `${this.spaceBefore(s)}${this.sentence()}` };
      if (r() < 0.25 && s > 0 && this.doc.text[s - 1] !== '\n') return { kind: 'newline', start: s, end: s, text: '\n\n' };
      this.pending = [...`${this.spaceBefore(s)}${this.sentence()}`];
      return this.plan();
    }
    const typed = this.doc.text.slice(Math.max(0, at - 12), at);
    const word = /[A-Za-z]+$/.exec(typed)?.[0];
    if (word && word.length >= 3 && r() < 0.01) {
      // Ctrl+Backspace over the word just typed, then type it again.
      this.pending.unshift(...word);
      return { kind: 'delete-word', start: at - word.length, end: at, text: '' };
    }
    if (/[a-z]$/.test(typed) && r() < 0.03) {
      this.fixTypo = true;
      return { kind: 'type', start: at, end: at, text: pickOf(r, [...'qxzjk']) };
    }
    const c = this.pending.shift()!;
    return { kind: 'type', start: at, end: at, text: c };
  }

  private sentence(): string {
    const s = pickOf(this.random, this.pool);
    const bare = s.text.replace(/\.$/, '');
    const r = this.random();
    if (r < 0.35) return `${bare} [@${s.sourceId}].`;
    if (r < 0.5) return `The review found \u201c${bare}\u201d [@${s.sourceId}].`;
    if (r < 0.55) return `It said "${bare}" [@${s.sourceId}].`;
    return s.text;
  }

  private spaceBefore(offset: number): string {
    return offset > 0 && !/\s/.test(this.doc.text[offset - 1]) ? ' ' : '';
  }

  /** The end of a prose paragraph about `share` of the way through the document. */
  private paragraphEnd(share: number): number {
    const text = this.doc.text;
    const ends: number[] = [];
    for (const m of text.matchAll(/[.!?\]"\u201d](?=\n\n|\n?$)/g)) {
      const lineStart = text.lastIndexOf('\n', m.index!) + 1;
      if (/^[A-Z]/.test(text.slice(lineStart, lineStart + 1))) ends.push(m.index! + 1);
    }
    return ends.length ? ends[Math.min(ends.length - 1, Math.floor(share * ends.length))] : text.length;
  }
}

/** Offsets worth hovering in a draft: citation keys, inside quotations, and words of sentences. */
export function hoverOffsets(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/\[@([^\]\s,;]+)/g)) out.push(m.index! + 2 + Math.min(2, m[1].length));
  for (const m of text.matchAll(/[\u201c"][^\u201d"\n]{10,}[\u201d"]/g)) out.push(m.index! + 5);
  for (const m of text.matchAll(/(?:^|\. )([A-Z][a-z]+ )/gm)) out.push(m.index! + m[0].length - 2);
  return out;
}
