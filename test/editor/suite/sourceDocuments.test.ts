/**
 * A PDF source in the real editor: its passages open in a read-only virtual
 * document of the extracted text (`sourced-source:`), at the exact passage,
 * from search results and from go-to-definition on a quotation.
 */
import * as assert from 'node:assert/strict';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import { SearchRequest, type SearchResult } from '../../../server/src/protocol.js';
import { makePdf } from '../../helpers/documents.js';
import { inWorkspace, scratchDraft, sourcedApi, waitForEvent } from './helpers.js';

const PASSAGE = 'Respite breaks were offered to forty kinship families in the pilot year.';

suite('Sourced PDF sources', () => {
  test('a PDF passage opens in its extracted text, from search and from go-to-definition', async () => {
    const api = await sourcedApi();
    // Each corpus change the file watcher reports ends with a `ready` status: count them from before the write.
    let readies = 0;
    const counting = api.status.onDidChange((s) => {
      if (s.state === 'ready') readies++;
    });
    const search = () =>
      api.client.sendRequest<SearchResult>(SearchRequest, { query: 'respite breaks forty kinship families pilot year', limit: 1 });
    let hit: SearchResult[number] | undefined;
    try {
      await vscode.workspace.fs.writeFile(
        inWorkspace('corpus', 'kinship-review.pdf'),
        makePdf({ title: 'Kinship review', pages: [['Kinship review'], ['Second page of the review.', PASSAGE]] }),
      );
      for (let seen = 0; seen < 5; seen++) {
        const before = readies;
        [hit] = await search();
        if (hit?.sourceId === 'kinship-review') break;
        await waitForEvent(api.status.onDidChange, () => (readies > before ? true : undefined), 'the new PDF indexed', 30_000);
      }
    } finally {
      counting.dispose();
    }
    assert.equal(hit?.sourceId, 'kinship-review');
    assert.equal(hit.page, 2);
    const uri = vscode.Uri.parse(hit.uri);
    assert.equal(uri.scheme, 'sourced-source');
    const source = await vscode.workspace.openTextDocument(uri);
    assert.equal(
      source.getText(new vscode.Range(hit.range.start.line, hit.range.start.character, hit.range.end.line, hit.range.end.character)),
      PASSAGE,
    );

    const editor = await scratchDraft(`The review says "${PASSAGE.replace(/\.$/, '')}" [@kinship-review, p. 2].\n`, 'pdf');
    const locations = await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>(
      'vscode.executeDefinitionProvider',
      editor.document.uri,
      new vscode.Position(0, 20),
    );
    const first = locations[0];
    const target = 'targetUri' in first ? { uri: first.targetUri, range: first.targetRange } : first;
    assert.equal(target.uri.scheme, 'sourced-source');
    const opened = await vscode.window.showTextDocument(target.uri, { selection: target.range });
    assert.equal(opened.document.getText(target.range), PASSAGE.replace(/\.$/, ''));
  });
});
