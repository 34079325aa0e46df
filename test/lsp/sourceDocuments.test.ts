/**
 * PDF passages in the editor: for a client that shows virtual documents
 * (`initializationOptions.virtualSourceDocuments`), definition and search
 * results point at `sourced-source:///….pdf.txt`, and `sourced/sourceText`
 * serves the extracted text in which the range is exactly the passage. A
 * client without that option gets the PDF's own `file:` URI.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../helpers/lspClient.js';
import { makeWorkspace, type LspRange } from '../helpers/lspWorkspace.js';
import { makePdf } from '../helpers/documents.js';
import { LineIndex } from '../../server/src/engine/text/lineIndex.js';
import { spanText } from '../../server/src/engine/text/normalize.js';
import type { PassageHit, SourceTextResult } from '../../server/src/protocol.js';

process.env.SOURCED_CACHE_DIR = mkdtempSync(join(tmpdir(), 'sourced-lsp-pdf-'));

const PASSAGE = 'Respite breaks were offered to forty kinship families in the pilot year.';
const CASES = [
  {
    name: 'a client with virtual source documents',
    options: { virtualSourceDocuments: true },
    scheme: /^sourced-source:\/\/\/.*kinship-review\.pdf\.txt$/,
  },
  { name: 'any other client', options: undefined, scheme: /^file:\/\/\/.*kinship-review\.pdf$/ },
];

for (const c of CASES) {
  test(`a PDF passage for ${c.name}: definition and search point where the passage can be read`, async () => {
    const ws = makeWorkspace();
    writeFileSync(
      join(ws.corpusDir, 'kinship-review.pdf'),
      makePdf({ title: 'Kinship review', pages: [['Kinship review'], ['Second page of the review.', PASSAGE]] }),
    );
    const session = await startServer(
      ws.dir,
      { 'sourced.corpus.folders': ['corpus'] },
      c.options ? { initializationOptions: c.options } : {},
    );
    try {
      await session.waitForStatus((s) => s.state === 'ready', 0);
      const [hit] = (await session.connection.sendRequest('sourced/search', {
        query: 'respite breaks forty kinship families pilot year',
        limit: 1,
      })) as PassageHit[];
      assert.equal(hit?.sourceId, 'kinship-review');
      assert.equal(hit.page, 2);
      assert.match(hit.uri, c.scheme);
      const draft = `The review says "${PASSAGE.replace(/\.$/, '')}" [@kinship-review, p. 2].\n`;
      const uri = ws.uri('pdf-draft.md');
      session.open(uri, draft);
      const location = (await session.connection.sendRequest('textDocument/definition', {
        textDocument: { uri },
        position: { line: 0, character: 20 },
      })) as { uri: string; range: LspRange };
      assert.equal(location.uri, hit.uri);
      if (!c.options) return;
      const result = (await session.connection.sendRequest('sourced/sourceText', { uri: location.uri })) as SourceTextResult;
      assert.ok(result, 'the extracted text is served');
      const lines = new LineIndex(result.text);
      // Definition from a quotation lands on exactly the quoted words.
      assert.equal(
        spanText(result.text, lines.offsetAt(location.range.start), lines.offsetAt(location.range.end)),
        PASSAGE.replace(/\.$/, ''),
      );
      assert.equal(await session.connection.sendRequest('sourced/sourceText', { uri: 'sourced-source:///nowhere/missing.pdf.txt' }), null);
    } finally {
      await session.close();
    }
  });
}
