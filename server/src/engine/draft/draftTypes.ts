/**
 * What the draft reader finds in a Markdown draft: sentences with exact
 * offsets, the citations and quotations in them, and what is suppressed.
 * Plain data in draft offsets; the checker and the server turn offsets into
 * ranges with a LineIndex of the same text.
 */

export type CitationForm = 'bracket' | 'in-text' | 'footnote' | 'link';

export interface Citation {
  /** Citation key without '@'; absent for a link to a file. */
  key?: string;
  /** For a Markdown link citation: the link target as written. */
  target?: string;
  /** Locator as written, e.g. "p. 4" or "pp. 3-5". */
  locator?: string;
  /** First page of the locator, when it gives one. */
  page?: number;
  /** Last page of a range (`pp. 3-5` → 5; `pp. 123-5` → 125), else `page`. */
  pageEnd?: number;
  /** Where the page part of the locator (`p. 4`, `pp 3-5`) is in the draft, for edits that correct it. */
  pageStart?: number;
  pageStop?: number;
  form: CitationForm;
  /** The whole citation in the draft: `[@key, p. 4]`, `@key`, the footnote mark or the link. */
  start: number;
  end: number;
  /** Just the key (after '@') or the link target, for edits and diagnostics. */
  keyStart: number;
  keyEnd: number;
}

export interface Quotation {
  /** Offsets of the quoted words (inside the quote marks; the whole blockquote body). */
  start: number;
  end: number;
  /** The quoted words, whitespace-normalised, citations removed. */
  text: string;
  kind: 'inline' | 'blockquote';
}

export interface DraftSentence {
  start: number;
  end: number;
  /** As written (whitespace-normalised), with its citations. */
  text: string;
  /** What is checked: the sentence with citations and footnote marks removed. */
  claimText: string;
  /** Citations that apply: in the sentence, via its footnotes, or its blockquote's. */
  citations: Citation[];
  quotations: Quotation[];
  /** Index of the paragraph, list item paragraph or table cell it is in. */
  unit: number;
  inBlockquote: boolean;
  inTable: boolean;
}

export interface DraftModel {
  text: string;
  /** Front matter says `sourced: false`: nothing is checked. */
  disabled: boolean;
  /** Sentences outside suppressed regions, in document order. */
  sentences: DraftSentence[];
  /** Every citation in the draft (also in suppressed parts), for references and counts. */
  citations: Citation[];
  problems: string[];
}
