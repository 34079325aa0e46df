/**
 * The parts of Citation.js (`@citation-js/*`, which ship no type
 * declarations) that Sourced uses: parsing BibTeX to CSL-JSON and
 * formatting CSL-JSON with a CSL style.
 */
declare module '@citation-js/core' {
  export type CslItem = Record<string, unknown> & { id: string };
  export class Cite {
    constructor(data?: unknown, options?: Record<string, unknown>);
    data: CslItem[];
    format(format: 'bibliography' | 'citation' | 'data', options?: Record<string, unknown>): string;
  }
  export const plugins: {
    config: { get(name: string): unknown };
    input: {
      chainLink(input: unknown, options?: Record<string, unknown>): unknown;
      chain(input: unknown, options?: Record<string, unknown>): unknown;
    };
  };
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-csl';
