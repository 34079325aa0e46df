/**
 * Citation.js, loaded once with the plugins Sourced uses (BibTeX in, CSL
 * out) and the vendored CSL files registered: the three reference styles a
 * user can pick and the British English locale they are rendered in.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import { CHICAGO_AUTHOR_DATE_CSL } from './csl/chicagoAuthorDate.js';
import { LOCALE_EN_GB } from './csl/localeEnGb.js';

export type ReferenceStyle = 'harvard' | 'apa' | 'chicago';
export const REFERENCE_STYLES: readonly ReferenceStyle[] = ['harvard', 'apa', 'chicago'];

/**
 * Citation.js template names. `harvard1` is what @citation-js/plugin-csl
 * calls its Harvard style, which is Cite Them Right 12th edition, the
 * Harvard most UK universities and public bodies follow.
 */
const TEMPLATE: Record<ReferenceStyle, string> = { harvard: 'harvard1', apa: 'apa', chicago: 'sourced-chicago-author-date' };

interface Register {
  add(name: string, xml: string): void;
  has(name: string): boolean;
}

let ready = false;

function setUp(): void {
  if (ready) return;
  const csl = plugins.config.get('@csl') as { styles: Register; locales: Register };
  if (!csl.styles.has(TEMPLATE.chicago)) csl.styles.add(TEMPLATE.chicago, CHICAGO_AUTHOR_DATE_CSL);
  if (!csl.locales.has('en-GB')) csl.locales.add('en-GB', LOCALE_EN_GB);
  ready = true;
}

export function templateFor(style: ReferenceStyle): string {
  setUp();
  return TEMPLATE[style];
}

/** Citation.js, with the vendored styles registered. */
export function citationJs(): { Cite: typeof Cite; plugins: typeof plugins } {
  setUp();
  return { Cite, plugins };
}
