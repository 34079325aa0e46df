/**
 * BibTeX and BibLaTeX (`.bib`) bibliographies through Citation.js
 * (`@citation-js/plugin-bibtex`): entries to CSL-JSON items, keyed by their
 * citation keys, with the raw `file` field kept for matching attachments
 * to corpus documents. A syntax error in one entry costs that entry only:
 * the file is parsed again entry by entry and the broken ones reported.
 * Citation.js is loaded on first use (lazy/citationJs.ts), hence async.
 */
import type { IngestProblem } from '../types.js';
import { fileField, toEntry, type BibEntry, type CslItem } from './bibliography.js';

interface BibtexEntry {
  label?: string;
  properties?: Record<string, unknown>;
}

type Plugins = (typeof import('../lazy/citationJs.js'))['plugins'];

export async function parseBibtex(file: string, text: string): Promise<{ entries: BibEntry[]; problems: IngestProblem[] }> {
  const { plugins } = await import('../lazy/citationJs.js');
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
      problems.push({ file, severity: 'warning', message: `${file}: ${failed.length} BibTeX entr${failed.length === 1 ? 'y' : 'ies'} could not be read (${which}: ${parsed.reason}); the rest is used.` });
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
    const items = plugins.input.chain(raw, { generateGraph: false }) as CslItem[];
    const byKey = new Map(raw.map((r) => [r.label, r]));
    return { ok: true, items: items.filter((item) => item && typeof item.id === 'string').map((item) => ({ raw: byKey.get(item.id) ?? {}, item })) };
  } catch (error) {
    return { ok: false, reason: (error instanceof Error ? error.message : String(error)).split('\n')[0] };
  }
}
