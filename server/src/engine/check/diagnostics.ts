/**
 * The findings `sourced check` and the language server report. The codes
 * are a contract (CLI JSON, SARIF rule ids, editor quick fixes key on them).
 */
import type { Range } from '../types.js';
import type { Evidence } from '../evidence/gradedEvidence.js';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** A finding before its severity is applied and its range computed (what the checker works with and memoises). */
export type Finding = Omit<DraftDiagnostic, 'range' | 'severity'>;

export const DIAGNOSTIC_CODES = [
  'unsupported-claim',
  'citation-does-not-support',
  'unknown-source',
  'misquote',
  'quote-not-found',
  'citation-page-mismatch',
  'contradicted-by-source',
] as const;
export type DiagnosticCode = (typeof DIAGNOSTIC_CODES)[number];

export const DEFAULT_SEVERITY: Record<DiagnosticCode, Severity> = {
  'unsupported-claim': 'warning',
  'citation-does-not-support': 'warning',
  'unknown-source': 'error',
  misquote: 'error',
  'quote-not-found': 'warning',
  'citation-page-mismatch': 'information',
  'contradicted-by-source': 'warning',
};

export const CODE_DESCRIPTIONS: Record<DiagnosticCode, string> = {
  'unsupported-claim': 'A sentence states something checkable and cites no source.',
  'citation-does-not-support': 'The cited source has no passage that supports the sentence.',
  'unknown-source': 'The citation key is not in the corpus.',
  misquote: 'The quotation nearly matches a source but differs from its wording.',
  'quote-not-found': 'The quotation matches nothing in the corpus (or in the cited source).',
  'citation-page-mismatch':
    'The citation gives a page, but the quotation (or the passage that supports the sentence) is on another page of the source.',
  'contradicted-by-source': 'A source in the corpus gives the same measure for the same period going the other way, or a different figure.',
};

/** A passage offered as evidence, verbatim from its source, with its verdict (see evidence/gradedEvidence.ts). */
export type { Evidence };

export interface DraftDiagnostic {
  /** Offsets in the draft. */
  start: number;
  end: number;
  range: Range;
  severity: Severity;
  code: DiagnosticCode;
  message: string;
  evidence: Evidence[];
  /** For `unknown-source`: the closest existing keys, best first. */
  suggestions?: string[];
  /**
   * For `citation-page-mismatch`: the page (and last page, for a passage
   * over a page break) where the quotation or passage is, for a quick fix
   * that rewrites the citation's locator (the diagnostic's range is the citation).
   */
  data?: { page: number; pageEnd?: number };
}
