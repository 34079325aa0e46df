/**
 * Output of `sourced check`: the JSON contract and a terminal view
 * (`file:line:col severity code message`, then the best evidence and where
 * it is), both with 1-based lines and columns only in the text view.
 */
import type { DraftDiagnostic } from '../engine/check/diagnostics.js';
import { locationText } from './format.js';

export function toJsonDiagnostic(d: DraftDiagnostic) {
  return {
    range: d.range,
    severity: d.severity,
    code: d.code,
    message: d.message,
    evidence: d.evidence.map((e) => ({
      sourceId: e.sourceId,
      title: e.title,
      file: e.file,
      range: e.range,
      text: e.text,
      verdict: e.verdict,
      score: e.score,
      ...(e.searchScore !== undefined ? { searchScore: e.searchScore } : {}),
      ...(e.detail ? { detail: e.detail } : {}),
      ...(e.page ? { page: e.page } : {}),
      ...(e.context?.length ? { context: e.context } : {}),
    })),
    ...(d.suggestions ? { suggestions: d.suggestions } : {}),
    ...(d.data ? { data: d.data } : {}),
  };
}

export function formatCheckText(results: Array<{ file: string; diagnostics: DraftDiagnostic[] }>, colour: boolean): string {
  const paint = (code: string, s: string) => (colour ? `\u001b[${code}m${s}\u001b[0m` : s);
  const lines: string[] = [];
  let total = 0;
  for (const { file, diagnostics } of results) {
    for (const d of diagnostics) {
      total++;
      const sev = d.severity === 'error' ? paint('31', 'error') : d.severity === 'warning' ? paint('33', 'warning') : d.severity;
      lines.push(`${file}:${d.range.start.line + 1}:${d.range.start.character + 1} ${sev} ${d.code} ${d.message}`);
      const e = d.evidence[0];
      if (e)
        lines.push(
          `    evidence (${e.verdict}${e.detail ? `: ${e.detail}` : ''}): [@${e.sourceId}] ${locationText(e.file, e.range, e.page)}`,
          `      \u201c${e.text}\u201d`,
        );
    }
  }
  lines.push(
    total === 0 ? 'No findings.' : `${total} finding${total === 1 ? '' : 's'} in ${results.length} file${results.length === 1 ? '' : 's'}.`,
  );
  return `${lines.join('\n')}\n`;
}
