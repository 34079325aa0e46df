/**
 * Gateway to Citation.js: `@citation-js/core` with the plugins Sourced uses
 * (BibTeX in, CSL out, citeproc-js underneath) and the vendored CSL files
 * registered (Chicago author-date, the en-GB locale). 1.3 MB of bundle with
 * its dependencies, needed only to read a `.bib` file or to format a
 * reference list, so it is built as its own file, dist/lazy/citationJs.js,
 * and checking a draft against a corpus without BibTeX never parses it.
 * Engine code reaches it only through `await import('../lazy/citationJs.js')`.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import { CHICAGO_AUTHOR_DATE_CSL } from '../cite/csl/chicagoAuthorDate.js';
import { LOCALE_EN_GB } from '../cite/csl/localeEnGb.js';
import { templateFor } from '../cite/citationStyles.js';

interface Register {
  add(name: string, xml: string): void;
  has(name: string): boolean;
}

// Once, when the gateway loads: the plugins above have registered themselves by now.
const csl = plugins.config.get('@csl') as { styles: Register; locales: Register };
if (!csl.styles.has(templateFor('chicago'))) csl.styles.add(templateFor('chicago'), CHICAGO_AUTHOR_DATE_CSL);
if (!csl.locales.has('en-GB')) csl.locales.add('en-GB', LOCALE_EN_GB);

export { Cite, plugins };
