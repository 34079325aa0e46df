/**
 * The reference styles a user can pick and the Citation.js template each one
 * is rendered with. Kept free of Citation.js itself, so the CLI can check
 * `--style` and the server read settings without loading it; the vendored
 * CSL files are registered under these names by the gateway beside it
 * (citationJs.ts).
 */
export type ReferenceStyle = 'harvard' | 'apa' | 'chicago';
export const REFERENCE_STYLES: readonly ReferenceStyle[] = ['harvard', 'apa', 'chicago'];

/**
 * Citation.js template names. `harvard1` is what @citation-js/plugin-csl
 * calls its Harvard style, which is Cite Them Right 12th edition, the
 * Harvard most UK universities and public bodies follow; `apa` is its APA
 * 7th edition. Chicago author-date is vendored (csl/chicagoAuthorDate.ts).
 */
const TEMPLATE: Record<ReferenceStyle, string> = { harvard: 'harvard1', apa: 'apa', chicago: 'sourced-chicago-author-date' };

export function templateFor(style: ReferenceStyle): string {
  return TEMPLATE[style];
}
