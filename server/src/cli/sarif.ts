/**
 * SARIF 2.1.0 output for `sourced check --format sarif`, so code-scanning
 * tools can show the findings. Columns are 1-based UTF-16 units, which is
 * SARIF's default column kind.
 */
import { CODE_DESCRIPTIONS, DIAGNOSTIC_CODES, type DraftDiagnostic, type Severity } from '../engine/check/diagnostics.js';

const LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

export function toSarif(results: Array<{ file: string; diagnostics: DraftDiagnostic[] }>) {
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'sourced',
            rules: DIAGNOSTIC_CODES.map((id) => ({ id, shortDescription: { text: CODE_DESCRIPTIONS[id] } })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: results.flatMap(({ file, diagnostics }) =>
          diagnostics.map((d) => ({
            ruleId: d.code,
            ruleIndex: DIAGNOSTIC_CODES.indexOf(d.code),
            level: LEVEL[d.severity],
            message: { text: d.message },
            ...(d.data ? { properties: d.data } : {}),
            locations: [{ physicalLocation: { artifactLocation: { uri: toUri(file) }, region: region(d.range) } }],
            relatedLocations: d.evidence.map((e, i) => ({
              id: i + 1,
              message: { text: `[@${e.sourceId}] ${e.text}` },
              physicalLocation: { artifactLocation: { uri: toUri(e.file) }, region: region(e.range) },
            })),
          })),
        ),
      },
    ],
  };
}

function region(range: DraftDiagnostic['range']) {
  return {
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}

function toUri(path: string): string {
  return path.replace(/\\/g, '/').split('/').map(encodeURIComponent).join('/');
}
