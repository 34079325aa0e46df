/**
 * Protocol tests against the real server process: it indexes the sample
 * corpus with work-done progress, and workspace symbols (Ctrl+T) find the
 * passage a user half remembers, at its exact location.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../helpers/paths.js';
import { startServer } from '../helpers/lspClient.js';
import { spanText } from '../../server/src/engine/text/normalize.js';
import { LineIndex } from '../../server/src/engine/text/lineIndex.js';

process.env.SOURCED_CACHE_DIR = mkdtempSync(join(tmpdir(), 'sourced-lsp-'));

interface SymbolInformation {
  name: string;
  containerName?: string;
  location: { uri: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } };
}

const cases = [
  { query: 'social workers cowed by managers and councillors', sourceId: 'basw-outsourcing-caution', words: 'cowed by managers' },
  { query: 'shortage of placements harms the placement process', sourceId: 'ncercc-outsourcing-key-sentences', words: 'severe shortage' },
  {
    query: 'duplication of efforts and competition for scarce specialist skills',
    sourceId: 'ccn-future-of-childrens-social-care',
    words: 'scarce specialist skills',
  },
];

test('the server indexes the sample corpus with progress, then answers workspace symbols at exact locations', async () => {
  const session = await startServer(repoRoot, { 'sourced.corpus.folders': ['corpus'] });
  try {
    await session.indexed;
    const kinds = session.progress.map((p) => (p as { kind: string }).kind);
    assert.equal(kinds[0], 'begin');
    assert.equal(kinds[kinds.length - 1], 'end');
    assert.ok(kinds.includes('report'), `expected progress reports, got ${kinds.join(', ')}`);
    for (const c of cases) {
      const symbols = (await session.connection.sendRequest('workspace/symbol', { query: c.query })) as SymbolInformation[];
      const top = symbols[0];
      assert.ok(top, `no symbols for "${c.query}"`);
      assert.equal(top.containerName?.startsWith(`@${c.sourceId}`), true, `"${c.query}" found @${top.containerName}`);
      assert.ok(top.name.includes(c.words), `"${top.name}" should contain "${c.words}"`);
      const file = fileURLToPath(top.location.uri);
      const text = readFileSync(file, 'utf8');
      const lines = new LineIndex(text);
      const passage = spanText(text, lines.offsetAt(top.location.range.start), lines.offsetAt(top.location.range.end));
      assert.ok(passage.includes(c.words), `the range in ${file} reads "${passage}"`);
    }
  } finally {
    await session.close();
  }
});

test('a query too short to mean anything returns no symbols rather than the whole corpus', async () => {
  const session = await startServer(repoRoot, { 'sourced.corpus.folders': ['corpus'] });
  try {
    await session.indexed;
    const symbols = (await session.connection.sendRequest('workspace/symbol', { query: 'a' })) as SymbolInformation[];
    assert.deepEqual(symbols, []);
  } finally {
    await session.close();
  }
});

test('a missing corpus folder is reported in the log and the server keeps answering', async () => {
  const empty = mkdtempSync(join(tmpdir(), 'sourced-empty-'));
  const session = await startServer(empty, { 'sourced.corpus.folders': ['no-such-folder'] });
  try {
    await session.indexed;
    const symbols = (await session.connection.sendRequest('workspace/symbol', { query: 'children in care' })) as SymbolInformation[];
    assert.deepEqual(symbols, []);
    assert.ok(
      session.logs.some((l) => l.includes('no-such-folder')),
      `logs: ${session.logs.join(' | ')}`,
    );
  } finally {
    await session.close();
  }
});
