/**
 * Pandoc's citation grammar, read as Pandoc 2.17's Markdown reader reads it,
 * over the "citation view" of a draft: the draft's own characters, with what
 * Pandoc does not parse for citations (code spans, raw HTML, autolinks, link
 * destinations, footnote marks, example-list markers) blanked to U+0000, and
 * container markers ("> ") to spaces. Offsets are the draft's.
 *
 * The grammar (Text.Pandoc.Readers.Markdown, `cite`, `normalCite`,
 * `textualCite`, `bareloc`, `citeKey`), restated:
 * - a key is `@` then letters, digits or `_` (or `*`), with single internal
 *   punctuation from `:.#$%&-+?<>~/` (so a key ends before `--`, `::` or a
 *   trailing full stop), or `@{…}` with no white space inside the braces;
 *   an `@` right after a letter, digit or full stop (an e-mail address) is no
 *   key, and neither is an escaped `\@`;
 * - `[prefix @key suffix; -@key2 …]` is a group only if every item has a key
 *   and the bracket is not followed by `(` or `[` (that is a link); otherwise
 *   the bracket is text and an `@key` inside it is an in-text citation;
 * - an in-text `@key` may be followed (after spaces and at most one line
 *   break) by a group `[…]`, whose citations join it, or by a bracketed
 *   suffix `[p. 33]` (`[p. 33; @other]`);
 * - an `@key` naming an example-list label is no citation (Pandoc numbers it);
 * - `^[…]` is an inline note; citations inside it are read normally;
 * - a suffix or prefix is inline text and may hold further citations.
 */
import type { Citation, CitationMode } from './draftTypes.js';
import { readSuffix } from './locators.js';

export interface ScanResult {
  citations: Citation[];
  /** Inline notes `^[…]`: whole span, mark to closing bracket. */
  notes: Array<[number, number]>;
}

const ALNUM = /[\p{L}\p{N}]/u;
/** What the citation view holds in place of raw HTML (see citationView.ts). */
const HTML = '\u0001';
const NOTE_MARK = '\u0002';
const KEY_INTERNAL = ':.#$%&-+?<>~/';
const ESCAPABLE = /[!-/:-@[-`{-~ \n]/;

interface Item {
  key: string;
  mode: CitationMode;
  keyStart: number;
  keyEnd: number;
  prefix: [number, number] | undefined;
  suffix: [number, number] | undefined;
}

interface Group {
  items: Item[];
  end: number;
}

/**
 * One region of inline text (a paragraph, heading, table cell): `view` is the
 * citation view, `text` the draft; `examples` the example-list labels of the whole draft.
 */
export function scanCitations(view: string, text: string, start: number, end: number, examples: ReadonlySet<string>): ScanResult {
  return new Scanner(view, text, start, end, examples).run();
}

class Scanner {
  private readonly out: Citation[] = [];
  private readonly notes: Array<[number, number]> = [];
  private noteDepth = 0;

  constructor(
    private readonly view: string,
    private readonly text: string,
    private readonly start: number,
    private readonly end: number,
    private readonly examples: ReadonlySet<string>,
  ) {}

  run(): ScanResult {
    this.inlines(this.start, this.end);
    return { citations: this.out.sort((a, b) => a.keyStart - b.keyStart), notes: this.notes };
  }

  private at(p: number): string {
    return p < this.end ? this.view[p] : '';
  }

  /**
   * Pandoc's `notAfterString`: an `@` right after a word character or a full stop (an e-mail address) starts
   * no key; after an ellipsis `...` (smart punctuation, not a word) it does.
   */
  private afterStr(p: number): boolean {
    if (p <= this.start) return false;
    const c = this.view[p - 1];
    if (c !== '.') return ALNUM.test(c);
    let dots = 0;
    while (p - 1 - dots >= this.start && this.view[p - 1 - dots] === '.') dots++;
    return dots % 3 !== 0;
  }

  /** A key's characters: those of raw HTML too (remark reads `<k>` in `@j<k>l` as a tag, Pandoc as part of the key). */
  private keyChar(p: number): string {
    if (p >= this.end) return '';
    return this.view[p] === HTML ? this.text[p] : this.view[p];
  }

  private inlines(from: number, to: number): void {
    let p = from;
    while (p < to) p = this.inline(p, to);
  }

  /** Parses one inline element at `p` (nothing past `to`), recording its citations; returns where it ends. */
  private inline(p: number, to: number): number {
    const c = this.view[p];
    if (c === '\\' && p + 1 < to && ESCAPABLE.test(this.view[p + 1])) return p + 2;
    if (c === '^' && this.at(p + 1) === '[') {
      const close = this.matchBracket(p + 1, to);
      if (close >= 0) {
        const mark = this.out.length;
        this.noteDepth++;
        this.inlines(p + 2, close);
        this.noteDepth--;
        for (let k = mark; k < this.out.length; k++) this.out[k].form = 'footnote';
        this.notes.push([p, close + 1]);
        return close + 1;
      }
      return p + 1;
    }
    if (c === '[') {
      const mark = this.out.length;
      // `![…]` is an image (or its failed reference), never a citation group.
      const group = p > this.start && this.view[p - 1] === '!' ? undefined : this.normalCite(p, to);
      if (group) {
        this.emit(group.items, p, group.end, 'bracket');
        return group.end;
      }
      this.out.length = mark;
      // Not a citation group: a bracket is text (a link label, say) and its inside is read as inlines.
      const close = this.matchBracket(p, to);
      if (close < 0) return p + 1;
      this.inlines(p + 1, close);
      return close + 1;
    }
    if (c === '@' && !this.afterStr(p)) {
      const mark = this.out.length;
      const end = this.textualCite(p, to);
      if (end !== undefined) return end;
      this.out.length = mark;
    }
    return p + 1;
  }

  private emit(items: Item[], start: number, end: number, form: Citation['form']): void {
    for (const item of items) this.out.push(this.citation(item, start, end, form));
  }

  private citation(item: Item, start: number, end: number, form: Citation['form']): Citation {
    const c: Citation = {
      key: item.key,
      mode: item.mode,
      form: this.noteDepth > 0 ? 'footnote' : form,
      start,
      end,
      keyStart: item.keyStart,
      keyEnd: item.keyEnd,
    };
    if (item.prefix) {
      const prefix = this.written(item.prefix[0], item.prefix[1]).replace(/\s+/g, ' ').trim();
      if (prefix) c.prefix = prefix;
    }
    if (item.suffix) Object.assign(c, readSuffix(this.written(item.suffix[0], item.suffix[1]), item.suffix[0]));
    return c;
  }

  /** The draft's text of a span without container markers and footnote marks (as spaces: same length). */
  private written(from: number, to: number): string {
    let s = '';
    for (let i = from; i < to; i++) {
      const c = this.view[i];
      s += c === '\u0000' || c === HTML ? this.text[i] : c === NOTE_MARK ? ' ' : c;
    }
    return s;
  }

  /** Pandoc's `spnl`: spaces, at most one line break, spaces. */
  private spnl(p: number): number {
    while (this.at(p) === ' ' || this.at(p) === '\t') p++;
    if (this.at(p) === '\r') p++;
    if (this.at(p) === '\n') {
      p++;
      while (this.at(p) === ' ' || this.at(p) === '\t') p++;
    }
    return p;
  }

  /** `citeKey`: `[-]@key` or `[-]@{key}`; returns the key, its span and where it ends. */
  private citeKey(
    p: number,
    allowDash: boolean,
  ): { key: string; suppress: boolean; keyStart: number; keyEnd: number; end: number } | undefined {
    if (this.afterStr(p)) return undefined;
    let i = p;
    let suppress = false;
    if (allowDash && this.at(i) === '-') {
      suppress = true;
      i++;
    }
    if (this.at(i) !== '@') return undefined;
    i++;
    if (this.at(i) === '{') {
      let depth = 0;
      for (let k = i; k < this.end; k++) {
        const c = this.keyChar(k);
        if (/\s/.test(c) || c === '\u0000') return undefined;
        if (c === '{') depth++;
        // Pandoc takes `@{}` too, as a citation with an empty key.
        else if (c === '}' && --depth === 0) return { key: this.text.slice(i + 1, k), suppress, keyStart: i + 1, keyEnd: k, end: k + 1 };
      }
      return undefined;
    }
    const first = this.at(i);
    if (!(first === '_' || first === '*' || ALNUM.test(first))) return undefined;
    let k = i + 1;
    for (;;) {
      const c = this.keyChar(k);
      if (isRegChar(c)) k++;
      else if (c !== '' && KEY_INTERNAL.includes(c) && isRegChar(this.keyChar(k + 1))) k++;
      else if ((c === ':' || c === '/') && this.keyChar(k + 1) === '/') k++;
      else break;
    }
    return { key: this.text.slice(i, k), suppress, keyStart: i, keyEnd: k, end: k };
  }

  /** `normalCite`: `[` items separated by `;` `]`, not followed by `(` or `[`. */
  private normalCite(p: number, to: number): Group | undefined {
    const list = this.citeList(this.spnl(p + 1), to);
    if (!list) return undefined;
    const q = this.spnl(list.end);
    if (this.at(q) !== ']' || q >= to) return undefined;
    // Followed by `(…)` or `[…]` it is a link's text, by `{…}` a span's.
    if (this.at(q + 1) === '(' || this.at(q + 1) === '[' || this.at(q + 1) === '{') return undefined;
    return { items: list.items, end: q + 1 };
  }

  private citeList(p: number, to: number): Group | undefined {
    const items: Item[] = [];
    for (;;) {
      const item = this.citationItem(p, to);
      if (!item) return undefined;
      items.push(item.item);
      p = item.end;
      if (this.at(p) !== ';') return { items, end: p };
      p = this.spnl(p + 1);
    }
  }

  /** `citation`: prefix, key, suffix. */
  private citationItem(p: number, to: number): { item: Item; end: number } | undefined {
    const prefixStart = p;
    for (;;) {
      if (p >= to || this.at(p) === ']') return undefined;
      let look = p;
      if (this.at(look) === ';') look = this.spnl(look + 1);
      if (this.citeKey(look, true)) break;
      // A prefix holds no `;` (`[by 5%; see @key]` is no group).
      if (this.at(p) === ';') return undefined;
      p = this.inline(p, to);
    }
    const key = this.citeKey(p, true);
    if (!key) return undefined;
    const suffixEnd = this.suffix(key.end, to);
    const item: Item = {
      key: key.key,
      mode: key.suppress ? 'suppress-author' : 'normal',
      keyStart: key.keyStart,
      keyEnd: key.keyEnd,
      prefix: p > prefixStart ? [prefixStart, p] : undefined,
      suffix: suffixEnd > key.end ? [key.end, suffixEnd] : undefined,
    };
    return { item, end: suffixEnd };
  }

  /** `suffix`: inlines up to the next `;` or `]` of this level. */
  private suffix(p: number, to: number): number {
    let q = this.spnl(p);
    while (q < to && this.at(q) !== ';' && this.at(q) !== ']') q = this.inline(q, to);
    return q;
  }

  /** `textualCite`: `@key`, then a group or a bracketed suffix may follow. */
  private textualCite(p: number, to: number): number | undefined {
    const key = this.citeKey(p, false);
    if (!key || key.end > to || this.examples.has(key.key)) return undefined;
    const first: Item = {
      key: key.key,
      mode: 'author-in-text',
      keyStart: key.keyStart,
      keyEnd: key.keyEnd,
      prefix: undefined,
      suffix: undefined,
    };
    const q = this.spnl(key.end);
    if (this.at(q) === '[' && q < to) {
      const mark = this.out.length;
      const group = this.normalCite(q, to);
      if (group) {
        this.out.push(this.citation(first, p, key.end, 'in-text'));
        this.emit(group.items, q, group.end, 'bracket');
        return group.end;
      }
      this.out.length = mark;
      const loc = this.bareloc(q, to);
      if (loc) {
        this.out.push(this.citation({ ...first, suffix: loc.suffix }, p, loc.end, 'in-text'));
        this.emit(loc.rest, q, loc.end, 'bracket');
        return loc.end;
      }
      this.out.length = mark;
    }
    this.out.push(this.citation(first, p, key.end, 'in-text'));
    return key.end;
  }

  /** `bareloc`: `[suffix]` or `[suffix; @more]` after an in-text key. */
  private bareloc(q: number, to: number): { suffix: [number, number] | undefined; rest: Item[]; end: number } | undefined {
    if (this.at(q + 1) === '^') return undefined;
    const suffixEnd = this.suffix(q + 1, to);
    let p = suffixEnd;
    let rest: Item[] = [];
    if (this.at(p) === ';') {
      const list = this.citeList(this.spnl(p + 1), to);
      if (list) {
        rest = list.items;
        p = list.end;
      }
    }
    p = this.spnl(p);
    if (this.at(p) !== ']' || p >= to) return undefined;
    if (this.at(p + 1) === '(' || this.at(p + 1) === '[') return undefined;
    return { suffix: suffixEnd > q + 1 ? [q + 1, suffixEnd] : undefined, rest, end: p + 1 };
  }

  /** The `]` that closes the `[` at `p` (escapes skipped), or -1. */
  private matchBracket(p: number, to: number): number {
    let depth = 0;
    for (let k = p; k < to; k++) {
      const c = this.view[k];
      if (c === '\\') k++;
      else if (c === '[') depth++;
      else if (c === ']' && --depth === 0) return k;
    }
    return -1;
  }
}

function isRegChar(c: string): boolean {
  return c === '_' || (c !== '' && ALNUM.test(c));
}
