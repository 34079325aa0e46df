/**
 * Completion, hover, go to definition and find references through VS Code's
 * own provider commands, so the client's converters and the real editor's
 * document sync are in the loop. Corpus text in hovers stays plain: a command
 * link in a source document never becomes a trusted, clickable link.
 */
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import {
  byCode,
  completionItems,
  flat,
  hoverText,
  insertTextOf,
  inWorkspace,
  labelOf,
  open,
  positionOf,
  readText,
  scratchDraft,
  waitForDiagnostics,
  workspaceRoot,
} from './helpers.js';

const briefing = () => inWorkspace('briefing.md');

async function complete(editor: vscode.TextEditor, position: vscode.Position, trigger?: string): Promise<vscode.CompletionItem[]> {
  return completionItems(
    await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      editor.document.uri,
      position,
      trigger,
    ),
  );
}

async function hover(uri: vscode.Uri, position: vscode.Position): Promise<vscode.Hover[]> {
  return vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
}

/** The corpus files' text, white space flattened, to check quotes are verbatim. */
async function corpusText(): Promise<string> {
  const files = await vscode.workspace.findFiles('corpus/*.{txt,md}');
  return (await Promise.all(files.map(readText))).map(flat).join('\n');
}

suite('Language features', () => {
  suiteSetup(async () => {
    await open(briefing());
    await waitForDiagnostics(briefing(), (d) => byCode(d, 'unsupported-claim').length > 0, 'the briefing to be checked');
  });

  suiteTeardown(async () => {
    await vscode.workspace
      .getConfiguration('sourced', workspaceRoot())
      .update('quotes.insertStyle', undefined, vscode.ConfigurationTarget.Workspace);
  });

  test('after [@ completion offers citation keys with title, author and year, fuzzy-matched', async () => {
    const editor = await scratchDraft('# Draft\n\nPrivate providers now run most homes [@innov');
    const end = editor.document.lineAt(2).range.end;
    const items = await complete(editor, end, '@');
    const tact = items.find((i) => labelOf(i) === 'tact-innovation');
    assert.ok(tact, `keys offered: ${items.map(labelOf).join(', ')}`);
    assert.match(String(tact.detail), /Innovation in children/);
    assert.match(String(tact.detail), /2015/);
    assert.equal(insertTextOf(tact), 'tact-innovation');
  });

  test('after typing " completion offers verbatim supporting quotes with their citation', async () => {
    const line = 'There is a severe shortage of appropriate and available placements for children in care: "';
    const editor = await scratchDraft(`# Draft\n\n${line}\n`);
    const items = await complete(editor, new vscode.Position(2, line.length), '"');
    assert.ok(items.length > 0, 'quotes offered');
    const top = items[0];
    const inserted = insertTextOf(top);
    assert.match(inserted, /^ ?"[^"]+" \[@ncercc-outsourcing-key-sentences(, p\. \d+)?\]$/, inserted);
    const quote = /"([^"]+)"/.exec(inserted)![1];
    assert.match(quote, /severe shortage of appropriate and available children’s social care placements/);
    assert.ok((await corpusText()).includes(flat(quote)), `the quote is verbatim from the corpus: ${quote}`);

    // Accepting it the way the editor does: its edit replaces the typed quote mark.
    const range = top.range instanceof vscode.Range ? top.range : top.range?.replacing;
    assert.ok(range, 'the item says what it replaces');
    await editor.edit((e) => e.replace(range, inserted));
    const uri = editor.document.uri;
    await waitForDiagnostics(
      uri,
      (d) => byCode(d, 'misquote').length === 0 && byCode(d, 'quote-not-found').length === 0 && byCode(d, 'unsupported-claim').length === 0,
      'the quoted sentence checks clean',
    );
  });

  test('with insertStyle "blockquote", Ctrl+Space on an empty line offers blockquotes', async () => {
    await vscode.workspace
      .getConfiguration('sourced', workspaceRoot())
      .update('quotes.insertStyle', 'blockquote', vscode.ConfigurationTarget.Workspace);
    const editor = await scratchDraft(
      '# Draft\n\nVenture capitalists and private investors are taking millions a year out of children’s social care budgets.\n\n',
    );
    const items = await complete(editor, new vscode.Position(4, 0));
    const inserted = items.map(insertTextOf).find((t) => t.includes('[@tact-innovation'));
    assert.ok(inserted, `quotes: ${items.map(insertTextOf).join(' | ')}`);
    assert.match(inserted, /^> .+\n>\n> \[@tact-innovation(, p\. \d+)?\]/s);
  });

  test('hover on a citation shows the source card; on a quotation its place in the source; on a flagged claim the evidence', async () => {
    const document = await vscode.workspace.openTextDocument(briefing());
    const card = hoverText(await hover(briefing(), positionOf(document, '[@ccn-future-of-childrens-social-care]', 3)));
    assert.match(card, /The Future of Children’s Social Care/);
    assert.match(card, /County Councils Network/);
    assert.match(card, /ccn-future-of-childrens-social-care\.txt, line \d+/);
    assert.match(card, /Cited once in this draft/);

    const quoted = hoverText(await hover(briefing(), positionOf(document, 'Caution is needed in terms', 3)));
    assert.match(quoted, /Quoted exactly/);
    assert.match(quoted, /ncercc-outsourcing-key-sentences\.txt, line \d+/);

    const claim = hoverText(await hover(briefing(), positionOf(document, 'There is a severe shortage', 10)));
    assert.match(claim, /Evidence/);
    assert.match(claim, /severe shortage of appropriate and available children’s social care placements/);
  });

  test('corpus text in a hover is escaped and untrusted: a command link in a source is not a link', async () => {
    const editor = await scratchDraft('# Draft\n\nKinship carers receive a weekly allowance set by the council [@kinship-allowance].\n');
    const hovers = await hover(editor.document.uri, positionOf(editor.document, '[@kinship-allowance]', 3));
    assert.ok(hovers.length > 0, 'a hover on the citation');
    const contents = hovers.flatMap((h) => h.contents);
    for (const c of contents) {
      if (c instanceof vscode.MarkdownString) {
        assert.ok(!c.isTrusted, 'hover Markdown is not trusted');
        assert.ok(!c.supportHtml, 'hover Markdown renders no HTML');
        assert.doesNotMatch(c.value, /(?<!\\)\]\(command:/, `no live command link in: ${c.value}`);
      }
    }
    assert.match(hoverText(hovers), /Kinship care allowances/);
  });

  test('go to definition from a citation lands on the cited source; find references lists the drafts citing it', async () => {
    const document = await vscode.workspace.openTextDocument(briefing());
    const at = positionOf(document, '[@basw-outsourcing-caution]', 3);
    const definitions = await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>(
      'vscode.executeDefinitionProvider',
      briefing(),
      at,
    );
    const target = definitions.map((d) => ('targetUri' in d ? d.targetUri : d.uri))[0];
    assert.ok(target?.path.endsWith('/corpus/basw-outsourcing-caution.txt'), JSON.stringify(definitions));

    const references = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', briefing(), at);
    const inBriefing = references.filter((r) => r.uri.path.endsWith('/briefing.md'));
    assert.ok(inBriefing.length >= 1, JSON.stringify(references.map((r) => [r.uri.path, r.range.start.line])));
    assert.match(document.lineAt(inBriefing[0].range.start.line).text, /basw-outsourcing-caution/);
  });
});
