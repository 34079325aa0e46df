/**
 * Diagnostics through the protocol, from the real server process: opening
 * the example briefing yields each finding code at its line, evidence as
 * relatedInformation pointing into the corpus, and an edit that removes a
 * claim clears its diagnostic.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from '../helpers/paths.js';
import { startServer } from '../helpers/lspClient.js';

process.env.SOURCED_CACHE_DIR = mkdtempSync(join(tmpdir(), 'sourced-lsp-diag-'));

const CODES = ['unsupported-claim', 'citation-does-not-support', 'unknown-source', 'misquote', 'quote-not-found'];

test('the example briefing gets every kind of finding, with evidence in the corpus; edits re-check', async () => {
  const session = await startServer(repoRoot, { 'sourced.corpus.folders': ['corpus'] });
  try {
    const path = join(repoRoot, 'examples', 'briefing.md');
    const uri = pathToFileURL(path).href;
    const text = readFileSync(path, 'utf8');
    await session.indexed;
    session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    const found = await session.waitForDiagnostics(uri, (d) => CODES.every((c) => d.some((x) => x.code === c)));
    const lines = text.split('\n');
    const lineOf = (code: string) => found.find((d) => d.code === code)!.range.start.line;
    assert.match(lines[lineOf('unknown-source')], /tact-inovation/);
    assert.match(lines[lineOf('misquote')], /limited understanding/);
    assert.match(lines[lineOf('quote-not-found')], /working well/);
    const withEvidence = found.find((d) => d.code === 'citation-does-not-support')!;
    assert.ok(
      withEvidence.relatedInformation?.[0]?.location.uri.endsWith('/corpus/tact-innovation.txt'),
      JSON.stringify(withEvidence.relatedInformation),
    );
    for (const d of found)
      assert.ok(!/sourced-ignore|9 in 10/.test(lines[d.range.start.line]), `suppressed line flagged: ${lines[d.range.start.line]}`);

    const misquoteLine = lineOf('misquote');
    const edited = lines.filter((_, i) => i !== misquoteLine).join('\n');
    session.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ text: edited }],
    });
    await session.waitForDiagnostics(uri, (d) => !d.some((x) => x.code === 'misquote') && d.some((x) => x.code === 'unknown-source'));
  } finally {
    await session.close();
  }
});
