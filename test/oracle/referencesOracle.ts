/**
 * The two sides of the reference-list differential test
 * (referencesCiteproc.test.ts): Sourced's rendering of a bibliography, by
 * the path `sourced references` takes (ingest/bibtex.ts or
 * ingest/bibliography.ts to a CSL item, cite/referenceList.ts to Markdown),
 * and `pandoc --citeproc` on a draft that cites every entry (`nocite: @*`)
 * with the same CSL file, read back entry by entry from pandoc's Markdown
 * (`::: {#ref-KEY .csl-entry}` blocks). Both are normalised the same way
 * (white space, quote marks, emphasis markup, escapes, pandoc's
 * `[…]{.nocase}` spans) before comparing.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseBibtex } from '../../server/src/engine/ingest/bibtex.js';
import { parseCslJson } from '../../server/src/engine/ingest/bibliography.js';
import { referenceEntries, type ReferenceStyle } from '../../server/src/engine/cite/referenceList.js';
import { templateFor } from '../../server/src/engine/citeproc/styles.js';
import { LOCALE_EN_GB } from '../../server/src/engine/citeproc/csl/localeEnGb.js';

export type BibFormat = 'bibtex' | 'csl-json';

/** The installed pandoc's version line, or undefined when there is none. */
export function pandocVersion(): string | undefined {
  try {
    return execFileSync('pandoc', ['--version'], { encoding: 'utf8' }).split('\n')[0];
  } catch {
    return undefined;
  }
}

/**
 * Writes the CSL file Sourced renders `style` with (the XML Citation.js
 * registers) into `dir` for pandoc; returns its path. Sourced renders with
 * the vendored en-GB locale; pandoc cannot load a locale file (its locales
 * are built in, and 2.17's predate CSL 1.0.2: no `number` term, so no "No."
 * label), so the vendored terms the style does not define itself go into
 * the copy as an in-style `<locale xml:lang="en-GB">`. That is the same
 * precedence as a locale file: the style's own terms still win, since only
 * terms it lacks are added.
 */
export async function writeStyle(dir: string, style: ReferenceStyle): Promise<string> {
  const { styleXml } = await import('../../server/src/engine/citeproc/citationJs.js');
  const file = join(dir, `${style}.csl`);
  writeFileSync(file, withLocaleTerms(styleXml(templateFor(style)), LOCALE_EN_GB));
  return file;
}

/** `style` with the terms of `locale` it does not define, as an in-style en-GB locale before its first locale or macro. */
function withLocaleTerms(style: string, locale: string): string {
  const key = (attributes: string) => {
    const attr = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attributes)?.[1];
    return `${attr('name')}|${attr('form') ?? 'long'}|${attr('gender-form') ?? ''}`;
  };
  const defined = new Set([...style.matchAll(/<term\b([^>]*?)\/?>/g)].map((m) => key(m[1])));
  const terms = [...locale.matchAll(/<term\b([^>]*?)(?:\/>|>[\s\S]*?<\/term>)/g)].filter((m) => !defined.has(key(m[1]))).map((m) => m[0]);
  const at = style.search(/<locale\b|<macro\b/);
  return `${style.slice(0, at)}<locale xml:lang="en-GB"><terms>${terms.join('')}</terms></locale>${style.slice(at)}`;
}

/** Each entry as pandoc renders it: id → Markdown of its `.csl-entry` block. */
export function pandocEntries(bibliography: string, cslFile: string, workDir: string): Map<string, string> {
  const draft = join(workDir, 'draft.md');
  writeFileSync(draft, "---\nnocite: '@*'\nlang: en-GB\n---\n");
  // -citations: write the rendered text, not Pandoc citation syntax; -smart: literal ’ and – rather than ' and --.
  const out = execFileSync(
    'pandoc',
    [draft, '--citeproc', '--csl', cslFile, '--bibliography', bibliography, '-t', 'markdown-citations-smart', '--wrap=none'],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const entries = new Map<string, string>();
  for (const m of out.matchAll(/^::: \{#ref-(\S+) \.csl-entry\}\n([\s\S]*?)\n:::$/gm)) entries.set(m[1], m[2]);
  return entries;
}

/** Each entry as `sourced references` renders it (alphabetical order, the style's own): id → Markdown. */
export async function sourcedEntries(bibliography: string, format: BibFormat, style: ReferenceStyle): Promise<Map<string, string>> {
  const text = readFileSync(bibliography, 'utf8');
  const { entries, problems } = format === 'bibtex' ? await parseBibtex(bibliography, text) : parseCslJson(bibliography, text);
  if (problems.length > 0) throw new Error(`reading ${bibliography}: ${problems.map((p) => p.message).join('; ')}`);
  const sources = entries.map((e) => ({ sourceId: e.id, metadata: { origin: {} }, csl: e.csl }));
  const rendered = await referenceEntries(sources, { style, order: 'alphabetical' });
  return new Map(rendered.map((r) => [r.sourceId, r.markdown]));
}

/**
 * The text both sides are compared on: one space for any run of white space
 * (and no-break spaces), straight quote marks, `*` for emphasis whichever
 * marker was written, no backslash escapes, links written as their target,
 * and the text of pandoc's `[…]{.nocase}` spans (its Markdown writer keeps
 * the case-protection spans citeproc leaves in a title).
 */
export function normalise(markdown: string): string {
  return markdown
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .replace(/[\u2018\u2019\u201a\u2032`]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
    .replace(/\[([^\]]*)\]\{\.nocase\}/g, '$1')
    .replace(/\[([^\]]*)\]\(([^)\s]*)\)/g, (_, text: string, url: string) => (text.replace(/\\/g, '') === url ? `<${url}>` : text))
    .replace(/\\([\\`*_{}[\]()#+\-.!&<>|~^'"$@])/g, '$1')
    .replace(/(^|[^\w*])_([^_]+)_(?!\w)/g, '$1*$2*')
    .trim();
}
