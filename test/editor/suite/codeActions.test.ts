/**
 * Code actions through VS Code's provider command, applied like the light
 * bulb does, checking the resulting text: the quick fixes of
 * unsupported-claim, unknown-source and misquote, and the Insert references
 * section command (a source action).
 */
import * as assert from 'node:assert/strict';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import { InsertReferencesKind, Commands } from '../../../server/src/protocol.js';
import { applyCodeAction, byCode, codeActionsAt, scratchDraft, waitForDiagnostics, waitForText } from './helpers.js';

const CLAIM =
  'There is a severe shortage of appropriate and available placements for children in care, and this harms the placement process.';

async function fixesFor(editor: vscode.TextEditor, code: string): Promise<{ diagnostic: vscode.Diagnostic; actions: vscode.CodeAction[] }> {
  const [diagnostic] = await waitForDiagnostics(editor.document.uri, (d) => byCode(d, code).length > 0, code).then((d) => byCode(d, code));
  const actions = await codeActionsAt(editor.document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
  return { diagnostic, actions };
}

suite('Code actions', () => {
  test('unsupported-claim offers Cite, Insert supporting quote and Mark as not a claim; Cite adds the citation', async () => {
    const editor = await scratchDraft(`# Draft\n\n${CLAIM}\n`);
    const { actions } = await fixesFor(editor, 'unsupported-claim');
    const titles = actions.map((a) => a.title);
    const cite = actions.find((a) => /^Cite .*@ncercc-outsourcing-key-sentences/.test(a.title));
    assert.ok(cite, titles.join(' | '));
    assert.ok(
      actions.some((a) => /^Insert supporting quote from .*@ncercc-outsourcing-key-sentences/.test(a.title)),
      titles.join(' | '),
    );
    assert.ok(
      actions.some((a) => a.title === 'Mark as not a claim'),
      titles.join(' | '),
    );
    await applyCodeAction(cite);
    const text = await waitForText(editor.document, (t) => t.includes('[@ncercc-outsourcing-key-sentences'), 'the citation inserted');
    assert.match(text, /placement process ?\[@ncercc-outsourcing-key-sentences(, p\. \d+)?\]\./);
    await waitForDiagnostics(editor.document.uri, (d) => byCode(d, 'unsupported-claim').length === 0, 'the claim now cited');
  });

  test('Insert supporting quote inserts the verbatim passage with its citation', async () => {
    const editor = await scratchDraft(`# Draft\n\n${CLAIM}\n`);
    const { actions } = await fixesFor(editor, 'unsupported-claim');
    const quote = actions.find((a) => a.title.startsWith('Insert supporting quote from'))!;
    await applyCodeAction(quote);
    const text = await waitForText(editor.document, (t) => t.includes('[@ncercc-outsourcing-key-sentences'), 'the quote inserted');
    assert.ok(
      text.includes(
        'The severe shortage of appropriate and available children’s social care placements is detrimental to the placement process for children in care',
      ),
      text,
    );
    await waitForDiagnostics(
      editor.document.uri,
      (d) => byCode(d, 'unsupported-claim').length === 0 && byCode(d, 'misquote').length === 0,
      'quote checks clean',
    );
  });

  test('Mark as not a claim inserts the ignore comment and the finding goes away', async () => {
    const editor = await scratchDraft(`# Draft\n\n${CLAIM}\n`);
    const { actions } = await fixesFor(editor, 'unsupported-claim');
    await applyCodeAction(actions.find((a) => a.title === 'Mark as not a claim')!);
    const text = await waitForText(editor.document, (t) => t.includes('<!-- sourced-ignore -->'), 'the ignore comment');
    assert.match(text, /<!-- sourced-ignore -->\r?\nThere is a severe shortage/);
    await waitForDiagnostics(editor.document.uri, (d) => byCode(d, 'unsupported-claim').length === 0, 'the paragraph ignored');
  });

  test('unknown-source offers the closest key', async () => {
    const editor = await scratchDraft(
      '# Draft\n\nResidential and foster care have been provided by private profit-making companies for years [@tact-inovation].\n',
    );
    const { actions } = await fixesFor(editor, 'unknown-source');
    const change = actions.find((a) => a.title === 'Change to @tact-innovation');
    assert.ok(change, actions.map((a) => a.title).join(' | '));
    assert.equal(change.isPreferred, true);
    await applyCodeAction(change);
    await waitForText(editor.document, (t) => t.includes('[@tact-innovation]') && !t.includes('inovation'), 'the key corrected');
    await waitForDiagnostics(editor.document.uri, (d) => byCode(d, 'unknown-source').length === 0, 'unknown-source cleared');
  });

  test('misquote offers the source’s wording', async () => {
    const editor = await scratchDraft(
      '# Draft\n\nBASW warned that "local authorities tend to demonstrate a limited understanding' +
        ' of some of their most important services" [@basw-outsourcing-caution].\n',
    );
    const { actions } = await fixesFor(editor, 'misquote');
    const replace = actions.find((a) => a.title.startsWith('Replace with the source'));
    assert.ok(replace, actions.map((a) => a.title).join(' | '));
    await applyCodeAction(replace);
    const text = await waitForText(editor.document, (t) => t.includes('a very limited understanding'), 'the wording replaced');
    assert.match(
      text,
      new RegExp(
        [
          String.raw`"Local authorities tend to demonstrate a very limited understanding of some of their most important services"`,
          String.raw`|"local authorities tend to demonstrate a very limited understanding`,
        ].join(''),
        'i',
      ),
    );
    await waitForDiagnostics(editor.document.uri, (d) => byCode(d, 'misquote').length === 0, 'misquote cleared');
  });

  test('Insert references section (command and source action) lists the cited sources', async () => {
    const editor = await scratchDraft(
      '# Draft\n\nVenture capitalists are taking millions a year out of shrinking children’s social care budgets [@tact-innovation].\n\n' +
        'Outsourcing needs caution [@basw-outsourcing-caution; @tact-innovation].\n',
    );
    await waitForDiagnostics(editor.document.uri, () => true, 'the draft checked');
    const offered = await vscode.commands.executeCommand<Array<vscode.CodeAction>>(
      'vscode.executeCodeActionProvider',
      editor.document.uri,
      new vscode.Range(0, 0, 0, 0),
      InsertReferencesKind,
    );
    assert.ok(
      offered.some((a) => a.kind?.value === InsertReferencesKind),
      JSON.stringify(offered.map((a) => [a.title, a.kind?.value])),
    );

    await vscode.commands.executeCommand(Commands.insertReferences);
    const text = await waitForText(editor.document, (t) => /#+ References/i.test(t), 'the references section');
    const section = text.slice(text.search(/#+ References/i));
    assert.match(section, /Innovation in children/);
    assert.match(section, /Elvin/);
    assert.match(section, /BASW|British Association of Social Workers|outsourcing/i);
    assert.equal((section.match(/Innovation in children/g) ?? []).length, 1, 'each source once');
  });
});
