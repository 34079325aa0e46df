/**
 * Diagnostics in the real extension host: every finding code on the sample
 * briefing with evidence in relatedInformation, re-checked as the user
 * types, and settings (severity per code, maximum per file) applied without
 * a reload.
 */
import * as assert from 'node:assert/strict';
import { suite, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import { byCode, codeOf, inWorkspace, open, scratchDraft, waitForDiagnostics, workspaceRoot } from './helpers.js';

const CODES = ['unsupported-claim', 'citation-does-not-support', 'unknown-source', 'misquote', 'quote-not-found'];

async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('sourced', workspaceRoot()).update(key, value, vscode.ConfigurationTarget.Workspace);
}

suite('Diagnostics', () => {
  suiteTeardown(async () => {
    await setSetting('diagnostics.severity', undefined);
    await setSetting('diagnostics.maxPerFile', undefined);
    await setSetting('claims.sensitivity', undefined);
  });

  test('the sample briefing gets every finding code, each at its line, with evidence from the corpus', async () => {
    const uri = inWorkspace('briefing.md');
    const editor = await open(uri);
    const found = await waitForDiagnostics(uri, (d) => CODES.every((c) => byCode(d, c).length > 0), 'all five codes');
    const lineText = (code: string) => editor.document.lineAt(byCode(found, code)[0].range.start.line).text;
    assert.match(lineText('unknown-source'), /tact-inovation/);
    assert.match(lineText('misquote'), /limited understanding/);
    assert.match(lineText('quote-not-found'), /working well/);
    assert.match(lineText('unsupported-claim'), /severe shortage|38%/);
    const related = byCode(found, 'citation-does-not-support')[0].relatedInformation ?? [];
    assert.ok(related[0]?.location.uri.path.endsWith('/corpus/tact-innovation.txt'), JSON.stringify(related));
    for (const d of found)
      assert.doesNotMatch(editor.document.lineAt(d.range.start.line).text, /9 in 10/, 'the sourced-ignore paragraph is not flagged');
    assert.equal(byCode(found, 'unknown-source')[0].severity, vscode.DiagnosticSeverity.Error);
  });

  test('a finding goes away as the user fixes the text', async () => {
    const editor = await scratchDraft(
      '# Draft\n\nResidential and foster care have been provided by private profit-making companies for years [@tact-inovation].\n',
    );
    const uri = editor.document.uri;
    const [unknown] = await waitForDiagnostics(uri, (d) => byCode(d, 'unknown-source').length === 1, 'unknown-source');
    const key = editor.document.getText(unknown.range);
    assert.match(key, /tact-inovation/);
    const at = editor.document.getText().indexOf('tact-inovation');
    await editor.edit((e) =>
      e.replace(
        new vscode.Range(editor.document.positionAt(at), editor.document.positionAt(at + 'tact-inovation'.length)),
        'tact-innovation',
      ),
    );
    await waitForDiagnostics(uri, (d) => byCode(d, 'unknown-source').length === 0, 'unknown-source cleared after the edit');
  });

  test('severity settings and the per-file maximum apply without a reload', async () => {
    const uri = inWorkspace('briefing.md');
    await open(uri);
    await waitForDiagnostics(uri, (d) => byCode(d, 'unsupported-claim').length > 0, 'unsupported-claim before the change');

    await setSetting('diagnostics.severity', { 'unsupported-claim': 'off', misquote: 'hint' });
    const changed = await waitForDiagnostics(
      uri,
      (d) => byCode(d, 'unsupported-claim').length === 0 && byCode(d, 'misquote')[0]?.severity === vscode.DiagnosticSeverity.Hint,
      'unsupported-claim off and misquote a hint',
    );
    assert.ok(byCode(changed, 'unknown-source').length > 0, 'other codes still reported');

    await setSetting('diagnostics.severity', { 'unsupported-claim': 'error' });
    const asErrors = await waitForDiagnostics(
      uri,
      (d) =>
        byCode(d, 'unsupported-claim').length > 0 &&
        byCode(d, 'unsupported-claim').every((x) => x.severity === vscode.DiagnosticSeverity.Error),
      'unsupported-claim as errors',
    );
    assert.ok(asErrors.length >= 5);

    await setSetting('diagnostics.maxPerFile', 2);
    await waitForDiagnostics(uri, (d) => d.filter((x) => codeOf(x) !== 'indexing').length === 2, 'at most two findings');

    await setSetting('diagnostics.maxPerFile', undefined);
    await setSetting('diagnostics.severity', undefined);
    await waitForDiagnostics(
      uri,
      (d) =>
        CODES.every((c) => byCode(d, c).length > 0) && byCode(d, 'unsupported-claim')[0].severity === vscode.DiagnosticSeverity.Warning,
      'defaults restored',
    );
  });

  test('claim sensitivity applies without a reload: "low" flags fewer sentences than "medium"', async () => {
    const editor = await scratchDraft(
      '# Draft\n\nWe think local placements are generally better for children.\n\nMany councils struggle to find placements.\n\n' +
        'The sector has changed a lot in recent years.\n\nCommissioning is difficult for most councils.\n',
      'sensitivity',
    );
    const uri = editor.document.uri;
    const medium = byCode(
      await waitForDiagnostics(uri, (d) => byCode(d, 'unsupported-claim').length > 0, 'unsupported claims at medium'),
      'unsupported-claim',
    ).length;
    await setSetting('claims.sensitivity', 'low');
    const low = byCode(
      await waitForDiagnostics(uri, (d) => byCode(d, 'unsupported-claim').length < medium, 'fewer unsupported claims at low'),
      'unsupported-claim',
    ).length;
    assert.ok(low < medium, `low ${low} < medium ${medium}`);
    await setSetting('claims.sensitivity', undefined);
    await waitForDiagnostics(uri, (d) => byCode(d, 'unsupported-claim').length === medium, 'medium again');
  });
});
