/**
 * What the draft reader finds in a Markdown draft: sentences with exact
 * offsets, the citations and quotations in them, and what is suppressed.
 * Plain data in draft offsets; the checker and the server turn offsets into
 * ranges with a LineIndex of the same text.
 */

export type CitationForm = 'bracket' | 'in-text' | 'footnote' | 'link';

/** Pandoc's citationMode: `[@key]` NormalCitation, `@key` AuthorInText, `[-@key]` SuppressAuthor. */
export type CitationMode = 'normal' | 'author-in-text' | 'suppress-author';

/**
 * Why a citation Pandoc reads is not checked by Sourced (it is still in
 * `DraftModel.citations`): in a suppressed part, an in-text `@name` inside a
 * quotation or blockquote (the source's words), in a heading, or where no
 * sentence holds it (an image description, a footnote no mark refers to).
 */
export type UncheckedReason = 'suppressed' | 'quoted' | 'heading' | 'no-sentence';

export interface Citation {
  /** Citation key without '@'; absent for a link to a file. */
  key?: string;
  /** For a Markdown link citation: the link target as written. */
  target?: string;
  /** How Pandoc reads it; present for every citation with a key (not for a link). */
  mode?: CitationMode;
  /** Pandoc's citationPrefix as written, trimmed: `see` in `[see @key, p. 4]`. */
  prefix?: string;
  /** Pandoc's citationSuffix as written, trimmed (white space collapsed): `, p. 4`; `p. 45` in `@key [p. 45]`. */
  suffix?: string;
  /** Set when Sourced reads this citation but does not check it (see UncheckedReason). */
  unchecked?: UncheckedReason;
  /** Locator as written (white space collapsed): the suffix without its leading comma, e.g. "p. 4" or "pp. 3-5". */
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
  /**
   * Every citation Pandoc reads in the draft, in order (also in suppressed parts, headings, quotations, image
   * descriptions; those carry `unchecked`), and Sourced's link citations, for references and counts.
   */
  citations: Citation[];
  problems: string[];
}
