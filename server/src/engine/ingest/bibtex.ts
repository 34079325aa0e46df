/**
 * BibTeX and BibLaTeX (`.bib`) bibliographies through Citation.js
 * (`@citation-js/plugin-bibtex`): entries to CSL-JSON items, keyed by their
 * citation keys, with the raw `file` field kept for matching attachments
 * to corpus documents. A syntax error in one entry costs that entry only:
 * the file is parsed again entry by entry and the broken ones reported.
 * Citation.js is loaded on first use (citeproc/citationJs.ts), hence async.
 *
 * Fields are read as biblatex and Pandoc's BibTeX reader read them, because
 * the user's reference list is finally made by `pandoc --citeproc`: English
 * titles in sentence case with {braced} words kept (Citation.js does that,
 * configured in the gateway), and here what Citation.js does differently
 * (test/oracle/referencesCiteproc.test.ts compares the two): see
 * prepareEntry and mendItem.
 */
import type { IngestProblem } from '../types.js';
import { fileField, toEntry, type BibEntry, type CslItem } from './bibliography.js';
import { errorMessage } from '../text/errorText.js';

interface BibtexEntry {
  label?: string;
  properties?: Record<string, unknown>;
}

type Plugins = (typeof import('../citeproc/citationJs.js'))['plugins'];

export async function parseBibtex(file: string, text: string): Promise<{ entries: BibEntry[]; problems: IngestProblem[] }> {
  const { plugins } = await import('../citeproc/citationJs.js');
  const tryParse = (input: string) => parseWith(plugins, input);
  const problems: IngestProblem[] = [];
  let parsed = tryParse(text);
  if (!parsed.ok) {
    // Entry by entry: each chunk starts at an "@" that opens a line; @string
    // abbreviations go in front of every entry that may use them.
    const chunks = text.split(/^(?=[ \t]*@)/m).filter((c) => c.trim());
    const isDirective = (c: string) => /^\s*@(string|preamble|comment)\b/i.test(c);
    const prelude = chunks.filter((c) => /^\s*@string\b/i.test(c)).join('\n');
    const good: Array<{ raw: BibtexEntry; item: CslItem }> = [];
    const failed: string[] = [];
    for (const chunk of chunks.filter((c) => !isDirective(c))) {
      let one = tryParse(prelude ? `${prelude}\n${chunk}` : chunk);
      if (!one.ok && prelude) one = tryParse(chunk);
      if (one.ok) good.push(...one.items);
      else failed.push(/^\s*@\w+\s*[{(]\s*([^,\s]+)/.exec(chunk)?.[1] ?? chunk.trim().slice(0, 30));
    }
    if (failed.length > 0) {
      const which = failed.slice(0, 5).join(', ') + (failed.length > 5 ? ', \u2026' : '');
      problems.push({
        file,
        severity: 'warning',
        message: `${file}: ${failed.length} BibTeX entr${failed.length === 1 ? 'y' : 'ies'} could not be read (${which}: ${parsed.reason}); the rest is used.`,
      });
    }
    parsed = { ok: true, items: good };
  }
  // The `file` field is not part of CSL: it comes from the BibTeX entry itself.
  const entries = parsed.items.map(({ raw, item }) => toEntry(item, fileField(raw.properties?.file)));
  if (parsed.items.length === 0 && problems.length === 0 && text.trim() !== '') {
    problems.push({ file, severity: 'warning', message: `${file}: no BibTeX entries found.` });
  }
  return { entries, problems };
}

type Parsed = { ok: true; items: Array<{ raw: BibtexEntry; item: CslItem }> } | { ok: false; reason: string };

function parseWith(plugins: Plugins, text: string): Parsed {
  try {
    const raw = plugins.input.chainLink(text) as BibtexEntry[];
    if (!Array.isArray(raw)) return { ok: false, reason: 'not BibTeX' };
    const items = plugins.input.chain(raw.map(prepareEntry), { generateGraph: false }) as CslItem[];
    const byKey = new Map(raw.map((r) => [r.label, r]));
    return {
      ok: true,
      items: items
        .filter((item) => item && typeof item.id === 'string')
        .map((item) => ({ raw: byKey.get(item.id) ?? {}, item: mendItem(item, byKey.get(item.id)) })),
    };
  } catch (error) {
    return { ok: false, reason: errorMessage(error, { firstLine: true }) };
  }
}

/** The fields Citation.js reads as titles (sentence case for English entries). */
const TITLE_FIELDS = ['title', 'booktitle', 'maintitle', 'eventtitle', 'origtitle', 'series', 'shorttitle'];

/** Languages whose titles are put in sentence case (biblatex's English names and codes, as Citation.js and Pandoc list them). */
const ENGLISH = /^(american|british|canadian|english|australian|newzealand|usenglish|ukenglish|anglais|en|eng|en-[a-z]{2})$/i;

/**
 * biblatex's localisation keys for the `type` field, as biblatex and Pandoc
 * print them in English ("phdthesis" is written "PhD thesis").
 */
const TYPE_KEYS: Record<string, string> = {
  phdthesis: 'PhD thesis',
  mathesis: 'Master\u2019s thesis',
  candthesis: 'Candidate thesis',
  techreport: 'technical report',
  resreport: 'research report',
  software: 'computer software',
  datacd: 'data CD',
  audiocd: 'audio CD',
};

/**
 * The raw entry as Citation.js should parse it, where its reading of a field
 * differs from biblatex's and Pandoc's:
 * - quotation marks: `` `Both/And' `` is a quotation (Citation.js knew only
 *   the doubled ``` `` ''' ```), so it comes out as ‘…’ and a style can turn it
 *   into “…” inside a quoted title; and an opening mark is a command of its
 *   own, since Citation.js does not put "‘Either/Or’" (one word to it, with a
 *   capital inside) in sentence case;
 * - sentence case splits words at hyphens and slashes, as Pandoc does (and
 *   BibTeX, which lower-cases every unbraced letter): "Long-Term" becomes
 *   "long-term", where Citation.js kept a word with a capital inside;
 * - a title in another language (`langid`) keeps its case: Citation.js
 *   looks only at `language`;
 */
function prepareEntry(entry: BibtexEntry): BibtexEntry {
  const properties = entry.properties;
  if (!properties) return entry;
  const out: Record<string, unknown> = { ...properties };
  const language = [properties.langid, properties.language].find((v): v is string => typeof v === 'string' && v.trim() !== '');
  const english = language === undefined || language.split(/\s+and\s+|,\s*/).every((l) => ENGLISH.test(l.trim()));
  // Citation.js decides sentence case by `language` alone.
  if (!english && typeof out.language !== 'string') out.language = language;
  for (const field of TITLE_FIELDS) {
    const value = out[field];
    if (typeof value !== 'string') continue;
    const quoted = quoteMarks(value);
    out[field] = english ? lowerCompoundParts(quoted) : quoted;
  }
  return { ...entry, properties: out };
}

/** Opening marks (`` ` ``, ``` `` ```, ‘, “) as LaTeX commands and `'` as ’, except in accent commands (`\\'e`, `` \\`e ``) and `''`. */
function quoteMarks(value: string): string {
  return value
    .replace(/(?<!\\)``|\u201c/g, '\\textquotedblleft ')
    .replace(/(?<![\\`])`(?!`)|\u2018/g, '\\textquoteleft ')
    .replace(/(?<![\\'])'(?!')/g, '\u2019');
}

/** Lower-cases Capitalised word parts after a hyphen or slash, outside braces (which protect case) and commands. */
function lowerCompoundParts(value: string): string {
  let out = '';
  let depth = 0;
  let run = '';
  const flush = () => {
    out +=
      depth === 0
        ? run.replace(/(?<=\p{L}[-/])(\p{Lu})(\p{Ll}+)(?!\p{L})/gu, (_, first: string, rest: string) => first.toLowerCase() + rest)
        : run;
    run = '';
  };
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (ch === '\\') {
      // A command or an escaped character: copied as it is, never cased here.
      const command = /^\\(?:[A-Za-z]+|.)/.exec(value.slice(i))![0];
      flush();
      out += command;
      i += command.length - 1;
    } else if (ch === '{' || ch === '}') {
      flush();
      out += ch;
      depth = Math.max(0, depth + (ch === '{' ? 1 : -1));
    } else run += ch;
  }
  flush();
  return out;
}

/**
 * The parsed item, mended where Citation.js's CSL differs from Pandoc's and
 * biblatex's reading:
 * - a name's particle ("van der Berg, Pieter") is a dropping particle, so the
 *   inverted name is "Berg, Pieter van der", as biblatex prints it by default
 *   (`useprefix=false`; with `options = {useprefix=true}` it stays in front);
 * - a biblatex list field (`institution`, `publisher`, `location`: items
 *   separated by "and") is one CSL string, its items joined with "; " as
 *   Pandoc joins them: Citation.js kept an array, of which citeproc-js printed
 *   only the first item. So `institution = {Competition and Markets
 *   Authority}` reads "Competition; Markets Authority" in both (the name
 *   needs its own braces, `{{Competition and Markets Authority}}`), where it
 *   read "Competition" in Sourced alone;
 * - `type` is a label, printed as written (Citation.js lower-cased it as if
 *   it were a title: "Official statistics") or, for a biblatex localisation
 *   key, as its English text ("phdthesis" is "PhD thesis");
 * - a thesis's kind comes from its entry type as Pandoc writes it: "PhD
 *   thesis" for `@phdthesis`, "Master’s thesis" for `@mastersthesis`, and no
 *   label for a `@techreport` (Citation.js printed "Phdthesis", "Techreport").
 */
/** CSL variables Citation.js fills from a biblatex list field. */
const LIST_FIELDS = new Set([
  'publisher',
  'publisher-place',
  'event-place',
  'original-publisher',
  'original-publisher-place',
  'archive',
  'archive-place',
  'authority',
]);

function mendItem(item: CslItem, raw: BibtexEntry | undefined): CslItem {
  const options = typeof raw?.properties?.options === 'string' ? raw.properties.options : '';
  const usePrefix = /(?:^|,)\s*useprefix\s*(?:=\s*true\s*)?(?:,|$)/i.test(options);
  for (const [key, value] of Object.entries(item)) {
    if (!Array.isArray(value)) continue;
    if (LIST_FIELDS.has(key) && value.every((v) => typeof v === 'string')) {
      item[key] = value.join('; ');
    } else if (!usePrefix) {
      for (const name of value) {
        if (!name || typeof name !== 'object' || !('non-dropping-particle' in name)) continue;
        const n = name as Record<string, unknown>;
        n['dropping-particle'] = [n['dropping-particle'], n['non-dropping-particle']].filter(Boolean).join(' ');
        delete n['non-dropping-particle'];
      }
    }
  }
  const type = raw?.properties?.type;
  if (typeof type === 'string' && type.trim() !== '') {
    // Written as plain text, it is printed as written (a style may still change its case).
    const key = type.trim().toLowerCase();
    if (TYPE_KEYS[key]) item.genre = TYPE_KEYS[key];
    else if (!/[\\{}$]/.test(type)) item.genre = type.trim().replace(/\s+/g, ' ');
  } else if (typeof item.genre === 'string') {
    // With no `type` field, Citation.js names the genre after the entry type, as a localisation key.
    const key = item.genre.toLowerCase();
    if (key === 'techreport') delete item.genre;
    else if (TYPE_KEYS[key]) item.genre = TYPE_KEYS[key];
  }
  return item;
}
