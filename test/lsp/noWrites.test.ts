/**
 * The server never writes to corpus files or drafts: edits reach a draft
 * only as edits the client applies. A session exercises every feature
 * (diagnostics, completion, hover, code actions with their edits left
 * unapplied, definition, references, the custom requests, a reindex, a
 * watched-file change) and every file in the workspace must afterwards be
 * byte-for-byte what it was, with no new files beside them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { startServer } from '../helpers/lspClient.js';
import { makeWorkspace } from '../helpers/lspWorkspace.js';

process.env.SOURCED_CACHE_DIR = mkdtempSync(join(tmpdir(), 'sourced-lsp-nowrites-'));

const DRAFT = [
  'There is a severe shortage of appropriate and available placements for children in care.',
  '',
  'BASW warned that "local authorities tend to demonstrate a limited understanding of some of their most important services" [@basw-outsourcing-caution].',
  '',
  'Residential and foster care have been provided by private profit-making companies for years [@tact-inovation].',
  '',
].join('\n');

function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.set(relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
    }
  };
  walk(dir);
  return out;
}

test('a session using every feature leaves every corpus file and draft untouched', async () => {
  const ws = makeWorkspace({ drafts: { 'briefing.md': DRAFT } });
  const before = snapshot(ws.dir);
  const session = await startServer(ws.dir, { 'sourced.corpus.folders': ['corpus'] });
  try {
    await session.waitForStatus((s) => s.state === 'ready', 0);
    const uri = ws.uri('briefing.md');
    const textDocument = { uri };
    session.open(uri, DRAFT);
    const diagnostics = await session.waitForDiagnostics(uri, (d) => d.some((x) => x.code === 'unknown-source'));
    const everywhere = { start: { line: 0, character: 0 }, end: { line: 5, character: 0 } };
    const requests: Array<[string, unknown]> = [
      ['textDocument/completion', { textDocument, position: { line: 4, character: 96 } }],
      ['textDocument/completion', { textDocument, position: { line: 0, character: 20 }, context: { triggerKind: 1 } }],
      ['textDocument/hover', { textDocument, position: { line: 2, character: 40 } }],
      ['textDocument/hover', { textDocument, position: { line: 2, character: 130 } }],
      ['textDocument/codeAction', { textDocument, range: everywhere, context: { diagnostics } }],
      ['textDocument/codeAction', { textDocument, range: everywhere, context: { diagnostics: [], only: ['source'] } }],
      ['textDocument/definition', { textDocument, position: { line: 2, character: 130 } }],
      ['textDocument/references', { textDocument, position: { line: 2, character: 130 }, context: { includeDeclaration: true } }],
      ['workspace/symbol', { query: 'placements' }],
      ['sourced/search', { query: 'placements for children in care' }],
      ['sourced/evidence', { uri, position: { line: 0, character: 10 } }],
      ['sourced/sources', {}],
    ];
    for (const [method, params] of requests) await session.connection.sendRequest(method, params);
    const since = session.statuses.length;
    await session.connection.sendRequest('sourced/reindex', {});
    await session.waitForStatus((s) => s.state === 'ready', since);
    await session.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: ws.uri('corpus/tact-innovation.txt'), type: 2 }],
    });
    // Messages are handled in order, so the change has at least started before this answer.
    await session.connection.sendRequest('sourced/sources', {});
  } finally {
    await session.close();
  }
  assert.deepEqual(snapshot(ws.dir), before);
});
