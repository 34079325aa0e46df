/**
 * Gateway to Citation.js: `@citation-js/core` with the plugins Sourced uses
 * (BibTeX in, CSL out, citeproc-js underneath) and the vendored CSL files
 * registered (Chicago author-date, the en-GB locale). 1.3 MB of bundle with
 * its dependencies, needed only to read a `.bib` file or to format a
 * reference list, so it is built as its own file, dist/lazy/citationJs.js
 * (esbuild.mjs), and checking a draft against a corpus without BibTeX never
 * parses it. It lives beside the CSL data it registers, on the floor that
 * imports no other engine folder. Engine code reaches it only through
 * `await import('../citeproc/citationJs.js')`.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import { CHICAGO_AUTHOR_DATE_CSL } from './csl/chicagoAuthorDate.js';
import { LOCALE_EN_GB } from './csl/localeEnGb.js';
import { templateFor } from './styles.js';

interface Register {
  add(name: string, xml: string): void;
  has(name: string): boolean;
  get(name: string): string;
}

/**
 * Title case (`text-case="title"`, Chicago's titles) leaves the stop words of
 * the CSL specification in lower case: the 25 words listed under "Title case
 * conversion" in CSL 1.0.2. citeproc-js has a much longer list of its own
 * (every preposition: "after", "across", "through"...), so "Mental Health
 * after Care" came out where Pandoc's citeproc, following the specification,
 * writes "Mental Health After Care". A locale may set the list
 * (`<style-options skip-words>`, a citeproc-js extension); the vendored file
 * stays verbatim and the attribute is added here.
 */
const CSL_STOP_WORDS = 'a,an,and,as,at,but,by,down,for,from,in,into,nor,of,on,onto,or,over,so,the,till,to,up,via,with,yet';

function withCslStopWords(locale: string): string {
  return locale.replace('<style-options ', `<style-options skip-words="${CSL_STOP_WORDS}" `);
}

// Once, when the gateway loads: the plugins above have registered themselves by now.
const csl = plugins.config.get('@csl') as { styles: Register; locales: Register };
if (!csl.styles.has(templateFor('chicago'))) csl.styles.add(templateFor('chicago'), CHICAGO_AUTHOR_DATE_CSL);
if (!csl.locales.has('en-GB')) csl.locales.add('en-GB', withCslStopWords(LOCALE_EN_GB));

// BibTeX titles are written in Title Case, and BibTeX styles lower-case them
// where they want sentence case; CSL instead expects titles stored in
// sentence case (a style can raise them to title case, never lower them).
// So English titles are read into sentence case, braced words protected,
// as Pandoc's BibTeX reader does (ingest/bibtex.ts mends what Citation.js
// does differently); the default, `never`, kept "Kinship Care in England"
// in APA and Harvard lists.
(plugins.config.get('@bibtex') as { parse: { sentenceCase: string } }).parse.sentenceCase = 'english';

/** The CSL XML of a style as Citation.js renders it (for tests comparing with other CSL processors). */
export function styleXml(template: string): string {
  return csl.styles.get(template);
}

export { Cite, plugins };
