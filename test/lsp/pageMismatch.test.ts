/**
 * citation-page-mismatch through the protocol: a quotation cited at the
 * wrong page gets the information diagnostic, whose quick fix rewrites the
 * locator to the page where the quotation is; the fixed draft checks clean.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../helpers/lspClient.js';
import { applyLspEdits, makeWorkspace, PAGED_SOURCE, type LspRange } from '../helpers/lspWorkspace.js';

process.env.SOURCED_CACHE_DIR = mkdtempSync(join(tmpdir(), 'sourced-lsp-pages-'));

const CASES = [
  { name: 'p. 1 for a quotation on page 2', cite: '[@kinship-pilot, p. 1]', fixed: '[@kinship-pilot, p. 2]' },
  { name: 'pp. 3-4 for a quotation on page 2', cite: '[see @kinship-pilot, pp. 3-4]', fixed: '[see @kinship-pilot, p. 2]' },
  {
    name: 'a footnote citing p. 1 for a quotation on page 2: the fix edits the definition',
    cite: '[^1].\n\n[^1]: [@kinship-pilot, p. 1]',
    fixed: '[^1].\n\n[^1]: [@kinship-pilot, p. 2]',
  },
  { name: 'p 5 (no full stop) for a quotation on page 2', cite: '[@kinship-pilot, p 5]', fixed: '[@kinship-pilot, p. 2]' },
  {
    name: 'pp. 3\u20134 after another source for a quotation on page 2',
    cite: '[@other, p. 9; @kinship-pilot, pp. 3\u20134]',
    fixed: '[@other, p. 9; @kinship-pilot, p. 2]',
  },
];

test('a quotation cited at the wrong page: citation-page-mismatch, and its quick fix cites the right page', async () => {
  const ws = makeWorkspace({ sources: { 'kinship-pilot.txt': PAGED_SOURCE } });
  const session = await startServer(ws.dir, { 'sourced.corpus.folders': ['corpus'] });
  try {
    await session.waitForStatus((s) => s.state === 'ready', 0);
    for (const [i, c] of CASES.entries()) {
      const text = `The evaluation notes that "Respite breaks were offered to 40 kinship families during the pilot year" ${c.cite}.\n`;
      const uri = ws.uri(`pages-${i}.md`);
      session.open(uri, text);
      const found = await session.waitForDiagnostics(uri, (d) => d.some((x) => x.code === 'citation-page-mismatch'));
      const diagnostic = found.find((x) => x.code === 'citation-page-mismatch')!;
      assert.match(diagnostic.message, /p\. 2/, c.name);
      const actions = (await session.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic] },
      })) as Array<{ title: string; edit?: { changes?: Record<string, Array<{ range: LspRange; newText: string }>> } }>;
      const fix = actions.find((a) => /^Change to p\. 2$/.test(a.title));
      assert.ok(fix?.edit?.changes?.[uri], `${c.name}: ${actions.map((a) => a.title).join(' | ')}`);
      const fixed = applyLspEdits(text, fix.edit.changes[uri]);
      assert.equal(fixed, text.replace(c.cite, c.fixed), c.name);
      session.change(uri, fixed, 2);
      await session.waitForDiagnostics(
        uri,
        (d) => session.publishedVersion(uri) === 2 && !d.some((x) => x.code === 'citation-page-mismatch'),
      );
    }
  } finally {
    await session.close();
  }
});
