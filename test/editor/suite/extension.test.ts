/**
 * The client in the real extension host: activation on Markdown, commands,
 * the Sources view, the status-bar item, Sourced's own requests
 * (search, evidence, reindex) and workspace symbols.
 */
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import { Commands, EvidenceRequest, SearchRequest, type EvidenceResult, type SearchResult } from '../../../server/src/protocol.js';
import {
  byCode,
  closeAllEditors,
  flat,
  inWorkspace,
  open,
  positionOf,
  readText,
  sourcedApi,
  waitForDiagnostics,
  waitForEvent,
  EXTENSION_ID,
} from './helpers.js';

const briefing = () => inWorkspace('briefing.md');

suite('Sourced extension', () => {
  suiteSetup(async () => {
    await open(briefing());
    await waitForDiagnostics(briefing(), (d) => byCode(d, 'unsupported-claim').length > 0, 'the briefing to be checked');
  });

  test('activates on a Markdown file and registers its commands', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, 'extension is loaded');
    assert.equal(extension.isActive, true, 'opening a Markdown file activated it');
    const all = await vscode.commands.getCommands(true);
    for (const id of Object.values(Commands)) assert.ok(all.includes(id), `command ${id} is registered`);
    const api = await sourcedApi();
    assert.equal(api.client.isRunning(), true, 'the language client is running');
  });

  test('the status bar counts the unsupported claims of the active draft', async () => {
    const api = await sourcedApi();
    await open(briefing());
    const count = byCode(vscode.languages.getDiagnostics(briefing()), 'unsupported-claim').length;
    assert.ok(count > 0);
    const text = await waitForEvent(
      vscode.languages.onDidChangeDiagnostics,
      () => {
        api.statusBar.update();
        return /unsupported claim/.test(api.statusBar.item.text) ? api.statusBar.item.text : undefined;
      },
      'the status bar count',
      10_000,
      () => api.statusBar.item.text,
    );
    assert.match(text, new RegExp(`Sourced: ${count} unsupported claims?`));
    assert.equal((api.statusBar.item.command as string | undefined) ?? '', 'workbench.actions.view.problems');
  });

  test('the Sources view lists the corpus with metadata and citation counts, opening each at its first passage', async () => {
    const api = await sourcedApi();
    const sources = await api.sources.getChildren();
    const ids = sources.map((s) => s.sourceId);
    for (const id of [
      'tact-innovation',
      'ncercc-outsourcing-key-sentences',
      'basw-outsourcing-caution',
      'ccn-future-of-childrens-social-care',
      'rees-outcomes-framework',
    ]) {
      assert.ok(ids.includes(id), `${id} in ${ids.join(', ')}`);
    }
    const tact = sources.find((s) => s.sourceId === 'tact-innovation')!;
    const item = api.sources.getTreeItem(tact);
    assert.match(String(item.label), /Innovation in children/);
    assert.match(String(item.description), /Elvin.*2015/);
    assert.match(String(item.description), /citation/);
    assert.equal(typeof item.tooltip, 'string', 'tooltips are plain text, never Markdown');
    const ncercc = sources.find((s) => s.sourceId === 'ncercc-outsourcing-key-sentences')!;
    assert.ok(ncercc.citationCount >= 2, `the briefing cites ncercc at least twice: ${ncercc.citationCount}`);

    assert.equal(item.command?.command, Commands.openSource);
    await vscode.commands.executeCommand(item.command!.command, ...(item.command!.arguments ?? []));
    const editor = vscode.window.activeTextEditor!;
    assert.ok(editor.document.uri.path.endsWith('/corpus/tact-innovation.txt'), editor.document.uri.path);
    const selected = editor.document.getText(editor.selection);
    assert.ok(selected.length > 20, `the first passage is selected: "${selected}"`);
    await closeAllEditors();
  });

  test('sourced/search returns verbatim passages with the quote to insert', async () => {
    const api = await sourcedApi();
    const hits = await api.client.sendRequest<SearchResult>(SearchRequest, {
      query: 'commissioning practices that facilitate stable, local care',
      limit: 5,
      uri: briefing().toString(),
    });
    assert.ok(hits.length > 0);
    const top = hits[0];
    assert.equal(top.sourceId, 'ncercc-outsourcing-key-sentences');
    const file = await readText(vscode.Uri.parse(top.uri));
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(top.uri));
    const range = new vscode.Range(top.range.start.line, top.range.start.character, top.range.end.line, top.range.end.character);
    assert.equal(flat(doc.getText(range)), flat(top.text), 'the range holds the passage');
    assert.ok(flat(file).includes(flat(top.text)));
    assert.ok(top.insertText.includes(top.text) && top.insertText.includes('[@ncercc-outsourcing-key-sentences'), top.insertText);
  });

  test('sourced/evidence gives each claim of the paragraph its supporting passages', async () => {
    const api = await sourcedApi();
    const document = await vscode.workspace.openTextDocument(briefing());
    const position = positionOf(document, 'There is a severe shortage', 5);
    const result = await api.client.sendRequest<EvidenceResult>(EvidenceRequest, {
      uri: briefing().toString(),
      position: { line: position.line, character: position.character },
    });
    assert.equal(result.claims.length, 1, JSON.stringify(result.claims.map((c) => c.text)));
    assert.match(result.claims[0].text, /severe shortage/);
    assert.equal(result.claims[0].evidence[0]?.sourceId, 'ncercc-outsourcing-key-sentences');
    assert.equal(result.paragraph.start.line, position.line);
  });

  test('Open source at passage opens the file and selects the range', async () => {
    const uri = inWorkspace('corpus', 'basw-outsourcing-caution.txt');
    const text = await readText(uri);
    const doc = await vscode.workspace.openTextDocument(uri);
    const at = text.indexOf('limited understanding');
    const range = { start: doc.positionAt(at), end: doc.positionAt(at + 'limited understanding'.length) };
    await vscode.commands.executeCommand(Commands.openSource, uri.toString(), range);
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.uri.toString(), uri.toString());
    assert.equal(editor.document.getText(editor.selection), 'limited understanding');
    await closeAllEditors();
  });

  test('workspace symbols (Ctrl+T) search the corpus by passage', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>(
      'vscode.executeWorkspaceSymbolProvider',
      'venture capitalists private investors',
    );
    const hit = symbols.find((s) => s.location.uri.path.endsWith('/corpus/tact-innovation.txt') && /Venture capitalists/.test(s.name));
    assert.ok(hit, JSON.stringify(symbols.map((s) => [s.name, s.location.uri.path])));
    assert.match(hit.name, /Venture capitalists/);
  });

  test('the Reindex corpus command reindexes: status goes indexing, then ready, and the diagnostics stay', async () => {
    const api = await sourcedApi();
    const seen: string[] = [];
    const listener = api.status.onDidChange((s) => seen.push(s.state));
    try {
      // The command: sends sourced/reindex under a progress notification, resolves when done.
      await vscode.commands.executeCommand(Commands.reindex);
      await waitForEvent(
        api.status.onDidChange,
        () => (api.status.latest?.state === 'ready' ? true : undefined),
        'status ready after reindex',
        30_000,
        () => seen.join(','),
      );
    } finally {
      listener.dispose();
    }
    assert.ok(seen.includes('indexing'), `states seen: ${seen.join(', ')}`);
    assert.equal(api.status.latest?.documents !== undefined && api.status.latest.documents >= 5, true, JSON.stringify(api.status.latest));
    await open(briefing());
    await waitForDiagnostics(briefing(), (d) => byCode(d, 'unsupported-claim').length > 0, 'the briefing re-checked after reindex');
  });
});
